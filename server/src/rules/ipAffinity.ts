import type { Traffic } from '../engine/settings';
import type { Severity } from './types';

/**
 * How IP-based affinity is judged for each traffic profile (RULES.md): a warning for browsers on
 * the public internet, an error for mobile clients whose addresses change constantly, a hint for
 * service-to-service traffic with stable addresses.
 */
export const IP_AFFINITY_SEVERITY: Readonly<Record<Traffic, Severity>> = { public: 'warning', mobile: 'error', internal: 'hint' };

/**
 * The message for IP-based affinity under a traffic profile. `what` names the directive as
 * written (quoted by the caller's choice); `extra` adds a detail to the public-traffic message.
 */
export function ipAffinityMessage(traffic: Traffic, what: string, extra = ''): string {
  switch (traffic) {
    case 'mobile':
      return `${what} pins clients by IP address, and mobile client IPs change on every switch between Wi-Fi and cellular and behind carrier-grade NAT: sessions break constantly and NATed users pile onto one server.`;
    case 'internal':
      return `${what} pins clients by IP address; acceptable for service-to-service traffic with stable addresses.`;
    default:
      return `${what} pins clients to a server by IP address: mobile clients that change networks lose their session and users behind one NAT all land on one server${extra}.`;
  }
}
