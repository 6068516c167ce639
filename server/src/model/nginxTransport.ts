import { nginxAncestor, type NginxConfig, type NginxDirective } from './nginx';
import { allPasses, effectiveSetting, passesTo } from './nginxQueries';

/**
 * How clients reach a server block or an upstream: over TLS, only over plain HTTP, or not known
 * from this file (an `include` that may add listens, a pass through a variable, no pass at all).
 */
export type Transport = 'tls' | 'plain' | 'unknown';

/** A `listen` that speaks TLS: `ssl`, `quic` (HTTP/3 is TLS only), or port 443 (TLS in practice). */
function listensOverTls(listen: NginxDirective): boolean {
  const [address, ...params] = listen.args.map((a) => a.value.toLowerCase());
  if (params.includes('ssl') || params.includes('quic')) return true;
  return address !== undefined && /(^|:)443$/.test(address);
}

/**
 * The transport of a `server` block: TLS when one of its listens is, or `ssl on` (before nginx
 * 1.25.1) is in effect; plain when every listen is plain (no listen at all means `*:80`); unknown
 * when an `include` may bring in listens this file does not show.
 */
export function serverTransport(config: NginxConfig, server: NginxDirective): Transport {
  const children = server.children ?? [];
  const listens = children.filter((c) => c.name === 'listen');
  if (listens.some(listensOverTls)) return 'tls';
  if (effectiveSetting(config, children[0] ?? server, 'ssl')?.args[0]?.value.toLowerCase() === 'on') return 'tls';
  if (children.some((c) => c.name === 'include')) return 'unknown';
  return 'plain';
}

/** True when a pass chooses its target per request (`proxy_pass http://$backend`): it may reach any upstream. */
export function passesThroughVariable(pass: NginxDirective): boolean {
  const value = pass.args[0]?.value ?? '';
  return value.replace(/^[a-z]+:\/\//i, '').split('/')[0].includes('$');
}

/**
 * How clients reach an upstream: through the server blocks whose passes name it. TLS when any of
 * them is TLS; plain only when passes name it, each from a plain server, and no pass of the file
 * goes through a variable (which might reach it from any server).
 */
export function upstreamTransport(config: NginxConfig, upstream: NginxDirective): Transport {
  const passes = passesTo(config, upstream);
  if (passes.length === 0) return 'unknown';
  let result: Transport = 'plain';
  for (const pass of passes) {
    const server = nginxAncestor(pass, 'server');
    const transport = server ? serverTransport(config, server) : 'unknown';
    if (transport === 'tls') return 'tls';
    if (transport === 'unknown') result = 'unknown';
  }
  if (result === 'plain' && allPasses(config).some(({ pass, group }) => group === null && passesThroughVariable(pass))) return 'unknown';
  return result;
}
