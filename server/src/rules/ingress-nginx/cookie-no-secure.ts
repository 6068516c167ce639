import { valueAt } from '../../manifest/model';
import { annotationBool, annotationFix, cookieAffinityRule, PREFIX } from './common';

export const cookieNoSecure = cookieAffinityRule(
  {
    id: 'ingress-nginx/cookie-no-secure',
    severity: 'info',
    summary: 'affinity cookie on an Ingress without tls and without session-cookie-secure: sent without Secure',
    fixable: true,
  },
  (ingress, affinity, context) => {
    if (annotationBool(ingress.value('session-cookie-secure')) === true) return;
    // With spec.tls ingress-nginx terminates TLS and sticky.lua sets Secure on every HTTPS request by itself.
    const tls = valueAt(ingress.annotations.object.root, 'spec', 'tls');
    if (tls?.kind === 'seq' && tls.items.length > 0) return;
    // SameSite=None without Secure is cookie-samesite-none-insecure's finding.
    if (ingress.value('session-cookie-samesite')?.trim().toLowerCase() === 'none') return;
    context.report({
      message: `${PREFIX}affinity: cookie on an Ingress without spec.tls and without ${PREFIX}session-cookie-secure: "true": ingress-nginx adds Secure only on requests it received over HTTPS, so if TLS ends at a load balancer in front of it, browsers get the affinity cookie without Secure and also send it over plain HTTP. Set it to "true" if users reach the site over HTTPS.`,
      span: affinity.key.span,
      fixes: annotationFix(ingress, 'session-cookie-secure', 'true', context.source, false, `Set ${PREFIX}session-cookie-secure: "true" (only if browsers reach this site over HTTPS)`),
    });
  },
);
