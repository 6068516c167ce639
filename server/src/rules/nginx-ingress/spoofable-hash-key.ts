import type { ManifestModel } from '../../manifest/model';
import { clientControlled, describeClientVariable } from '../../model/nginxVariables';
import type { KindRule } from '../types';
import { lbMethodsOf } from './lbMethods';

export const spoofableHashKey: KindRule<ManifestModel> = {
  meta: {
    id: 'nginx-ingress/spoofable-hash-key',
    dialect: 'nginx-ingress',
    severity: 'warning',
    summary: 'lb-method hash on $http_* or $arg_*: the client chooses its pod',
    fixable: false,
  },
  checkModel(context) {
    for (const m of lbMethodsOf(context.config)) {
      const variable = m.hash?.variables.find(clientControlled);
      if (!variable) continue;
      context.report({
        message: `${m.label}: "${m.value}" keys affinity on ${describeClientVariable(variable)}, which the client writes: it can pin itself to one pod, or spread a flood over all of them. Use a sticky cookie, or hash on a value the application signs.`,
        span: m.node.span,
      });
    }
  },
};
