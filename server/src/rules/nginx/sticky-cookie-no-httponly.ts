import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoHttponly = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-httponly',
    severity: 'warning',
    summary: 'sticky cookie without httponly: scripts can read the affinity cookie',
    fixable: true,
  },
  (sticky, d) =>
    sticky.flags.has('httponly')
      ? null
      : {
          message: "sticky cookie without 'httponly': page scripts (and any XSS) can read the affinity cookie.",
          fix: { title: "Add 'httponly' to the sticky cookie", edits: [appendArgument(d, 'httponly')], preferred: true },
        },
);
