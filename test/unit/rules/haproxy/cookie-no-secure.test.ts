import { cookieNoSecure } from '../../../../server/src/rules/haproxy/cookie-no-secure';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';
const TLS_FRONTEND = 'frontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    default_backend app\n\n';

/** A production haproxy.cfg: TLS termination, HTTP redirect, a hardened persistence cookie. */
const PRODUCTION = `global
    log /dev/log local0
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners
    user haproxy
    group haproxy
    daemon
    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets

defaults
    log global
    mode http
    option httplog
    option dontlognull
    option redispatch
    retries 3
    timeout connect 5000
    timeout client 50000
    timeout server 50000
    errorfile 503 /etc/haproxy/errors/503.http

frontend http-in
    bind *:80
    http-request redirect scheme https code 301 unless { ssl_fc }

frontend https-in
    bind *:443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1
    http-request set-header X-Forwarded-Proto https
    acl is_api path_beg -i /api/
    use_backend api if is_api
    default_backend web

backend web
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server web1 10.0.0.11:8080 check cookie web1
    server web2 10.0.0.12:8080 check cookie web2

backend api
    balance leastconn
    server api1 10.0.1.11:9000 check
    server api2 10.0.1.12:9000 check
`;

ruleTester(cookieNoSecure, {
  valid: [
    { name: 'a production haproxy.cfg with a hardened cookie', code: PRODUCTION },
    { name: 'secure present', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache secure\n` },
    { name: 'attr Secure: HAProxy appends it like the option', code: `${HTTP_DEFAULTS}${TLS_FRONTEND}backend app\n    cookie SRV insert indirect nocache attr Secure\n` },
    { name: 'rewrite mode: the application’s cookie carries its own attributes', code: `${HTTP_DEFAULTS}${TLS_FRONTEND}backend app\n    cookie JSESSIONID rewrite\n` },
    { name: 'prefix mode', code: `${HTTP_DEFAULTS}${TLS_FRONTEND}backend app\n    cookie JSESSIONID prefix nocache\n` },
    { name: 'passive mode (no insert)', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV\n` },
    { name: 'mode tcp: HAProxy ignores the cookie', code: 'backend db\n    mode tcp\n    cookie SRV insert\n    server a 10.0.0.1:5432\n' },
    { name: 'no mode anywhere: tcp by default', code: 'backend app\n    cookie SRV insert\n' },
    { name: 'mode tcp inherited from defaults', code: 'defaults\n    mode tcp\n\nbackend app\n    cookie SRV insert\n' },
    { name: 'a cookie in a frontend is not a persistence cookie', code: `${HTTP_DEFAULTS}frontend fe\n    bind :80\n    cookie SRV insert\n` },
    { name: 'no cookie (server cookie values only)', code: `${HTTP_DEFAULTS}backend app\n    server a 10.0.0.1:80 cookie a\n` },
    {
      name: 'suppressed on the line before',
      code: `${HTTP_DEFAULTS}backend app\n    # affinity-lint ignore=haproxy/cookie-no-secure -- HTTP-only intranet\n    cookie SRV insert indirect nocache\n`,
    },
    {
      name: 'suppressed by a trailing comment on the same line',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache # affinity-lint ignore=haproxy/cookie-no-secure\n`,
    },
    {
      name: 'suppressed for a whole section',
      code: `${HTTP_DEFAULTS}# affinity-lint ignore=haproxy/cookie-no-ttl,haproxy/cookie-no-secure\nbackend app\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'suppressed for the file',
      code: `# affinity-lint global ignore=haproxy/cookie-no-secure\n${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n`,
    },
  ],
  invalid: [
    {
      name: 'a backend behind a TLS frontend (default_backend): warning',
      code: `${HTTP_DEFAULTS}${TLS_FRONTEND}backend app\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 10, column: 5, endLine: 10, endColumn: 39, severity: 'warning', message: /^persistence cookie 'SRV' without 'secure' on a proxy served over TLS/ }],
      output: `${HTTP_DEFAULTS}${TLS_FRONTEND}backend app\n    cookie SRV insert indirect nocache secure\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'a backend reached through use_backend from a TLS frontend: warning',
      code: `${HTTP_DEFAULTS}frontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    use_backend app if { path_beg /app }\n    default_backend static\n\nbackend app\n    cookie SRV insert\n`,
      errors: [{ line: 11, severity: 'warning' }],
      output: `${HTTP_DEFAULTS}frontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    use_backend app if { path_beg /app }\n    default_backend static\n\nbackend app\n    cookie SRV insert secure\n`,
    },
    {
      name: 'a listen section that binds with ssl: warning',
      code: 'listen web\n    mode http\n    bind :443 ssl crt /etc/haproxy/site.pem\n    cookie SRV insert indirect\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 4, column: 5, severity: 'warning' }],
      output: 'listen web\n    mode http\n    bind :443 ssl crt /etc/haproxy/site.pem\n    cookie SRV insert indirect secure\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'no frontend binds with ssl: information',
      code: `${HTTP_DEFAULTS}frontend www\n    bind :80\n    default_backend app\n\nbackend app\n    cookie SRV insert indirect nocache\n`,
      errors: [{ line: 10, column: 5, severity: 'info', message: /^persistence cookie 'SRV' without 'secure': if this site is ever reached over HTTPS/ }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: `${HTTP_DEFAULTS}frontend www\n    bind :80\n    default_backend app\n\nbackend app\n    cookie SRV insert indirect nocache secure\n` }],
    },
    {
      name: 'a TLS frontend that routes elsewhere does not make this backend TLS',
      code: `${HTTP_DEFAULTS}frontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    default_backend other\n\nbackend app\n    cookie SRV insert\n`,
      errors: [{ line: 10, severity: 'info' }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: `${HTTP_DEFAULTS}frontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    default_backend other\n\nbackend app\n    cookie SRV insert secure\n` }],
    },
    {
      name: 'a cookie in defaults is judged there, warning when some frontend binds with ssl',
      code: `defaults\n    mode http\n    cookie SRV insert indirect nocache\n\n${TLS_FRONTEND}backend app\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 3, column: 5, severity: 'warning' }],
      output: `defaults\n    mode http\n    cookie SRV insert indirect nocache secure\n\n${TLS_FRONTEND}backend app\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'mode http inherited from a named defaults through from',
      code: 'defaults web\n    mode http\n\ndefaults tcpish\n    mode tcp\n\nbackend app from web\n    cookie SRV insert\n',
      errors: [{ line: 8, severity: 'info' }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: 'defaults web\n    mode http\n\ndefaults tcpish\n    mode tcp\n\nbackend app from web\n    cookie SRV insert secure\n' }],
    },
    {
      name: 'a trailing comment and tab indentation are kept',
      code: 'defaults\n\tmode http\n\nbackend app\n\tcookie SRV insert indirect nocache\t# LB cookie\n\tserver a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 5, column: 2, endColumn: 36, severity: 'info' }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: 'defaults\n\tmode http\n\nbackend app\n\tcookie SRV insert indirect nocache secure\t# LB cookie\n\tserver a 10.0.0.1:80 cookie a\n' }],
    },
    {
      name: 'CRLF line ends',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert\r\n    server a 10.0.0.1:80 cookie a\r\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 22, severity: 'info' }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert secure\r\n    server a 10.0.0.1:80 cookie a\r\n' }],
    },
    {
      name: 'a suppression for another rule does not hide it',
      code: `${HTTP_DEFAULTS}backend app\n    # affinity-lint ignore=haproxy/cookie-no-httponly\n    cookie SRV insert\n`,
      errors: [{ line: 7, severity: 'info' }],
      output: null,
      suggestions: [{ title: /^Add 'secure' to the persistence cookie$/, output: `${HTTP_DEFAULTS}backend app\n    # affinity-lint ignore=haproxy/cookie-no-httponly\n    cookie SRV insert secure\n` }],
    },
  ],
});
