import type { ManifestModel } from '../../manifest/model';
import { INGRESS_NGINX_RULES } from '../ingress-nginx';
import { NGINX_INGRESS_RULES } from '../nginx-ingress';
import type { KindRule } from '../types';
import { manifestSyntax } from './syntax';

/** The rules of manifests (Kubernetes, ingress controllers, Gateway API, Istio, Traefik, AWS), by platform. */
export const MANIFEST_RULES: readonly KindRule<ManifestModel>[] = [manifestSyntax, ...INGRESS_NGINX_RULES, ...NGINX_INGRESS_RULES];
