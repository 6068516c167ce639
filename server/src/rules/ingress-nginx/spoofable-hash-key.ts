import { ingressNginxRule, PREFIX } from './common';
import { clientControlled, hashByOf } from './hashKey';

function described(variable: string): string {
  if (variable.startsWith('http_')) return `the ${variable.slice(5).split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-')} request header`;
  if (variable.startsWith('arg_')) return `the ${variable.slice(4)} query argument`;
  if (variable === 'proxy_add_x_forwarded_for') return 'the X-Forwarded-For request header';
  return 'the query string';
}

export const spoofableHashKey = ingressNginxRule(
  {
    id: 'ingress-nginx/spoofable-hash-key',
    severity: 'warning',
    summary: 'upstream-hash-by on $http_* or $arg_*: the client chooses its pod',
    fixable: false,
  },
  (ingress, context) => {
    const hash = hashByOf(ingress);
    const variable = hash?.variables.find(clientControlled);
    if (!hash || !variable) return;
    context.report({
      message: `${PREFIX}upstream-hash-by: "${hash.key}" keys affinity on ${described(variable)}, which the client writes: it can pin itself to one pod, or spread a flood over all of them. Use ${PREFIX}affinity: cookie, or hash on a value the application signs.`,
      span: hash.pair.value?.span ?? hash.pair.key.span,
    });
  },
);
