import { paramValue } from '../../model/nginxSticky';
import { upstreamTransport } from '../../model/nginxTransport';
import { appendArgument } from '../edits';
import { stickyCookieRule } from './stickyCookieRule';

export const stickyCookieNoSecure = stickyCookieRule(
  {
    id: 'nginx/sticky-cookie-no-secure',
    severity: 'warning',
    summary: 'sticky cookie without secure: the affinity cookie is sent over plain HTTP',
    fixable: true,
  },
  (sticky, d, context) => {
    if (sticky.flags.has('secure')) return null;
    const none = paramValue(sticky.params, 'samesite')?.toLowerCase() === 'none';
    if (none) {
      return {
        message: "sticky cookie has samesite=none without 'secure': browsers reject such a cookie, so affinity is silently off.",
        severity: 'error',
        fix: { title: "Add 'secure' to the sticky cookie", edits: [appendArgument(d, 'secure')], preferred: true },
      };
    }
    // As haproxy/cookie-no-secure: where browsers reach the site over plain HTTP only, a Secure cookie never comes back.
    if (upstreamTransport(context.config, d.parent!) === 'plain') {
      return {
        message:
          "sticky cookie without 'secure', on an upstream that only plain-HTTP listeners proxy to: there 'secure' would keep browsers from sending the cookie back and switch affinity off. Add it when the site is served over HTTPS (or now, if a TLS-terminating proxy in front of nginx already serves it so).",
        severity: 'info',
        fix: { title: "Add 'secure' to the sticky cookie (only if browsers reach this site over HTTPS)", edits: [appendArgument(d, 'secure')], preferred: false },
      };
    }
    return {
      message: "sticky cookie without 'secure': the affinity cookie also travels over plain HTTP, where anyone on the path can read or set it.",
      fix: { title: "Add 'secure' to the sticky cookie", edits: [appendArgument(d, 'secure')], preferred: true },
    };
  },
);
