import type { NginxDirective } from './nginx';

/** `10.0.0.5`, `10.0.0.5:8080`: dotted IPv4, with an optional port. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(:\d{1,5})?$/;
/** `[2001:db8::5]`, `[::1]:8080`: nginx reads IPv6 only in brackets in an upstream's server. */
const IPV6 = /^\[[0-9a-f:.]*:[0-9a-f:.]*\](:\d{1,5})?$/i;

/**
 * Whether a `server` address names exactly one peer: an IP literal or a `unix:` socket. A host name
 * may resolve to several addresses (nginx adds each as a peer; `localhost` is often two), so it
 * never counts as one.
 */
export function isSingleAddress(address: string): boolean {
  if (address.startsWith('unix:')) return address.length > 'unix:'.length;
  const v4 = IPV4.exec(address);
  if (v4) return v4.slice(1, 5).every((octet) => Number(octet) <= 255);
  return IPV6.test(address);
}

/**
 * The one server of an upstream that can have no other peer as written: exactly one `server`
 * line, its address an IP literal or a unix socket, not a `backup`, and no `include` that may add
 * more. Null otherwise (several servers, a host name, an included list).
 */
export function soleFixedServer(upstream: NginxDirective): NginxDirective | null {
  const children = upstream.children ?? [];
  if (children.some((c) => c.name === 'include')) return null;
  const servers = children.filter((c) => c.name === 'server');
  if (servers.length !== 1) return null;
  const [server] = servers;
  const address = server.args[0]?.value;
  if (!address || !isSingleAddress(address)) return null;
  if (server.args.slice(1).some((a) => a.value === 'backup')) return null;
  return server;
}
