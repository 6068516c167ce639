import { type HaproxyDirective, type HaproxySection } from './haproxy';
import { inheritanceChain } from './haproxyQueries';

/**
 * A `server` or `server-template` line with the parameters in effect for it: its own, over those
 * of the `default-server` lines before it in its section, over those of its defaults sections.
 * HAProxy builds each server from a copy of the proxy's default-server, which every
 * `default-server` line amends (it does not replace it), so the parameters add up in file order.
 */
export interface EffectiveServer {
  readonly directive: HaproxyDirective;
  readonly name: string;
  /** How many servers the line declares: 1, or the number or range of a `server-template`. */
  readonly count: number;
  /** `check` in effect (and no later `no-check`). */
  readonly checked: boolean;
  /** `track <proxy>/<server>`: up and down with the tracked server, which HAProxy requires to be checked. */
  readonly tracked: boolean;
  readonly backup: boolean;
  /** Starts in maintenance (`disabled`): receives no traffic unless persistence is forced. */
  readonly disabled: boolean;
  /** `weight 0`: never chosen by the balancing algorithm, only reached through persistence. */
  readonly weightZero: boolean;
  readonly cookieValue: string | null;
}

/** Server parameters followed by a value, so that a value is never read as a flag (`cookie backup`). */
const TAKES_VALUE = new Set([
  'addr', 'agent-addr', 'agent-inter', 'agent-port', 'agent-send', 'alpn', 'ca-file', 'check-alpn', 'check-proto', 'check-sni',
  'ciphers', 'ciphersuites', 'client-sigalgs', 'cookie', 'crl-file', 'crt', 'curves', 'downinter', 'error-limit', 'fall',
  'fastinter', 'guid', 'hash-key', 'id', 'init-addr', 'init-state', 'inter', 'log-bufsize', 'log-proto', 'max-reuse', 'maxconn', 'maxqueue',
  'minconn', 'namespace', 'npn', 'observe', 'on-error', 'on-marked-down', 'on-marked-up', 'pool-conn-name', 'pool-low-conn',
  'pool-max-conn', 'pool-purge-delay', 'port', 'proto', 'redir', 'resolve-net', 'resolve-opts', 'resolve-prefer', 'resolvers',
  'rise', 'send-proxy-v2-options', 'set-proxy-v2-tlv-fmt', 'shard', 'sigalgs', 'slowstart', 'sni', 'source', 'ssl-max-ver',
  'ssl-min-ver', 'tcp-ut', 'track', 'usesrc', 'verify', 'verifyhost', 'weight', 'ws',
]);

interface Params {
  checked: boolean;
  tracked: boolean;
  backup: boolean;
  disabled: boolean;
  weightZero: boolean;
  cookieValue: string | null;
}

/** Amends parameters with the words of one line, from `from` on. */
function amend(params: Params, d: HaproxyDirective, from: number): Params {
  const next = { ...params };
  const words = d.args.map((a) => a.value);
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    const value = words[i + 1] ?? null;
    if (word === 'check') next.checked = true;
    else if (word === 'no-check') next.checked = false;
    else if (word === 'backup') next.backup = true;
    else if (word === 'no-backup') next.backup = false;
    else if (word === 'disabled') next.disabled = true;
    else if (word === 'enabled') next.disabled = false;
    else if (word === 'track') next.tracked = value !== null;
    else if (word === 'weight') next.weightZero = value !== null && /^0+$/.test(value);
    else if (word === 'cookie') next.cookieValue = value;
    if (TAKES_VALUE.has(word)) i++;
  }
  return next;
}

/** `server-template <prefix> <num | low-high> <fqdn>[:<port>] [params*]`: how many servers it makes. */
function templateCount(d: HaproxyDirective): number {
  const m = /^(\d+)(?:-(\d+))?$/.exec(d.args[1]?.value ?? '');
  if (!m) return 1;
  return m[2] === undefined ? Number(m[1]) : Math.max(0, Number(m[2]) - Number(m[1]) + 1);
}

const NO_PARAMS: Params = { checked: false, tracked: false, backup: false, disabled: false, weightZero: false, cookieValue: null };

/** The servers of a proxy with the parameters in effect for each, in file order. */
export function effectiveServers(section: HaproxySection): EffectiveServer[] {
  let defaults = NO_PARAMS;
  for (const s of inheritanceChain(section).slice(1).reverse()) {
    for (const d of s.directives) if (d.keyword === 'default-server' && d.prefix === null) defaults = amend(defaults, d, 0);
  }
  const servers: EffectiveServer[] = [];
  for (const d of section.directives) {
    if (d.prefix !== null) continue;
    if (d.keyword === 'default-server') defaults = amend(defaults, d, 0);
    else if (d.keyword === 'server' && d.args.length > 0) servers.push({ directive: d, name: d.args[0].value, count: 1, ...amend(defaults, d, 2) });
    else if (d.keyword === 'server-template' && d.args.length > 1) servers.push({ directive: d, name: d.args[0].value, count: templateCount(d), ...amend(defaults, d, 3) });
  }
  return servers;
}

/**
 * How many servers the balancing algorithm can choose between: not `backup` (used only when
 * every other server is down), not `disabled`, not `weight 0`.
 */
export function balancedServerCount(servers: readonly EffectiveServer[]): number {
  return servers.filter((s) => !s.backup && !s.disabled && !s.weightZero).reduce((n, s) => n + s.count, 0);
}

/** Whether HAProxy learns that the server is down: its own checks, or those of the server it tracks. */
export function isMonitored(server: EffectiveServer): boolean {
  return server.checked || server.tracked;
}
