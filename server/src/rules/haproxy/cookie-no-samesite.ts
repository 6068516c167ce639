import { haproxyHasCookieAttr, haproxyTarget } from '../../engine/versions';
import { cookieRule } from './cookieRule';

export const cookieNoSamesite = cookieRule(
  {
    id: 'haproxy/cookie-no-samesite',
    severity: 'warning',
    summary: 'persistence cookie without attr "SameSite=...": cross-site requests carry it',
    fixable: true,
  },
  (cookie, context) => {
    const target = haproxyTarget(context.settings);
    if (!haproxyHasCookieAttr(target)) return null;
    if (cookie.attrs.some((a) => /^\s*samesite\s*=/i.test(a.value))) return null;
    return {
      message: `persistence cookie '${cookie.name}' without a SameSite attribute: cross-site requests carry it, widening the CSRF surface.`,
      append: 'attr "SameSite=Lax"',
      title: `Add attr "SameSite=Lax" to the persistence cookie (target: ${target.label})`,
    };
  },
);
