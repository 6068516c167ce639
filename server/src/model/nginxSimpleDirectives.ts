/**
 * Common nginx directives that never take a block, in any module or context (`server`, which is a
 * block in http and a simple directive in an upstream, is left out on purpose). nginx reads one of
 * them followed by `{` as "directive ... is not terminated by ';'": its ';' was forgotten and the
 * next line's directive was read as its arguments. The grammar accepts a block after any name, so
 * without this list `listen 80` missing its ';' before `location / { ... }` would parse clean.
 */
export const NEVER_BLOCK: ReadonlySet<string> = new Set(
  `
  listen server_name root alias index try_files return rewrite error_page internal default_type
  proxy_pass fastcgi_pass uwsgi_pass scgi_pass grpc_pass memcached_pass
  proxy_set_header proxy_redirect proxy_http_version proxy_buffering proxy_read_timeout proxy_send_timeout
  proxy_connect_timeout proxy_next_upstream proxy_cookie_path proxy_cookie_domain proxy_cookie_flags
  proxy_hide_header proxy_pass_header proxy_cache proxy_cache_valid proxy_cache_key
  fastcgi_param fastcgi_index include set add_header expires allow deny auth_basic auth_basic_user_file
  access_log error_log log_format client_max_body_size keepalive_timeout keepalive sendfile tcp_nopush
  tcp_nodelay gzip gzip_types server_tokens charset autoindex limit_req limit_conn limit_req_zone
  limit_conn_zone real_ip_header set_real_ip_from ssl_certificate ssl_certificate_key ssl_protocols
  ssl_ciphers ssl_prefer_server_ciphers ssl_session_cache ssl_session_timeout resolver
  ip_hash least_conn hash random least_time sticky zone health_check status_zone
  worker_processes worker_connections user pid
  `
    .split(/\s+/)
    .filter(Boolean),
);
