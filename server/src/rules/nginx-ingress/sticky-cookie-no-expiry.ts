import { paramValue } from '../../model/nginxSticky';
import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoExpiry = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-no-expiry',
    severity: 'info',
    summary: 'sticky cookie (sessionCookie or sticky-cookie-services) without expires, or expires max',
    fixable: true,
  },
  (cookie) => {
    const expires = paramValue(cookie.sticky.params, 'expires');
    if (expires === null) {
      return {
        message: `${cookie.label} without ${attribute(cookie, 'expires', 'expires=')}: a browser-session cookie, so clients stay pinned to one pod for the whole browser session, however long it lasts.`,
        word: 'expires=1h',
      };
    }
    if (expires.toLowerCase() !== 'max') return null;
    return {
      message: `${cookie.label} with expires max: clients stay pinned to one pod until the year 2037, across every change of the Deployment.`,
      severity: 'warning',
      word: 'expires=1h',
    };
  },
);
