import { cookieNoHttponly } from '../../../../server/src/rules/haproxy/cookie-no-httponly';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/** A production listen-style config (stats, health checks, a hardened cookie), modeled on docker-compose setups. */
const PRODUCTION = `global
    maxconn 50000
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    option forwardfor
    option redispatch
    timeout connect 10s
    timeout client 1m
    timeout server 1m

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats refresh 10s

listen webfarm
    bind :80
    bind :443 ssl crt /usr/local/etc/haproxy/certs/webfarm.pem
    balance roundrobin
    option httpchk GET /healthz
    http-check expect status 200
    cookie WEBSRV insert indirect nocache httponly secure attr "SameSite=Strict" maxidle 20m maxlife 4h
    server web-1 web-1:8080 check inter 2s fall 3 rise 2 cookie w1
    server web-2 web-2:8080 check inter 2s fall 3 rise 2 cookie w2
`;

ruleTester(cookieNoHttponly, {
  valid: [
    { name: 'a production config with a hardened cookie', code: PRODUCTION },
    { name: 'httponly present', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert httponly\n` },
    { name: 'attr HttpOnly: HAProxy appends it like the option', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr HttpOnly\n` },
    { name: 'attr httponly: attribute names are case-insensitive for browsers', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr httponly\n` },
    { name: 'rewrite mode', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID rewrite\n` },
    { name: 'prefix mode', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix\n` },
    { name: 'mode tcp', code: 'backend db\n    mode tcp\n    cookie SRV insert\n' },
    {
      name: 'a defaults without from inherits nothing: the proxy is tcp',
      code: 'defaults web\n    mode http\n\ndefaults\n    timeout connect 5s\n\nbackend app\n    cookie SRV insert\n',
    },
    { name: 'no cookie', code: `${HTTP_DEFAULTS}backend app\n    balance roundrobin\n` },
    { name: 'the words of an attr value are not flags', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert httponly attr "Partitioned"\n` },
    {
      name: 'suppressed for the section',
      code: `${HTTP_DEFAULTS}# affinity-lint ignore=haproxy/cookie-no-httponly -- the SPA reads it to show the node\nbackend app\n    cookie SRV insert\n`,
    },
  ],
  invalid: [
    {
      name: 'insert without httponly',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache secure\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 46, severity: 'warning', message: /^persistence cookie 'SRV' without 'httponly': page scripts \(and any XSS\) can read it/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache secure httponly\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'in a defaults section',
      code: 'defaults\n    mode http\n    cookie SRV insert indirect nocache\n\nbackend app\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 5 }],
      output: 'defaults\n    mode http\n    cookie SRV insert indirect nocache httponly\n\nbackend app\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'in a named defaults used through from',
      code: 'defaults web\n    mode http\n    cookie SRV insert\n\nbackend app from web\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 5 }],
      output: 'defaults web\n    mode http\n    cookie SRV insert httponly\n\nbackend app from web\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'in tcp defaults, inherited by an http backend: the inserted cookie is real',
      code: 'defaults\n    mode tcp\n    cookie SRV insert indirect nocache\n\nbackend app\n    mode http\n    server a 10.0.0.1:80 cookie a\n',
      errors: [{ line: 3, column: 5 }],
      output: 'defaults\n    mode tcp\n    cookie SRV insert indirect nocache httponly\n\nbackend app\n    mode http\n    server a 10.0.0.1:80 cookie a\n',
    },
    {
      name: 'a condition-free line with a trailing comment, indentation kept',
      code: `${HTTP_DEFAULTS}backend app\n  cookie SRV insert nocache  # sticky\n`,
      errors: [{ line: 6, column: 3, endColumn: 28 }],
      output: `${HTTP_DEFAULTS}backend app\n  cookie SRV insert nocache httponly  # sticky\n`,
    },
    {
      name: 'CRLF line ends',
      code: 'listen web\r\n    mode http\r\n    bind :80\r\n    cookie SRV insert indirect\r\n',
      errors: [{ line: 4, column: 5, endColumn: 31 }],
      output: 'listen web\r\n    mode http\r\n    bind :80\r\n    cookie SRV insert indirect httponly\r\n',
    },
  ],
});
