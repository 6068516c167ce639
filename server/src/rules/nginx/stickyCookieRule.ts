import { stickyCookie, type StickyDirective } from '../../model/nginxSticky';
import type { NginxConfig, NginxDirective } from '../../model/nginx';
import type { Fix, NginxRule, RuleContext, RuleMeta, Severity } from '../types';

/**
 * The shape of the sticky-cookie-* rules: each looks at one attribute of `sticky cookie` and,
 * when it is missing or weak, reports with a fix that appends or replaces one argument.
 */
export function stickyCookieRule(
  meta: Omit<RuleMeta, 'dialect'>,
  judge: (sticky: StickyDirective, d: NginxDirective, context: RuleContext<NginxConfig>) => { message: string; severity?: Severity; fix: Fix } | null,
): NginxRule {
  return {
    meta: { ...meta, dialect: 'nginx' },
    visits: ['sticky'],
    check(d, context) {
      const sticky = stickyCookie(d);
      if (!sticky) return;
      const verdict = judge(sticky, d, context);
      if (verdict) context.report({ message: verdict.message, span: d.span, severity: verdict.severity, fixes: [verdict.fix] });
    },
  };
}
