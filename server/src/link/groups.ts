import type { HaproxyConfig } from '../model/haproxy';
import { effectiveCookie, effectiveDirective } from '../model/haproxyQueries';
import type { NginxConfig, NginxDirective } from '../model/nginx';
import { walkNginx } from '../model/nginx';
import { affinityDirectives } from '../model/nginxQueries';
import type { BalancedGroup, GroupServer } from './model';

/** `host:port`, `[v6]:port`, `host`, `unix:/path` as NGINX and HAProxy write server addresses. */
export function parseAddress(text: string): { host: string | null; port: number | null } {
  // Sockets: unix:/path (NGINX), /path and abns@name, fd@3, ... (HAProxy; ipv4@ and ipv6@ are addresses).
  const family = /^([a-z0-9]+)@/.exec(text)?.[1];
  if (text.startsWith('unix:') || text.startsWith('/') || (family && family !== 'ipv4' && family !== 'ipv6')) return { host: null, port: null };
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracket) return { host: bracket[1], port: bracket[2] ? Number(bracket[2]) : null };
  const stripped = text.replace(/^ipv[46]@/, '');
  const colon = stripped.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(stripped.slice(colon + 1))) return { host: stripped.slice(0, colon), port: Number(stripped.slice(colon + 1)) };
  return { host: stripped, port: null };
}

/** The upstreams of an NGINX configuration (the http and stream levels), with their servers and affinity. */
export function nginxGroups(config: NginxConfig, fileOf: (d: NginxDirective) => string): BalancedGroup[] {
  const out: BalancedGroup[] = [];
  for (const d of walkNginx(config.directives)) {
    if (d.name !== 'upstream' || !d.args[0] || !d.children) continue;
    const servers: GroupServer[] = [];
    for (const c of d.children) {
      if (c.name !== 'server' || !c.args[0]) continue;
      const { host, port } = parseAddress(c.args[0].value);
      servers.push({ host, port, count: 1 });
    }
    const affinity = affinityDirectives(d)[0];
    out.push({
      dialect: 'nginx',
      kind: 'upstream',
      name: d.args[0].value,
      file: fileOf(d),
      span: { start: d.nameSpan.start, end: d.args[0].span.end },
      extent: d.span,
      servers,
      affinity: affinity ? [affinity.name, ...affinity.args.map((a) => a.raw)].join(' ') : null,
    });
  }
  return out;
}

/** Balance algorithms that pin a client by something of its request (HAProxy's hash-based ones). */
const PINNING_BALANCE = new Set(['source', 'uri', 'url_param', 'hdr', 'rdp-cookie', 'hash']);

/** The backends and listen sections of a HAProxy configuration, with their servers and affinity. */
export function haproxyGroups(config: HaproxyConfig, fileOf: (offset: number) => string): BalancedGroup[] {
  const out: BalancedGroup[] = [];
  for (const section of config.sections) {
    if ((section.kind !== 'backend' && section.kind !== 'listen') || !section.name) continue;
    const servers: GroupServer[] = [];
    for (const d of section.directives) {
      if (d.prefix) continue;
      const address = d.keyword === 'server' ? d.args[1] : d.keyword === 'server-template' ? d.args[2] : undefined;
      if (!address) continue;
      const { host, port } = parseAddress(address.value);
      const count = d.keyword === 'server-template' ? Math.max(1, Number(/^(?:\d+-)?(\d+)$/.exec(d.args[1]?.value ?? '')?.[1] ?? 1)) : 1;
      servers.push({ host, port, count });
    }
    const balance = effectiveDirective(section, 'balance');
    const cookie = effectiveCookie(section);
    const stick = section.directives.find((d) => d.keyword === 'stick' || d.keyword.startsWith('stick-on') || /^stick (on|match|store)/.test(`${d.keyword} ${d.args[0]?.value ?? ''}`));
    let affinity: string | null = null;
    if (cookie) affinity = `cookie ${cookie.name}`;
    else if (stick) affinity = [stick.keyword, ...stick.args.map((a) => a.raw)].join(' ');
    else if (balance && PINNING_BALANCE.has(balance.args[0]?.value.split('(')[0] ?? '')) affinity = `balance ${balance.args.map((a) => a.raw).join(' ')}`;
    out.push({ dialect: 'haproxy', kind: 'backend', name: section.name, file: fileOf(section.keywordSpan.start), span: section.headerSpan, extent: section.span, servers, affinity });
  }
  return out;
}

/** How many servers a group spreads requests over. */
export function serverCount(group: BalancedGroup): number {
  return group.servers.reduce((n, s) => n + s.count, 0);
}
