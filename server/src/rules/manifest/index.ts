import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { manifestSyntax } from './syntax';
import { manifestTemplated } from './templated';

/** The rules of manifests (Kubernetes, ingress controllers, Gateway API, Istio, Traefik, AWS), by platform. */
export const MANIFEST_RULES: readonly KindRule<ManifestModel>[] = [manifestSyntax, manifestTemplated];
