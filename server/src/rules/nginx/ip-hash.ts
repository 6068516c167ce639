import type { NginxDirective } from '../../model/nginx';
import { soleFixedServer } from '../../model/nginxUpstreamServers';
import { nginxHasSticky } from '../../engine/versions';
import { ruleTarget } from './targets';
import { SHARED_STORE_GUIDE } from '../docs';
import { replace, replaceWithComment, SHARED_STORE_COMMENT } from '../edits';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { Fix, NginxRule } from '../types';

const IP_KEYS = new Set(['$remote_addr', '${remote_addr}', '$binary_remote_addr', '${binary_remote_addr}']);

/** `ip_hash;` or `hash $remote_addr [consistent];` in an http upstream. */
function ipAffinity(d: NginxDirective): string | null {
  if (d.parent?.name !== 'upstream') return null;
  if (d.name === 'ip_hash' && d.protocol === 'http') return 'ip_hash';
  if (d.name === 'hash' && d.protocol === 'http' && d.args[0] && IP_KEYS.has(d.args[0].value)) return `hash ${d.args[0].value}`;
  return null;
}

export const ipHash: NginxRule = {
  meta: {
    id: 'nginx/ip-hash',
    dialect: 'nginx',
    severity: 'warning',
    summary: 'IP-based affinity (ip_hash, hash $remote_addr) breaks for mobile clients and NATed users',
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  visits: ['ip_hash', 'hash'],
  check(d, context) {
    const what = ipAffinity(d);
    if (!what) return;
    const { source, settings } = context;
    const target = ruleTarget(context);
    const fixes: Fix[] = [];
    if (nginxHasSticky(target)) {
      fixes.push({
        title: `Use cookie affinity: sticky cookie srv_id with Secure, HttpOnly, SameSite and a 1h TTL (target: ${target.label})`,
        edits: [replace(d.span, 'sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;')],
        preferred: true,
      });
    } else {
      fixes.push({
        title: `Use cookie affinity: hash $cookie_srv_id consistent (target: ${target.label}, which has no sticky; the application must set the srv_id cookie)`,
        edits: [replace(d.span, 'hash $cookie_srv_id consistent;')],
        preferred: false,
      });
    }
    fixes.push({
      title: 'Remove affinity: sessions live in a shared store (least_conn)',
      edits: replaceWithComment(source, d.span, SHARED_STORE_COMMENT, 'least_conn;'),
      preferred: false,
    });
    const traffic = settings.traffic;
    // A single peer (compose demos keep ip_hash "ready for scaling"): nothing is pinned until servers are added.
    const sole = soleFixedServer(d.parent!);
    const single = sole
      ? ` For now this is a hint: the upstream's only server is ${sole.args[0].value}, a single address, so there is nothing to pin to yet; it matters once a second server is added.`
      : '';
    context.report({
      // ip_hash keys IPv4 clients on their first three octets only: a whole /24 shares a server.
      message: ipAffinityMessage(traffic, `'${what}'`, what === 'ip_hash' ? '; for IPv4 it hashes only the first three octets, so a whole /24 shares one server' : '') + single,
      span: d.span,
      severity: sole ? 'hint' : IP_AFFINITY_SEVERITY[traffic],
      fixes,
    });
  },
};
