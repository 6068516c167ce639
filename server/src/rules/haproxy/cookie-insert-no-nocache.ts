import { cookieRule } from './cookieRule';

export const cookieInsertNoNocache = cookieRule(
  {
    id: 'haproxy/cookie-insert-no-nocache',
    severity: 'warning',
    summary: "inserted persistence cookie without 'nocache' or 'postonly': a shared cache can hand one server's cookie to everyone",
    fixable: true,
  },
  (cookie) => {
    if (cookie.flags.has('nocache') || cookie.flags.has('postonly')) return null;
    if (cookie.flags.has('rewrite') || cookie.flags.has('prefix')) return null;
    return {
      message: `persistence cookie '${cookie.name}' is inserted without 'nocache' (or 'postonly'): a cache between clients and HAProxy may store a response with its Set-Cookie and serve that one server's cookie to every client, piling them all onto one server.`,
      append: 'nocache',
      title: "Add 'nocache' to the persistence cookie",
    };
  },
);
