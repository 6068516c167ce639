import { platformBefore } from './version';
import { attribute, nicStickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoSamesite = nicStickyCookieRule(
  {
    id: 'nginx-ingress/sticky-cookie-no-samesite',
    severity: 'warning',
    summary: 'sticky cookie (sessionCookie or sticky-cookie-services) without samesite: cross-site requests carry it',
    fixable: true,
  },
  (cookie, context) => {
    if (cookie.sticky.params.has('samesite')) return null;
    // The VirtualServer field arrived in 3.2.0: on an older controller the fix would write a field its CRD drops.
    const old = cookie.origin === 'virtualserver' && platformBefore(context.settings, '3.2');
    return {
      message: `${cookie.label} without ${attribute(cookie, 'samesite', 'samesite=')}: cross-site requests carry the affinity cookie, widening the CSRF surface.${old ? ' The samesite field needs NGINX Ingress Controller 3.2 or later (platforms.nginx-ingress is set lower).' : ''}`,
      word: old ? undefined : 'samesite=lax',
    };
  },
);
