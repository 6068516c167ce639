import type { NginxDirective } from './nginx';
import { parseSticky } from './nginxSticky';

/**
 * Directives that only NGINX Plus has, as nginx.org and docs.nginx.com mark them ("available as
 * part of our commercial subscription"), with the module that defines each. Left out on purpose,
 * because open-source nginx or a well-known third-party module uses the same name: `queue`
 * (ngx_http_upstream_queue_module, Angie), plain `auth_jwt` and `auth_jwt_key` (nginx-jwt-module),
 * `hls*` (nginx-rtmp-module), `proxy_cache_purge` (ngx_cache_purge), `zone` (open source since
 * 1.9.0), `resolver`/`resolve` in an upstream (open source since 1.27.3), the `route=`/`drain`
 * server parameters (open source with `sticky` since 1.29.6), `slow_start=`/`service=` (also in
 * forks), and `sticky` itself.
 */
const PLUS_ONLY: ReadonlyMap<string, string> = new Map([
  ['health_check', 'ngx_http_upstream_hc_module, ngx_stream_upstream_hc_module'],
  ['status_zone', 'ngx_http_api_module, ngx_stream_api_module'],
  ['keyval', 'ngx_http_keyval_module, ngx_stream_keyval_module'],
  ['keyval_zone', 'ngx_http_keyval_module, ngx_stream_keyval_module'],
  ['least_time', 'ngx_http_upstream_module, ngx_stream_upstream_module'],
  ['ntlm', 'ngx_http_upstream_module'],
  ['state', 'ngx_http_upstream_module, ngx_stream_upstream_module'],
  ['zone_sync', 'ngx_stream_zone_sync_module'],
  ['auth_jwt_key_file', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_key_request', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_key_cache', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_claim_set', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_header_set', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_leeway', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_require', 'ngx_http_auth_jwt_module'],
  ['auth_jwt_type', 'ngx_http_auth_jwt_module'],
  ['session_log', 'ngx_http_session_log_module'],
  ['session_log_format', 'ngx_http_session_log_module'],
  ['session_log_zone', 'ngx_http_session_log_module'],
  ['mqtt', 'ngx_stream_mqtt_preread_module, ngx_stream_mqtt_filter_module'],
  ['mqtt_preread', 'ngx_stream_mqtt_preread_module'],
  ['mqtt_set_connect', 'ngx_stream_mqtt_filter_module'],
  ['mqtt_rewrite_buffer_size', 'ngx_stream_mqtt_filter_module'],
  ['mqtt_buffers', 'ngx_stream_mqtt_filter_module'],
  ['internal_redirect', 'ngx_http_internal_redirect_module'],
  ['mp4_limit_rate', 'ngx_http_mp4_module'],
  ['mp4_limit_rate_after', 'ngx_http_mp4_module'],
  ['mgmt', 'ngx_mgmt_module'],
  ['oidc_provider', 'ngx_http_oidc_module'],
]);

/** Blocks whose children are data (map entries, MIME types), not directives: `state` there is a key. */
const DATA_BLOCKS: ReadonlySet<string> = new Set(['map', 'geo', 'split_clients', 'types', 'charset_map', 'match']);

/** Directives that stand in an upstream block only: elsewhere the name is something else. */
const UPSTREAM_ONLY: ReadonlySet<string> = new Set(['least_time', 'ntlm', 'state']);

/**
 * The NGINX Plus-only feature a directive uses, as a message names it (`health_check`,
 * `sticky ... sync`), or null. `api` counts only in the Plus form (no argument or `write=`):
 * Angie's `api` takes a path.
 */
export function plusOnlyFeature(d: NginxDirective): string | null {
  if (d.parent && DATA_BLOCKS.has(d.parent.name)) return null;
  if (PLUS_ONLY.has(d.name) || d.name.startsWith('zone_sync_')) {
    if (UPSTREAM_ONLY.has(d.name) && d.parent?.name !== 'upstream') return null;
    return d.name;
  }
  if (d.name === 'api' && d.args.every((a) => a.value.startsWith('write='))) return 'api';
  // `match` blocks name the tests of health_check (ngx_http_upstream_hc_module).
  if (d.name === 'match' && d.children !== null && d.args.length === 1) return 'match';
  if (d.name === 'sticky' && d.parent?.name === 'upstream') {
    const sticky = parseSticky(d);
    if (sticky?.method === 'learn' && sticky.flags.has('sync')) return 'sticky ... sync';
  }
  return null;
}
