import { cookieInsertNoIndirect } from '../../../../server/src/rules/haproxy/cookie-insert-no-indirect';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/** Modeled on a production config: the common hardened insert cookie, and an app that owns its cookie (rewrite). */
const PRODUCTION = `global
    log /dev/log local0 info
    maxconn 5000
    tune.ssl.default-dh-param 2048

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 10s
    timeout client 1m
    timeout server 1m

frontend https
    bind :443 ssl crt /etc/ssl/private/site.pem alpn h2,http/1.1
    http-request set-header X-Forwarded-Proto https
    use_backend tomcat if { path_beg /app }
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /healthz
    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server n1 10.4.0.11:3000 check cookie n1
    server n2 10.4.0.12:3000 check cookie n2

backend tomcat
    cookie SRVNAME rewrite
    server t1 10.4.1.11:8080 check cookie t1
    server t2 10.4.1.12:8080 check cookie t2
`;

ruleTester(cookieInsertNoIndirect, {
  valid: [
    { name: 'a production config: a hardened insert cookie, and rewrite mode', code: PRODUCTION },
    { name: 'indirect present', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect\n` },
    { name: 'prefix mode', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix nocache\n` },
    { name: 'rewrite mode, where indirect is refused', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV rewrite\n` },
    { name: 'insert with rewrite is invalid-cookie-options’ business', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert rewrite\n` },
    { name: 'a tcp backend', code: 'backend db\n    mode tcp\n    cookie SRV insert\n' },
  ],
  invalid: [
    {
      name: 'insert without indirect',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert nocache\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 30, severity: 'info', message: /^persistence cookie 'SRV' is inserted without 'indirect': HAProxy forwards it to the servers/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert nocache indirect\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'in a named defaults used through from; tabs kept',
      code: 'defaults web\n\tmode http\n\tcookie SRV insert nocache\t# LB cookie\n\nbackend app from web\n\tserver a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 2 }],
      output: 'defaults web\n\tmode http\n\tcookie SRV insert nocache indirect\t# LB cookie\n\nbackend app from web\n\tserver a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'with preserve: indirect completes it',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert preserve nocache\n`,
      errors: [{ line: 6 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert preserve nocache indirect\n`,
    },
  ],
});
