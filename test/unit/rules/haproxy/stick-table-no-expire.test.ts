import { stickTableNoExpire } from '../../../../server/src/rules/haproxy/stick-table-no-expire';
import { ruleTester } from '../../../helpers/ruleTester';

/**
 * Modeled on a production edge config: a rate-limiting table in the frontend, a persistence table
 * synced to a peer, and a table in a peers section (its own syntax, not a stick-table line).
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 50000

peers lb
    peer lb1 10.7.0.2:10000
    peer lb2 10.7.0.3:10000
    table sessions type string len 64 size 100k expire 1h

defaults
    mode http
    log global
    option httplog
    option redispatch
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend edge
    bind :443 ssl crt /etc/haproxy/certs/edge.pem
    stick-table type ip size 1m expire 10s store http_req_rate(10s)
    http-request track-sc0 src
    http-request deny deny_status 429 if { sc_http_req_rate(0) gt 100 }
    default_backend app

backend app
    balance roundrobin
    stick-table type string len 64 size 200k expire 30m peers lb
    stick on req.cook(SESSIONID)
    stick store-response res.cook(SESSIONID)
    server app1 10.7.1.11:8080 check
    server app2 10.7.1.12:8080 check
`;

ruleTester(stickTableNoExpire, {
  valid: [
    { name: 'a production edge config: rate limiting and persistence tables with expire', code: PRODUCTION },
    { name: 'expire present', code: 'backend app\n    stick-table type ip size 1m expire 30m\n    stick on src\n' },
    { name: 'expire before other options', code: 'listen web\n    bind :80\n    stick-table type ip expire 5m size 1m store gpc0\n' },
    { name: 'a stick-table in defaults is invalid-cookie-options’ business', code: 'defaults\n    stick-table type ip size 1m\n' },
  ],
  invalid: [
    {
      name: 'a persistence table without expire',
      code: 'backend app\n    mode http\n    stick-table type ip size 1m\n    stick on src\n    server a 10.0.0.1:80\n',
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 32,
          severity: 'warning',
          message: /^stick-table without 'expire': entries never age out and only a full table evicts the oldest entries, so clients stay pinned/,
        },
      ],
      output: 'backend app\n    mode http\n    stick-table type ip size 1m expire 30m\n    stick on src\n    server a 10.0.0.1:80\n',
    },
    {
      name: 'a rate-limiting table in a frontend, nopurge; CRLF and a comment kept',
      code: 'frontend fe\r\n    bind :80\r\n    stick-table type ip size 100k nopurge store gpc0,http_req_rate(10s) # abuse\r\n    http-request track-sc0 src\r\n',
      errors: [{ line: 3, column: 5, endColumn: 72, message: /once it is full \(nopurge\), new clients get no entry at all, so counters and flags outlive/ }],
      output: 'frontend fe\r\n    bind :80\r\n    stick-table type ip size 100k nopurge store gpc0,http_req_rate(10s) expire 30m # abuse\r\n    http-request track-sc0 src\r\n',
    },
    {
      name: 'a table used by another backend through table <name>',
      code: 'backend tables\n    stick-table type string len 32 size 10k peers lb\n\nbackend app\n    stick on req.cook(SID) table tables\n',
      errors: [{ line: 2, message: /clients stay pinned/ }],
      output: 'backend tables\n    stick-table type string len 32 size 10k peers lb expire 30m\n\nbackend app\n    stick on req.cook(SID) table tables\n',
    },
  ],
});
