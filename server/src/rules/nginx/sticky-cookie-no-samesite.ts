import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoSamesite = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-samesite',
    severity: 'warning',
    summary: 'sticky cookie without samesite=: cross-site requests carry the affinity cookie',
    fixable: true,
  },
  (sticky, d) =>
    sticky.params.has('samesite')
      ? null
      : {
          message: "sticky cookie without 'samesite=': cross-site requests carry the affinity cookie, widening the CSRF surface.",
          fix: { title: "Add 'samesite=lax' to the sticky cookie", edits: [appendArgument(d, 'samesite=lax')], preferred: true },
        },
);
