import { capital, cookieOf, flag, optionFix, stickyCookieRule, written } from './cookieRule';

export const traefikStickyCookieNoHttponly = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-no-httponly',
    severity: 'warning',
    summary: 'Traefik sticky cookie without httpOnly (default false): page scripts can read the affinity cookie',
    fixable: true,
    options: ['httpOnly'],
  },
  (cookie) => {
    if (flag(cookie, 'httpOnly') === true) return null;
    const option = cookie.option('httpOnly');
    const what = option ? `sets ${option.written} to ${option.value === '' ? 'nothing' : option.value}` : `has no ${cookie.spell('httpOnly')}`;
    return {
      message: `${capital(cookieOf(cookie))} ${what}: Traefik then sends it without HttpOnly (the default is false), so page scripts (and any XSS) can read it. Set ${written(cookie, 'httpOnly', true)}.`,
      span: option?.valueSpan,
      fixes: [optionFix(cookie, 'httpOnly', true)],
    };
  },
);
