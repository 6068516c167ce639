import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoPath = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-no-path',
    severity: 'warning',
    summary: 'sticky cookie (sessionCookie or sticky-cookie-services) without path: affinity split by URL directory',
    fixable: true,
  },
  (cookie) =>
    cookie.sticky.params.has('path')
      ? null
      : {
          message: `${cookie.label} without ${attribute(cookie, 'path', 'path=')}: browsers scope the cookie to the directory of the first URL that set it, so requests to other paths carry no cookie (or another one) and land on another pod.`,
          word: 'path=/',
        },
);
