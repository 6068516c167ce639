/**
 * Where an nginx file belongs: a complete configuration (`main`) or a fragment that some other
 * file includes inside `http { }`, `server { }`, `location { }` or `stream { }`. A fragment cannot be
 * checked on its own (`nginx -t` wants `events { }` and would call every directive misplaced), so it
 * is checked inside a small wrapper that includes it in that context, the way the corpus was labelled.
 */
export type NginxContext = 'main' | 'http' | 'server' | 'location' | 'stream';

/** Directives only the main context (the top of nginx.conf) accepts. */
const MAIN_ONLY = new Set([
  'events', 'http', 'stream', 'mail', 'worker_processes', 'worker_rlimit_nofile', 'worker_rlimit_core', 'worker_cpu_affinity',
  'worker_priority', 'worker_shutdown_timeout', 'user', 'pid', 'daemon', 'master_process', 'load_module', 'pcre_jit', 'env',
  'lock_file', 'thread_pool', 'timer_resolution', 'working_directory', 'ssl_engine', 'google_perftools_profiles',
]);

/** Directives that stand at the top of an http-level fragment (conf.d/*.conf). */
const HTTP_BLOCKS = new Set([
  'server', 'upstream', 'map', 'geo', 'split_clients', 'log_format', 'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path',
  'scgi_cache_path', 'limit_req_zone', 'limit_conn_zone', 'types', 'server_names_hash_bucket_size', 'server_names_hash_max_size',
  'variables_hash_max_size', 'variables_hash_bucket_size', 'map_hash_bucket_size', 'map_hash_max_size', 'types_hash_max_size',
  'types_hash_bucket_size', 'ssl_session_cache',
]);

/** Directives that put a fragment inside `server { }` (server_name, listen) or `location { }` (proxy_pass, ...). */
const SERVER_ONLY = new Set(['listen', 'server_name', 'location', 'ssl_reject_handshake']);
const LOCATION_ONLY = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'grpc_pass', 'memcached_pass', 'alias', 'internal', 'limit_except']);

/**
 * The context to check a file in, from the names of its top-level directives and the protocol the
 * model gave them (`stream` for a stream fragment). The order of contexts to try after it, when
 * nginx says a directive "is not allowed here" in the file itself, follows from `contextsToTry`.
 */
export function inferNginxContext(topLevel: readonly string[], protocol: 'http' | 'stream' | 'mail' = 'http', fileName = ''): NginxContext {
  if (topLevel.some((n) => MAIN_ONLY.has(n)) || /(^|[\\/])nginx\.conf$/.test(fileName)) return 'main';
  if (protocol === 'stream') return 'stream';
  if (topLevel.some((n) => LOCATION_ONLY.has(n))) return 'location';
  if (topLevel.some((n) => SERVER_ONLY.has(n))) return 'server';
  if (topLevel.some((n) => HTTP_BLOCKS.has(n))) return 'http';
  return 'http';
}

/** The inferred context first, then the other fragment contexts, widest first. */
export function contextsToTry(first: NginxContext): NginxContext[] {
  if (first === 'main') return ['main'];
  if (first === 'stream') return ['stream'];
  return [first, ...(['http', 'server', 'location'] as const).filter((c) => c !== first)];
}

/**
 * The wrapper that includes `target` (an absolute path) in `context`. `preamble` is main-level text
 * put first (the system's `modules-enabled` include, so that dynamic modules load as in the real
 * setup); `httpPreamble` is put at the top of `http { }` (stub definitions a fragment relies on).
 */
export function nginxWrapper(context: Exclude<NginxContext, 'main'>, target: string, preamble = '', httpPreamble = ''): string {
  const inc = `include ${quoteNginx(target)};`;
  const body: Record<typeof context, string> = {
    http: `http {\n${httpPreamble}${inc}\n}\n`,
    server: `http {\n${httpPreamble}server {\n${inc}\n}\n}\n`,
    location: `http {\n${httpPreamble}server {\nlocation / {\n${inc}\n}\n}\n}\n`,
    stream: `stream {\n${inc}\n}\n`,
  };
  return `${preamble}events {}\n${body[context]}`;
}

/** A path as one nginx argument: quoted when it holds anything nginx would split or interpret. */
export function quoteNginx(value: string): string {
  return /^[A-Za-z0-9_./@:+-]+$/.test(value) ? value : `"${value.replace(/(["\\$])/g, '\\$1')}"`;
}

/** True when nginx's message says a directive of the file is in the wrong context. */
export function isContextError(text: string): boolean {
  return /directive is not allowed here|no "events" section in configuration/.test(text);
}
