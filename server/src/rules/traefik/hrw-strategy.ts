import type { ManifestModel } from '../../manifest/model';
import { traefikAffinity } from '../../manifest/traefik/sticky';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { KindRule } from '../types';

/**
 * Traefik's highest-random-weight balancing (`strategy: hrw`, a `highestRandomWeight` service,
 * v3.6+): it hashes the connection's remote address (ip.RemoteAddrStrategy), so it is IP affinity.
 */
export const traefikHrwStrategy: KindRule<ManifestModel> = {
  meta: {
    id: 'traefik/hrw-strategy',
    dialect: 'traefik',
    severity: 'warning',
    summary: 'Traefik hrw (highest random weight) balancing hashes the client IP: IP-based affinity',
    fixable: false,
  },
  checkModel(context) {
    const traffic = context.settings.traffic;
    for (const use of traefikAffinity(context.config).hrw) {
      const extra = ", and behind another proxy or load balancer every client has that proxy's address and lands on one server";
      context.report({
        message: `${ipAffinityMessage(traffic, `${use.written} (${use.owner})`, extra)} Traefik's hrw hashes the connection's remote address, not X-Forwarded-For. For per-user affinity use a sticky cookie on a wrr load balancer.`,
        span: use.span,
        severity: IP_AFFINITY_SEVERITY[traffic],
      });
    }
  },
};
