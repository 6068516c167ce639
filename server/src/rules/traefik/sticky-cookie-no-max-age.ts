import { capital, cookieOf, optionFix, stickyCookieRule, written } from './cookieRule';
import { hasCookieOption } from './version';

export const traefikStickyCookieNoMaxAge = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-no-max-age',
    severity: 'info',
    summary: 'Traefik sticky cookie without maxAge (or 0): a browser-session cookie with no lifetime of its own',
    fixable: true,
    options: ['maxAge'],
  },
  (cookie, target) => {
    const option = cookie.option('maxAge');
    const value = (option?.value ?? '').trim();
    const n = /^-?\d+$/.test(value) ? Number(value) : null;
    if (n !== null && n > 0) return null;
    if (n !== null && n < 0) {
      return {
        message: `${capital(cookieOf(cookie))} sets ${option!.written} to ${value}: a negative maxAge makes the cookie expire at once, so browsers never send it back and there is no affinity. Set a lifetime in seconds, such as ${written(cookie, 'maxAge', 3600)}.`,
        span: option!.valueSpan,
        severity: 'warning',
        fixes: [optionFix(cookie, 'maxAge', 3600)],
      };
    }
    if (!hasCookieOption(target, 'maxAge')) {
      return {
        message: `${capital(cookieOf(cookie))} is a browser-session cookie: it lives until the browser closes (or forever in browsers that restore sessions). ${target.label} cannot set a lifetime: maxAge came in Traefik 3.0.`,
      };
    }
    const what = option ? `sets ${option.written} to ${value === '' ? 'nothing' : value}` : `has no ${cookie.spell('maxAge')}`;
    // Traefik 2 refuses maxAge (a container skipped, a file not loaded): added unread only when the release is known.
    const fix = option ? optionFix(cookie, 'maxAge', 3600) : { ...optionFix(cookie, 'maxAge', 3600, !target.assumed), ...(target.assumed ? { title: `Set ${written(cookie, 'maxAge', 3600)} (needs Traefik 3.0; ${target.label})` } : {}) };
    return {
      message: `${capital(cookieOf(cookie))} ${what}: Traefik then sends no Max-Age, so it is a browser-session cookie that lives until the browser closes (or forever in browsers that restore sessions), not for a lifetime you chose. Set one in seconds, such as ${written(cookie, 'maxAge', 3600)}.`,
      span: option?.valueSpan,
      fixes: [fix],
    };
  },
);
