import { removePair } from '../../manifest/edits';
import { ingressNginxRule, PREFIX } from './common';

export const removedCookieHash = ingressNginxRule(
  {
    id: 'ingress-nginx/removed-cookie-hash',
    severity: 'warning',
    summary: 'session-cookie-hash, removed in ingress-nginx 0.24.0: ignored',
    fixable: true,
  },
  (ingress, context) => {
    const pair = ingress.pair('session-cookie-hash');
    const map = ingress.annotations.map;
    if (!pair || !map) return;
    context.report({
      message: `${PREFIX}session-cookie-hash was removed in ingress-nginx 0.24.0: the controller ignores it (the cookie value is no longer a hash you choose), and kubectl ingress-nginx lint flags it. Remove it.`,
      span: pair.key.span,
      fixes: [{ title: `Remove ${PREFIX}session-cookie-hash`, edits: [removePair(map, pair, context.source)], preferred: true }],
    });
  },
);
