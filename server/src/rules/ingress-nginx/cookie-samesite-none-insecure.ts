import { annotationBool, annotationFix, cookieAffinityRule, PREFIX } from './common';

export const cookieSamesiteNoneInsecure = cookieAffinityRule(
  {
    id: 'ingress-nginx/cookie-samesite-none-insecure',
    severity: 'warning',
    summary: 'session-cookie-samesite None without session-cookie-secure "true": Secure only when ingress-nginx itself terminates TLS',
    fixable: true,
  },
  (ingress, _affinity, context) => {
    const samesite = ingress.pair('session-cookie-samesite');
    if (!samesite || ingress.value('session-cookie-samesite')?.trim().toLowerCase() !== 'none') return;
    if (annotationBool(ingress.value('session-cookie-secure')) === true) return;
    const explicitFalse = annotationBool(ingress.value('session-cookie-secure')) === false ? ` (${PREFIX}session-cookie-secure: "false" changes nothing: the controller drops a false value and falls back to the same check)` : '';
    context.report({
      message: `${PREFIX}session-cookie-samesite: None without ${PREFIX}session-cookie-secure: "true": ingress-nginx adds Secure only to requests that reached it over HTTPS${explicitFalse}, so behind a load balancer that terminates TLS (or over plain HTTP) browsers reject the cookie and affinity is silently off.`,
      span: samesite.key.span,
      fixes: annotationFix(ingress, 'session-cookie-secure', 'true', context.source, true),
    });
  },
);
