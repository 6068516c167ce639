import { cookieRule } from './cookieRule';

export const cookieInsertNoIndirect = cookieRule(
  {
    id: 'haproxy/cookie-insert-no-indirect',
    severity: 'info',
    summary: "inserted persistence cookie without 'indirect': the application sees, and may clobber, the load balancer's cookie",
    fixable: true,
  },
  (cookie) => {
    if (cookie.flags.has('indirect')) return null;
    if (cookie.flags.has('rewrite') || cookie.flags.has('prefix')) return null;
    return {
      message: `persistence cookie '${cookie.name}' is inserted without 'indirect': HAProxy forwards it to the servers, so the application sees the load balancer's cookie and may log, overwrite or delete it.`,
      append: 'indirect',
      title: "Add 'indirect' to the persistence cookie",
    };
  },
);
