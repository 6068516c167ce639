import { affinityWithoutFailover } from '../../../../server/src/rules/nginx/affinity-without-failover';
import { ruleTester } from '../../../helpers/ruleTester';

/**
 * A site that switches retries off where they would repeat side effects (uploads), keeps them for
 * the pinned application, and runs an uploads tier without affinity: the way production configs
 * scope proxy_next_upstream.
 */
const PRODUCTION = `http {
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;

    upstream app_nodes {
        ip_hash;
        server 10.90.0.11:8080 max_fails=3 fail_timeout=15s;
        server 10.90.0.12:8080 max_fails=3 fail_timeout=15s;
    }

    upstream uploads {
        least_conn;
        server 10.90.1.11:8080;
        server 10.90.1.12:8080;
    }

    server {
        listen 443 ssl;
        server_name www.example.com;
        ssl_certificate     /etc/ssl/www.pem;
        ssl_certificate_key /etc/ssl/www.key;

        location / {
            proxy_pass http://app_nodes;
        }

        location /upload {
            proxy_next_upstream off;
            client_max_body_size 2g;
            proxy_pass http://uploads;
        }
    }
}
`;

const site = (httpLevel: string, location: string, servers = '        server 10.0.0.1;\n        server 10.0.0.2;\n'): string =>
  `http {\n${httpLevel}    upstream app {\n        hash $cookie_sid consistent;\n${servers}    }\n    server {\n        location / {\n${location}            proxy_pass http://app;\n        }\n        location /static/ {\n            root /srv;\n        }\n    }\n}\n`;

ruleTester(affinityWithoutFailover, {
  valid: [
    { name: 'retries off only where the upstream has no affinity', code: PRODUCTION },
    { name: 'off at http level, overridden in the proxying location', code: site('    proxy_next_upstream off;\n', '            proxy_next_upstream error timeout;\n') },
    { name: 'off in a location that proxies elsewhere', code: 'http {\n    upstream app { ip_hash; server 10.0.0.1; }\n    server {\n        location / { proxy_pass http://app; }\n        location /x { proxy_next_upstream off; proxy_pass http://other; }\n    }\n}\n' },
    { name: 'off for a variable target that reaches no known upstream', code: 'http {\n    upstream app { ip_hash; server 10.0.0.1; }\n    server {\n        location / { proxy_next_upstream off; proxy_pass http://$target; }\n    }\n}\n' },
    { name: 'some servers with max_fails=0 is a deliberate choice per server', code: site('', '', '        server 10.0.0.1 max_fails=0;\n        server 10.0.0.2;\n') },
    { name: 'a single server with max_fails=0 has nowhere to fail over to', code: site('', '', '        server 10.0.0.1 max_fails=0;\n') },
    { name: 'no affinity: least_conn with retries off', code: 'http {\n    proxy_next_upstream off;\n    upstream app { least_conn; server 10.0.0.1; server 10.0.0.2; }\n    server { location / { proxy_pass http://app; } }\n}\n' },
    { name: 'fastcgi_next_upstream off does not concern proxy_pass', code: site('    fastcgi_next_upstream off;\n', '') },
    { name: 'suppressed on the affinity directive', code: site('    proxy_next_upstream off;\n', '').replace('        hash', '        # affinity-lint ignore=nginx/affinity-without-failover\n        hash') },
  ],
  invalid: [
    {
      name: 'off at http level: overridden in the proxying location only',
      code: site('    proxy_next_upstream off;\n', ''),
      errors: [{ line: 4, column: 9, severity: 'warning', message: /^Upstream 'app' pins clients, but its traffic \(line 10\) has 'proxy_next_upstream off' in effect \(line 2\): when a client's server fails/ }],
      output: null,
      suggestions: [
        {
          title: /^Restore failover: proxy_next_upstream error timeout for the locations that proxy to 'app'$/,
          output: site('    proxy_next_upstream off;\n', '            proxy_next_upstream error timeout;\n'),
        },
      ],
    },
    {
      name: 'off in the location itself is rewritten',
      code: site('', '            proxy_next_upstream off;\n'),
      errors: [{ line: 3, message: /\(line 10\) has 'proxy_next_upstream off' in effect \(line 9\)/ }],
      output: null,
      suggestions: [{ title: /^Restore failover/, output: site('', '            proxy_next_upstream error timeout;\n') }],
    },
    {
      name: 'off in the server block, two locations proxy to it, one-line locations',
      code: 'http {\n    upstream app { sticky cookie s; server 10.0.0.1; }\n    server {\n        proxy_next_upstream off;\n        location / { proxy_pass http://app; }\n        location /b { proxy_pass https://app/b/; }\n    }\n}\n',
      errors: [{ line: 2, column: 20, message: /traffic \(lines 5, 6\) has 'proxy_next_upstream off' in effect \(line 4\)/ }],
      output: null,
      suggestions: [
        {
          title: /^Restore failover/,
          output: 'http {\n    upstream app { sticky cookie s; server 10.0.0.1; }\n    server {\n        proxy_next_upstream off;\n        location / { proxy_next_upstream error timeout; proxy_pass http://app; }\n        location /b { proxy_next_upstream error timeout; proxy_pass https://app/b/; }\n    }\n}\n',
        },
      ],
    },
    {
      name: 'fastcgi_pass with fastcgi_next_upstream off, CRLF',
      code: 'http {\r\n    upstream php { hash $cookie_PHPSESSID; server unix:/run/a.sock; }\r\n    server {\r\n        fastcgi_next_upstream off;\r\n        location ~ \\.php$ {\r\n            fastcgi_pass php;\r\n        }\r\n    }\r\n}\r\n',
      errors: [{ line: 2, message: /'fastcgi_next_upstream off'/ }],
      output: null,
      suggestions: [
        {
          title: /^Restore failover: fastcgi_next_upstream error timeout/,
          output: 'http {\r\n    upstream php { hash $cookie_PHPSESSID; server unix:/run/a.sock; }\r\n    server {\r\n        fastcgi_next_upstream off;\r\n        location ~ \\.php$ {\r\n            fastcgi_next_upstream error timeout;\r\n            fastcgi_pass php;\r\n        }\r\n    }\r\n}\r\n',
        },
      ],
    },
    {
      name: 'stream: proxy_next_upstream off in the server becomes on',
      code: 'stream {\n    upstream db {\n        hash $remote_addr consistent;\n        server 10.0.0.1:5432;\n        server 10.0.0.2:5432;\n    }\n    server {\n        listen 5432;\n        proxy_next_upstream off;\n        proxy_pass db;\n    }\n}\n',
      errors: [{ line: 3 }],
      output: null,
      suggestions: [{ title: /^Restore failover: proxy_next_upstream on/, output: 'stream {\n    upstream db {\n        hash $remote_addr consistent;\n        server 10.0.0.1:5432;\n        server 10.0.0.2:5432;\n    }\n    server {\n        listen 5432;\n        proxy_next_upstream on;\n        proxy_pass db;\n    }\n}\n' }],
    },
    {
      name: 'every server max_fails=0',
      code: site('', '', '        server 10.0.0.1 max_fails=0 fail_timeout=5s;\n        server 10.0.0.2 max_fails=0;\n'),
      errors: [{ line: 3, message: /^Upstream 'app' pins clients, but every server has 'max_fails=0'/ }],
      output: null,
      suggestions: [{ title: /^Remove 'max_fails=0'/, output: site('', '', '        server 10.0.0.1 fail_timeout=5s;\n        server 10.0.0.2;\n') }],
    },
    {
      name: 'nginx-sticky-module-ng no_fallback',
      code: 'http {\n    upstream app {\n        sticky name=route hash=md5 secure httponly no_fallback;\n        server 10.0.0.1;\n    }\n}\n',
      errors: [{ line: 3, column: 9, message: /nginx-sticky-module-ng with 'no_fallback': when the server in a client's cookie is down, nginx answers 502/ }],
      output: null,
      suggestions: [{ title: /^Remove 'no_fallback'$/, output: 'http {\n    upstream app {\n        sticky name=route hash=md5 secure httponly;\n        server 10.0.0.1;\n    }\n}\n' }],
    },
    {
      name: 'a conf.d fragment: off at the top level, which is http’s',
      code: 'proxy_next_upstream off;\nupstream app {\n    ip_hash;\n    server 10.0.0.1;\n}\nserver {\n    location / {\n        proxy_pass http://app;\n    }\n}\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
      suggestions: [{ title: /^Restore failover/, output: 'proxy_next_upstream off;\nupstream app {\n    ip_hash;\n    server 10.0.0.1;\n}\nserver {\n    location / {\n        proxy_next_upstream error timeout;\n        proxy_pass http://app;\n    }\n}\n' }],
    },
  ],
});
