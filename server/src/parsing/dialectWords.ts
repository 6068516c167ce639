/**
 * The words each dialect knows: nginx directive names and HAProxy keywords. The content classifier
 * (engine/dialect.ts) asks them whether a statement a grammar read is one of that server's, since
 * both grammars are permissive by design (any `word ... ;` is an nginx directive to the nginx
 * grammar, any line is a HAProxy directive to the HAProxy grammar). Names come from the nginx
 * directive index (open source, NGINX Plus and the common third-party modules) and HAProxy's
 * configuration manual (1.x legacy keywords to 3.x); families share a prefix, so one entry covers
 * `proxy_*` and the like.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const NGINX_NAMES = words(`
  accept_mutex accept_mutex_delay daemon debug_connection debug_points env error_log events include
  load_module lock_file master_process multi_accept pcre_jit pid thread_pool timer_resolution use user
  worker_aio_requests worker_connections worker_cpu_affinity worker_priority worker_processes
  worker_rlimit_core worker_rlimit_nofile worker_shutdown_timeout working_directory google_perftools_profiles
  absolute_redirect aio aio_write alias auth_delay chunked_transfer_encoding connection_pool_size default_type
  directio directio_alignment disable_symlinks error_page etag http if_modified_since ignore_invalid_headers
  internal keepalive keepalive_disable keepalive_requests keepalive_time keepalive_timeout
  large_client_header_buffers limit_except limit_rate limit_rate_after lingering_close lingering_time
  lingering_timeout listen location log_not_found log_subrequest max_ranges merge_slashes msie_padding
  msie_refresh output_buffers port_in_redirect postpone_output read_ahead recursive_error_pages
  request_pool_size reset_timedout_connection resolver resolver_timeout root satisfy send_lowat send_timeout
  sendfile sendfile_max_chunk server server_name server_name_in_redirect server_names_hash_bucket_size
  server_names_hash_max_size server_tokens subrequest_output_buffer_size tcp_nodelay tcp_nopush try_files
  types types_hash_bucket_size types_hash_max_size underscores_in_headers variables_hash_bucket_size
  variables_hash_max_size allow deny add_before_body add_after_body addition_types api status status_format
  status_zone auth_basic auth_basic_user_file auth_request auth_request_set autoindex autoindex_exact_size
  autoindex_format autoindex_localtime ancient_browser ancient_browser_value modern_browser
  modern_browser_value charset charset_map charset_types override_charset source_charset
  create_full_put_path dav_access dav_methods dav_ext_methods min_delete_depth empty_gif f4f flv geo
  gunzip gunzip_buffers gzip gzip_static add_header add_trailer expires hls image_filter index keyval
  keyval_zone limit_conn limit_req limit_zone access_log log_format open_log_file_cache map
  map_hash_bucket_size map_hash_max_size mirror mirror_request_body mp4 perl perl_modules perl_require
  perl_set random_index real_ip_header real_ip_recursive set_real_ip_from referer_hash_bucket_size
  referer_hash_max_size valid_referers break rewrite rewrite_log uninitialized_variable_warn secure_link
  secure_link_md5 secure_link_secret slice split_clients ssi stub_status sub_filter upstream hash ip_hash
  least_conn least_time ntlm queue random state sticky sticky_cookie_insert zone health_check match userid
  xml_entities stream preread_buffer_size preread_timeout proxy_protocol_timeout pass mail auth_http
  auth_http_header auth_http_pass_client_cert auth_http_timeout imap_auth imap_capabilities
  imap_client_buffer pop3_auth pop3_capabilities smtp_auth smtp_capabilities smtp_client_buffer
  smtp_greeting_delay protocol starttls xclient max_errors proxy pagespeed modsecurity brotli geoip2
  fancyindex push_stream_shared_memory_size upload_pass rtmp application live record publish play
  more_set_headers more_clear_headers more_set_input_headers more_clear_input_headers
  server_traffic_status vhost_traffic_status opentracing otel_exporter otel_trace otel_service_name
  check check_http_send check_http_expect_alive check_status zone_sync ssl body header expect send
  upstream_conf track_uploads report_uploads redis_pass
`);

/** Families of nginx directives (module prefixes). */
const NGINX_PREFIXES = [
  'proxy_', 'fastcgi_', 'uwsgi_', 'scgi_', 'grpc_', 'memcached_', 'ssl_', 'http2', 'http3', 'quic_', 'gzip_',
  'brotli_', 'client_body_', 'client_header_', 'client_max_', 'open_file_cache', 'limit_conn_', 'limit_req_',
  'auth_jwt', 'auth_oidc', 'hls_', 'image_filter_', 'xslt_', 'geoip_', 'userid_', 'sub_filter_', 'ssi_', 'mp4_',
  'f4f_', 'js_', 'lua_', 'more_', 'vhost_traffic_status_', 'passenger_', 'nchan_', 'pagespeed_', 'modsecurity_',
  'session_log', 'health_check_', 'zone_sync_', 'sticky_', 'mruby_', 'perl_', 'upload_', 'push_stream_',
  'opentracing_', 'otel_', 'set_', 'srcache_', 'redis2_', 'memc_', 'postgres_', 'rds_', 'echo_', 'array_',
  'encrypted_session_', 'ssl_preread', 'dav_', 'fancyindex_', 'secure_link_', 'mirror_', 'keyval_', 'resolver_',
  'lingering_', 'send_', 'server_names_', 'variables_', 'types_', 'map_', 'worker_', 'accept_', 'debug_',
  'aio_', 'directio_', 'disable_', 'keepalive_', 'log_', 'access_log', 'error_log', 'real_ip_', 'add_',
];

/** The body of these is a table of values, not directives (`map`, `geo`, `types`, ...). */
const NGINX_VALUE_BLOCKS = words('map geo types split_clients charset_map geoip2 match_list');

/** Lines inside a value block are entries of that block: they count as the block's own. */
export function isNginxValueBlock(name: string): boolean {
  return NGINX_VALUE_BLOCKS.has(name);
}

const NGINX_NAME_SHAPE = /^[a-z_][a-z0-9_]*$/;
const LUA_BLOCK = /_by_(lua|lua_block|lua_file|njs|mruby|mruby_file|perl)$/;
const STATUS_CODE = /^\d{3}$/;
const REDIRECT_TARGET = /^(https?:\/\/|\$)/;

/**
 * True when `name` with these arguments is an nginx directive. Words nginx shares with scripting
 * languages must have the shape nginx gives them: `if` tests a `$variable` or a file (`-f`), `set`
 * assigns a `$variable`, `return` starts with a status code or a redirect target.
 */
export function isNginxDirective(name: string, args: readonly string[]): boolean {
  if (!NGINX_NAME_SHAPE.test(name)) return false;
  switch (name) {
    case 'if': return args.length > 0 && args[0].startsWith('(') && args.some((a) => a.includes('$') || /^\(?-[a-zA-Z]$/.test(a));
    case 'set': return args.length === 2 && args[0].startsWith('$');
    case 'return': return args.length > 0 && (STATUS_CODE.test(args[0]) || REDIRECT_TARGET.test(args[0]));
    case 'break': return args.length === 0;
  }
  if (NGINX_NAMES.has(name) || LUA_BLOCK.test(name)) return true;
  return NGINX_PREFIXES.some((p) => name.startsWith(p));
}

const HAPROXY_KEYWORDS = words(`
  ca-base chroot cpu-map crt-base daemon default-path description expose-experimental-directives
  external-check fd-hard-limit gid grace group h1-case-adjust h1-case-adjust-file
  h1-accept-payload-with-any-method h2-workaround-bogus-websocket-clients hard-stop-after
  insecure-fork-wanted insecure-setuid-wanted issuers-chain-path localpeer log log-send-hostname log-tag
  lua-load lua-load-per-thread lua-prepend-path master-worker mworker-max-reloads nbproc nbthread node
  numa-cpu-mapping pidfile pp2-never-send-local presetenv resetenv set-dumpable set-var set-var-fmt setenv
  strict-limits uid ulimit-n unix-bind unsetenv noepoll nokqueue noevports nopoll nosplice nogetaddrinfo
  noreuseport spread-checks max-spread-checks server-state-base server-state-file debug quiet
  zero-warning busy-polling anonkey cluster-secret close-spread-time thread-group thread-groups
  limited-quic no-memory-trimming acl backlog balance bind bind-process block capture clitimeout
  compression contimeout cookie declare default-server default_backend disabled dispatch email-alert
  enabled errorfile errorfiles errorloc errorloc302 errorloc303 error-log-format force-persist filter
  fullconn hash-type hash-balance-factor hash-key id ignore-persist load-server-state-from-file
  log-format log-format-sd max-keep-alive-queue max-session-srv-conns mode monitor monitor-fail
  monitor-net monitor-uri option persist rate-limit redirect reqadd reqallow reqdel reqdeny reqiallow
  reqidel reqideny reqipass reqirep reqitarpit reqpass reqrep reqsetbe reqtarpit rspadd rspdel rspdeny
  rspidel rspideny rspirep rsprep retries retry-on server server-state-file-name server-template source
  srvtimeout stats stick stick-table table tcp-check tcp-request tcp-response timeout transparent
  unique-id-format unique-id-header use_backend use-backend use-fcgi-app use-server user users peer
  shards nameserver parse-resolv-conf accepted_payload_size hold resolve_retries mailer backing-file
  format maxlen size total-max-size max-object-size max-age process-vary max-secondary-entries command
  dgram-bind docroot index log-stderr path-info pass-header set-param key-base load crt key ocsp
  default-bind trace directory account-key contact challenge keytype bits map provider-name
  acme-vars force-be-switch warn-blocked-traffic-after maxconn maxconnrate maxcomprate maxcompcpuusage maxpipes maxsessrate maxsslconn
  maxsslrate maxzlibmem monitor-uri description
`);

const HAPROXY_PREFIXES = [
  'tune.', 'ssl-', 'httpclient.', 'profiling.', 'ocsp-update.', '51degrees-', 'deviceatlas-', 'wurfl-',
  'http-', 'tcp-', 'stats', 'stick', 'timeout', 'log-', 'option', 'max', 'errorloc', 'quic-', 'h2-', 'h1-',
  'lua-', 'server-', 'default-', 'unique-id-', 'email-alert', 'monitor', 'hash-', 'dns-', 'mworker-',
];

/** True when `keyword` (without a `no`/`default` prefix) is a HAProxy configuration keyword. */
export function isHaproxyKeyword(keyword: string): boolean {
  return HAPROXY_KEYWORDS.has(keyword) || HAPROXY_PREFIXES.some((p) => keyword.startsWith(p));
}
