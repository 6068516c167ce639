import { capital, cookieOf, flag, optionFix, stickyCookieRule, written } from './cookieRule';

export const traefikStickyCookieNoSecure = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-no-secure',
    severity: 'warning',
    summary: 'Traefik sticky cookie without secure (default false): browsers also send it over plain HTTP',
    fixable: true,
  },
  (cookie) => {
    if (flag(cookie, 'secure') === true) return null;
    // SameSite=None without Secure is traefik/sticky-cookie-samesite-none-insecure's error.
    if ((cookie.option('sameSite')?.value ?? '').trim().toLowerCase() === 'none') return null;
    const option = cookie.option('secure');
    const what = option ? `sets ${option.written} to ${option.value === '' ? 'nothing' : option.value}` : `has no ${cookie.spell('secure')}`;
    return {
      message: `${capital(cookieOf(cookie))} ${what}: Traefik then sends it without Secure (the default is false), so browsers also send it over plain HTTP, where it can be read or changed. Set ${written(cookie, 'secure', true)} if clients reach the site over HTTPS.`,
      span: option?.valueSpan,
      fixes: [optionFix(cookie, 'secure', true)],
    };
  },
);
