import { persistenceWithoutRedispatch } from '../../../../server/src/rules/haproxy/persistence-without-redispatch';
import { ruleTester } from '../../../helpers/ruleTester';

/** A production config: redispatch set once in defaults, cookie and stick-table persistence below. */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 8000
    stats socket /var/run/haproxy.sock mode 600 level admin

peers lb_peers
    peer lb1 10.0.0.2:10000
    peer lb2 10.0.0.3:10000

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s
    timeout queue 30s

frontend www
    bind :443 ssl crt /etc/haproxy/certs/www.pem
    use_backend ws if { hdr(upgrade) -i websocket }
    default_backend app

backend app
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server app1 10.0.1.1:8080 check cookie app1
    server app2 10.0.1.2:8080 check cookie app2

backend ws
    balance leastconn
    stick-table type string len 64 size 200k expire 2h peers lb_peers
    stick on req.cook(WSID)
    server ws1 10.0.2.1:8080 check
    server ws2 10.0.2.2:8080 check
`;

/** The everyday farm: two health-checked servers with cookie persistence and no redispatch. */
const CHECKED_FARM = 'defaults\n    mode http\n    timeout connect 5s\n\nbackend app\n    balance roundrobin\n    cookie SERVERID insert indirect nocache\n    server app1 10.0.1.1:8080 check cookie app1\n    server app2 10.0.1.2:8080 check cookie app2\n';

ruleTester(persistenceWithoutRedispatch, {
  valid: [
    { name: 'a production config with redispatch in defaults', code: PRODUCTION },
    { name: 'option redispatch in the backend', code: 'backend app\n    mode http\n    option redispatch\n    cookie SRV insert\n' },
    { name: 'option redispatch in the listen', code: 'listen web\n    bind :80\n    option redispatch\n    stick-table type ip size 1m\n    stick on src\n' },
    {
      name: 'option redispatch in a named defaults used through from',
      code: 'defaults web\n    mode http\n    option redispatch\n\ndefaults other\n    mode http\n\nbackend app from web\n    cookie SRV insert\n',
    },
    {
      name: 'option redispatch in defaults, cookie inherited from the same defaults',
      code: 'defaults\n    mode http\n    option redispatch\n    cookie SRV insert\n\nbackend app\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'one server: there is nowhere to redispatch to',
      code: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    cookie SERVERID insert indirect nocache\n    server app1 10.0.1.1:8080 cookie app1\n',
    },
    {
      name: 'one server and a backup: the backup takes over only once the server is down',
      code: 'backend app\n    mode http\n    cookie SRV insert indirect nocache\n    server app1 10.0.1.1:8080 check cookie app1\n    server spare 10.0.1.9:8080 check backup cookie spare\n',
    },
    {
      name: 'the second server is disabled, or has weight 0: one server to balance on',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a\n    server b 10.0.1.2:8080 cookie b disabled\n    server c 10.0.1.3:8080 cookie c weight 0\n',
    },
    { name: 'no persistence at all', code: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    server a 10.0.0.1:80\n' },
    { name: 'a stick-table without stick rules', code: 'backend app\n    mode http\n    stick-table type ip size 1m expire 10m\n    http-request track-sc0 src\n' },
    { name: 'a cookie in a tcp backend is ignored by HAProxy', code: 'backend db\n    mode tcp\n    cookie SRV insert\n' },
    { name: 'no option redispatch, then option redispatch: the last one wins', code: 'backend app\n    mode http\n    no option redispatch\n    option redispatch\n    cookie SRV insert\n' },
    { name: 'a cookie in a frontend', code: 'frontend fe\n    mode http\n    bind :80\n    cookie SRV insert\n' },
    {
      name: 'suppressed for the section',
      code: '# affinity-lint ignore=haproxy/persistence-without-redispatch -- the app fails over itself\nbackend app\n    mode http\n    cookie SRV insert\n',
    },
  ],
  invalid: [
    {
      name: 'every server checked: information, the requests of the detection window fail',
      code: CHECKED_FARM,
      errors: [{ line: 7, severity: 'info', message: /not in effect; every server is health-checked, .*\(the detection window\)/ }],
      output: CHECKED_FARM.replace('nocache\n', 'nocache\n    option redispatch\n    retries 3\n'),
    },
    {
      name: 'check given by default-server in defaults',
      code: 'defaults\n    mode http\n    default-server check inter 3s\n\nbackend app\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a\n    server b 10.0.1.2:8080 cookie b\n',
      errors: [{ line: 6, severity: 'info', message: /detection window/ }],
      output: 'defaults\n    mode http\n    default-server check inter 3s\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.1.1:8080 cookie a\n    server b 10.0.1.2:8080 cookie b\n',
    },
    {
      name: 'default-server applies to the servers after it only; no-check on a server wins over it',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a\n    default-server check\n    server b 10.0.1.2:8080 cookie b\n    server c 10.0.1.3:8080 cookie c no-check\n',
      errors: [{ line: 3, severity: 'warning', message: /not in effect and servers 'a' and 'c' have no 'check': HAProxy never marks them DOWN/ }],
      output: 'backend app\n    mode http\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.1.1:8080 cookie a\n    default-server check\n    server b 10.0.1.2:8080 cookie b\n    server c 10.0.1.3:8080 cookie c no-check\n',
    },
    {
      name: 'a tracking server is checked through the server it tracks',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.1:8443 cookie b track app/a\n',
      errors: [{ line: 3, severity: 'info' }],
      output: 'backend app\n    mode http\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.1:8443 cookie b track app/a\n',
    },
    {
      name: 'a server-template counts as the servers it makes; an unchecked backup still holds pinned clients',
      code: 'backend app\n    mode http\n    stick-table type string len 64 size 100k expire 30m\n    stick on req.cook(SID)\n    server-template web 3 web.service.local:8080 check\n    server spare 10.0.1.9:8080 backup\n',
      errors: [{ line: 4, severity: 'warning', message: /server 'spare' has no 'check': HAProxy never marks it DOWN, so when it fails its users/ }],
      output: 'backend app\n    mode http\n    stick-table type string len 64 size 100k expire 30m\n    stick on req.cook(SID)\n    option redispatch\n    retries 3\n    server-template web 3 web.service.local:8080 check\n    server spare 10.0.1.9:8080 backup\n',
    },
    {
      name: 'a cookie value spelled backup is a value, not the backup flag: two servers',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie backup check\n',
      errors: [{ line: 3, severity: 'info' }],
      output: 'backend app\n    mode http\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie backup check\n',
    },
    {
      name: 'option persist inherited from defaults: clients are sent to a DOWN server',
      code: 'defaults\n    mode http\n    option persist\n\nbackend app\n    cookie SRV insert\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie b check\n',
      errors: [{ line: 6, severity: 'warning', message: /not in effect and 'option persist' \(inherited from defaults\) sends clients to their server even while it is DOWN/ }],
      output: 'defaults\n    mode http\n    option persist\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie b check\n',
    },
    {
      name: 'force-persist in the backend',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    force-persist if { src 10.0.0.0/8 }\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie b check\n',
      errors: [{ line: 3, severity: 'warning', message: /and 'force-persist' sends clients/ }],
      output: 'backend app\n    mode http\n    cookie SRV insert\n    option redispatch\n    retries 3\n    force-persist if { src 10.0.0.0/8 }\n    server a 10.0.1.1:8080 cookie a check\n    server b 10.0.1.2:8080 cookie b check\n',
    },
    {
      name: 'a cookie without redispatch: redispatch and retries go below the cookie',
      code: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
          severity: 'warning',
          message: /^cookie 'SRV' persists clients to one server, but 'option redispatch' is not in effect and servers 'a' and 'b' have no 'check': HAProxy never marks them DOWN/,
        },
      ],
      output: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    option redispatch\n    retries 3\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'retries already set in defaults: only option redispatch is added',
      code: 'defaults\n    mode http\n    retries 5\n\nbackend app\n    # persistence\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 7, column: 5 }],
      output: 'defaults\n    mode http\n    retries 5\n\nbackend app\n    # persistence\n    cookie SRV insert\n    option redispatch\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'no option redispatch in the backend overrides option redispatch in defaults',
      code: 'defaults\n    mode http\n    option redispatch\n\nbackend app\n    no option redispatch\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 7, column: 5, message: /\('no option redispatch' in this section\)/ }],
      output: 'defaults\n    mode http\n    option redispatch\n\nbackend app\n    option redispatch\n    retries 3\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'no option redispatch inherited from defaults',
      code: 'defaults\n    mode http\n    retries 3\n    no option redispatch\n\nbackend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 7, message: /\('no option redispatch' inherited from defaults\)/ }],
      output: 'defaults\n    mode http\n    retries 3\n    no option redispatch\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'a defaults without from inherits nothing: the redispatch of an earlier defaults is not in effect',
      code: 'defaults base\n    mode http\n    option redispatch\n\ndefaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 9, column: 5 }],
      output: 'defaults base\n    mode http\n    option redispatch\n\ndefaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'a proxy takes the last defaults before it, not a later one',
      code: 'defaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n\ndefaults\n    mode http\n    option redispatch\n',
      errors: [{ line: 5 }],
      output: 'defaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n\ndefaults\n    mode http\n    option redispatch\n',
    },
    {
      name: 'a cookie inherited from defaults: reported on the section header, fix at the section’s indentation',
      code: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n  server a 10.0.0.1:80 cookie a\n  server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 12, message: /^cookie 'SRV' persists/ }],
      output: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n  option redispatch\n  retries 3\n  server a 10.0.0.1:80 cookie a\n  server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'stick-table persistence in tcp mode counts too',
      code: 'listen rabbit\n    bind :5672\n    stick-table type ip size 100k expire 30m\n    stick on src\n    server r1 10.0.6.11:5672 check\n    server r2 10.0.6.12:5672 check\n',
      errors: [{ line: 4, column: 5, endColumn: 17, severity: 'info', message: /^'stick on' persists clients/ }],
      output: 'listen rabbit\n    bind :5672\n    stick-table type ip size 100k expire 30m\n    stick on src\n    option redispatch\n    retries 3\n    server r1 10.0.6.11:5672 check\n    server r2 10.0.6.12:5672 check\n',
    },
    {
      name: 'stick match with tabs',
      code: 'backend b2\n\tserver a 10.0.0.1:80\n\tserver b 10.0.0.2:80\n\tstick match src table st\n',
      errors: [{ line: 4, column: 2, message: /^'stick match' persists/ }],
      output: 'backend b2\n\tserver a 10.0.0.1:80\n\tserver b 10.0.0.2:80\n\tstick match src table st\n\toption redispatch\n\tretries 3\n',
    },
    {
      name: 'a cookie in rewrite mode is persistence too',
      code: 'backend app\n    mode http\n    cookie JSESSIONID prefix nocache\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
      errors: [{ line: 3 }],
      output: 'backend app\n    mode http\n    cookie JSESSIONID prefix nocache\n    option redispatch\n    retries 3\n    server a 10.0.0.1:80 cookie a\n    server b 10.0.0.2:80 cookie b\n',
    },
    {
      name: 'a trailing comment on the cookie line stays there; CRLF kept',
      code: 'backend app\r\n    mode http\r\n    cookie SRV insert # LB\r\n    server a 10.0.0.1:80 cookie a\r\n    server b 10.0.0.2:80 cookie b\r\n',
      errors: [{ line: 3, column: 5, endColumn: 22 }],
      output: 'backend app\r\n    mode http\r\n    cookie SRV insert # LB\r\n    option redispatch\r\n    retries 3\r\n    server a 10.0.0.1:80 cookie a\r\n    server b 10.0.0.2:80 cookie b\r\n',
    },
  ],
});
