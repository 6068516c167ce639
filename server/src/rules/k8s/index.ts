import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { annotationNotString } from './annotation-not-string';

/** The rules of plain Kubernetes objects (Services, annotations of any object). */
export const K8S_RULES: readonly KindRule<ManifestModel>[] = [annotationNotString];
