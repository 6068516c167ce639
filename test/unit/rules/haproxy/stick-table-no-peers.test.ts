import { stickTableNoPeers } from '../../../../server/src/rules/haproxy/stick-table-no-peers';
import { ruleTester } from '../../../helpers/ruleTester';

const SHARED = '# affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed';
const PEERS = 'peers lb\n    peer lb1 10.0.0.2:10000\n    peer lb2 10.0.0.3:10000\n\n';

/**
 * Modeled on a production active/passive pair (keepalived in front): the persistence table is
 * synced through the peers section; the rate-limiting table in the frontend is not persistence
 * and stays local.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 20000
    stats socket /run/haproxy/admin.sock mode 660 level admin

peers lb_pair
    peer haproxy-a 192.168.10.2:1024
    peer haproxy-b 192.168.10.3:1024

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend www
    bind :443 ssl crt /etc/haproxy/certs/www.pem
    stick-table type ip size 200k expire 30s store http_req_rate(10s),conn_cur
    http-request track-sc0 src
    http-request deny deny_status 429 if { sc_http_req_rate(0) gt 200 }
    default_backend app

backend app
    balance roundrobin
    stick-table type string len 64 size 500k expire 30m peers lb_pair
    stick on req.cook(SESSIONID)
    stick store-response res.cook(SESSIONID)
    server app1 10.8.0.11:8080 check
    server app2 10.8.0.12:8080 check
`;

ruleTester(stickTableNoPeers, {
  valid: [
    { name: 'a production active/passive pair: persistence synced, rate limiting local', code: PRODUCTION },
    { name: 'a rate-limiting table (track-sc) is not persistence', code: 'frontend fe\n    bind :80\n    stick-table type ip size 1m expire 10s store http_req_rate(10s)\n    http-request track-sc0 src\n' },
    { name: 'a table nobody sticks on', code: `${PEERS}backend counters\n    stick-table type ip size 1m expire 1h store gpc0\n` },
    { name: 'a stick rule in a frontend is ignored by HAProxy: no persistence', code: `${PEERS}frontend fe\n    bind :80\n    stick-table type ip size 1m expire 30m\n    stick on src\n` },
    { name: 'peers present', code: 'backend app\n    stick-table type ip size 1m expire 30m peers lb\n    stick on src\n' },
    {
      name: 'a stick rule naming another table does not make its own section’s table persistent',
      code: `${PEERS}backend shared\n    stick-table type string len 32 size 1m expire 30m peers lb\n\nbackend app\n    stick-table type ip size 1m expire 10s store conn_rate(10s)\n    stick on req.cook(SID) table shared\n`,
    },
  ],
  invalid: [
    {
      name: 'no peers section in the file: information, no preferred fix',
      code: 'backend app\n    stick-table type ip size 1m expire 30m\n    stick on src\n    server a 10.0.0.1:80\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 43,
          severity: 'info',
          message: /^stick-table used for persistence \('stick on'\) has no 'peers': its entries live in one HAProxy process only, so a reload or a failover/,
        },
      ],
      output: null,
      suggestions: [
        {
          title: /^Remove affinity: sessions live in a shared store \(drop the stick rules\)$/,
          output: `backend app\n    stick-table type ip size 1m expire 30m\n    ${SHARED}\n    server a 10.0.0.1:80\n`,
        },
      ],
    },
    {
      // haproxy 2.6 refuses a table synced with a peers section that does not list the local host
      // ("unable to find local peer"); a section no table uses yet may not list it.
      name: 'the file defines a peers section no table uses yet: a warning, syncing is offered but not preferred',
      code: `${PEERS}backend app\n    mode http\n    stick-table type string len 64 size 200k expire 30m\n    stick on req.cook(SESSIONID)\n    stick store-response res.cook(SESSIONID)\n    server a 10.0.0.1:80\n`,
      errors: [{ line: 7, column: 5, severity: 'warning', message: /\('stick on', 'stick store-response'\) is not synced, although the file defines peers section 'lb'/ }],
      output: null,
      suggestions: [
        {
          title: /^Sync the table with peers section 'lb'; it must list this load balancer as a peer, or HAProxy refuses to start$/,
          output: `${PEERS}backend app\n    mode http\n    stick-table type string len 64 size 200k expire 30m peers lb\n    stick on req.cook(SESSIONID)\n    stick store-response res.cook(SESSIONID)\n    server a 10.0.0.1:80\n`,
        },
        {
          title: /^Remove affinity/,
          output: `${PEERS}backend app\n    mode http\n    stick-table type string len 64 size 200k expire 30m\n    ${SHARED}\n    server a 10.0.0.1:80\n`,
        },
      ],
    },
    {
      name: 'a peers section that lists no peer does not count: HAProxy drops it and refuses a table naming it',
      code: 'peers empty\n    # peer lb1 10.0.0.2:10000\n\nbackend app\n    stick-table type ip size 1m expire 30m\n    stick on src\n',
      errors: [{ line: 5, column: 5, severity: 'info', message: /has no 'peers'/ }],
      output: null,
      suggestions: [{ title: /^Remove affinity/, output: `peers empty\n    # peer lb1 10.0.0.2:10000\n\nbackend app\n    stick-table type ip size 1m expire 30m\n    ${SHARED}\n` }],
    },
    {
      name: 'a peers section another table already syncs with: joining it is preferred',
      code: `${PEERS}backend login\n    stick-table type ip size 1m expire 30m peers lb\n    stick on src\n\nbackend app\n    stick-table type ip size 1m expire 30m\n    stick on src\n`,
      errors: [{ line: 10, column: 5, severity: 'warning' }],
      output: `${PEERS}backend login\n    stick-table type ip size 1m expire 30m peers lb\n    stick on src\n\nbackend app\n    stick-table type ip size 1m expire 30m peers lb\n    stick on src\n`,
    },
    {
      name: 'two peers sections: the first is offered, not preferred',
      code: `${PEERS}peers dr\n    peer dr1 10.9.0.2:10000\n\nlisten web\n    bind :80\n    stick-table type ip size 1m expire 30m\n    stick match src\n`,
      errors: [{ line: 10, severity: 'warning' }],
      output: null,
      suggestions: [
        {
          title: /^Sync the table with peers section 'lb' \(the first of 2 peers sections\); it must list this load balancer/,
          output: `${PEERS}peers dr\n    peer dr1 10.9.0.2:10000\n\nlisten web\n    bind :80\n    stick-table type ip size 1m expire 30m peers lb\n    stick match src\n`,
        },
      ],
    },
    {
      name: 'a table used through table <name> from other backends: the shared-store fix edits them; CRLF and a comment kept',
      code: `peers lb\r\n    peer lb1 10.0.0.2:10000\r\n\r\nbackend tables\r\n    stick-table type string len 32 size 1m expire 30m # shared\r\n\r\nbackend app\r\n    stick on req.cook(SID) table tables if { path_beg /app }\r\n    stick store-response res.cook(SID) table tables\r\n`,
      errors: [{ line: 5, column: 5, endColumn: 54, severity: 'warning' }],
      output: null,
      suggestions: [
        {
          title: /^Sync the table with peers section 'lb'; it must list/,
          output: `peers lb\r\n    peer lb1 10.0.0.2:10000\r\n\r\nbackend tables\r\n    stick-table type string len 32 size 1m expire 30m peers lb # shared\r\n\r\nbackend app\r\n    stick on req.cook(SID) table tables if { path_beg /app }\r\n    stick store-response res.cook(SID) table tables\r\n`,
        },
        {
          title: /^Remove affinity/,
          output: `peers lb\r\n    peer lb1 10.0.0.2:10000\r\n\r\nbackend tables\r\n    stick-table type string len 32 size 1m expire 30m # shared\r\n\r\nbackend app\r\n    ${SHARED}\r\n`,
        },
      ],
    },
  ],
});
