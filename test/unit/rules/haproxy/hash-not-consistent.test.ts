import { hashNotConsistent } from '../../../../server/src/rules/haproxy/hash-not-consistent';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production cache farm: URI hashing onto Varnish nodes with consistent hashing set
 * once in defaults, a per-tenant backend hashing a parameter with its own hash-type, and round
 * robin elsewhere.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 30000

defaults
    mode http
    log global
    option httplog
    hash-type consistent
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend www
    bind :80
    bind :443 ssl crt /etc/haproxy/certs/cdn.pem
    use_backend tenants if { path_beg /t/ }
    use_backend api if { path_beg /api/ }
    default_backend varnish

backend varnish
    balance uri whole
    server cache1 10.9.0.11:6081 check
    server cache2 10.9.0.12:6081 check
    server cache3 10.9.0.13:6081 check

backend tenants
    balance url_param tenant check_post
    hash-type consistent sdbm avalanche
    server t1 10.9.1.11:8080 check
    server t2 10.9.1.12:8080 check

backend api
    balance roundrobin
    server api1 10.9.2.11:8080 check
`;

ruleTester(hashNotConsistent, {
  valid: [
    { name: 'a production cache farm: consistent hashing in defaults and in a backend', code: PRODUCTION },
    { name: 'consistent in the backend', code: `${HTTP_DEFAULTS}backend app\n    balance uri\n    hash-type consistent\n` },
    { name: 'consistent with a hash function', code: `${HTTP_DEFAULTS}backend app\n    balance hdr(Host)\n    hash-type consistent djb2\n` },
    { name: 'roundrobin, leastconn, random, first', code: `${HTTP_DEFAULTS}backend a\n    balance roundrobin\nbackend b\n    balance leastconn\nbackend c\n    balance random\nbackend d\n    balance first\n` },
    { name: 'no balance at all', code: `${HTTP_DEFAULTS}backend app\n    server a 10.0.0.1:80\n` },
    { name: 'balance uri in tcp mode: HAProxy falls back to round robin', code: 'backend app\n    balance uri\n' },
    { name: 'balance hdr() in tcp defaults inherited by a tcp backend', code: 'defaults\n    mode tcp\n    balance hdr(Host)\n\nbackend app\n    server a 10.0.0.1:80\n' },
    {
      name: 'a defaults whose every heir sets its own consistent hash-type',
      code: 'defaults\n    balance source\n\nbackend a\n    hash-type consistent\n\nbackend b\n    hash-type consistent\n',
    },
    { name: 'a defaults whose heirs all balance otherwise', code: 'defaults\n    mode http\n    balance uri\n\nbackend app\n    balance roundrobin\n' },
    { name: 'a frontend does not balance', code: `${HTTP_DEFAULTS}frontend fe\n    bind :80\n    balance uri\n` },
  ],
  invalid: [
    {
      name: 'balance uri without hash-type: inserted below',
      code: `${HTTP_DEFAULTS}backend cache\n    balance uri\n    server c1 10.0.0.1:6081\n`,
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 16,
          severity: 'info',
          message: /^'balance uri' hashes with the default map-based hashing: adding, removing or losing one server remaps most clients/,
        },
      ],
      output: `${HTTP_DEFAULTS}backend cache\n    balance uri\n    hash-type consistent\n    server c1 10.0.0.1:6081\n`,
    },
    {
      name: 'an explicit map-based: its method is replaced, the hash function kept',
      code: `${HTTP_DEFAULTS}backend app\n    balance url_param userid\n    hash-type map-based sdbm avalanche\n`,
      errors: [{ line: 6, message: /^'balance url_param userid' hashes with 'hash-type map-based sdbm avalanche'/ }],
      output: `${HTTP_DEFAULTS}backend app\n    balance url_param userid\n    hash-type consistent sdbm avalanche\n`,
    },
    {
      name: 'balance source and balance hash work in tcp mode too; CRLF and a comment kept',
      code: 'listen db\r\n    bind :5432\r\n    balance source # sticky clients\r\n\r\nbackend b\r\n    balance hash req.cook(SID)\r\n',
      errors: [{ line: 3, column: 5, endColumn: 19 }, { line: 6, message: /'balance hash req\.cook\(SID\)'/ }],
      output: 'listen db\r\n    bind :5432\r\n    balance source # sticky clients\r\n    hash-type consistent\r\n\r\nbackend b\r\n    balance hash req.cook(SID)\r\n    hash-type consistent\r\n',
    },
    {
      name: 'balance in defaults: reported once there, fixed there',
      code: 'defaults\n    mode http\n    balance hdr(X-Tenant)\n\nbackend a\n    server a 10.0.0.1:80\n\nbackend b\n    server b 10.0.0.2:80\n',
      errors: [{ line: 3, column: 5, message: /^'balance hdr\(X-Tenant\)' hashes with the default/ }],
      output: 'defaults\n    mode http\n    balance hdr(X-Tenant)\n    hash-type consistent\n\nbackend a\n    server a 10.0.0.1:80\n\nbackend b\n    server b 10.0.0.2:80\n',
    },
    {
      name: 'balance inherited, map-based in the backend itself: reported on its hash-type',
      code: 'defaults web\n    mode http\n    balance rdp-cookie\n    hash-type consistent\n\nbackend app from web\n    hash-type map-based\n',
      errors: [{ line: 7, column: 5, message: /^'balance rdp-cookie' \(inherited from defaults 'web'\) hashes with 'hash-type map-based'/ }],
      output: 'defaults web\n    mode http\n    balance rdp-cookie\n    hash-type consistent\n\nbackend app from web\n    hash-type consistent\n',
    },
    {
      name: 'both inherited from different defaults: reported where map-based is written',
      code: 'defaults base\n    balance source\n    hash-type consistent\n\ndefaults web from base\n    hash-type map-based\n\nbackend app from web\n    server a 10.0.0.1:80\n',
      errors: [{ line: 6, column: 5, message: /^'balance source' \(inherited from defaults 'base'\) hashes with 'hash-type map-based'/ }],
      output: 'defaults base\n    balance source\n    hash-type consistent\n\ndefaults web from base\n    hash-type consistent\n\nbackend app from web\n    server a 10.0.0.1:80\n',
    },
    {
      name: 'a defaults that no proxy follows is still reported',
      code: 'defaults\n    balance source\n',
      errors: [{ line: 2 }],
      output: 'defaults\n    balance source\n    hash-type consistent\n',
    },
  ],
});
