import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import { ingressNginxRule, PREFIX } from './common';
import { clientAddress } from '../../model/nginxVariables';
import { hashByOf } from './hashKey';

export const hashByIp = ingressNginxRule(
  {
    id: 'ingress-nginx/hash-by-ip',
    severity: 'warning',
    summary: 'upstream-hash-by on $remote_addr: IP-based affinity (severity by traffic profile)',
    fixable: false,
  },
  (ingress, context) => {
    const hash = hashByOf(ingress);
    if (!hash || !hash.variables.some(clientAddress)) return;
    const traffic = context.settings.traffic;
    const behindLb = traffic === 'internal' ? '' : ' (and behind a cloud load balancer without proxy protocol, every request shows the balancer\'s address: one pod takes everything)';
    context.report({
      message: `${ipAffinityMessage(traffic, `${PREFIX}upstream-hash-by: "${hash.key}"`, behindLb)}${traffic === 'internal' ? '' : ` Use ${PREFIX}affinity: cookie instead.`}`,
      span: hash.pair.value?.span ?? hash.pair.key.span,
      severity: IP_AFFINITY_SEVERITY[traffic],
    });
  },
);
