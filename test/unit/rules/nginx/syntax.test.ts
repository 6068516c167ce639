import { nginxSyntax } from '../../../../server/src/rules/nginx/syntax';
import { ruleTester } from '../../../helpers/ruleTester';

/** A real-looking main config: maps, regex locations with braces, if, Lua, quoted strings, includes. */
const PRODUCTION = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
include /etc/nginx/modules-enabled/*.conf;

events {
    worker_connections 768;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format main '$remote_addr - $remote_user [$time_local] "$request" '
                    '$status $body_bytes_sent "$http_referer" '
                    '"$http_user_agent" upstream=$upstream_addr';
    access_log /var/log/nginx/access.log main;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
        "~*^websocket$" upgrade;
    }

    geo $internal {
        default 0;
        10.0.0.0/8 1;
    }

    upstream app {
        hash $cookie_sid consistent;
        server 10.0.0.1:8080;
        server 10.0.0.2:8080;
    }

    server {
        listen 80 default_server;
        listen [::]:80 default_server;
        server_name example.com www.example.com;
        root /var/www/html;

        location ~* ^/static/(.+)\\.(?:css|js)$ {
            expires 7d;
            add_header Cache-Control "public, max-age=604800";
        }

        location ~ "^/user/(?<id>[0-9]{1,8})$" {
            proxy_pass http://app/profile?id=$id;
        }

        location /lua {
            content_by_lua_block {
                local t = { "}", '{' }
                ngx.say("braces } in strings { are fine")
            }
        }

        location / {
            if ($request_method = POST) {
                return 405;
            }
            set $x "\${not_a_var}";
            try_files $uri $uri/ =404;
        }
    }
}
`;

ruleTester(nginxSyntax, {
  valid: [
    { name: 'a real-looking main config', code: PRODUCTION },
    { name: 'an empty file', code: '' },
    { name: 'only comments', code: '# nothing here yet\n# see conf.d/\n' },
    { name: 'a conf.d fragment', code: 'server {\n    listen 8080;\n    location / { proxy_pass http://127.0.0.1:3000; }\n}\n' },
    { name: 'CRLF line ends', code: 'events {}\r\nhttp {\r\n    server {\r\n        listen 80;\r\n    }\r\n}\r\n' },
    { name: 'no newline at the end', code: 'events {}' },
    { name: 'escaped semicolon and brace in words', code: 'http {\n    add_header X-A a\\;b;\n    set $v \\{x\\};\n}\n' },
    { name: 'a string spanning two lines', code: 'http {\n    add_header X-Multi "one\n two";\n}\n' },
  ],
  invalid: [
    {
      name: 'a missing semicolon',
      code: 'http {\n    upstream app {\n        server 10.0.0.1\n    }\n}\n',
      errors: [{ line: 3, column: 24, endLine: 3, endColumn: 24, severity: 'error', message: /^Syntax error: missing ';' at the end of the directive$/ }],
      output: null,
    },
    {
      name: 'a missing semicolon in a CRLF file',
      code: 'events {}\r\nhttp {\r\n    upstream a {\r\n        server x\r\n    }\r\n}\r\n',
      errors: [{ line: 4, column: 17, message: /missing ';'/ }],
      output: null,
    },
    {
      name: 'a block never closed: the message names the block, the range is its brace',
      code: 'http {\n    server {\n        listen 80;\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 13, message: /missing '}'.*'server'/ }],
      output: null,
    },
    {
      name: 'one closing brace too many',
      code: 'http {\n    listen 80;\n}\n}\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 2, message: /^Syntax error: unexpected '}'$/ }],
      output: null,
    },
    {
      name: 'an unterminated quote',
      code: 'http {\n    server {\n        return 200 "unterminated;\n    }\n}\n',
      errors: [{ line: 3, column: 20, message: /unterminated/ }],
      output: null,
    },
    {
      name: 'a regex with braces left unquoted: nginx ends the word at the brace, so the file does not parse',
      code: 'http {\n  server {\n    location ~ ^/user/(?<id>[0-9]{1,8})$ {\n      return 200;\n    }\n  }\n}\n',
      errors: [{ line: 7, message: /missing '}'/ }],
      output: null,
    },
    {
      name: 'a suppression comment does not hide that a file cannot be read',
      code: '# affinity-lint ignore=nginx/ip-hash\nhttp {\n    upstream app {\n        ip_hash\n    }\n}\n',
      errors: [{ line: 4, column: 16, message: /missing ';'/ }],
      output: null,
    },
  ],
});
