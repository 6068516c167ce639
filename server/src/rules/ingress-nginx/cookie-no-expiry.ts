import { annotationFix, cookieAffinityRule, PREFIX } from './common';

export const cookieNoExpiry = cookieAffinityRule(
  {
    id: 'ingress-nginx/cookie-no-expiry',
    severity: 'info',
    summary: 'affinity cookie without session-cookie-max-age or -expires: a browser-session cookie',
    fixable: true,
  },
  (ingress, affinity, context) => {
    if (ingress.value('session-cookie-max-age')?.trim() || ingress.value('session-cookie-expires')?.trim()) return;
    context.report({
      message: `${PREFIX}affinity: cookie without ${PREFIX}session-cookie-max-age (or -expires): the affinity cookie lives as long as the browser session, however long that is, and clients stay pinned to one pod across every change of the Deployment. Give it a lifetime such as "3600" seconds.`,
      span: affinity.key.span,
      fixes: annotationFix(ingress, 'session-cookie-max-age', '3600', context.source, true),
    });
  },
);
