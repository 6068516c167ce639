import { cookieInsertNoNocache } from '../../../../server/src/rules/haproxy/cookie-insert-no-nocache';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production config behind a CDN: the web farm inserts a cookie tagged 'nocache', the
 * login farm inserts it only on POST ('postonly'), and the legacy app uses its own cookie (prefix).
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    log global
    option httplog
    option forwardfor
    option redispatch
    timeout connect 5s
    timeout client 50s
    timeout server 50s

frontend edge
    bind :443 ssl crt /etc/haproxy/certs/
    acl is_login path_beg /login /account
    acl is_legacy hdr(host) -i legacy.example.com
    use_backend login if is_login
    use_backend legacy if is_legacy
    default_backend web

backend web
    balance roundrobin
    cookie WEBSRV insert indirect nocache httponly secure maxidle 30m maxlife 8h
    server web1 10.3.0.11:80 check cookie web1
    server web2 10.3.0.12:80 check cookie web2

backend login
    balance leastconn
    cookie LOGINSRV insert indirect postonly httponly secure
    server login1 10.3.1.11:80 check cookie l1
    server login2 10.3.1.12:80 check cookie l2

backend legacy
    cookie JSESSIONID prefix nocache
    server old1 10.3.2.11:8080 check cookie o1
`;

ruleTester(cookieInsertNoNocache, {
  valid: [
    { name: 'a production config: nocache, postonly and prefix', code: PRODUCTION },
    { name: 'nocache present', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n` },
    { name: 'postonly present', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert postonly\n` },
    { name: 'rewrite mode: the server sets the cookie', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV rewrite\n` },
    { name: 'passive mode', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV\n` },
    { name: 'a tcp backend', code: 'backend db\n    mode tcp\n    cookie SRV insert\n' },
    { name: 'insert together with prefix is invalid-cookie-options’ business', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert prefix\n` },
    { name: 'an attr value that reads nocache is not the flag', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert postonly attr nocache\n` },
  ],
  invalid: [
    {
      name: 'insert without nocache',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect httponly\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 40, severity: 'warning', message: /^persistence cookie 'SRV' is inserted without 'nocache' \(or 'postonly'\): a cache between clients/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect httponly nocache\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'in defaults, inherited by an http backend; a trailing comment and CRLF kept',
      code: 'defaults\r\n    mode tcp\r\n    cookie SRV insert indirect # LB\r\n\r\nbackend app\r\n    mode http\r\n    server a 10.0.0.1:80 cookie a\r\n',
      errors: [{ line: 3, column: 5, endColumn: 31 }],
      output: 'defaults\r\n    mode tcp\r\n    cookie SRV insert indirect nocache # LB\r\n\r\nbackend app\r\n    mode http\r\n    server a 10.0.0.1:80 cookie a\r\n',
    },
    {
      name: 'an attr value stays where it is; nocache goes last',
      code: `${HTTP_DEFAULTS}listen web\n    bind :80\n    cookie SRV insert attr "SameSite=Lax"\n`,
      errors: [{ line: 7 }],
      output: `${HTTP_DEFAULTS}listen web\n    bind :80\n    cookie SRV insert attr "SameSite=Lax" nocache\n`,
    },
    {
      name: 'a severity override',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`,
      settings: { rules: { 'haproxy/cookie-insert-no-nocache': 'error' } },
      errors: [{ line: 6, severity: 'error' }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert nocache\n`,
    },
  ],
});
