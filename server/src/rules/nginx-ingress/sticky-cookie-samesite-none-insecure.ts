import { paramValue } from '../../model/nginxSticky';
import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieSamesiteNoneInsecure = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-samesite-none-insecure',
    severity: 'error',
    summary: 'sticky cookie with samesite none but no secure: browsers reject it, affinity is off',
    fixable: true,
  },
  (cookie) =>
    paramValue(cookie.sticky.params, 'samesite')?.toLowerCase() !== 'none' || cookie.sticky.flags.has('secure')
      ? null
      : {
          message: `${cookie.label} has samesite none without ${attribute(cookie, 'secure: true', 'secure')}: NGINX adds no Secure of its own, browsers refuse to store such a cookie, so affinity is silently off and users bounce between pods.`,
          word: 'secure',
        },
);
