import type { Dialect } from '../model/common';

/** A directive or keyword that hover explains and completion offers. */
export interface Keyword {
  readonly name: string;
  readonly dialect: Dialect;
  /** Where it may stand: nginx block names (`upstream`, `http`, ...), HAProxy section kinds. */
  readonly contexts: readonly string[];
  readonly syntax: string;
  readonly doc: string;
  readonly url: string;
  /** Parameters or sub-keywords completion offers after the keyword. */
  readonly params?: readonly string[];
}

const NGINX_UPSTREAM = 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html';
const HAPROXY_MANUAL = 'https://docs.haproxy.org/2.6/configuration.html';

export const KEYWORDS: readonly Keyword[] = [
  { name: 'upstream', dialect: 'nginx', contexts: ['http', 'stream', ''], syntax: 'upstream name { ... }', doc: 'Defines a group of servers that proxy_pass, fastcgi_pass, grpc_pass and friends can reference. Its balancing method decides session affinity.', url: `${NGINX_UPSTREAM}#upstream` },
  { name: 'ip_hash', dialect: 'nginx', contexts: ['upstream'], syntax: 'ip_hash;', doc: 'Balances by client IP address (for IPv4, only the first three octets). Affinity breaks when a client changes networks, and one NAT sends many users to one server.', url: `${NGINX_UPSTREAM}#ip_hash` },
  { name: 'hash', dialect: 'nginx', contexts: ['upstream'], syntax: 'hash key [consistent];', doc: 'Balances by a key built from text and variables. `consistent` (ketama) keeps most keys on their server when the farm changes. Keys from client IPs or request headers are risky; a cookie key needs a fallback for first requests.', url: `${NGINX_UPSTREAM}#hash`, params: ['consistent', '$cookie_', '$request_id'] },
  { name: 'sticky', dialect: 'nginx', contexts: ['upstream'], syntax: 'sticky cookie name [expires=time] [domain=domain] [httponly] [samesite=strict|lax|none] [secure] [path=path];\nsticky route $variable ...;\nsticky learn create=$variable lookup=$variable zone=name:size [timeout=time] [header] [sync];', doc: 'Session affinity by cookie, route or learned session id: NGINX Plus, and open-source nginx since 1.29.6. The cookie variant should carry secure, httponly, samesite= and a TTL (expires=).', url: `${NGINX_UPSTREAM}#sticky`, params: ['cookie', 'route', 'learn', 'expires=1h', 'path=/', 'domain=', 'secure', 'httponly', 'samesite=lax', 'samesite=strict', 'samesite=none', 'create=', 'lookup=', 'zone=', 'timeout=', 'header', 'sync'] },
  { name: 'least_conn', dialect: 'nginx', contexts: ['upstream'], syntax: 'least_conn;', doc: 'Sends each request to the server with the fewest active connections. No affinity: the right choice when sessions live in a shared store.', url: `${NGINX_UPSTREAM}#least_conn` },
  { name: 'random', dialect: 'nginx', contexts: ['upstream'], syntax: 'random [two [method]];', doc: 'Picks a random server (or the better of two). No affinity.', url: `${NGINX_UPSTREAM}#random`, params: ['two', 'least_conn'] },
  { name: 'server', dialect: 'nginx', contexts: ['upstream'], syntax: 'server address [parameters];', doc: 'A member of the upstream group. Parameters: weight=, max_fails=, fail_timeout=, backup, down, slow_start= (backup and slow_start= cannot be used with hash, ip_hash or random).', url: `${NGINX_UPSTREAM}#server`, params: ['weight=', 'max_fails=', 'fail_timeout=', 'backup', 'down', 'max_conns=', 'route='] },
  { name: 'keepalive', dialect: 'nginx', contexts: ['upstream'], syntax: 'keepalive connections;', doc: 'Keeps idle connections to the upstream servers open for reuse.', url: `${NGINX_UPSTREAM}#keepalive` },
  { name: 'zone', dialect: 'nginx', contexts: ['upstream'], syntax: 'zone name [size];', doc: 'Shares the group configuration and run-time state between worker processes.', url: `${NGINX_UPSTREAM}#zone` },
  { name: 'proxy_next_upstream', dialect: 'nginx', contexts: ['http', 'server', 'location'], syntax: 'proxy_next_upstream error | timeout | ... | off ...;', doc: 'When to pass a request to the next server. `off` strands the users of a failed server when affinity pins them to it.', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_next_upstream', params: ['error', 'timeout', 'http_502', 'http_503', 'http_504', 'off'] },
  { name: 'proxy_cookie_flags', dialect: 'nginx', contexts: ['http', 'server', 'location'], syntax: 'proxy_cookie_flags off | cookie [flag ...];', doc: 'Adds or removes flags (secure, httponly, samesite=...) on cookies set by the proxied server. Since nginx 1.19.3.', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cookie_flags', params: ['secure', 'httponly', 'samesite=lax', 'samesite=strict', 'samesite=none'] },

  { name: 'balance', dialect: 'haproxy', contexts: ['defaults', 'backend', 'listen'], syntax: 'balance <algorithm> [<arguments>]', doc: 'The load-balancing algorithm. `source` and `hash src` pin clients by IP address; `roundrobin`, `leastconn` and `random` have no affinity (pair them with cookie persistence or a shared session store).', url: `${HAPROXY_MANUAL}#4-balance`, params: ['roundrobin', 'static-rr', 'leastconn', 'first', 'source', 'uri', 'url_param', 'hdr(', 'random', 'rdp-cookie', 'hash'] },
  { name: 'cookie', dialect: 'haproxy', contexts: ['defaults', 'backend', 'listen'], syntax: 'cookie <name> [rewrite|insert|prefix] [indirect] [nocache] [postonly] [preserve] [httponly] [secure] [domain <domain>]* [maxidle <idle>] [maxlife <life>] [dynamic] [attr <value>]*', doc: 'Cookie-based persistence. In insert mode HAProxy sets the cookie itself: give it httponly, secure, attr "SameSite=Lax", maxidle and maxlife, and nocache behind shared caches.', url: `${HAPROXY_MANUAL}#4-cookie`, params: ['insert', 'rewrite', 'prefix', 'indirect', 'nocache', 'postonly', 'preserve', 'httponly', 'secure', 'domain', 'maxidle', 'maxlife', 'dynamic', 'attr'] },
  { name: 'hash-type', dialect: 'haproxy', contexts: ['defaults', 'backend', 'listen'], syntax: 'hash-type <method> <function> <modifier>', doc: 'How hash-based balancing maps keys to servers. `consistent` keeps most clients on their server when the farm changes.', url: `${HAPROXY_MANUAL}#4-hash-type`, params: ['map-based', 'consistent'] },
  { name: 'stick-table', dialect: 'haproxy', contexts: ['backend', 'listen', 'frontend', 'peers'], syntax: 'stick-table type <type> size <size> [expire <expire>] [nopurge] [peers <peersect>] [store <data_type>]*', doc: 'A table of sticky entries. Give it `expire` so entries age out, and `peers` so that persistence survives a load-balancer failover.', url: `${HAPROXY_MANUAL}#4-stick-table`, params: ['type', 'size', 'expire', 'nopurge', 'peers', 'store'] },
  { name: 'stick', dialect: 'haproxy', contexts: ['backend', 'listen'], syntax: 'stick on|match|store-request|store-response <pattern> [table <table>] [{if | unless} <condition>]', doc: 'Stick-table persistence rules. `stick on src` pins clients by IP address.', url: `${HAPROXY_MANUAL}#4-stick%20on`, params: ['on', 'match', 'store-request', 'store-response'] },
  { name: 'option', dialect: 'haproxy', contexts: ['defaults', 'frontend', 'backend', 'listen'], syntax: 'option <name> [<arguments>]', doc: '`option redispatch` lets HAProxy break persistence and send a client elsewhere when its server is down; it is off by default.', url: `${HAPROXY_MANUAL}#4-option%20redispatch`, params: ['redispatch', 'httpchk', 'forwardfor', 'http-server-close', 'httplog', 'tcplog', 'dontlognull', 'allbackups'] },
  { name: 'retries', dialect: 'haproxy', contexts: ['defaults', 'backend', 'listen'], syntax: 'retries <value>', doc: 'How many times to retry a failed connection to a server; with option redispatch the last retry may go to another server.', url: `${HAPROXY_MANUAL}#4-retries` },
  { name: 'server', dialect: 'haproxy', contexts: ['backend', 'listen', 'peers', 'mailers', 'resolvers', 'ring'], syntax: 'server <name> <address>[:[port]] [param*]', doc: 'A server of the backend. With cookie persistence each non-backup server needs a unique `cookie <value>`.', url: `${HAPROXY_MANUAL}#4-server`, params: ['check', 'cookie', 'backup', 'weight', 'maxconn', 'inter', 'rise', 'fall', 'ssl', 'verify'] },
  { name: 'mode', dialect: 'haproxy', contexts: ['defaults', 'frontend', 'backend', 'listen'], syntax: 'mode { tcp | http }', doc: 'The proxy mode. Cookie persistence works only in http mode; HAProxy defaults to tcp.', url: `${HAPROXY_MANUAL}#4-mode`, params: ['http', 'tcp'] },
  { name: 'peers', dialect: 'haproxy', contexts: ['', 'global'], syntax: 'peers <peersect>', doc: 'A section of peers that replicate stick tables, so that persistence survives a failover.', url: `${HAPROXY_MANUAL}#3.5` },
];

export function findKeyword(dialect: Dialect, name: string): Keyword | undefined {
  return KEYWORDS.find((k) => k.dialect === dialect && k.name === name);
}
