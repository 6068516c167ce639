import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { annotationNotString } from './annotation-not-string';
import { clientIpAffinity } from './client-ip-affinity';
import { sessionAffinityRejected } from './session-affinity-rejected';

/** The rules of plain Kubernetes objects (Services, annotations of any object). */
export const K8S_RULES: readonly KindRule<ManifestModel>[] = [clientIpAffinity, sessionAffinityRejected, annotationNotString];
