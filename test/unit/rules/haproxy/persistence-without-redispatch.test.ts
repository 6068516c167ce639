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
      name: 'a cookie without redispatch: redispatch and retries go below the cookie',
      code: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n',
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
          severity: 'warning',
          message: /^cookie 'SRV' persists clients to one server, but 'option redispatch' is not in effect: when that server goes down/,
        },
      ],
      output: 'defaults\n    mode http\n\nbackend app\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    option redispatch\n    retries 3\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'retries already set in defaults: only option redispatch is added',
      code: 'defaults\n    mode http\n    retries 5\n\nbackend app\n    # persistence\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 7, column: 5 }],
      output: 'defaults\n    mode http\n    retries 5\n\nbackend app\n    # persistence\n    cookie SRV insert\n    option redispatch\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'no option redispatch in the backend overrides option redispatch in defaults',
      code: 'defaults\n    mode http\n    option redispatch\n\nbackend app\n    no option redispatch\n    cookie SRV insert\n',
      errors: [{ line: 7, column: 5, message: /\('no option redispatch' in this section\)/ }],
      output: 'defaults\n    mode http\n    option redispatch\n\nbackend app\n    option redispatch\n    retries 3\n    cookie SRV insert\n',
    },
    {
      name: 'no option redispatch inherited from defaults',
      code: 'defaults\n    mode http\n    retries 3\n    no option redispatch\n\nbackend app\n    cookie SRV insert\n',
      errors: [{ line: 7, message: /\('no option redispatch' inherited from defaults\)/ }],
      output: 'defaults\n    mode http\n    retries 3\n    no option redispatch\n\nbackend app\n    cookie SRV insert\n    option redispatch\n',
    },
    {
      name: 'a defaults without from inherits nothing: the redispatch of an earlier defaults is not in effect',
      code: 'defaults base\n    mode http\n    option redispatch\n\ndefaults\n    mode http\n\nbackend app\n    cookie SRV insert\n',
      errors: [{ line: 9, column: 5 }],
      output: 'defaults base\n    mode http\n    option redispatch\n\ndefaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n',
    },
    {
      name: 'a proxy takes the last defaults before it, not a later one',
      code: 'defaults\n    mode http\n\nbackend app\n    cookie SRV insert\n\ndefaults\n    mode http\n    option redispatch\n',
      errors: [{ line: 5 }],
      output: 'defaults\n    mode http\n\nbackend app\n    cookie SRV insert\n    option redispatch\n    retries 3\n\ndefaults\n    mode http\n    option redispatch\n',
    },
    {
      name: 'a cookie inherited from defaults: reported on the section header, fix at the section’s indentation',
      code: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n  server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 12, message: /^cookie 'SRV' persists/ }],
      output: 'defaults\n    mode http\n    cookie SRV insert\n\nbackend app\n  option redispatch\n  retries 3\n  server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'stick-table persistence in tcp mode counts too',
      code: 'listen rabbit\n    bind :5672\n    stick-table type ip size 100k expire 30m\n    stick on src\n    server r1 10.0.6.11:5672 check\n',
      errors: [{ line: 4, column: 5, endColumn: 17, message: /^'stick on' persists clients/ }],
      output: 'listen rabbit\n    bind :5672\n    stick-table type ip size 100k expire 30m\n    stick on src\n    option redispatch\n    retries 3\n    server r1 10.0.6.11:5672 check\n',
    },
    {
      name: 'stick match with tabs',
      code: 'backend b2\n\tserver a 10.0.0.1:80\n\tstick match src table st\n',
      errors: [{ line: 3, column: 2, message: /^'stick match' persists/ }],
      output: 'backend b2\n\tserver a 10.0.0.1:80\n\tstick match src table st\n\toption redispatch\n\tretries 3\n',
    },
    {
      name: 'a cookie in rewrite mode is persistence too',
      code: 'backend app\n    mode http\n    cookie JSESSIONID prefix nocache\n',
      errors: [{ line: 3 }],
      output: 'backend app\n    mode http\n    cookie JSESSIONID prefix nocache\n    option redispatch\n    retries 3\n',
    },
    {
      name: 'a trailing comment on the cookie line stays there; CRLF kept',
      code: 'backend app\r\n    mode http\r\n    cookie SRV insert # LB\r\n    server a 10.0.0.1:80 cookie a\r\n',
      errors: [{ line: 3, column: 5, endColumn: 22 }],
      output: 'backend app\r\n    mode http\r\n    cookie SRV insert # LB\r\n    option redispatch\r\n    retries 3\r\n    server a 10.0.0.1:80 cookie a\r\n',
    },
  ],
});
