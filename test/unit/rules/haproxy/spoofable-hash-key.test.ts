import { spoofableHashKey } from '../../../../server/src/rules/haproxy/spoofable-hash-key';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';
const COOKIE = 'cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h';

/**
 * Modeled on a production setup behind a CDN: HAProxy overwrites X-Real-IP from the connection
 * (or from the CDN's header after checking the source) before hashing on it; a vhost cache farm
 * hashes on Host; sessions stick on the application's cookie.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 20000

defaults
    mode http
    log global
    option httplog
    option redispatch
    hash-type consistent
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend edge
    bind :443 ssl crt /etc/haproxy/certs/edge.pem
    acl from_cdn src -f /etc/haproxy/cdn-ranges.lst
    http-request set-header X-Real-IP %[req.hdr_ip(CF-Connecting-IP,-1)] if from_cdn
    http-request set-header X-Real-IP %[src] unless from_cdn
    use_backend static if { path_beg /static }
    use_backend app if { path_beg /app }
    default_backend web

backend web
    balance hdr(X-Real-IP)
    server w1 10.10.0.11:8080 check
    server w2 10.10.0.12:8080 check

backend static
    balance hdr(Host)
    server s1 10.10.1.11:6081 check
    server s2 10.10.1.12:6081 check

backend app
    stick-table type string len 64 size 100k expire 30m
    stick on req.cook(JSESSIONID)
    stick store-response res.cook(JSESSIONID)
    server a1 10.10.2.11:8080 check
    server a2 10.10.2.12:8080 check
`;

ruleTester(spoofableHashKey, {
  valid: [
    { name: 'a production config: a header HAProxy sets itself, Host, an application cookie', code: PRODUCTION },
    { name: 'balance hdr(Host)', code: `${HTTP_DEFAULTS}backend app\n    balance hdr(host)\n` },
    { name: 'balance hash on a cookie', code: `${HTTP_DEFAULTS}backend app\n    balance hash req.cook(SID)\n` },
    { name: 'stick on src is balance-source’s business', code: `${HTTP_DEFAULTS}backend app\n    stick-table type ip size 1m expire 30m\n    stick on src\n` },
    { name: 'stick store-response on a response header: the server sets it', code: `${HTTP_DEFAULTS}backend app\n    stick-table type string len 32 size 1m expire 30m\n    stick store-response res.hdr(X-Session)\n` },
    { name: 'balance hdr() in tcp mode: HAProxy falls back to round robin', code: 'backend app\n    balance hdr(X-Forwarded-For)\n' },
    {
      name: 'the header is set in the backend itself',
      code: `${HTTP_DEFAULTS}backend app\n    http-request set-header x-client-ip %[src]\n    balance hdr(X-Client-IP)\n`,
    },
    { name: 'a frontend does not balance', code: `${HTTP_DEFAULTS}frontend fe\n    bind :80\n    balance hdr(X-Forwarded-For)\n` },
  ],
  invalid: [
    {
      name: 'balance hdr(X-Forwarded-For): the cookie fix, offered but not preferred',
      code: `${HTTP_DEFAULTS}backend app\n    balance hdr(X-Forwarded-For)\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`,
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 33,
          severity: 'warning',
          message: /^'balance hdr\(X-Forwarded-For\)' takes its key from the request header 'X-Forwarded-For', which the client writes itself: any client can pin itself/,
        },
      ],
      output: null,
      suggestions: [
        {
          title: /^Use cookie persistence: balance roundrobin with a hardened SERVERID cookie \(target: HAProxy 2\.6 \(assumed: no target set\)\)$/,
          output: `${HTTP_DEFAULTS}backend app\n    balance roundrobin\n    ${COOKIE}\n    server a 10.0.0.1:80 check cookie a\n    server b 10.0.0.2:80 check cookie b\n`,
        },
      ],
    },
    {
      name: 'target 3.3: the fix writes the default balance of that version, random',
      code: `${HTTP_DEFAULTS}backend app\n    balance hash req.hdr(X-User)\n`,
      settings: { haproxy: { version: '3.3' } },
      errors: [{ line: 6, message: /^'balance hash req\.hdr\(X-User\)' takes its key from the request header 'X-User'/ }],
      output: null,
      suggestions: [
        { title: /^Use cookie persistence: balance random with a hardened SERVERID cookie \(target: HAProxy 3\.3\)$/, output: `${HTTP_DEFAULTS}backend app\n    balance random\n    ${COOKIE}\n` },
      ],
    },
    {
      name: 'target 2.1: no attr in the cookie',
      code: `${HTTP_DEFAULTS}listen web\n    bind :80\n    stick-table type ip size 1m expire 30m\n    stick on req.hdr_ip(X-Forwarded-For,-1)\n    server a 10.0.0.1:80\n`,
      settings: { haproxy: { version: '2.1' } },
      errors: [{ line: 8, column: 5, message: /^'stick on req\.hdr_ip\(X-Forwarded-For,-1\)'/ }],
      output: null,
      suggestions: [
        {
          title: /^Use cookie persistence: a hardened SERVERID cookie instead of 'stick on' \(target: HAProxy 2\.1\)$/,
          output: `${HTTP_DEFAULTS}listen web\n    bind :80\n    stick-table type ip size 1m expire 30m\n    cookie SERVERID insert indirect nocache httponly secure maxidle 30m maxlife 8h\n    server a 10.0.0.1:80 cookie a\n`,
        },
      ],
    },
    {
      name: 'stick match and store-request on a header with a cookie already there: the lines go; CRLF kept',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert indirect nocache\r\n    stick-table type string len 64 size 1m expire 30m\r\n    stick match req.fhdr(X-Session) # legacy\r\n    stick store-request req.fhdr(X-Session)\r\n    server a 10.0.0.1:80 cookie a\r\n',
      errors: [{ line: 7, column: 5, endColumn: 36 }, { line: 8, message: /^'stick store-request req\.fhdr\(X-Session\)'/ }],
      output: null,
      suggestions: [
        {
          title: /instead of 'stick match'/,
          output: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert indirect nocache\r\n    stick-table type string len 64 size 1m expire 30m\r\n    stick store-request req.fhdr(X-Session)\r\n    server a 10.0.0.1:80 cookie a\r\n',
        },
      ],
    },
    {
      name: 'balance hdr() in http defaults: the fix gives the inheriting servers cookie values',
      code: 'defaults\n    mode http\n    balance hdr(X-Tenant)\n\nbackend app\n    server a 10.0.0.1:80\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
      suggestions: [{ title: /^Use cookie persistence/, output: `defaults\n    mode http\n    balance roundrobin\n    ${COOKIE}\n\nbackend app\n    server a 10.0.0.1:80 cookie a\n` }],
    },
    {
      name: 'stick on a header in a tcp backend: flagged, no cookie fix (no cookies in TCP)',
      code: 'backend app\n    stick-table type string len 32 size 1m expire 30m\n    stick on req.hdr(X-Forwarded-For)\n',
      errors: [{ line: 3, message: /the request header 'X-Forwarded-For'/ }],
      output: null,
    },
    {
      name: 'a header set by a frontend that does not route here does not count',
      code: `${HTTP_DEFAULTS}frontend other\n    bind :81\n    http-request set-header X-Forwarded-For %[src]\n    default_backend elsewhere\n\nbackend app\n    balance hdr(X-Forwarded-For)\n`,
      errors: [{ line: 11 }],
      output: null,
    },
  ],
});
