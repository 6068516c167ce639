import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { enclosingUpstream, mapSetting, normalizeVariable } from '../../model/nginxQueries';
import { nginxHasSticky } from '../../engine/versions';
import { ruleTarget } from './targets';
import { replace } from '../edits';
import type { Fix, NginxRule, Related } from '../types';

/** `x_forwarded_for` -> `X-Forwarded-For`, the way the header is written on the wire. */
function headerName(variablePart: string): string {
  return variablePart
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');
}

/** The request header a variable reads, if a client can write it. */
function headerOf(variable: string): string | null {
  const v = normalizeVariable(variable);
  if (v === '$proxy_add_x_forwarded_for') return 'X-Forwarded-For';
  const m = /^\$http_(\w+)$/.exec(v);
  return m ? headerName(m[1]) : null;
}

/** The client-written header a hash key depends on, directly or through the `map` that sets one of its variables. */
function spoofableHeader(config: NginxConfig, hash: NginxDirective): { header: string; via: string | null } | null {
  for (const variable of hash.args[0].value.match(/\$(\{\w+\}|\w+)/g) ?? []) {
    const header = headerOf(variable);
    if (header) return { header, via: null };
    const map = mapSetting(config, variable, hash.protocol);
    for (const source of map?.args[0]?.value.match(/\$(\{\w+\}|\w+)/g) ?? []) {
      const mapped = headerOf(source);
      if (mapped) return { header: mapped, via: normalizeVariable(variable) };
    }
  }
  return null;
}

/** The map a key goes through, as a related location (it may be in another file of the configuration). */
function relatedMap(config: NginxConfig, via: string | null, hash: NginxDirective): Related[] {
  const map = via === null ? null : mapSetting(config, via, hash.protocol);
  return map ? [{ message: `the map that sets ${via} from the header`, span: map.span }] : [];
}

export const spoofableHashKey: NginxRule = {
  meta: {
    id: 'nginx/spoofable-hash-key',
    dialect: 'nginx',
    severity: 'warning',
    summary: 'hash keyed on a request header ($http_*): the client chooses its server',
    fixable: true,
  },
  visits: ['hash'],
  check(d, context) {
    if (!enclosingUpstream(d) || d.protocol !== 'http' || !d.args[0]) return;
    const found = spoofableHeader(context.config, d);
    if (!found) return;
    const target = ruleTarget(context);
    const fix: Fix = nginxHasSticky(target)
      ? {
          title: `Use cookie affinity: sticky cookie srv_id with Secure, HttpOnly, SameSite and a 1h TTL (target: ${target.label})`,
          edits: [replace(d.span, 'sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;')],
          preferred: true,
        }
      : {
          title: `Use cookie affinity: hash $cookie_srv_id consistent (target: ${target.label}, which has no sticky; the application must set the srv_id cookie)`,
          edits: [replace(d.span, 'hash $cookie_srv_id consistent;')],
          preferred: false,
        };
    const via = found.via ? ` (through the map that sets ${found.via})` : '';
    context.report({
      message: `'hash ${d.args[0].raw}' keys affinity on the ${found.header} request header${via}, which the client writes: it can pin itself to one server, or spread a flood over all of them.`,
      span: d.span,
      related: relatedMap(context.config, found.via, d),
      fixes: [fix],
    });
  },
};
