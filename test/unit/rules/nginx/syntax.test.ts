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

/** A site file's worth of nginx text, as a deployment script writes it with a heredoc (30 lines). */
const SITE_BODY = `server {
    listen 80;
    server_name app.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name app.example.com;
    ssl_certificate /etc/letsencrypt/live/app.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/app.example.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location /static/ {
        alias /srv/app/static/;
        expires 30d;
    }

    location / {
        proxy_pass http://app;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_read_timeout 300s;
    }
}
`;

/** A main config into whose http block someone pasted the deployment script's heredoc (line 9 on). */
const HEREDOC_PASTED = `user www-data;
events {}
http {
    upstream app {
        ip_hash;
        server 10.0.0.11:8080;
        server 10.0.0.12:8080;
    }
cat > /etc/nginx/conf.d/app.conf <<'EOF'
${SITE_BODY}EOF
}
`;

/** An Ansible task pasted into a server block. */
const YAML_PASTED = `http {
    server {
        listen 80;
        location / { proxy_pass http://127.0.0.1:3000; }
- name: Reload nginx
  ansible.builtin.service:
    name: nginx
    state: reloaded
    }
}
`;

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `        # note ${i + 1}\n`).join('');

ruleTester(nginxSyntax, {
  valid: [
    { name: 'a real-looking main config', code: PRODUCTION },
    { name: 'an empty file', code: '' },
    {
      name: 'server is a block in http and a simple directive in an upstream; hash as a map entry; blocks of unknown modules',
      code: 'http {\n    map $uri $h {\n        hash 1;\n        default 0;\n    }\n    upstream app {\n        hash $h consistent;\n        server 10.0.0.1:80;\n    }\n    server {\n        listen 80;\n        otel_exporter {\n            endpoint localhost:4317;\n        }\n        location / { proxy_pass http://app; }\n    }\n}\n',
    },
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
      name: 'two blocks left open: one problem on each brace, not two identical ones at the end of the file',
      code: 'server {\n    listen 80\n    location / {\n',
      errors: [
        { line: 1, column: 8, endColumn: 9, message: /^Syntax error: missing '}': the 'server' block opened here is never closed$/ },
        { line: 2, column: 14, endColumn: 14, message: /^Syntax error: missing ';' after 'listen 80': 'listen' takes no block/ },
        { line: 3, column: 16, endColumn: 17, message: /^Syntax error: missing '}': the 'listen' block opened here is never closed$/ },
      ],
      output: null,
    },
    {
      name: "a location's '}' forgotten: reported on its '{', where the indentation shows it, not at the end of the file",
      code: 'http {\n    upstream app {\n        least_conn;\n        server 10.0.0.11:8080;\n    }\n    server {\n        listen 80;\n        location / {\n            proxy_pass http://app;\n    }\n}\n',
      errors: [{ line: 8, column: 20, endColumn: 21, message: /^Syntax error: missing '}': the 'location' block opened here seems never closed \(the '}' on line 10 lines up with 'server'\), so the 'http' block is left open at the end of the file$/ }],
      output: null,
    },
    {
      // Balanced braces parse clean, yet nginx refuses: directive "listen" is not terminated by ";".
      name: "a ';' forgotten before a block: the next directive is read as arguments, reported where the ';' belongs",
      code: 'events {}\nhttp {\n    server {\n        listen 8080\n        location / {\n            return 200;\n        }\n    }\n}\n',
      errors: [{ line: 4, column: 20, endLine: 4, endColumn: 20, message: /^Syntax error: missing ';' after 'listen 8080': 'listen' takes no block, so 'location \/ \{' was read as part of it \(nginx: directive "listen" is not terminated by ";"\)$/ }],
      output: null,
    },
    {
      name: "the same with proxy_pass before an if block, CRLF",
      code: 'server {\r\n    location / {\r\n        proxy_pass http://app\r\n        if ($http_x_debug) {\r\n            return 403;\r\n        }\r\n    }\r\n}\r\n',
      errors: [{ line: 3, column: 30, message: /^Syntax error: missing ';' after 'proxy_pass http:\/\/app': 'proxy_pass' takes no block, so 'if \(\$http_x_debug\) \{' was read/ }],
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
      // The regex's braces open a block of their own, so the location's '}' closes that one and
      // http is left open; the indentation shows where: the '}' on line 5 lines up with location,
      // not with the block whose '{' ends line 3. Reported on that '{' (nginx: line 3 too).
      errors: [{ line: 3, column: 42, endLine: 3, endColumn: 43, message: /^Syntax error: missing '}': the block opened here seems never closed \(the '}' on line 5 lines up with 'location'\), so the 'http' block is left open at the end of the file$/ }],
      output: null,
    },
    {
      name: 'a heredoc pasted into http: reported where it starts, not 28 lines later where the parse fails',
      code: HEREDOC_PASTED,
      errors: [
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 41,
          message: /^Syntax error: 'cat > \/etc\/nginx\/conf\.d\/app\.conf <<'EOF'' is not nginx configuration \(it reads as a pasted shell heredoc, <<EOF … EOF\): the parse fails at line 37, missing ';' at the end of the directive$/,
        },
      ],
      output: null,
    },
    {
      name: 'a YAML task pasted into a server: reported at its first line',
      code: YAML_PASTED,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 21, message: /^Syntax error: '- name: Reload nginx' cannot start an nginx directive \(pasted text, such as a shell command or YAML\?\): the parse fails at line 8, missing ';'/ }],
      output: null,
    },
    {
      name: 'a shell function pasted into http: reported at its head',
      code: 'http {\n    upstream app { server 10.0.0.1:80; }\nreload_nginx() {\n    nginx -t && nginx -s reload\n}\n}\n',
      errors: [{ line: 3, column: 1, message: /^Syntax error: 'reload_nginx\(\) \{' cannot start an nginx directive .*the parse fails at line 4, missing ';'/ }],
      output: null,
    },
    {
      // nginx itself stops at line 5 (unexpected "}"); tree-sitter recovers the same way, and then
      // reads the http block as unclosed (reported on its brace).
      name: 'a missing semicolon stays where nginx reports it, and a heredoc 30 lines later is reported where it starts',
      code: `http {\n    upstream app {\n        ip_hash;\n        server 10.0.0.1:8080\n    }\n    server {\n        listen 81;\n${lines(30)}        location / {\n            proxy_pass http://app;\ncat <<EOF > /tmp/probe.txt\nok\nEOF\n        }\n    }\n}\n`,
      errors: [
        { line: 1, column: 6, message: /^Syntax error: missing '}': the 'http' block opened here is never closed$/ },
        { line: 5, column: 5, message: /^Syntax error: unexpected '}'$/ },
        { line: 40, column: 1, endLine: 40, endColumn: 27, message: /^Syntax error: 'cat <<EOF > \/tmp\/probe\.txt' is not nginx configuration \(it reads as a pasted shell heredoc, <<EOF … EOF\): the parse fails at line 42, missing ';'/ },
      ],
      output: null,
    },
    {
      // crossplane's quote-behavior test config: quoted names are nginx's own syntax, and a problem
      // on the line a statement starts keeps the parser's exact column.
      name: 'quoted words glued to others stay where the parser stops, not moved to the statement',
      code: '"outer-quote" "left"-quote right-"quote" inner"-"quote;\n"" ""left-empty right-empty"" inner""empty right-empty-single";\n',
      errors: [
        { line: 1, column: 15, message: /^Syntax error: unterminated string/ },
        { line: 2, column: 4, message: /^Syntax error: unexpected '""'$/ },
      ],
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
