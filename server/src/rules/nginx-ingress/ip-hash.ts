import type { ManifestModel } from '../../manifest/model';
import { clientAddress } from '../../model/nginxVariables';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { KindRule } from '../types';
import { lbMethodsOf } from './lbMethods';

export const ipHash: KindRule<ManifestModel> = {
  meta: {
    id: 'nginx-ingress/ip-hash',
    dialect: 'nginx-ingress',
    severity: 'warning',
    summary: 'lb-method ip_hash or hash on $remote_addr: IP-based affinity (severity by traffic profile)',
    fixable: false,
  },
  checkModel(context) {
    const traffic = context.settings.traffic;
    for (const m of lbMethodsOf(context.config)) {
      if (!m.hash || !(m.hash.ip || m.hash.variables.some(clientAddress))) continue;
      const lb = traffic === 'internal' ? '' : ' (and behind a cloud load balancer without proxy protocol every request shows its address: one pod takes everything)';
      context.report({
        message: `${ipAffinityMessage(traffic, `${m.label}: "${m.value}"`, lb)}${traffic === 'internal' ? '' : ' Use a sticky cookie (sessionCookie, or the sticky-cookie-services annotation) instead.'}`,
        span: m.node.span,
        severity: IP_AFFINITY_SEVERITY[traffic],
      });
    }
  },
};
