import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoHttponly = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-no-httponly',
    severity: 'warning',
    summary: 'sticky cookie (sessionCookie or sticky-cookie-services) without httponly: scripts can read it',
    fixable: true,
  },
  (cookie) =>
    cookie.sticky.flags.has('httponly')
      ? null
      : {
          message: `${cookie.label} without ${attribute(cookie, 'httpOnly: true', 'httponly')}: page scripts (and any XSS) can read the affinity cookie.`,
          word: 'httponly',
        },
);
