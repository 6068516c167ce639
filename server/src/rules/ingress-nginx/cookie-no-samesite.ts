import { annotationFix, cookieAffinityRule, PREFIX } from './common';

export const cookieNoSamesite = cookieAffinityRule(
  {
    id: 'ingress-nginx/cookie-no-samesite',
    severity: 'warning',
    summary: 'affinity cookie without session-cookie-samesite: cross-site requests carry it',
    fixable: true,
  },
  (ingress, affinity, context) => {
    if (ingress.value('session-cookie-samesite')?.trim()) return;
    context.report({
      message: `${PREFIX}affinity: cookie without ${PREFIX}session-cookie-samesite: ingress-nginx then sends the affinity cookie with no SameSite attribute, so cross-site requests carry it. Set it to "Lax" (or "Strict").`,
      span: affinity.key.span,
      fixes: annotationFix(ingress, 'session-cookie-samesite', 'Lax', context.source, true),
    });
  },
);
