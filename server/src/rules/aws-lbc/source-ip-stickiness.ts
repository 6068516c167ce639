import type { ManifestModel } from '../../manifest/model';
import { SHARED_STORE_GUIDE } from '../docs';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { Fix, KindRule } from '../types';
import { replaceValue, stickinessOn, tgAttributesOf } from './attributes';

/** NLB stickiness by source IP: IP-based affinity, judged as nginx/ip-hash judges it. */
export const sourceIpStickiness: KindRule<ManifestModel> = {
  meta: {
    id: 'aws-lbc/source-ip-stickiness',
    dialect: 'aws-lbc',
    severity: 'warning',
    summary: 'NLB stickiness.type=source_ip pins clients by IP address: mobile clients lose their target and NATed users share one',
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  checkModel(context) {
    const { settings } = context;
    for (const attrs of tgAttributesOf(context.config, context.source)) {
      if (attrs.lb !== 'nlb') continue;
      const on = stickinessOn(attrs);
      const type = attrs.get('stickiness.type');
      // source_ip is the only stickiness type of an NLB target group, and so what stickiness.enabled=true alone means.
      if (!on || (type && type.value !== 'source_ip')) continue;
      const edit = replaceValue(attrs, on, 'false');
      const fixes: Fix[] = edit ? [{ title: 'Remove stickiness: stickiness.enabled=false (sessions live in a shared store)', edits: [edit], preferred: false }] : [];
      context.report({
        message: `${ipAffinityMessage(settings.traffic, `${attrs.pair.key.raw}: '${type ? 'stickiness.type=source_ip' : 'stickiness.enabled=true'}'${type ? '' : ' (source_ip, the NLB stickiness)'}`)} The NLB may also reset the stickiness whenever the health of any of its targets changes.`,
        span: (type ?? on).span,
        severity: IP_AFFINITY_SEVERITY[settings.traffic],
        fixes,
      });
    }
  },
};
