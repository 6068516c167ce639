import { cookieRule } from './cookieRule';

export const cookieNoTtl = cookieRule(
  {
    id: 'haproxy/cookie-no-ttl',
    severity: 'warning',
    summary: 'inserted persistence cookie without maxidle and maxlife: clients stay pinned after the farm changes',
    fixable: true,
  },
  (cookie) => {
    if (cookie.maxidle || cookie.maxlife) return null;
    return {
      message: `persistence cookie '${cookie.name}' has neither 'maxidle' nor 'maxlife': clients stay pinned to a server for as long as the browser keeps the cookie, across every change of the farm.`,
      append: 'maxidle 30m maxlife 8h',
      title: "Add 'maxidle 30m maxlife 8h' to the persistence cookie",
    };
  },
);
