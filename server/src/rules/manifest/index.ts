import type { ManifestModel } from '../../manifest/model';
import { INGRESS_NGINX_RULES } from '../ingress-nginx';
import { NGINX_INGRESS_RULES } from '../nginx-ingress';
import { AWS_LBC_RULES } from '../aws-lbc';
import { GATEWAY_API_RULES } from '../gateway-api';
import { ISTIO_RULES } from '../istio';
import { K8S_RULES } from '../k8s';
import type { KindRule } from '../types';
import { TRAEFIK_RULES } from '../traefik';
import { manifestSyntax } from './syntax';
import { manifestTemplated } from './templated';

/** The rules of manifests (Kubernetes, ingress controllers, Gateway API, Istio, Traefik, AWS), by platform. */
export const MANIFEST_RULES: readonly KindRule<ManifestModel>[] = [manifestSyntax, manifestTemplated, ...K8S_RULES, ...INGRESS_NGINX_RULES, ...NGINX_INGRESS_RULES, ...GATEWAY_API_RULES, ...ISTIO_RULES, ...TRAEFIK_RULES, ...AWS_LBC_RULES];
