import { cookieHasFlag, cookieRule } from './cookieRule';

export const cookieSamesiteNoneInsecure = cookieRule(
  {
    id: 'haproxy/cookie-samesite-none-insecure',
    severity: 'error',
    summary: "persistence cookie with SameSite=None but without 'secure': browsers reject it and affinity is silently off",
    fixable: true,
  },
  (cookie) => {
    if (!cookie.attrs.some((a) => /^\s*samesite\s*=\s*none\s*$/i.test(a.value))) return null;
    if (cookieHasFlag(cookie, 'secure')) return null;
    return {
      message: `persistence cookie '${cookie.name}' sets SameSite=None without 'secure': browsers reject such a cookie, so clients never get it and persistence is silently off.`,
      append: 'secure',
      title: "Add 'secure' to the persistence cookie",
    };
  },
);
