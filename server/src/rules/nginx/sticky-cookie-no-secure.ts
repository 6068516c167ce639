import { paramValue } from '../../model/nginxSticky';
import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoSecure = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-secure',
    severity: 'warning',
    summary: 'sticky cookie without secure: the affinity cookie is sent over plain HTTP',
    fixable: true,
  },
  (sticky, d) => {
    if (sticky.flags.has('secure')) return null;
    const none = paramValue(sticky.params, 'samesite')?.toLowerCase() === 'none';
    return {
      message: none
        ? "sticky cookie has samesite=none without 'secure': browsers reject such a cookie, so affinity is silently off."
        : "sticky cookie without 'secure': the affinity cookie also travels over plain HTTP, where anyone on the path can read or set it.",
      severity: none ? 'error' : undefined,
      fix: { title: "Add 'secure' to the sticky cookie", edits: [appendArgument(d, 'secure')], preferred: true },
    };
  },
);
