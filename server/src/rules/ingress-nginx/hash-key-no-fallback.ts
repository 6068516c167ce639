import { ingressNginxRule, PREFIX } from './common';
import { hashByOf } from './hashKey';

export const hashKeyNoFallback = ingressNginxRule(
  {
    id: 'ingress-nginx/hash-key-no-fallback',
    severity: 'warning',
    summary: 'upstream-hash-by on $cookie_* alone: every request without the cookie lands on one pod',
    fixable: false,
  },
  (ingress, context) => {
    const hash = hashByOf(ingress);
    if (!hash || hash.variables.length === 0 || !hash.variables.every((v) => v.startsWith('cookie_'))) return;
    const cookies = [...new Set(hash.variables.map((v) => v.slice(7)))].join(', ');
    context.report({
      message: `${PREFIX}upstream-hash-by: "${hash.key}" reads only the ${cookies} cookie: requests without it (every first visit) all hash the same empty value, so one pod receives every new session. An annotation cannot give the key a fallback: use ${PREFIX}affinity: cookie, which sets its own cookie.`,
      span: hash.pair.value?.span ?? hash.pair.key.span,
    });
  },
);
