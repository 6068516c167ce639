import { stickyModuleNgWeak } from '../../../../server/src/rules/nginx/sticky-module-ng-weak';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An open-source nginx built with nginx-sticky-module-ng, as Tomcat clusters behind it are commonly set up. */
const PRODUCTION = `worker_processes 4;

events {
    worker_connections 1024;
}

http {
    upstream tomcat_cluster {
        sticky name=route domain=.example.com path=/ expires=1h hash=sha1 secure httponly;
        server 10.100.0.11:8080 max_fails=3 fail_timeout=30s;
        server 10.100.0.12:8080 max_fails=3 fail_timeout=30s;
    }

    server {
        listen 443 ssl;
        server_name intranet.example.com;
        ssl_certificate     /etc/nginx/ssl/intranet.crt;
        ssl_certificate_key /etc/nginx/ssl/intranet.key;

        location / {
            proxy_set_header Host $host;
            proxy_pass http://tomcat_cluster;
        }
    }
}
`;

ruleTester(stickyModuleNgWeak, {
  valid: [
    { name: 'a Tomcat cluster with a hardened module cookie', code: PRODUCTION },
    { name: 'the module with no arguments but the flags', code: upstream('        sticky secure httponly;\n') },
    { name: 'built-in sticky cookie is other rules’ business', code: upstream('        sticky cookie srv_id;\n') },
    { name: 'sticky route', code: upstream('        sticky route $a;\n') },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/sticky-module-ng-weak -- HTTP-only lab\n        sticky name=r;\n') },
  ],
  invalid: [
    {
      name: 'no flags at all',
      code: upstream('        sticky name=route expires=1h;\n        server 10.0.0.1;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 38, severity: 'warning', message: /^nginx-sticky-module-ng cookie 'route': without 'secure' and 'httponly' the cookie travels over plain HTTP and page scripts can read it\.$/ }],
      output: upstream('        sticky name=route expires=1h secure httponly;\n        server 10.0.0.1;\n'),
      suggestions: [{ title: /^Harden the module's cookie: secure, httponly$/, output: upstream('        sticky name=route expires=1h secure httponly;\n        server 10.0.0.1;\n') }],
    },
    {
      name: 'hash=index with the flags',
      code: upstream('        sticky name=srv hash=index secure httponly;\n'),
      errors: [{ line: 3, message: /^nginx-sticky-module-ng cookie 'srv': 'hash=index' stores the server's position/ }],
      output: upstream('        sticky name=srv hash=md5 secure httponly;\n'),
      suggestions: [{ title: /^Harden the module's cookie: hash=md5$/, output: upstream('        sticky name=srv hash=md5 secure httponly;\n') }],
    },
    {
      name: 'default cookie name, hash=index and no httponly, CRLF',
      code: 'http {\r\n    upstream app {\r\n        sticky hash=INDEX secure;\r\n    }\r\n}\r\n',
      errors: [{ line: 3, message: /^nginx-sticky-module-ng cookie 'route': without 'httponly' the cookie is readable by page scripts; 'hash=index'/ }],
      output: 'http {\r\n    upstream app {\r\n        sticky hash=md5 secure httponly;\r\n    }\r\n}\r\n',
      suggestions: [{ title: /: httponly, hash=md5$/, output: 'http {\r\n    upstream app {\r\n        sticky hash=md5 secure httponly;\r\n    }\r\n}\r\n' }],
    },
    {
      name: 'the module with no argument at all',
      code: upstream('        sticky;\n'),
      errors: [{ line: 3, column: 9, endColumn: 16 }],
      output: upstream('        sticky secure httponly;\n'),
    },
  ],
});
