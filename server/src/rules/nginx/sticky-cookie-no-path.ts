import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoPath = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-path',
    severity: 'warning',
    summary: 'sticky cookie without path=: the browser default path splits affinity across URL paths',
    fixable: true,
  },
  (sticky, d) =>
    sticky.params.has('path')
      ? null
      : {
          message: "sticky cookie without 'path=': browsers scope the cookie to the directory of the first URL that set it, so requests to other paths carry no cookie (or another one) and land on another server.",
          fix: { title: "Add 'path=/' to the sticky cookie", edits: [appendArgument(d, 'path=/')], preferred: true },
        },
);
