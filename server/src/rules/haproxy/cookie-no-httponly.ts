import { cookieHasFlag, cookieRule } from './cookieRule';

export const cookieNoHttponly = cookieRule(
  {
    id: 'haproxy/cookie-no-httponly',
    severity: 'warning',
    summary: "persistence cookie without 'httponly': scripts can read it",
    fixable: true,
  },
  (cookie) =>
    cookieHasFlag(cookie, 'httponly')
      ? null
      : {
          message: `persistence cookie '${cookie.name}' without 'httponly': page scripts (and any XSS) can read it.`,
          append: 'httponly',
          title: "Add 'httponly' to the persistence cookie",
        },
);
