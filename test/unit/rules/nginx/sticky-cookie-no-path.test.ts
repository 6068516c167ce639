import { stickyCookieNoPath } from '../../../../server/src/rules/nginx/sticky-cookie-no-path';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An NGINX Plus site with an application under /portal/, its cookie scoped to the whole site. */
const PRODUCTION = `user nginx;
worker_processes auto;

events {
    worker_connections 2048;
}

http {
    upstream portal {
        zone portal 64k;
        server 10.50.0.11:8443 max_fails=3 fail_timeout=30s;
        server 10.50.0.12:8443 max_fails=3 fail_timeout=30s;
        sticky cookie portal_srv expires=1h domain=.example.com path=/ secure httponly samesite=strict;
    }

    server {
        listen 443 ssl;
        server_name portal.example.com;
        ssl_certificate     /etc/nginx/tls/portal.crt;
        ssl_certificate_key /etc/nginx/tls/portal.key;

        location /portal/ {
            proxy_pass https://portal;
        }
    }
}
`;

ruleTester(stickyCookieNoPath, {
  valid: [
    { name: 'a portal whose sticky cookie has path=/', code: PRODUCTION },
    { name: 'a narrower path set on purpose', code: upstream('        sticky cookie srv_id path=/app/;\n') },
    { name: 'PATH= in capitals', code: upstream('        sticky cookie srv_id PATH=/;\n') },
    { name: 'sticky route sets no cookie', code: upstream('        sticky route $route_cookie $route_uri;\n') },
    { name: 'nginx-sticky-module-ng without path is not sticky cookie', code: upstream('        sticky name=route hash=md5 secure httponly;\n') },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-path\n        sticky cookie srv_id;\n') },
  ],
  invalid: [
    {
      name: 'sticky cookie without path=',
      code: upstream('        sticky cookie srv_id expires=1h secure httponly samesite=lax;\n        server 10.0.0.1;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 70, severity: 'warning', message: /^sticky cookie without 'path=': browsers scope the cookie to the directory of the first URL/ }],
      output: upstream('        sticky cookie srv_id expires=1h secure httponly samesite=lax path=/;\n        server 10.0.0.1;\n'),
      suggestions: [{ title: /^Add 'path=\/'/, output: upstream('        sticky cookie srv_id expires=1h secure httponly samesite=lax path=/;\n        server 10.0.0.1;\n') }],
    },
    {
      name: 'a directive over two lines, CRLF',
      code: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id\r\n               expires=1h;\r\n    }\r\n}\r\n',
      errors: [{ line: 3, endLine: 4 }],
      output: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id\r\n               expires=1h path=/;\r\n    }\r\n}\r\n',
    },
    {
      name: 'a one-line upstream',
      code: 'http {\n    upstream a { server 10.0.0.1; sticky cookie a; }\n}\n',
      errors: [{ line: 2, column: 35 }],
      output: 'http {\n    upstream a { server 10.0.0.1; sticky cookie a path=/; }\n}\n',
    },
  ],
});
