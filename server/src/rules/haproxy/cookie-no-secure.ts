import { cookieHasFlag, cookieRule, servedOverTls } from './cookieRule';

export const cookieNoSecure = cookieRule(
  {
    id: 'haproxy/cookie-no-secure',
    severity: 'warning',
    summary: "persistence cookie without 'secure': it leaks over plain HTTP",
    fixable: true,
  },
  (cookie, context) => {
    if (cookieHasFlag(cookie, 'secure')) return null;
    const tls = servedOverTls(context.config, cookie.directive.section!);
    return {
      message: tls
        ? `persistence cookie '${cookie.name}' without 'secure' on a proxy served over TLS: the cookie also travels over plain HTTP, where anyone on the path can read or set it.`
        : `persistence cookie '${cookie.name}' without 'secure': if this site is ever reached over HTTPS, the cookie still travels over plain HTTP too.`,
      severity: tls ? 'warning' : 'info',
      append: 'secure',
      title: "Add 'secure' to the persistence cookie",
      // With no TLS bind in sight, clients may reach the cookie over plain HTTP only, where a
      // Secure cookie is never sent back: affinity would be off. Offered, never applied unread.
      safe: tls,
    };
  },
);
