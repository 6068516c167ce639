import { paramValue } from '../../model/nginxSticky';
import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoSecure = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-no-secure',
    severity: 'warning',
    summary: 'sticky cookie (sessionCookie or sticky-cookie-services) without secure: sent over plain HTTP',
    fixable: true,
  },
  (cookie) => {
    // samesite=none without secure is sticky-cookie-samesite-none-insecure's finding.
    if (cookie.sticky.flags.has('secure') || paramValue(cookie.sticky.params, 'samesite')?.toLowerCase() === 'none') return null;
    return {
      message: `${cookie.label} without ${attribute(cookie, 'secure: true', 'secure')}: the controller renders 'sticky cookie' without Secure, so the affinity cookie also travels over plain HTTP, where anyone on the path can read or set it.`,
      word: 'secure',
    };
  },
);
