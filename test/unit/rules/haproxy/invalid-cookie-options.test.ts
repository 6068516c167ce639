import { invalidCookieOptions } from '../../../../server/src/rules/haproxy/invalid-cookie-options';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production config migrated from HAProxy 1.5: the old appsession and redispatch
 * lines are gone in favour of their modern forms, cookies live in HTTP backends only, the
 * database listener stays TCP without a cookie, and the stick-table sits in its backend.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 10000
    user haproxy
    group haproxy

defaults
    log global
    mode http
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 1m
    timeout server 1m

frontend www
    bind :443 ssl crt /etc/haproxy/certs/app.pem
    use_backend legacy if { path_beg /legacy }
    default_backend app

backend app
    balance roundrobin
    cookie SERVERID insert indirect nocache preserve httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server app1 10.11.0.11:8080 check cookie app1
    server app2 10.11.0.12:8080 check cookie app2

backend legacy
    balance roundrobin
    stick-table type string len 52 size 1m expire 3h
    stick on req.cook(JSESSIONID)
    stick store-response res.cook(JSESSIONID)
    server old1 10.11.1.11:8080 check
    server old2 10.11.1.12:8080 check

listen postgres
    mode tcp
    option tcplog
    bind :5432
    balance leastconn
    server pg1 10.11.2.11:5432 check
`;

/** Modeled on a reviewed config: the stick rule was written in the frontend, where HAProxy ignores it. */
const FRONTEND_STICK = `${HTTP_DEFAULTS}frontend www\n    bind :8080\n    stick-table type ip size 1m expire 30m\n    stick on src if { path_beg /app }\n    default_backend app\n\nbackend app\n    balance roundrobin\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`;

ruleTester(invalidCookieOptions, {
  valid: [
    { name: 'a production config migrated to modern persistence', code: PRODUCTION },
    { name: 'prefix with indirect and preserve is accepted', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix indirect preserve\n` },
    { name: 'passive with indirect and preserve', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV indirect preserve\n` },
    { name: 'a cookie in tcp defaults inherited by an http backend', code: 'defaults\n    mode tcp\n    cookie SRV insert\n\nbackend app\n    mode http\n    server a 10.0.0.1:80 cookie a\n' },
    { name: 'attr words are not options', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr insert attr rewrite\n` },
    { name: 'redispatch before 2.1 still works', code: `${HTTP_DEFAULTS}backend app\n    redispatch\n`, settings: { haproxy: { version: '2.0' } } },
    { name: 'appsession before 1.6 still works', code: `${HTTP_DEFAULTS}backend app\n    appsession JSESSIONID len 52 timeout 3h\n`, settings: { haproxy: { version: '1.5' } } },
    { name: 'attr from 2.2', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n`, settings: { haproxy: { version: '2.2' } } },
    { name: 'a stick-table in a frontend', code: 'frontend fe\n    bind :80\n    stick-table type ip size 1m expire 10s store http_req_rate(10s)\n    http-request track-sc0 src\n' },
    { name: 'stick rules in a listen, which has backend capability', code: 'listen web\n    mode http\n    bind :80\n    stick-table type ip size 1m expire 30m\n    stick on src\n    server a 10.0.0.1:80 check\n' },
    { name: 'no option redispatch is not the keyword', code: `${HTTP_DEFAULTS}backend app\n    no option redispatch\n` },
  ],
  invalid: [
    {
      name: 'a stick rule in a frontend is ignored: move it to its only backend, naming the frontend table',
      code: FRONTEND_STICK,
      errors: [
        {
          line: 8,
          column: 5,
          endColumn: 38,
          severity: 'error',
          message: /^'stick on' in frontend 'www' is ignored \("'stick' ignored because frontend 'www' has no backend capability"\): .* silently off\. Put it in backend 'app'/,
        },
      ],
      output: null,
      suggestions: [
        {
          title: /^Move the rule to backend 'app' \(naming the frontend's table: 'table www'\)$/,
          output: `${HTTP_DEFAULTS}frontend www\n    bind :8080\n    stick-table type ip size 1m expire 30m\n    default_backend app\n\nbackend app\n    stick on src table www if { path_beg /app }\n    balance roundrobin\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`,
        },
      ],
    },
    {
      name: 'a stick rule in a frontend naming a table: moved as written, below the backend stick rules',
      code: `${HTTP_DEFAULTS}frontend www\n    bind :8080\n    stick match req.cook(SID) table app\n    default_backend app\n\nbackend app\n    stick-table type string len 32 size 1m expire 30m\n    stick store-response res.cook(SID)\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`,
      errors: [{ line: 7, message: /^'stick match' in frontend 'www' is ignored/ }],
      output: null,
      suggestions: [
        {
          title: /^Move the rule to backend 'app'$/,
          output: `${HTTP_DEFAULTS}frontend www\n    bind :8080\n    default_backend app\n\nbackend app\n    stick-table type string len 32 size 1m expire 30m\n    stick store-response res.cook(SID)\n    stick match req.cook(SID) table app\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`,
        },
      ],
    },
    {
      name: 'a stick rule in a frontend that routes to two backends: no fix, the finding says where to go',
      code: `${HTTP_DEFAULTS}frontend www\n    bind :8080\n    stick-table type ip size 1m\n    stick on src\n    use_backend api if { path_beg /api }\n    default_backend app\n\nbackend app\n    server a 10.0.0.1:80\n\nbackend api\n    server b 10.0.0.2:80\n`,
      errors: [{ line: 8, message: /Put it in the backends that should stick\.$/ }],
      output: null,
    },
    {
      name: 'a cookie in a tcp backend (the default mode): ignored',
      code: 'backend db\n    cookie SRV insert\n    server a 10.0.0.1:5432 cookie a\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 22, severity: 'error', message: /^cookie 'SRV' in a backend working in TCP mode \(HAProxy's default\): HAProxy ignores it/ }],
      output: null,
      suggestions: [{ title: /^Remove the ignored cookie line$/, output: 'backend db\n    server a 10.0.0.1:5432 cookie a\n' }],
    },
    {
      name: "a cookie in a backend that inherits 'mode tcp' from defaults: the message names that line",
      code: 'defaults\n    mode tcp\n\nbackend db\n    cookie SRV insert\n    server a 10.0.0.1:5432 cookie a\n',
      errors: [{ line: 5, severity: 'error', message: /^cookie 'SRV' in a backend working in TCP mode \(inherited: 'mode tcp' at line 2\): HAProxy ignores it/ }],
      output: null,
    },
    {
      name: 'a cookie in an explicitly tcp listen, and in a frontend',
      code: 'listen db\n    mode tcp\n    bind :5432\n    cookie SRV insert\n\nfrontend fe\n    mode http\n    bind :80\n    cookie SRV insert\n',
      errors: [{ line: 4, message: /^cookie 'SRV' in a listen working in TCP mode: / }, { line: 9, message: /^cookie 'SRV' in a frontend is ignored/ }],
      output: null,
    },
    {
      name: 'a cookie in tcp defaults that no http proxy inherits',
      code: 'defaults\n    mode tcp\n    cookie SRV insert\n\nbackend db\n    server a 10.0.0.1:5432\n',
      errors: [{ line: 3, message: /in a defaults section working in TCP mode, inherited by no HTTP proxy/ }],
      output: null,
    },
    {
      name: 'rewrite with indirect: two fixes, none preferred',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV rewrite indirect nocache\n`,
      errors: [{ line: 6, column: 24, endColumn: 32, message: /'rewrite' and 'indirect' are incompatible/ }],
      output: null,
      suggestions: [
        { title: /^Remove 'indirect' \(keep rewrite mode\)$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV rewrite nocache\n` },
        { title: /^Use insert mode instead of rewrite/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n` },
      ],
    },
    {
      name: 'insert and prefix: keep one or the other',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert prefix nocache # migrated\n`,
      errors: [{ line: 6, column: 16, endColumn: 29, message: /combines 'insert' and 'prefix': only one of rewrite, insert and prefix/ }],
      output: null,
      suggestions: [
        { title: /^Keep only 'insert'$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert nocache # migrated\n` },
        { title: /^Keep only 'prefix'$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV prefix nocache # migrated\n` },
      ],
    },
    {
      name: 'preserve without insert or indirect; CRLF',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV prefix preserve\r\n',
      errors: [{ line: 5, column: 23, endColumn: 31, message: /'preserve' requires 'insert' or 'indirect'/ }],
      output: null,
      suggestions: [{ title: /^Remove 'preserve'$/, output: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV prefix\r\n' }],
    },
    {
      name: 'attr on a target older than 2.2',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax" httponly attr Secure\n`,
      settings: { haproxy: { version: '2.0' } },
      errors: [{ line: 6, column: 23, endColumn: 63, message: /^cookie option 'attr' exists since HAProxy 2\.2 \(target: HAProxy 2\.0\)/ }],
      output: null,
      suggestions: [{ title: /^Remove the attr options \(target: HAProxy 2\.0\)$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert httponly\n` }],
    },
    {
      name: 'stick-table and stick rules in defaults: refused, no fix',
      code: 'defaults\n    mode http\n    stick-table type ip size 1m expire 30m\n    stick on src\n',
      errors: [
        { line: 3, column: 5, message: /^'stick-table' is not allowed in a defaults section: HAProxy refuses to start/ },
        { line: 4, column: 5, message: /^'stick on' is not allowed in a defaults section/ },
      ],
      output: null,
    },
    {
      name: 'the redispatch keyword: option redispatch, preferred; the title names the target',
      code: 'defaults\r\n    mode http\r\n    redispatch # old style\r\n    retries 3\r\n',
      errors: [{ line: 3, column: 5, endColumn: 15, message: /^the 'redispatch' keyword was removed in HAProxy 2\.1 \(target: HAProxy 2\.6 \(assumed: no target set\)\)/ }],
      output: 'defaults\r\n    mode http\r\n    option redispatch # old style\r\n    retries 3\r\n',
      suggestions: [{ title: /^Replace with 'option redispatch' \(target: HAProxy 2\.6 \(assumed: no target set\)\)$/, output: 'defaults\r\n    mode http\r\n    option redispatch # old style\r\n    retries 3\r\n' }],
    },
    {
      name: 'appsession with a cookie already configured: removing it is preferred',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert indirect nocache\n    appsession JSESSIONID len 52 timeout 3h\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 7, column: 5, message: /^'appsession' was removed in HAProxy 1\.6 \(target: HAProxy 2\.6 \(assumed: no target set\)\): HAProxy refuses to start\. The proxy already persists/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'appsession alone: a stick-table on the app cookie, or a prefix cookie; neither preferred',
      code: `${HTTP_DEFAULTS}backend app\n    balance roundrobin\n    appsession JSESSIONID len 64 timeout 1h request-learn\n    server a 10.0.0.1:8080 check\n    server b 10.0.0.2:8080 check\n`,
      errors: [{ line: 7, message: /Stick on the application cookie with a stick-table, or use a prefix-mode cookie/ }],
      output: null,
      suggestions: [
        {
          title: /^Replace appsession with a stick-table that learns 'JSESSIONID' from responses$/,
          output: `${HTTP_DEFAULTS}backend app\n    balance roundrobin\n    stick-table type string len 64 size 1m expire 1h\n    stick on req.cook(JSESSIONID)\n    stick store-response res.cook(JSESSIONID)\n    server a 10.0.0.1:8080 check\n    server b 10.0.0.2:8080 check\n`,
        },
        {
          title: /^Replace appsession with prefix-mode cookie persistence on 'JSESSIONID'$/,
          output: `${HTTP_DEFAULTS}backend app\n    balance roundrobin\n    cookie JSESSIONID prefix nocache\n    server a 10.0.0.1:8080 check cookie a\n    server b 10.0.0.2:8080 check cookie b\n`,
        },
      ],
    },
  ],
});
