import { stickyCookieNoHttponly } from '../../../../server/src/rules/nginx/sticky-cookie-no-httponly';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** A sites-enabled fragment on NGINX Plus: two upstreams, one hardened cookie, one module-ng cookie. */
const PRODUCTION = `# Managed by Ansible: do not edit by hand.
upstream checkout {
    zone checkout 64k;
    least_conn;
    server checkout-1.internal:9000 max_fails=2 fail_timeout=15s;
    server checkout-2.internal:9000 max_fails=2 fail_timeout=15s;
    server checkout-3.internal:9000 backup;
    sticky cookie co_route expires=2h path=/checkout secure httponly samesite=strict;
    keepalive 32;
}

upstream legacy {
    sticky name=legacy_route hash=sha1 secure httponly;
    server 192.168.40.5:8080;
    server 192.168.40.6:8080;
}

server {
    listen 443 ssl http2;
    server_name checkout.example.org;
    location /checkout/ {
        proxy_pass http://checkout;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
    }
    location /legacy/ {
        proxy_pass http://legacy;
    }
}
`;

ruleTester(stickyCookieNoHttponly, {
  valid: [
    { name: 'a production conf.d fragment with hardened sticky cookies', code: PRODUCTION },
    { name: 'httponly among the parameters', code: upstream('        sticky cookie srv_id httponly secure;\n') },
    { name: 'HttpOnly in another case', code: upstream('        sticky cookie srv_id HttpOnly;\n') },
    { name: 'nginx-sticky-module-ng with its own flags', code: upstream('        sticky name=route hash=md5 secure httponly;\n') },
    { name: 'nginx-sticky-module-ng without httponly is another rule’s business', code: upstream('        sticky hash=index;\n') },
    { name: 'sticky route', code: upstream('        sticky route $route_cookie $route_uri;\n') },
    { name: 'sticky learn', code: upstream('        sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=client_sessions:1m timeout=1h;\n') },
    { name: 'a cookie named httponly is still a name, but the flag after it counts', code: upstream('        sticky cookie httponly httponly;\n') },
  ],
  invalid: [
    {
      name: 'sticky cookie without httponly',
      code: upstream('        sticky cookie srv_id expires=1h path=/ secure samesite=lax;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 68, severity: 'warning', message: /^sticky cookie without 'httponly': page scripts \(and any XSS\) can read/ }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure samesite=lax httponly;\n'),
    },
    {
      name: 'a cookie named httponly has no httponly flag',
      code: upstream('        sticky cookie httponly secure;\n'),
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie httponly secure httponly;\n'),
    },
    {
      name: 'the minimal form',
      code: upstream('        sticky cookie srv_id;\n'),
      errors: [{ line: 3, column: 9, endColumn: 30 }],
      output: upstream('        sticky cookie srv_id httponly;\n'),
    },
    {
      name: 'indentation, a comment above and a trailing comment are kept',
      code: 'http {\n  upstream app {\n    # affinity cookie, see INC-2211\n    sticky cookie srv_id secure;  # keep in sync with the CDN\n  }\n}\n',
      errors: [{ line: 4, column: 5 }],
      output: 'http {\n  upstream app {\n    # affinity cookie, see INC-2211\n    sticky cookie srv_id secure httponly;  # keep in sync with the CDN\n  }\n}\n',
    },
    {
      name: 'CRLF line ends',
      code: 'http {\r\n    upstream app {\r\n        server 10.0.0.1;\r\n        sticky cookie srv_id secure;\r\n    }\r\n}\r\n',
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 37 }],
      output: 'http {\r\n    upstream app {\r\n        server 10.0.0.1;\r\n        sticky cookie srv_id secure httponly;\r\n    }\r\n}\r\n',
    },
    {
      name: 'a suppression for another id on the line before does not hide it',
      code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-secure\n        sticky cookie srv_id;\n'),
      errors: [{ line: 4 }],
      output: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-secure\n        sticky cookie srv_id httponly;\n'),
    },
  ],
});
