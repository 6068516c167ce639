import { ingressNginxRule, PREFIX } from './common';
import { clientControlled, describeClientVariable } from '../../model/nginxVariables';
import { hashByOf } from './hashKey';

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
      message: `${PREFIX}upstream-hash-by: "${hash.key}" keys affinity on ${describeClientVariable(variable)}, which the client writes: it can pin itself to one pod, or spread a flood over all of them. Use ${PREFIX}affinity: cookie, or hash on a value the application signs.`,
      span: hash.pair.value?.span ?? hash.pair.key.span,
    });
  },
);
