import { balanceSource } from '../../../../server/src/rules/haproxy/balance-source';
import { ruleTester } from '../../../helpers/ruleTester';

/** Only this rule's findings matter here; the cookie rules judge the cookie the fix writes. */
const COOKIE = 'cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h';
const SHARED = '# affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed';

/**
 * A production config, modeled on database/cluster setups: source balancing and stick on src in
 * TCP mode are legitimate (no cookies there); the HTTP backend uses a cookie.
 */
/** Modeled on a reviewed config: IP affinity written as the two-line form of 'stick on src'. */
const STICK_PAIR = 'defaults\n    mode http\n    timeout connect 5s\n\nbackend app\n    balance roundrobin\n    stick-table type ip size 200k expire 30m\n    stick match src\n    stick store-request src\n    server web1 10.0.0.1:80 check\n    server web2 10.0.0.2:80 check\n';

const PRODUCTION = `global
    log 127.0.0.1 local0 notice
    maxconn 4096
    user haproxy
    group haproxy

defaults
    log global
    mode tcp
    option tcplog
    option dontlognull
    retries 3
    option redispatch
    timeout connect 5s
    timeout client 1m
    timeout server 1m

listen mysql-cluster
    bind 0.0.0.0:3306
    option mysql-check user haproxy_check
    balance source
    server mysql-1 10.0.5.11:3306 check
    server mysql-2 10.0.5.12:3306 check backup

listen rabbitmq
    bind :5672
    stick-table type ip size 100k expire 30m
    stick on src
    server rabbit1 10.0.6.11:5672 check inter 5s rise 2 fall 3
    server rabbit2 10.0.6.12:5672 check inter 5s rise 2 fall 3

listen web
    bind :80
    mode http
    balance roundrobin
    cookie SRV insert indirect nocache httponly secure maxidle 30m maxlife 8h
    server web1 10.0.7.11:8080 check cookie web1
    server web2 10.0.7.12:8080 check cookie web2
`;

ruleTester(balanceSource, {
  valid: [
    { name: 'a production config: source balancing only in TCP mode', code: PRODUCTION },
    { name: 'balance source in a tcp backend', code: 'backend db\n    mode tcp\n    balance source\n    server a 10.0.0.1:5432\n' },
    { name: 'no mode: tcp by default', code: 'backend db\n    balance source\n' },
    { name: 'tcp inherited from defaults', code: 'defaults\n    mode tcp\n\nbackend db\n    balance source\n' },
    { name: 'a tcp backend overriding http defaults', code: 'defaults\n    mode http\n\nbackend db\n    mode tcp\n    balance source\n' },
    {
      name: 'balance source in tcp defaults inherited only by tcp proxies',
      code: 'defaults\n    mode tcp\n    balance source\n\nbackend db\n    server a 10.0.0.1:5432\n',
    },
    {
      name: 'a defaults without from inherits nothing: the proxy is tcp',
      code: 'defaults web\n    mode http\n\ndefaults\n    timeout connect 5s\n\nbackend app\n    balance source\n',
    },
    { name: 'balance hash on a cookie', code: 'backend app\n    mode http\n    balance hash req.cook(SID)\n' },
    {
      name: 'stick match src with no store rule: nothing ever sticks by IP',
      code: 'backend app\n    mode http\n    stick-table type ip size 1m expire 30m\n    stick match src\n    http-request track-sc0 src\n    server a 10.0.0.1:80\n',
    },
    {
      name: 'stick match src and stick store-request src in a tcp backend',
      code: 'backend db\n    mode tcp\n    stick-table type ip size 1m expire 30m\n    stick match src\n    stick store-request src\n    server a 10.0.0.1:5432\n',
    },
    {
      name: 'stick match src on a table that stores another key',
      code: 'backend app\n    mode http\n    stick-table type string len 32 size 1m expire 30m\n    stick match src\n    stick store-request req.cook(SID)\n    server a 10.0.0.1:80\n',
    },
    { name: 'balance roundrobin', code: 'backend app\n    mode http\n    balance roundrobin\n' },
    { name: 'stick on a cookie', code: 'backend app\n    mode http\n    stick-table type string len 32 size 1m expire 30m\n    stick on req.cook(SID)\n' },
    { name: 'stick on src_port is not src', code: 'backend app\n    mode http\n    stick on src_port\n' },
    { name: 'balance source in a frontend is not balancing', code: 'frontend fe\n    mode http\n    bind :80\n    balance source\n' },
    { name: 'no balance source', code: 'backend app\n    mode http\n    no balance source\n' },
    {
      name: 'suppressed on the line before',
      code: 'backend app\n    mode http\n    # affinity-lint ignore=haproxy/balance-source -- kiosks on fixed IPs\n    balance source\n',
    },
    {
      name: 'suppressed for the whole section',
      code: '# affinity-lint ignore=haproxy/balance-source\nbackend app\n    mode http\n    balance source\n    server a 10.0.0.1:80\n',
    },
    { name: 'suppressed for the file', code: '# affinity-lint global ignore=haproxy/balance-source\nbackend app\n    mode http\n    balance source\n' },
  ],
  invalid: [
    {
      name: 'stick match src with stick store-request src: IP affinity, both lines go',
      code: STICK_PAIR,
      errors: [{ line: 8, column: 5, endColumn: 20, severity: 'warning', message: /^'stick match src' with 'stick store-request src' pins clients to a server by IP address/ }],
      output: `defaults\n    mode http\n    timeout connect 5s\n\nbackend app\n    balance roundrobin\n    stick-table type ip size 200k expire 30m\n    ${COOKIE}\n    server web1 10.0.0.1:80 check cookie web1\n    server web2 10.0.0.2:80 check cookie web2\n`,
      suggestions: [
        {
          title: /^Remove affinity: sessions live in a shared store \(drop stick match src and stick store-request src\)$/,
          output: `defaults\n    mode http\n    timeout connect 5s\n\nbackend app\n    balance roundrobin\n    stick-table type ip size 200k expire 30m\n    ${SHARED}\n    server web1 10.0.0.1:80 check\n    server web2 10.0.0.2:80 check\n`,
        },
      ],
    },
    {
      name: 'the pair on a named table, with a condition, store first',
      code: 'backend app\n    mode http\n    stick store-request src table ips\n    stick match src table ips if { path_beg /app }\n    server a 10.0.0.1:80\n\nbackend ips\n    stick-table type ip size 1m expire 30m\n',
      errors: [{ line: 4, message: /^'stick match src' with 'stick store-request src' pins/ }],
      output: `backend app\n    mode http\n    ${COOKIE}\n    server a 10.0.0.1:80 cookie a\n\nbackend ips\n    stick-table type ip size 1m expire 30m\n`,
    },
    {
      name: 'stick match src on a table another backend stores client addresses in: only the match line goes',
      code: 'backend login\n    mode http\n    stick-table type ip size 1m expire 30m\n    stick store-request src\n    server l1 10.0.0.1:80\n\nbackend app\n    mode http\n    stick match src table login\n    server a 10.0.0.2:80\n',
      errors: [{ line: 9, message: /^'stick match src' with 'stick store-request src' \(stored by 'login'\) pins/ }],
      output: `backend login\n    mode http\n    stick-table type ip size 1m expire 30m\n    stick store-request src\n    server l1 10.0.0.1:80\n\nbackend app\n    mode http\n    ${COOKIE}\n    server a 10.0.0.2:80 cookie a\n`,
    },
    {
      name: 'stick on src naming another table',
      code: 'backend app\n    mode http\n    stick on src table ips\n    server a 10.0.0.1:80\n\nbackend ips\n    stick-table type ip size 1m expire 30m\n',
      errors: [{ line: 3, message: /^'stick on src' pins/ }],
      output: `backend app\n    mode http\n    ${COOKIE}\n    server a 10.0.0.1:80 cookie a\n\nbackend ips\n    stick-table type ip size 1m expire 30m\n`,
    },
    {
      name: 'balance source in an http backend: cookie persistence replaces it',
      code: 'backend app\n    mode http\n    balance source\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 19, severity: 'warning', message: /^'balance source' pins clients to a server by IP address: mobile clients .* NAT/ }],
      output: `backend app\n    mode http\n    balance roundrobin\n    ${COOKIE}\n    server a 10.0.0.1:80 check cookie a\n    server b 10.0.0.2:80 check cookie b\n`,
      suggestions: [
        {
          title: /^Remove affinity: sessions live in a shared store \(balance leastconn\)$/,
          output: `backend app\n    mode http\n    ${SHARED}\n    balance leastconn\n    server a 10.0.0.1:80 check\n    server b 10.0.0.2:80 check\n`,
        },
      ],
    },
    {
      name: 'the fix title names the assumed target',
      code: 'backend app\n    mode http\n    balance source\n',
      errors: [{ line: 3 }],
      output: `backend app\n    mode http\n    balance roundrobin\n    ${COOKIE}\n`,
      suggestions: [
        {
          title: /^Use cookie persistence: balance roundrobin with a hardened SERVERID cookie \(target: HAProxy 2\.6 \(assumed: no target set\)\)$/,
          output: `backend app\n    mode http\n    balance roundrobin\n    ${COOKIE}\n`,
        },
      ],
    },
    {
      name: 'mode http inherited from defaults; CRLF, a trailing comment and existing server cookies kept',
      code: 'defaults\r\n    mode http\r\n\r\nbackend app\r\n    balance source # legacy\r\n    server a 10.0.0.1:80 check # primary\r\n    server b 10.0.0.2:80 check cookie bb\r\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 19 }],
      output: `defaults\r\n    mode http\r\n\r\nbackend app\r\n    balance roundrobin # legacy\r\n    ${COOKIE}\r\n    server a 10.0.0.1:80 check cookie a # primary\r\n    server b 10.0.0.2:80 check cookie bb\r\n`,
      suggestions: [
        {
          title: /^Remove affinity/,
          output: `defaults\r\n    mode http\r\n\r\nbackend app\r\n    ${SHARED}\r\n    balance leastconn # legacy\r\n    server a 10.0.0.1:80 check # primary\r\n    server b 10.0.0.2:80 check cookie bb\r\n`,
        },
      ],
    },
    {
      name: 'balance source in http defaults: reported there, the fix gives the inheriting servers cookie values',
      code: 'defaults\n    mode http\n    balance source\n\nbackend app\n    server a 10.0.0.1:80\n\nbackend api\n    balance roundrobin\n    server c 10.0.0.3:80\n',
      errors: [{ line: 3, column: 5 }],
      output: `defaults\n    mode http\n    balance roundrobin\n    ${COOKIE}\n\nbackend app\n    server a 10.0.0.1:80 cookie a\n\nbackend api\n    balance roundrobin\n    server c 10.0.0.3:80\n`,
    },
    {
      name: 'defaults shared by an http and a tcp backend: the fixes go into the http backend, the tcp one keeps balance source',
      code: 'defaults\n    mode http\n    balance source\n\nbackend web\n    server w1 10.0.0.1:80 check\n\nbackend db\n    mode tcp\n    server d1 10.0.1.1:5432 check\n',
      errors: [{ line: 3, column: 5, message: /^'balance source' \(inherited by 'web'\) pins clients/ }],
      output: `defaults\n    mode http\n    balance source\n\nbackend web\n    balance roundrobin\n    ${COOKIE}\n    server w1 10.0.0.1:80 check cookie w1\n\nbackend db\n    mode tcp\n    server d1 10.0.1.1:5432 check\n`,
      suggestions: [
        {
          title: /^Remove affinity: sessions live in a shared store \(balance leastconn in the HTTP proxies that inherit it \(the TCP ones keep it\)\)$/,
          output: `defaults\n    mode http\n    balance source\n\nbackend web\n    ${SHARED}\n    balance leastconn\n    server w1 10.0.0.1:80 check\n\nbackend db\n    mode tcp\n    server d1 10.0.1.1:5432 check\n`,
        },
      ],
    },
    {
      name: 'balance source in tcp defaults inherited by an http backend',
      code: 'defaults\n    mode tcp\n    balance source\n\nbackend app\n    mode http\n    server a 10.0.0.1:80\n',
      errors: [{ line: 3, column: 5 }],
      output: `defaults\n    mode tcp\n    balance roundrobin\n    ${COOKIE}\n\nbackend app\n    mode http\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'mode http from a named defaults through from',
      code: 'defaults web\n    mode http\n\ndefaults db\n    mode tcp\n\nbackend app from web\n    balance source\n',
      errors: [{ line: 8, column: 5 }],
      output: `defaults web\n    mode http\n\ndefaults db\n    mode tcp\n\nbackend app from web\n    balance roundrobin\n    ${COOKIE}\n`,
    },
    {
      name: 'balance hash src with a cookie already in place: only the balance changes',
      code: 'backend app\n    mode http\n    balance hash src\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80\n',
      errors: [{ line: 3, column: 5, endColumn: 21, message: /^'balance hash src' pins clients/ }],
      output: 'backend app\n    mode http\n    balance roundrobin\n    cookie SRV insert indirect nocache\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'stick on src in an http listen: the cookie takes its place (target 2.1: no attr)',
      code: 'listen web\n    mode http\n    bind :80\n    stick-table type ip size 1m expire 30m\n    stick on src\n    server a 10.0.0.1:80 check\n',
      settings: { haproxy: { version: '2.1' } },
      errors: [{ line: 5, column: 5, endColumn: 17, message: /^'stick on src' pins clients/ }],
      output: 'listen web\n    mode http\n    bind :80\n    stick-table type ip size 1m expire 30m\n    cookie SERVERID insert indirect nocache httponly secure maxidle 30m maxlife 8h\n    server a 10.0.0.1:80 check cookie a\n',
      suggestions: [
        {
          title: /^Remove affinity: sessions live in a shared store \(drop stick on src\)$/,
          output: `listen web\n    mode http\n    bind :80\n    stick-table type ip size 1m expire 30m\n    ${SHARED}\n    server a 10.0.0.1:80 check\n`,
        },
      ],
    },
    {
      name: 'stick on src with a converter, and a cookie already there: the stick line goes',
      code: 'backend app\n    mode http\n    cookie SRV insert\n    stick on src,ipmask(24)\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 4, message: /'stick on src,ipmask\(24\)'/ }],
      output: 'backend app\n    mode http\n    cookie SRV insert\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'mobile traffic: an error',
      code: 'backend app\n    mode http\n    balance source\n',
      settings: { traffic: 'mobile' },
      errors: [{ line: 3, severity: 'error', message: /mobile client IPs change/ }],
      output: `backend app\n    mode http\n    balance roundrobin\n    ${COOKIE}\n`,
    },
    {
      name: 'internal traffic: a hint',
      code: 'backend app\n    mode http\n    balance source\n',
      settings: { traffic: 'internal' },
      errors: [{ line: 3, severity: 'hint', message: /service-to-service/ }],
      output: `backend app\n    mode http\n    balance roundrobin\n    ${COOKIE}\n`,
    },
  ],
});
