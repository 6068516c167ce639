import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { TRAEFIK_RULES } from '../traefik';
import { manifestSyntax } from './syntax';

/** The rules of manifests (Kubernetes, ingress controllers, Gateway API, Istio, Traefik, AWS), by platform. */
export const MANIFEST_RULES: readonly KindRule<ManifestModel>[] = [manifestSyntax, ...TRAEFIK_RULES];
