import { cookieMissingServerValues } from '../../../../server/src/rules/haproxy/cookie-missing-server-values';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production shop config: an active/backup farm where only the active servers carry
 * cookie values, a dynamic-cookie backend fed by DNS with its key in defaults, and a TCP backend
 * whose servers need no cookie.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 20000

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 60s
    dynamic-cookie-key "s3cr3t-shared-by-both-lbs"

frontend www
    bind :443 ssl crt /etc/haproxy/certs/shop.pem
    use_backend catalog if { path_beg /catalog }
    default_backend shop

backend shop
    balance roundrobin
    cookie SHOPSRV insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server shop1 10.1.0.11:8080 check cookie s1
    server shop2 10.1.0.12:8080 check cookie s2
    server sorry 10.1.0.99:8080 check backup

backend catalog
    balance leastconn
    cookie CATSRV insert indirect nocache dynamic httponly secure
    server cat1 10.1.1.11:8080 check
    server cat2 10.1.1.12:8080 check

backend redis
    mode tcp
    balance first
    server r1 10.1.2.11:6379 check
    server r2 10.1.2.12:6379 check
`;

ruleTester(cookieMissingServerValues, {
  valid: [
    { name: 'a production config: active/backup, dynamic cookies with a key, a tcp backend', code: PRODUCTION },
    { name: 'every server has a value', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n` },
    { name: 'a backup server without a value', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server spare 10.0.0.9:80 backup\n` },
    { name: 'no cookie line: server values alone do nothing', code: `${HTTP_DEFAULTS}backend app\n    server a 10.0.0.1:80\n` },
    { name: 'a tcp backend: HAProxy ignores the cookie (invalid-cookie-options says so)', code: 'backend db\n    mode tcp\n    cookie SRV insert\n    server a 10.0.0.1:5432\n' },
    { name: 'dynamic with a key in the backend', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert dynamic\n    dynamic-cookie-key k3y\n    server a 10.0.0.1:80\n` },
    {
      name: 'a cookie in defaults without a proxy that inherits it',
      code: 'defaults\n    mode http\n    cookie SRV insert\n\nfrontend fe\n    bind :80\n',
    },
    { name: 'the default backend inherits no cookie from a defaults without it', code: `${HTTP_DEFAULTS}backend app\n    server a 10.0.0.1:80\n` },
    {
      name: 'suppressed on the server line',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    # affinity-lint ignore=haproxy/cookie-missing-server-values -- drained\n    server b 10.0.0.2:80\n`,
    },
  ],
  invalid: [
    {
      name: 'one server without a value',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 check cookie a\n    server b 10.0.0.2:80 check\n`,
      errors: [
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 31,
          severity: 'error',
          message: /^server 'b' has no 'cookie <value>' while the proxy persists on cookie 'SRV': clients sent to it are never pinned/,
        },
      ],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 check cookie a\n    server b 10.0.0.2:80 check cookie b\n`,
    },
    {
      name: 'the cookie inherited from defaults; a value already used by another server is not reused',
      code: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n    server a 10.0.0.1:80 cookie b\n    server b 10.0.0.2:80\n',
      errors: [{ line: 7, column: 5, message: /cookie 'SRV' \(inherited from defaults\)/ }],
      output: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n    server a 10.0.0.1:80 cookie b\n    server b 10.0.0.2:80 cookie b-2\n',
    },
    {
      name: 'prefix and passive modes need values too; CRLF and a trailing comment kept',
      code: 'listen web\r\n    mode http\r\n    bind :80\r\n    cookie JSESSIONID prefix nocache\r\n    server w1 10.0.0.1:80 check # primary\r\n    server w2 10.0.0.2:80 check\r\n',
      errors: [{ line: 5, column: 5, endColumn: 32 }, { line: 6, column: 5 }],
      output: 'listen web\r\n    mode http\r\n    bind :80\r\n    cookie JSESSIONID prefix nocache\r\n    server w1 10.0.0.1:80 check cookie w1 # primary\r\n    server w2 10.0.0.2:80 check cookie w2\r\n',
    },
    {
      name: 'a dangling cookie keyword gets its value',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV\n    server a 10.0.0.1:80 cookie\n`,
      errors: [{ line: 7 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'dynamic without dynamic-cookie-key: one finding on the cookie line, no preferred fix',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert dynamic\n    server a 10.0.0.1:80\n    server b 10.0.0.2:80\n`,
      errors: [{ line: 6, column: 5, endColumn: 30, message: /uses 'dynamic' but no 'dynamic-cookie-key' is set/ }],
      output: null,
      suggestions: [
        {
          title: /^Add 'dynamic-cookie-key' with a placeholder/,
          output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert dynamic\n    dynamic-cookie-key CHANGE-ME-to-a-long-random-secret\n    server a 10.0.0.1:80\n    server b 10.0.0.2:80\n`,
        },
      ],
    },
    {
      name: 'dynamic inherited from defaults: reported on the backend header, the key goes below it',
      code: 'defaults\n    mode http\n    cookie SRV insert dynamic\n\nbackend app\n    balance roundrobin\n    server a 10.0.0.1:80\n',
      errors: [{ line: 5, column: 1, endColumn: 12, message: /\(inherited from defaults\) uses 'dynamic'/ }],
      output: null,
      suggestions: [
        {
          title: /dynamic-cookie-key/,
          output: 'defaults\n    mode http\n    cookie SRV insert dynamic\n\nbackend app\n    dynamic-cookie-key CHANGE-ME-to-a-long-random-secret\n    balance roundrobin\n    server a 10.0.0.1:80\n',
        },
      ],
    },
  ],
});
