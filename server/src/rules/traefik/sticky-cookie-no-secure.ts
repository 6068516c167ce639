import { capital, cookieOf, flag, optionFix, stickyCookieRule, written } from './cookieRule';

export const traefikStickyCookieNoSecure = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-no-secure',
    severity: 'warning',
    summary: 'Traefik sticky cookie without secure (default false): browsers also send it over plain HTTP',
    fixable: true,
    options: ['secure', 'sameSite'],
  },
  (cookie) => {
    if (flag(cookie, 'secure') === true) return null;
    // SameSite=None without Secure is traefik/sticky-cookie-samesite-none-insecure's error.
    if ((cookie.option('sameSite')?.value ?? '').trim().toLowerCase() === 'none') return null;
    const option = cookie.option('secure');
    const what = option ? `sets ${option.written} to ${option.value === '' ? 'nothing' : option.value}` : `has no ${cookie.spell('secure')}`;
    if (cookie.plainHttp) {
      // A Secure cookie is never sent back over plain HTTP: on an HTTP-only route the fix would switch affinity off.
      return {
        message: `${capital(cookieOf(cookie))} ${what}, but ${cookie.plainHttp}: there the cookie travels in clear text anyway, and Secure would stop browsers from sending it back (no affinity). Serve the route over HTTPS, then set ${written(cookie, 'secure', true)}.`,
        span: option?.valueSpan,
        severity: 'info',
        fixes: [optionFix(cookie, 'secure', true, false)],
      };
    }
    return {
      message: `${capital(cookieOf(cookie))} ${what}: Traefik then sends it without Secure (the default is false), so browsers also send it over plain HTTP, where it can be read or changed. Set ${written(cookie, 'secure', true)} if clients reach the site over HTTPS.`,
      span: option?.valueSpan,
      fixes: [optionFix(cookie, 'secure', true)],
    };
  },
);
