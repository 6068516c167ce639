import type { NginxDirective, NginxProtocol } from '../model/nginx';

/*
 * A fragment (a conf.d or site file with no http/stream/mail block of its own) belongs to the
 * module of the block that includes it, which the file cannot see. Its directives tell: each one
 * that nginx accepts in only one of the http and stream modules is a piece of evidence. The names
 * below were checked with nginx 1.22 (`nginx -t` with the directive in a stream server and in an
 * http server): each is refused ("directive is not allowed here") in the other module.
 */

/** Accepted in http only. (`server_name` reached stream in nginx 1.25.5; older targets refuse it there.) */
const HTTP_ONLY: ReadonlySet<string> = new Set([
  'location', 'server_name', 'root', 'alias', 'index', 'try_files', 'rewrite', 'error_page', 'expires',
  'add_header', 'default_type', 'charset', 'auth_basic', 'autoindex', 'gzip', 'sendfile', 'server_tokens',
  'client_max_body_size', 'large_client_header_buffers', 'underscores_in_headers', 'keepalive_timeout',
  'proxy_set_header', 'proxy_hide_header', 'proxy_http_version', 'proxy_buffering', 'proxy_redirect',
  'proxy_read_timeout', 'proxy_send_timeout', 'proxy_cache', 'proxy_intercept_errors',
  'proxy_cookie_flags', 'proxy_cookie_path',
  'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass', 'ip_hash', 'sticky',
]);

/** Accepted in stream only. */
const STREAM_ONLY: ReadonlySet<string> = new Set([
  'proxy_timeout', 'proxy_responses', 'proxy_requests', 'proxy_half_close', 'proxy_protocol', 'proxy_ssl',
  'proxy_download_rate', 'proxy_upload_rate', 'ssl_preread', 'preread_timeout', 'preread_buffer_size',
]);

/** The blocks an http `proxy_pass` may stand in; a stream `proxy_pass` stands in a `server`. */
const HTTP_PASS_BLOCKS: ReadonlySet<string> = new Set(['location', 'if', 'limit_except']);

/**
 * `proxy_pass` means two things: http's takes a URL whose scheme is `http://` or `https://` and
 * stands in a location; stream's takes an address or a group name without a scheme and stands
 * directly in a server. Either module refuses the other's form ("invalid URL prefix", "invalid
 * host", "directive is not allowed here"). A variable alone says nothing until its place does.
 */
function proxyPassEvidence(d: NginxDirective): NginxProtocol | null {
  const target = d.args[0]?.value ?? '';
  if (/^https?:\/\//i.test(target)) return 'http';
  const block = d.parent?.name;
  if (block === 'server') return 'stream';
  if (block !== undefined && HTTP_PASS_BLOCKS.has(block)) return 'http';
  return target && !target.startsWith('$') ? 'stream' : null;
}

/** stream's `proxy_next_upstream` is `on | off`; http's lists conditions (`error timeout http_502`). */
function nextUpstreamEvidence(d: NginxDirective): NginxProtocol | null {
  const values = d.args.map((a) => a.value);
  if (values.length === 1 && values[0] === 'on') return 'stream';
  return values.some((v) => v !== 'on' && v !== 'off') ? 'http' : null;
}

/** The module that one directive shows its fragment belongs to, or null when both accept it. */
function protocolEvidence(d: NginxDirective): NginxProtocol | null {
  if (HTTP_ONLY.has(d.name)) return 'http';
  if (STREAM_ONLY.has(d.name)) return 'stream';
  if (d.name === 'proxy_pass') return proxyPassEvidence(d);
  if (d.name === 'proxy_next_upstream') return nextUpstreamEvidence(d);
  if (d.name === 'listen' && d.args.some((a) => a.value === 'udp')) return 'stream';
  return null;
}

/** How many of a subtree's directives are evidence for each module. */
interface Tally {
  readonly http: number;
  readonly stream: number;
}

/**
 * The tally of each top-level directive of a fragment, while the model keeps it unchanged: a
 * keystroke re-reads a few directives, and a 50k-line fragment would otherwise be walked whole
 * on every one. The incremental model forgets the unit whose inside it changed (`forgetEvidence`).
 */
const tallies = new WeakMap<NginxDirective, Tally>();

function tallyOf(unit: NginxDirective): Tally {
  const known = tallies.get(unit);
  if (known) return known;
  let http = 0;
  let stream = 0;
  const visit = (d: NginxDirective): void => {
    const evidence = protocolEvidence(d);
    if (evidence === 'http') http++;
    else if (evidence === 'stream') stream++;
    const children = d.children;
    if (children) for (let i = 0; i < children.length; i++) visit(children[i]);
  };
  visit(unit);
  const tally = { http, stream };
  tallies.set(unit, tally);
  return tally;
}

/** Drops the tally of a top-level directive whose inside an edit changed in place. */
export function forgetEvidence(unit: NginxDirective): void {
  tallies.delete(unit);
}

/**
 * The module a fragment belongs to: the one most of its directives' evidence names. With none,
 * or as much for each, http: nginx's own layouts include `conf.d/*.conf` (and Debian's
 * `sites-enabled/*`) inside `http {}`, and a stream fragment has to be included by a `stream {}`
 * that someone wrote on purpose.
 */
function guessFragmentProtocol(units: readonly NginxDirective[]): NginxProtocol {
  let http = 0;
  let stream = 0;
  for (const unit of units) {
    const tally = tallyOf(unit);
    http += tally.http;
    stream += tally.stream;
  }
  return stream > http ? 'stream' : 'http';
}

/** The protocol a model under construction may still set on its directives. */
interface GuessedDirective {
  protocol: NginxProtocol;
  readonly children: readonly NginxDirective[] | null;
}

function setProtocol(d: GuessedDirective, protocol: NginxProtocol): void {
  d.protocol = protocol;
  const children = d.children as readonly GuessedDirective[] | null;
  if (children) for (let i = 0; i < children.length; i++) setProtocol(children[i], protocol);
}

/**
 * Gives the directives of a fragment (those outside any http/stream/mail block) the protocol its
 * content suggests. Run on every model, whole or updated: an edit anywhere can change the evidence.
 * A top-level directive is read with its whole subtree in one protocol (its parent's, or http at
 * the top), and an update re-reads directives inside a parent whose protocol is already set: a
 * subtree whose top has the guessed protocol has it throughout and is left alone.
 */
export function applyFragmentProtocol(directives: readonly NginxDirective[]): void {
  const outside = directives.filter((d) => !d.protocolKnown);
  if (!outside.length) return;
  const protocol = guessFragmentProtocol(outside);
  for (const d of outside) if (d.protocol !== protocol) setProtocol(d as GuessedDirective, protocol);
}
