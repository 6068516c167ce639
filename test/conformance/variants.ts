/**
 * Variants of real configs with affinity injected: real configs rarely use affinity, so the fixes
 * would otherwise meet only test fixtures. Each variant adds one `upstream` (inside the http context,
 * with a server that proxies to it) or one `backend` (with a frontend that routes to it), in the
 * shape a rule flags, and leaves the rest of the file as it is.
 */
import type { NginxConfig } from '../../server/src/model/nginx';

export interface Variant {
  readonly kind: string;
  readonly text: string;
  /** True when nginx 1.22 / HAProxy 2.6 are expected to refuse it as written (sticky on open-source 1.22). */
  readonly expectRejected: boolean;
}

interface NginxKind {
  readonly kind: string;
  readonly balancing: string[];
  readonly location?: string[];
  readonly serverParams?: string;
  readonly expectRejected?: boolean;
}

/** The affinity shapes of the nginx rules (RULES.md), one upstream each. */
export const NGINX_KINDS: readonly NginxKind[] = [
  { kind: 'ip_hash', balancing: ['ip_hash;'] },
  { kind: 'hash $remote_addr', balancing: ['hash $remote_addr;'] },
  { kind: 'hash $binary_remote_addr consistent', balancing: ['hash $binary_remote_addr consistent;'] },
  { kind: 'hash on a header', balancing: ['hash $http_x_forwarded_for consistent;'] },
  { kind: 'hash $cookie_x', balancing: ['hash $cookie_x;'] },
  { kind: 'hash $arg_sid', balancing: ['hash $arg_sid consistent;'] },
  { kind: 'ip_hash without failover', balancing: ['ip_hash;'], location: ['proxy_next_upstream off;'], serverParams: ' max_fails=0' },
  { kind: 'sticky cookie (Plus / 1.29.6+)', balancing: ['sticky cookie srv_id expires=1h;'], expectRejected: true },
  { kind: 'sticky-module-ng', balancing: ['sticky name=route hash=index;'], expectRejected: true },
];

function nginxBlock(k: NginxKind, n: number, indent: string): string {
  const name = `afl_up${n}`;
  const i = (depth: number, line: string): string => `${indent}${'    '.repeat(depth)}${line}`;
  return [
    i(0, `upstream ${name} {`),
    ...k.balancing.map((b) => i(1, b)),
    i(1, `server 127.0.0.1:${18100 + 2 * n}${k.serverParams ?? ''};`),
    i(1, `server 127.0.0.1:${18101 + 2 * n}${k.serverParams ?? ''};`),
    i(0, '}'),
    i(0, 'server {'),
    i(1, `listen 127.0.0.1:${18000 + n};`),
    i(1, `server_name afl${n}.test;`),
    i(1, 'location / {'),
    ...(k.location ?? []).map((l) => i(2, l)),
    i(2, `proxy_pass http://${name};`),
    i(1, '}'),
    i(0, '}'),
  ].join('\n');
}

/**
 * Where an upstream can go: the end of an http-context fragment, or just before the closing brace of
 * the top-level `http { }` of a complete config. Null when the file has no http context (server or
 * location fragments, stream-only configs).
 */
export function nginxInsertionPoint(text: string, config: NginxConfig, mode: string): { offset: number; indent: string; lead: string } | null {
  if (mode === 'http') return { offset: text.length, indent: '', lead: text.endsWith('\n') || text === '' ? '\n' : '\n\n' };
  if (mode !== 'main' && mode !== 'mainfrag') return null;
  const http = [...config.directives].reverse().find((d) => d.name === 'http' && d.bodySpan);
  if (!http?.bodySpan) return null;
  const close = http.bodySpan.end - 1;
  if (text[close] !== '}') return null;
  return { offset: close, indent: '    ', lead: '\n' };
}

export function nginxVariants(text: string, config: NginxConfig, mode: string): Variant[] {
  const at = nginxInsertionPoint(text, config, mode);
  if (!at) return [];
  return NGINX_KINDS.map((k, n) => ({
    kind: k.kind,
    expectRejected: Boolean(k.expectRejected),
    text: `${text.slice(0, at.offset)}${at.lead}${nginxBlock(k, n, at.indent)}\n${text.slice(at.offset)}`,
  }));
}

interface HaproxyKind {
  readonly kind: string;
  readonly lines: string[];
  /** Server line suffix per server index, e.g. ` cookie s1`. */
  readonly server?: (i: number) => string;
  /** Route TLS traffic to it (cookie-no-secure is a warning there). */
  readonly tls?: boolean;
}

export const HAPROXY_KINDS: readonly HaproxyKind[] = [
  { kind: 'balance source', lines: ['balance source'] },
  { kind: 'stick on src', lines: ['stick-table type ip size 200k expire 30m', 'stick on src'] },
  { kind: 'cookie insert without flags', lines: ['cookie SRV insert'], server: (i) => ` cookie s${i}` },
  { kind: 'cookie insert without flags, TLS frontend', lines: ['cookie SRV insert'], server: (i) => ` cookie s${i}`, tls: true },
  { kind: 'servers missing cookie values', lines: ['cookie SRV insert indirect nocache'] },
  { kind: 'cookie named like an app session', lines: ['cookie JSESSIONID insert indirect nocache'], server: (i) => ` cookie s${i}` },
  { kind: 'balance hdr(X-Forwarded-For)', lines: ['balance hdr(X-Forwarded-For)'] },
  { kind: 'cookie rewrite', lines: ['cookie SRV rewrite'], server: (i) => ` cookie s${i}` },
];

function haproxyBlock(k: HaproxyKind, n: number): string {
  const be = `afl_be${n}`;
  return [
    `frontend afl_fe${n}`,
    '    mode http',
    k.tls ? `    bind 127.0.0.1:${18400 + n} ssl crt /etc/ssl/label.pem` : `    bind 127.0.0.1:${18400 + n}`,
    `    default_backend ${be}`,
    '',
    `backend ${be}`,
    '    mode http',
    ...k.lines.map((l) => `    ${l}`),
    `    server s1 127.0.0.1:${18500 + 2 * n} check${k.server?.(1) ?? ''}`,
    `    server s2 127.0.0.1:${18501 + 2 * n} check${k.server?.(2) ?? ''}`,
  ].join('\n');
}

export function haproxyVariants(text: string): Variant[] {
  const lead = text === '' || text.endsWith('\n') ? '\n' : '\n\n';
  return HAPROXY_KINDS.map((k, n) => ({ kind: k.kind, expectRejected: false, text: `${text}${lead}${haproxyBlock(k, n)}\n` }));
}
