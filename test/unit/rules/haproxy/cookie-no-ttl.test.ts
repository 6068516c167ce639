import { cookieNoTtl } from '../../../../server/src/rules/haproxy/cookie-no-ttl';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/** A production config where the persistence cookie ages out: maxidle alone is a TTL. */
const PRODUCTION = `global
    daemon
    maxconn 4096
    nbthread 4

defaults
    mode http
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 50s
    timeout server 50s
    timeout http-request 10s

frontend public
    bind 0.0.0.0:443 ssl crt /etc/haproxy/ssl/ strict-sni
    acl host_shop hdr(host) -i shop.example.com
    use_backend shop if host_shop

backend shop
    balance roundrobin
    option httpchk HEAD /status
    cookie SHOPLB insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 45m
    server shop01 10.1.0.1:8080 check cookie s01 weight 100
    server shop02 10.1.0.2:8080 check cookie s02 weight 100
    server shop03 10.1.0.3:8080 check cookie s03 backup
`;

ruleTester(cookieNoTtl, {
  valid: [
    { name: 'a production config whose cookie has maxidle', code: PRODUCTION },
    { name: 'maxidle and maxlife', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert maxidle 30m maxlife 8h\n` },
    { name: 'maxlife only', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert maxlife 8h\n` },
    { name: 'rewrite mode (maxidle/maxlife apply to insert only)', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID rewrite\n` },
    { name: 'prefix mode', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix indirect\n` },
    { name: 'mode tcp', code: 'defaults\n    mode tcp\n\nbackend app\n    cookie SRV insert\n' },
    { name: 'suppressed on the line before', code: `${HTTP_DEFAULTS}backend app\n    # affinity-lint ignore=haproxy/cookie-no-ttl\n    cookie SRV insert\n` },
  ],
  invalid: [
    {
      name: 'insert without maxidle and maxlife',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly secure\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 55, severity: 'warning', message: /^persistence cookie 'SRV' has neither 'maxidle' nor 'maxlife'/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly secure maxidle 30m maxlife 8h\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'the TTL goes after an attr, keeping the quotes',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n`,
      errors: [{ line: 6 }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax" maxidle 30m maxlife 8h\n`,
    },
    {
      name: 'inherited from defaults by a listen',
      code: 'defaults\n    mode http\n    cookie SRV insert indirect nocache\n\nlisten web\n    bind :80\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 5 }],
      output: 'defaults\n    mode http\n    cookie SRV insert indirect nocache maxidle 30m maxlife 8h\n\nlisten web\n    bind :80\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'a trailing comment and tabs kept',
      code: `${HTTP_DEFAULTS}backend app\n\tcookie SRV insert nocache\t# keep\n`,
      errors: [{ line: 6, column: 2 }],
      output: `${HTTP_DEFAULTS}backend app\n\tcookie SRV insert nocache maxidle 30m maxlife 8h\t# keep\n`,
    },
    {
      name: 'CRLF line ends',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert\r\n    server a 10.0.0.1:80 cookie a\r\n',
      errors: [{ line: 5, column: 5, endColumn: 22 }],
      output: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    cookie SRV insert maxidle 30m maxlife 8h\r\n    server a 10.0.0.1:80 cookie a\r\n',
    },
  ],
});
