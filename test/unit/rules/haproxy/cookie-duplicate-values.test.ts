import { cookieDuplicateValues } from '../../../../server/src/rules/haproxy/cookie-duplicate-values';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production farm: weighted active servers with their own values and backup servers
 * that share one value among themselves (they take over only when every active server is down).
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 10000

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s

listen portal
    bind :443 ssl crt /etc/haproxy/certs/portal.pem
    balance roundrobin
    cookie PORTALSRV insert indirect nocache httponly secure maxidle 30m maxlife 8h
    option httpchk GET /health
    server act1 10.2.0.1:8080 cookie a1 weight 10 check inter 1000 fall 4
    server act2 10.2.0.2:8080 cookie a2 weight 20 check inter 1000 fall 4
    server act3 10.2.0.3:8080 cookie a3 weight 30 check inter 1000 fall 4
    server bck1 10.2.1.1:8080 cookie b weight 10 check inter 1000 fall 4 backup
    server bck2 10.2.1.2:8080 cookie b weight 10 check inter 1000 fall 4 backup
`;

ruleTester(cookieDuplicateValues, {
  valid: [
    { name: 'a production farm: backup servers share a value', code: PRODUCTION },
    { name: 'unique values', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n` },
    { name: 'a backup server with an active server’s value', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server a2 10.0.0.9:80 cookie a backup\n` },
    { name: 'the same value in two backends', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie s1\n\nbackend api\n    cookie API insert\n    server b 10.0.0.2:80 cookie s1\n` },
    { name: 'values differ in case: HAProxy compares them exactly', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie web\n    server b 10.0.0.2:80 cookie WEB\n` },
    { name: 'no cookie line: the values are unused', code: `${HTTP_DEFAULTS}backend app\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie a\n` },
    { name: 'a tcp backend', code: 'backend db\n    mode tcp\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie a\n' },
  ],
  invalid: [
    {
      name: 'two active servers share a value: the second is renamed',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n    server web1 10.0.0.1:80 check cookie web\n    server web2 10.0.0.2:80 check cookie web\n`,
      errors: [
        {
          line: 8,
          column: 42,
          endLine: 8,
          endColumn: 45,
          severity: 'warning',
          message: /^server 'web2' has cookie value 'web', already used by server 'web1': HAProxy sends every client holding it to 'web1'/,
        },
      ],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache\n    server web1 10.0.0.1:80 check cookie web\n    server web2 10.0.0.2:80 check cookie web2\n`,
    },
    {
      name: 'three servers, the cookie inherited from defaults, the server name already taken as a value; CRLF',
      code: 'defaults\r\n    mode http\r\n    cookie SRV insert\r\n\r\nlisten web\r\n    bind :80\r\n    server a 10.0.0.1:80 cookie x\r\n    server b 10.0.0.2:80 cookie x # copy-paste\r\n    server c 10.0.0.3:80 cookie b\r\n    server d 10.0.0.4:80 cookie x\r\n',
      errors: [{ line: 8, column: 33 }, { line: 10, column: 33, message: /'d' has cookie value 'x', already used by server 'a'/ }],
      output: 'defaults\r\n    mode http\r\n    cookie SRV insert\r\n\r\nlisten web\r\n    bind :80\r\n    server a 10.0.0.1:80 cookie x\r\n    server b 10.0.0.2:80 cookie b-2 # copy-paste\r\n    server c 10.0.0.3:80 cookie b\r\n    server d 10.0.0.4:80 cookie d\r\n',
    },
  ],
});
