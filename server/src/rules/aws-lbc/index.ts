import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';

/** The rules of the AWS Load Balancer Controller's annotations (ALB Ingresses, NLB Services). */
export const AWS_LBC_RULES: readonly KindRule<ManifestModel>[] = [];
