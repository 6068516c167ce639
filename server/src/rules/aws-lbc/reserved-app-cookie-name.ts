import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { tgAttributesOf } from './attributes';

/** The prefixes ELBv2 keeps for its own cookies (AWSALBAPP and AWSALBTG start with AWSALB too). */
const RESERVED = ['AWSALBAPP', 'AWSALBTG', 'AWSALB'];

/** An application cookie name with a prefix the load balancer keeps for its own cookies. */
export const reservedAppCookieName: KindRule<ManifestModel> = {
  meta: {
    id: 'aws-lbc/reserved-app-cookie-name',
    dialect: 'aws-lbc',
    severity: 'error',
    summary: 'stickiness.app_cookie.cookie_name starting with AWSALB, AWSALBAPP or AWSALBTG (reserved by the load balancer): AWS refuses the change',
    fixable: false,
  },
  checkModel(context) {
    for (const attrs of tgAttributesOf(context.config, context.source)) {
      if (attrs.lb !== 'alb') continue;
      for (const entry of attrs.entries) {
        if (entry.key !== 'stickiness.app_cookie.cookie_name') continue;
        const prefix = RESERVED.find((p) => entry.value.startsWith(p));
        if (!prefix) continue;
        context.report({
          message: `${attrs.pair.key.raw}: stickiness.app_cookie.cookie_name=${entry.value} starts with ${prefix}, a prefix the load balancer keeps for its own cookies (AWSALB, AWSALBAPP, AWSALBTG): AWS refuses the change. Name the application's own session cookie (the one it sets itself).`,
          span: entry.valueSpan,
        });
      }
    }
  },
};
