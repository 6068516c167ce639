import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { reservedAppCookieName } from './reserved-app-cookie-name';
import { sourceIpStickiness } from './source-ip-stickiness';
import { stickinessDurationOutOfRange } from './stickiness-duration-out-of-range';
import { stickinessInstanceTarget } from './stickiness-instance-target';
import { unknownTargetGroupAttribute } from './unknown-target-group-attribute';

/** The rules of the AWS Load Balancer Controller's annotations (ALB Ingresses, NLB Services). */
export const AWS_LBC_RULES: readonly KindRule<ManifestModel>[] = [
  stickinessInstanceTarget,
  sourceIpStickiness,
  unknownTargetGroupAttribute,
  stickinessDurationOutOfRange,
  reservedAppCookieName,
];
