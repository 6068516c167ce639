import { cookieNoSamesite } from '../../../../server/src/rules/haproxy/cookie-no-samesite';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/** A production config with per-environment named defaults and a hardened cookie. */
const PRODUCTION = `global
    log 127.0.0.1 local2
    maxconn 20000
    tune.ssl.default-dh-param 2048

defaults web
    mode http
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend fe_main from web
    bind :443 ssl crt /etc/ssl/private/main.pem
    http-request set-header X-Forwarded-Proto https
    default_backend be_portal

backend be_portal from web
    balance roundrobin
    cookie PORTALSRV insert indirect nocache httponly secure attr "SameSite=Lax" attr "Partitioned" maxidle 1h
    server portal1 192.168.10.21:8000 check cookie p1
    server portal2 192.168.10.22:8000 check cookie p2
`;

ruleTester(cookieNoSamesite, {
  valid: [
    { name: 'a production config with a hardened cookie', code: PRODUCTION },
    { name: 'SameSite=Strict', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Strict"\n` },
    { name: 'SameSite=None (other rules judge it)', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert secure attr "SameSite=None"\n` },
    { name: 'samesite in lower case and strong quotes', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr 'samesite=lax'\n` },
    { name: 'the target HAProxy 2.1 has no attr', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`, settings: { haproxy: { version: '2.1' } } },
    { name: 'the target HAProxy 1.8 has no attr', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`, settings: { haproxy: { version: '1.8.30' } } },
    { name: 'rewrite mode', code: `${HTTP_DEFAULTS}backend app\n    cookie PHPSESSID rewrite\n` },
    { name: 'prefix mode', code: `${HTTP_DEFAULTS}backend app\n    cookie PHPSESSID prefix\n` },
    { name: 'mode tcp', code: 'backend db\n    mode tcp\n    cookie SRV insert\n' },
  ],
  invalid: [
    {
      name: 'insert without a SameSite attribute (no target set: 2.6 assumed)',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly secure\n`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 55, severity: 'warning', message: /^persistence cookie 'SRV' without a SameSite attribute: cross-site requests carry it/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly secure attr "SameSite=Lax"\n`,
    },
    {
      name: 'an attr without SameSite does not count',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "Partitioned"\n`,
      errors: [{ line: 6 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "Partitioned" attr "SameSite=Lax"\n`,
    },
    {
      name: 'the target HAProxy 2.2 has attr',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`,
      settings: { haproxy: { version: '2.2' } },
      errors: [{ line: 6 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n`,
    },
    {
      name: 'inherited from a named defaults with from',
      code: 'defaults web\n    mode http\n    cookie SRV insert indirect\n\nbackend app from web\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 5 }],
      output: 'defaults web\n    mode http\n    cookie SRV insert indirect attr "SameSite=Lax"\n\nbackend app from web\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'the fix title names the assumed target',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`,
      errors: [{ line: 6 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n`,
      suggestions: [{ title: /^Add attr "SameSite=Lax" to the persistence cookie \(target: HAProxy 2\.6 \(assumed: no target set\)\)$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n` }],
    },
    {
      name: 'comments and indentation kept',
      code: `${HTTP_DEFAULTS}backend app\n    # persistence\n        cookie SRV insert # inserted by LB\n`,
      errors: [{ line: 7, column: 9 }],
      output: `${HTTP_DEFAULTS}backend app\n    # persistence\n        cookie SRV insert attr "SameSite=Lax" # inserted by LB\n`,
    },
    {
      name: 'CRLF line ends',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert\r\n',
      errors: [{ line: 5, column: 5, endColumn: 22 }],
      output: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert attr "SameSite=Lax"\r\n',
    },
  ],
});
