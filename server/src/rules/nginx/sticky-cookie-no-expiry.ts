import { paramValue } from '../../model/nginxSticky';
import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoExpiry = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-expiry',
    severity: 'info',
    summary: 'sticky cookie without expires= (or with expires=max): no sensible affinity lifetime',
    fixable: true,
  },
  (sticky, d) => {
    const expires = sticky.params.get('expires');
    if (!expires) {
      return {
        message: "sticky cookie without 'expires=': clients stay pinned for the whole browser session, however long it lasts.",
        fix: { title: "Set 'expires=1h' on the sticky cookie", edits: [appendArgument(d, 'expires=1h')], preferred: true },
      };
    }
    if (paramValue(sticky.params, 'expires')?.toLowerCase() !== 'max') return null;
    return {
      message: "sticky cookie with 'expires=max': clients stay pinned to one server until the year 2037, across every change of the farm.",
      severity: 'warning',
      fix: { title: "Set 'expires=1h' on the sticky cookie", edits: [{ start: expires.span.start, end: expires.span.end, newText: 'expires=1h' }], preferred: true },
    };
  },
);
