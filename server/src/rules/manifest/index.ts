import type { ManifestModel } from '../../manifest/model';
import { GATEWAY_API_RULES } from '../gateway-api';
import { ISTIO_RULES } from '../istio';
import type { KindRule } from '../types';
import { manifestSyntax } from './syntax';

/** The rules of manifests (Kubernetes, ingress controllers, Gateway API, Istio, Traefik, AWS), by platform. */
export const MANIFEST_RULES: readonly KindRule<ManifestModel>[] = [manifestSyntax, ...GATEWAY_API_RULES, ...ISTIO_RULES];
