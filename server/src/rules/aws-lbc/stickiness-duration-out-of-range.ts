import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { DEFAULT_DURATION, MAX_DURATION, MIN_DURATION, replaceValue, tgAttributesOf } from './attributes';

const DURATION_KEYS = ['stickiness.lb_cookie.duration_seconds', 'stickiness.app_cookie.duration_seconds'];

/** A stickiness duration ELBv2 refuses: not a whole number of seconds from 1 to 604800 (a week). */
export const stickinessDurationOutOfRange: KindRule<ManifestModel> = {
  meta: {
    id: 'aws-lbc/stickiness-duration-out-of-range',
    dialect: 'aws-lbc',
    severity: 'error',
    summary: 'stickiness.lb_cookie / app_cookie duration_seconds outside 1..604800 in target-group-attributes: AWS refuses the change',
    fixable: true,
  },
  checkModel(context) {
    for (const attrs of tgAttributesOf(context.config, context.source)) {
      if (attrs.lb !== 'alb') continue;
      for (const entry of attrs.entries) {
        if (!DURATION_KEYS.includes(entry.key)) continue;
        const n = /^\d+$/.test(entry.value) ? Number(entry.value) : NaN;
        if (n >= MIN_DURATION && n <= MAX_DURATION) continue;
        const to = n > MAX_DURATION ? MAX_DURATION : DEFAULT_DURATION;
        const edit = replaceValue(attrs, entry, String(to));
        const what = Number.isNaN(n) ? `'${entry.value}' is not a whole number of seconds` : `${entry.value} is outside ${MIN_DURATION}..${MAX_DURATION} (one week)`;
        context.report({
          message: `${attrs.pair.key.raw}: ${entry.key}=${entry.value}: ${what}: AWS refuses the change and the controller stops reconciling this ${attrs.object.kind}. ${n > MAX_DURATION ? `Stickiness lasts a week at most; use ${MAX_DURATION}.` : `Use a number of seconds from 1 to ${MAX_DURATION} (${DEFAULT_DURATION}, a day, is the default).`}`,
          span: entry.valueSpan,
          fixes: edit ? [{ title: `Set ${entry.key}=${to}`, edits: [edit], preferred: false }] : [],
        });
      }
    }
  },
};
