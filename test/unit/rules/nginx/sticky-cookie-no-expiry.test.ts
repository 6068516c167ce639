import { stickyCookieNoExpiry } from '../../../../server/src/rules/nginx/sticky-cookie-no-expiry';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** A Kubernetes-style nginx.conf on open-source nginx 1.29.6+, with a bounded sticky cookie. */
const PRODUCTION = `load_module modules/ngx_http_js_module.so;

events {}

http {
    resolver 10.96.0.10 valid=10s;

    upstream api {
        zone api 256k;
        server api-0.api.prod.svc.cluster.local:8080 resolve;
        server api-1.api.prod.svc.cluster.local:8080 resolve;
        sticky cookie api_affinity expires=45m path=/ secure httponly samesite=lax;
    }

    upstream ws {
        server ws-0.ws.prod.svc.cluster.local:8081;
        sticky cookie ws_affinity expires=12h secure httponly samesite=strict;
    }

    server {
        listen 8443 ssl;
        location /api/ { proxy_pass http://api; }
        location /ws/ { proxy_pass http://ws; }
    }
}
`;

ruleTester(stickyCookieNoExpiry, {
  valid: [
    { name: 'a production config with bounded cookie lifetimes', code: PRODUCTION, settings: { nginx: { version: '1.29.6' } } },
    { name: 'expires=1h', code: upstream('        sticky cookie srv_id expires=1h;\n') },
    { name: 'expires=epoch deletes the cookie: a deliberate lifetime', code: upstream('        sticky cookie srv_id expires=epoch;\n') },
    { name: 'Expires=30m in another case', code: upstream('        sticky cookie srv_id Expires=30m;\n') },
    { name: 'nginx-sticky-module-ng (expires= there means something else)', code: upstream('        sticky name=route hash=md5 secure httponly;\n') },
    { name: 'sticky route', code: upstream('        sticky route $route_cookie $route_uri;\n') },
    { name: 'sticky learn', code: upstream('        sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=client_sessions:1m;\n') },
    {
      name: 'suppressed by a trailing comment',
      code: upstream('        sticky cookie srv_id; # affinity-lint ignore=nginx/sticky-cookie-no-expiry -- kiosk sessions\n'),
    },
  ],
  invalid: [
    {
      name: 'no expires= is information',
      code: upstream('        sticky cookie srv_id path=/ secure httponly samesite=lax;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 66, severity: 'info', message: /^sticky cookie without 'expires=': clients stay pinned for the whole browser session/ }],
      output: upstream('        sticky cookie srv_id path=/ secure httponly samesite=lax expires=1h;\n'),
    },
    {
      name: 'expires=max is a warning, and the fix replaces it in place',
      code: upstream('        sticky cookie srv_id expires=max path=/ secure httponly samesite=lax;\n'),
      errors: [{ line: 3, column: 9, severity: 'warning', message: /'expires=max': clients stay pinned to one server until the year 2037/ }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n'),
    },
    {
      name: 'EXPIRES=MAX in capitals',
      code: upstream('        sticky cookie srv_id EXPIRES=MAX secure;\n'),
      errors: [{ line: 3, severity: 'warning' }],
      output: upstream('        sticky cookie srv_id expires=1h secure;\n'),
    },
    {
      name: 'a quoted "expires=max"',
      code: upstream('        sticky cookie srv_id "expires=max";\n'),
      errors: [{ line: 3, severity: 'warning' }],
      output: upstream('        sticky cookie srv_id expires=1h;\n'),
    },
    {
      name: 'the example admin upstream: expires=max after the servers, comments kept',
      code: 'http {\n    upstream admin_app {\n        server 10.0.2.21:3000;\n        server 10.0.2.22:3000;\n        # TODO shorten\n        sticky cookie admin_route expires=max;   # legacy\n    }\n}\n',
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 47, severity: 'warning' }],
      output: 'http {\n    upstream admin_app {\n        server 10.0.2.21:3000;\n        server 10.0.2.22:3000;\n        # TODO shorten\n        sticky cookie admin_route expires=1h;   # legacy\n    }\n}\n',
    },
    {
      name: 'CRLF line ends',
      code: 'upstream app {\r\n    sticky cookie srv_id expires=max;\r\n    server 10.0.0.1;\r\n}\r\n',
      errors: [{ line: 2, column: 5, endColumn: 38, severity: 'warning' }],
      output: 'upstream app {\r\n    sticky cookie srv_id expires=1h;\r\n    server 10.0.0.1;\r\n}\r\n',
    },
    {
      name: 'CRLF without expires=',
      code: 'upstream app {\r\n    sticky cookie srv_id;\r\n}\r\n',
      errors: [{ line: 2, severity: 'info' }],
      output: 'upstream app {\r\n    sticky cookie srv_id expires=1h;\r\n}\r\n',
    },
  ],
});
