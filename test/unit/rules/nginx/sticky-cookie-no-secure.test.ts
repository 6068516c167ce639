import { stickyCookieNoSecure } from '../../../../server/src/rules/nginx/sticky-cookie-no-secure';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An NGINX Plus site the way production configs write it: a hardened sticky cookie, TLS, health checks. */
const PRODUCTION = `user nginx;
worker_processes auto;
error_log /var/log/nginx/error.log notice;

events {
    worker_connections 4096;
}

http {
    include /etc/nginx/mime.types;
    log_format upstreamlog '$remote_addr [$time_local] "$request" $status upstream=$upstream_addr';

    upstream backend_app {
        zone backend_app 64k;
        server 10.10.0.11:8080 max_fails=3 fail_timeout=30s;
        server 10.10.0.12:8080 max_fails=3 fail_timeout=30s;
        sticky cookie srv_id expires=1h domain=.example.com path=/ secure httponly samesite=lax;
    }

    server {
        listen 443 ssl;
        server_name www.example.com;
        ssl_certificate /etc/nginx/tls/example.crt;
        ssl_certificate_key /etc/nginx/tls/example.key;

        location / {
            proxy_pass http://backend_app;
            proxy_set_header Host $host;
            health_check interval=5 fails=2 passes=2;
        }
    }
}
`;

/** An upstream and the server blocks given, as a compose demo or a lab writes them. */
const site = (sticky: string, servers: string): string =>
  `http {\n    upstream app {\n        server 172.18.0.2:3000;\n        server 172.18.0.3:3000;\n        ${sticky}\n    }\n${servers}}\n`;
const plainServer = '    server {\n        listen 80;\n        server_name localhost;\n        location / {\n            proxy_pass http://app;\n        }\n    }\n';
const PLAIN_INFO = /^sticky cookie without 'secure', on an upstream that only plain-HTTP listeners proxy to: there 'secure' would keep browsers from sending the cookie back and switch affinity off\./;

ruleTester(stickyCookieNoSecure, {
  valid: [
    { name: 'a production NGINX Plus site with a hardened sticky cookie', code: PRODUCTION },
    { name: 'a stream upstream has no cookies to judge (nginx refuses sticky there)', code: 'stream {\n    upstream db {\n        sticky cookie srv_id;\n        server 10.0.0.1:5432;\n    }\n}\n' },
    { name: 'secure among the parameters', code: upstream('        sticky cookie srv_id expires=1h secure;\n') },
    { name: 'secure written in capitals', code: upstream('        sticky cookie srv_id SECURE;\n') },
    { name: 'nginx-sticky-module-ng with secure', code: upstream('        sticky name=route hash=md5 secure httponly;\n') },
    { name: 'nginx-sticky-module-ng without secure is another rule’s business', code: upstream('        sticky name=route hash=md5;\n') },
    { name: 'sticky route', code: upstream('        sticky route $route_cookie $route_uri;\n') },
    {
      name: 'sticky learn',
      code: upstream('        sticky learn create=$upstream_cookie_examplecookie lookup=$cookie_examplecookie zone=client_sessions:1m;\n'),
    },
    { name: 'sticky cookie outside an upstream is not an affinity cookie', code: 'http {\n    server {\n        sticky cookie srv_id;\n    }\n}\n' },
    { name: 'a commented-out sticky cookie', code: upstream('        # sticky cookie srv_id expires=1h;\n        server 10.0.0.1;\n') },
    {
      name: 'suppressed on the line before',
      code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-secure -- TLS ends on the CDN\n        sticky cookie srv_id;\n'),
    },
    {
      name: 'suppressed by a trailing comment on the same line',
      code: upstream('        sticky cookie srv_id; # affinity-lint ignore=nginx/sticky-cookie-no-secure\n'),
    },
    {
      name: 'suppressed for the whole upstream block',
      code: 'http {\n    # affinity-lint ignore=nginx/ip-hash,nginx/sticky-cookie-no-secure\n    upstream app {\n        server 10.0.0.1;\n        sticky cookie srv_id;\n    }\n}\n',
    },
    {
      name: 'suppressed for the file',
      code: `# affinity-lint global ignore=nginx/sticky-cookie-no-secure -- plain-HTTP lab\n${upstream('        sticky cookie srv_id;\n')}`,
    },
    { name: 'the rule switched off in settings', code: upstream('        sticky cookie srv_id;\n'), settings: { rules: { 'nginx/sticky-cookie-no-secure': 'off' } } },
  ],
  invalid: [
    {
      name: 'sticky cookie without secure',
      code: upstream('        sticky cookie srv_id expires=1h path=/ httponly samesite=lax;\n'),
      errors: [
        {
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 70,
          severity: 'warning',
          message: /^sticky cookie without 'secure': the affinity cookie also travels over plain HTTP/,
        },
      ],
      output: upstream('        sticky cookie srv_id expires=1h path=/ httponly samesite=lax secure;\n'),
    },
    {
      name: 'samesite=none without secure is an error: browsers reject the cookie',
      code: upstream('        sticky cookie srv_id expires=1h samesite=none httponly;\n'),
      errors: [{ line: 3, column: 9, severity: 'error', message: /samesite=none without 'secure': browsers reject such a cookie, so affinity is silently off/ }],
      output: upstream('        sticky cookie srv_id expires=1h samesite=none httponly secure;\n'),
    },
    {
      name: 'SameSite=None in another case is still none',
      code: upstream('        sticky cookie srv_id SameSite=None;\n'),
      errors: [{ line: 3, severity: 'error' }],
      output: upstream('        sticky cookie srv_id SameSite=None secure;\n'),
    },
    {
      name: 'a trailing comment and the indentation are kept',
      code: 'http {\n\tupstream app {\n\t\tserver 10.0.0.1;\n\t\tsticky cookie srv_id httponly;   # set by the LB, see RUNBOOK-12\n\t}\n}\n',
      errors: [{ line: 4, column: 3 }],
      output: 'http {\n\tupstream app {\n\t\tserver 10.0.0.1;\n\t\tsticky cookie srv_id httponly secure;   # set by the LB, see RUNBOOK-12\n\t}\n}\n',
    },
    {
      name: 'a directive over several lines with a comment between arguments',
      code: upstream('        sticky cookie srv_id\n               expires=1h # one hour\n               path=/;\n'),
      errors: [{ line: 3, column: 9, endLine: 5, endColumn: 23 }],
      output: upstream('        sticky cookie srv_id\n               expires=1h # one hour\n               path=/ secure;\n'),
    },
    {
      name: 'CRLF line ends',
      code: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id httponly;\r\n    }\r\n}\r\n',
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 39 }],
      output: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id httponly secure;\r\n    }\r\n}\r\n',
    },
    {
      name: 'a conf.d fragment with a top-level upstream',
      code: 'upstream app {\n    server unix:/run/app.sock;\n    sticky cookie srv_id;\n}\n',
      errors: [{ line: 3, column: 5 }],
      output: 'upstream app {\n    server unix:/run/app.sock;\n    sticky cookie srv_id secure;\n}\n',
    },
    {
      name: 'a quoted cookie name',
      code: upstream('        sticky cookie "srv_id";\n'),
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie "srv_id" secure;\n'),
    },
    {
      name: 'two upstreams, two findings, both fixed',
      code: 'http {\n    upstream a { sticky cookie a; }\n    upstream b { sticky cookie b; }\n}\n',
      errors: [{ line: 2, column: 18 }, { line: 3, column: 18 }],
      output: 'http {\n    upstream a { sticky cookie a secure; }\n    upstream b { sticky cookie b secure; }\n}\n',
    },
    {
      name: 'a line suppression for another rule does not hide this one',
      code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-httponly\n        sticky cookie srv_id;\n'),
      errors: [{ line: 4 }],
      output: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-httponly\n        sticky cookie srv_id secure;\n'),
    },
    {
      name: 'a suppression comment separated by a blank line does not apply',
      code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-secure\n\n        sticky cookie srv_id;\n'),
      errors: [{ line: 5 }],
      output: upstream('        # affinity-lint ignore=nginx/sticky-cookie-no-secure\n\n        sticky cookie srv_id secure;\n'),
    },
    {
      name: 'only a plain-HTTP listener proxies to the upstream (a compose demo): information, and secure is not the preferred fix',
      code: site('sticky cookie srv_id expires=1h path=/ httponly samesite=lax;', plainServer),
      errors: [{ line: 5, column: 9, severity: 'info', message: PLAIN_INFO }],
      output: null,
      suggestions: [
        {
          title: /^Add 'secure' to the sticky cookie \(only if browsers reach this site over HTTPS\)$/,
          output: site('sticky cookie srv_id expires=1h path=/ httponly samesite=lax secure;', plainServer),
        },
      ],
    },
    {
      name: 'a server with no listen listens on *:80: plain, information',
      code: site('sticky cookie srv_id;', '    server {\n        location /api/ { proxy_pass http://app/; }\n    }\n'),
      errors: [{ line: 5, severity: 'info', message: PLAIN_INFO }],
      output: null,
    },
    {
      name: 'samesite=none stays an error behind plain HTTP too',
      code: site('sticky cookie srv_id samesite=none;', plainServer),
      errors: [{ line: 5, severity: 'error', message: /samesite=none without 'secure'/ }],
      output: site('sticky cookie srv_id samesite=none secure;', plainServer),
    },
    {
      name: 'one plain and one TLS server proxy to it: a warning',
      code: site('sticky cookie srv_id;', `${plainServer}    server {\n        listen 8443 ssl;\n        location / { proxy_pass http://app; }\n    }\n`),
      errors: [{ line: 5, severity: 'warning' }],
      output: site('sticky cookie srv_id secure;', `${plainServer}    server {\n        listen 8443 ssl;\n        location / { proxy_pass http://app; }\n    }\n`),
    },
    {
      name: 'listen 443 without ssl counts as TLS (ssl may come from elsewhere)',
      code: site('sticky cookie srv_id;', '    server {\n        listen [::]:443;\n        location / { proxy_pass http://app; }\n    }\n'),
      errors: [{ line: 5, severity: 'warning' }],
      output: site('sticky cookie srv_id secure;', '    server {\n        listen [::]:443;\n        location / { proxy_pass http://app; }\n    }\n'),
    },
    {
      name: "'ssl on' at http level makes a listen on 8080 TLS",
      code: site('sticky cookie srv_id;', '    server {\n        listen 8080;\n        location / { proxy_pass http://app; }\n    }\n').replace('http {\n', 'http {\n    ssl on;\n'),
      errors: [{ line: 6, severity: 'warning' }],
      output: site('sticky cookie srv_id secure;', '    server {\n        listen 8080;\n        location / { proxy_pass http://app; }\n    }\n').replace('http {\n', 'http {\n    ssl on;\n'),
    },
    {
      name: 'a plain server that includes a file (which may hold listen 443 ssl): a warning',
      code: site('sticky cookie srv_id;', '    server {\n        listen 80;\n        include snippets/tls.conf;\n        location / { proxy_pass http://app; }\n    }\n'),
      errors: [{ line: 5, severity: 'warning' }],
      output: site('sticky cookie srv_id secure;', '    server {\n        listen 80;\n        include snippets/tls.conf;\n        location / { proxy_pass http://app; }\n    }\n'),
    },
    {
      name: 'a pass through a variable elsewhere may reach the upstream from a TLS server: a warning',
      code: site('sticky cookie srv_id;', `${plainServer}    server {\n        listen 443 ssl;\n        location / { proxy_pass http://$backend; }\n    }\n`),
      errors: [{ line: 5, severity: 'warning' }],
      output: site('sticky cookie srv_id secure;', `${plainServer}    server {\n        listen 443 ssl;\n        location / { proxy_pass http://$backend; }\n    }\n`),
    },
    {
      name: 'a severity override from settings',
      code: upstream('        sticky cookie srv_id;\n'),
      settings: { rules: { 'nginx/sticky-cookie-no-secure': 'error' } },
      errors: [{ line: 3, severity: 'error' }],
      output: upstream('        sticky cookie srv_id secure;\n'),
    },
  ],
});
