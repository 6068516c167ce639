import { capital, cookieOf, flag, optionFix, stickyCookieRule, written } from './cookieRule';

export const traefikStickyCookieSamesiteNoneInsecure = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-samesite-none-insecure',
    severity: 'error',
    summary: 'Traefik sticky cookie with sameSite none but without secure: browsers reject it, affinity is off',
    fixable: true,
    options: ['sameSite', 'secure'],
  },
  (cookie) => {
    const sameSite = cookie.option('sameSite');
    if ((sameSite?.value ?? '').trim().toLowerCase() !== 'none' || flag(cookie, 'secure') === true) return null;
    return {
      message: `${capital(cookieOf(cookie))} sets ${sameSite!.written} to none without ${cookie.spell('secure')}: Traefik sends SameSite=None without Secure and browsers reject such a cookie, so affinity is silently off. Set ${written(cookie, 'secure', true)}.`,
      span: sameSite!.valueSpan,
      fixes: [optionFix(cookie, 'secure', true)],
    };
  },
);
