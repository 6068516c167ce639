import type { ManifestModel } from '../../manifest/model';
import type { Fix, KindRule } from '../types';
import { replaceValue, tgAttributesOf } from './attributes';
import { closestKey, LB_NAME, OTHER_KEYS, STICKINESS_TYPES, TG_KEYS } from './keys';

/** Keys and stickiness types in target-group-attributes that ELBv2 does not take for this load balancer. */
export const unknownTargetGroupAttribute: KindRule<ManifestModel> = {
  meta: {
    id: 'aws-lbc/unknown-target-group-attribute',
    dialect: 'aws-lbc',
    severity: 'error',
    summary: 'target-group-attributes with a key or stickiness.type the load balancer does not take: AWS refuses the change and the controller does not reconcile',
    fixable: true,
  },
  checkModel(context) {
    for (const attrs of tgAttributesOf(context.config, context.source)) {
      const known = TG_KEYS[attrs.lb];
      const lbName = LB_NAME[attrs.lb];
      const annotation = attrs.pair.key.raw;
      for (const entry of attrs.entries) {
        if (!known.has(entry.key)) {
          const other = attrs.lb === 'alb' ? TG_KEYS.nlb : TG_KEYS.alb;
          const kind = other.has(entry.key) ? (attrs.lb === 'alb' ? 'an NLB' : 'an ALB') : OTHER_KEYS.get(entry.key);
          const meant = kind ? null : closestKey(entry.key, known);
          const why = kind ? `is an attribute of ${kind} target group, not of ${lbName} one` : meant ? `is not a target group attribute (did you mean ${meant}?)` : 'is not a target group attribute';
          const fixes: Fix[] = meant && attrs.exact ? [{ title: `Write ${meant}`, edits: [{ start: entry.keySpan.start, end: entry.keySpan.end, newText: meant }], preferred: false }] : [];
          context.report({
            message: `${annotation}: '${entry.key}' ${why}: AWS refuses the change ("Target group attribute key '${entry.key}' is not recognized") and the controller stops reconciling this ${attrs.object.kind}.`,
            span: entry.keySpan,
            fixes,
          });
          continue;
        }
        if (entry.key === 'stickiness.type' && !STICKINESS_TYPES[attrs.lb].includes(entry.value)) {
          const types = STICKINESS_TYPES[attrs.lb];
          const meant = types.find((t) => t === entry.value.toLowerCase());
          const edit = meant ? replaceValue(attrs, entry, meant) : null;
          context.report({
            message: `${annotation}: stickiness.type=${entry.value} is not a stickiness type of ${lbName} target group (it takes ${types.join(' or ')}): AWS refuses the change and the controller stops reconciling this ${attrs.object.kind}.`,
            span: entry.valueSpan,
            fixes: edit ? [{ title: `Write stickiness.type=${meant}`, edits: [edit], preferred: true }] : [],
          });
        }
      }
    }
  },
};
