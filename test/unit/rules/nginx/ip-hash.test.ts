import { ipHash } from '../../../../server/src/rules/nginx/ip-hash';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/**
 * Modeled on a common production layout: a web tier balanced by least connections with sessions in
 * Redis, and a stream block pinning database clients by address (legitimate for TCP).
 */
const PRODUCTION = `user www-data;
worker_processes auto;
events { worker_connections 4096; }

http {
    upstream web_backend {
        least_conn;
        keepalive 32;
        server 10.0.10.11:8080 max_fails=3 fail_timeout=10s;
        server 10.0.10.12:8080 max_fails=3 fail_timeout=10s;
    }
    server {
        listen 443 ssl http2;
        server_name www.example.com;
        ssl_certificate     /etc/ssl/certs/www.pem;
        ssl_certificate_key /etc/ssl/private/www.key;
        location / {
            proxy_pass http://web_backend;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }
    }
}

stream {
    upstream mysql_primary {
        hash $remote_addr consistent;
        server 10.0.20.5:3306;
        server 10.0.20.6:3306;
    }
    server {
        listen 3306;
        proxy_pass mysql_primary;
    }
}
`;

ruleTester(ipHash, {
  valid: [
    { name: 'a production web tier on least_conn and a stream upstream pinned by address', code: PRODUCTION },
    { name: 'least_conn', code: upstream('        least_conn;\n        server 10.0.0.1;\n') },
    { name: 'hash on a cookie', code: upstream('        hash $cookie_sid consistent;\n        server 10.0.0.1;\n') },
    { name: 'hash on the address in a stream upstream', code: 'stream {\n    upstream db {\n        hash $remote_addr consistent;\n        server 10.0.0.1:5432;\n    }\n}\n' },
    {
      // A conf.d file included from a `stream {}`: nothing but the scheme-less proxy_pass says so.
      name: 'hash on the address in a stream fragment (proxy_pass to the group without a scheme)',
      code: 'upstream galera {\n    hash $remote_addr consistent;\n    server 172.17.0.1:3307;\n    server 172.17.0.1:3308;\n}\n\nserver {\n    listen 3306;\n    proxy_pass galera;\n}\n',
    },
    { name: 'hash on the address plus the URI is not IP affinity alone', code: upstream('        hash $remote_addr$request_uri;\n        server 10.0.0.1;\n') },
    { name: 'ip_hash outside an upstream is not this rule’s business', code: 'http {\n    server {\n        listen 80;\n    }\n}\n' },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/ip-hash -- internal service mesh\n        ip_hash;\n        server 10.0.0.1;\n') },
    { name: 'suppressed for the file', code: `# affinity-lint global ignore=nginx/ip-hash\n${upstream('        ip_hash;\n')}` },
    { name: 'suppressed for a whole upstream block', code: 'http {\n    # affinity-lint ignore=nginx/ip-hash\n    upstream app {\n        ip_hash;\n    }\n}\n' },
  ],
  invalid: [
    {
      name: 'ip_hash in an http upstream',
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 17, severity: 'warning', message: /'ip_hash' pins clients .* first three octets, so a whole \/24 shares one server\.$/ }],
      output: null,
      suggestions: [
        { title: /^Use cookie affinity: hash \$cookie_srv_id consistent \(target: nginx 1\.22 \(assumed: no target set\)/, output: upstream('        hash $cookie_srv_id consistent;\n        server 10.0.0.1;\n        server 10.0.0.2;\n') },
        {
          title: /^Remove affinity: sessions live in a shared store/,
          output: upstream('        # affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed\n        least_conn;\n        server 10.0.0.1;\n        server 10.0.0.2;\n'),
        },
      ],
    },
    {
      name: 'a compose demo keeping ip_hash "ready for scaling" on its one container address: a hint that says why',
      code: upstream('        ip_hash;\n        server 172.18.0.5:3000 max_fails=3 fail_timeout=30s;\n'),
      errors: [{ line: 3, severity: 'hint', message: /^'ip_hash' pins clients .* For now this is a hint: the upstream's only server is 172\.18\.0\.5:3000, a single address, so there is nothing to pin to yet; it matters once a second server is added\.$/ }],
      output: null,
    },
    {
      name: 'hash $remote_addr on a single unix socket: a hint',
      code: upstream('        hash $remote_addr consistent;\n        server unix:/run/app/gunicorn.sock;\n'),
      errors: [{ line: 3, severity: 'hint', message: /only server is unix:\/run\/app\/gunicorn\.sock/ }],
      output: null,
    },
    {
      name: 'a single bracketed IPv6 literal with a port: a hint, whatever the traffic profile',
      code: upstream('        ip_hash;\n        server [2001:db8::5]:8080;\n'),
      settings: { traffic: 'mobile' },
      errors: [{ line: 3, severity: 'hint', message: /only server is \[2001:db8::5\]:8080/ }],
      output: null,
    },
    {
      name: 'a single host name may resolve to several addresses: still a warning',
      code: upstream('        ip_hash;\n        server app:3000;\n'),
      errors: [{ line: 3, severity: 'warning', message: /first three octets, so a whole \/24 shares one server\.$/ }],
      output: null,
    },
    {
      name: 'localhost is a host name too (often 127.0.0.1 and ::1)',
      code: upstream('        ip_hash;\n        server localhost:8080;\n'),
      errors: [{ line: 3, severity: 'warning' }],
      output: null,
    },
    {
      name: 'one address plus an included server list: a warning',
      code: upstream('        ip_hash;\n        server 10.0.0.1:8080;\n        include /etc/nginx/app-servers.conf;\n'),
      errors: [{ line: 3, severity: 'warning' }],
      output: null,
    },
    {
      name: 'the only server line is a backup: a warning',
      code: upstream('        hash $remote_addr;\n        server 10.0.0.1:8080 backup;\n'),
      errors: [{ line: 3, severity: 'warning' }],
      output: null,
    },
    {
      name: 'ip_hash with NGINX Plus as the target: sticky cookie is the preferred fix',
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n'),
      settings: { nginx: { flavor: 'plus' } },
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n        server 10.0.0.1;\n        server 10.0.0.2;\n'),
    },
    {
      name: 'no flavor set in a configuration with health_check: NGINX Plus inferred, and the fix title says so',
      code: 'http {\n    upstream app {\n        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n    }\n    server {\n        location / { proxy_pass http://app; health_check; }\n    }\n}\n',
      errors: [{ line: 3 }],
      output: 'http {\n    upstream app {\n        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n        server 10.0.0.1;\n        server 10.0.0.2;\n    }\n    server {\n        location / { proxy_pass http://app; health_check; }\n    }\n}\n',
      suggestions: [{ title: /^Use cookie affinity: sticky cookie srv_id .*\(target: NGINX Plus \(inferred from health_check at line 8\)\)$/, output: 'http {\n    upstream app {\n        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n        server 10.0.0.1;\n        server 10.0.0.2;\n    }\n    server {\n        location / { proxy_pass http://app; health_check; }\n    }\n}\n' }],
    },
    {
      name: 'open-source nginx 1.29.6 has sticky',
      code: upstream('        ip_hash;\n'),
      settings: { nginx: { version: '1.29.6' } },
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n'),
    },
    {
      name: 'hash $binary_remote_addr consistent',
      code: upstream('        hash $binary_remote_addr consistent;\n'),
      errors: [{ line: 3, message: /'hash \$binary_remote_addr'/ }],
      output: null,
    },
    {
      name: 'hash ${remote_addr}',
      code: upstream('        hash ${remote_addr};\n'),
      errors: [{ line: 3 }],
      output: null,
    },
    {
      name: 'a fragment (conf.d) with a top-level upstream counts as http',
      code: 'upstream app {\n    ip_hash;\n    server unix:/run/app.sock;\n    server unix:/run/app2.sock;\n}\nserver {\n    location / { proxy_pass http://app; }\n}\n',
      errors: [{ line: 2 }],
      output: null,
    },
    {
      name: 'mobile traffic makes it an error that stresses IP churn',
      code: upstream('        ip_hash;\n'),
      settings: { traffic: 'mobile' },
      errors: [{ line: 3, severity: 'error', message: /mobile client IPs change/ }],
      output: null,
    },
    {
      name: 'internal traffic makes it a hint',
      code: upstream('        ip_hash;\n'),
      settings: { traffic: 'internal' },
      errors: [{ line: 3, severity: 'hint', message: /service-to-service/ }],
      output: null,
    },
    {
      name: 'a severity override from settings wins',
      code: upstream('        ip_hash;\n'),
      settings: { rules: { 'nginx/ip-hash': 'error' } },
      errors: [{ line: 3, severity: 'error' }],
      output: null,
    },
    {
      name: 'one-line upstream: the shared-store comment goes on its own line above',
      code: 'http {\n    upstream app { ip_hash; server 10.0.0.1; server 10.0.0.2; }\n}\n',
      errors: [{ line: 2, column: 20 }],
      output: null,
      suggestions: [
        {
          title: /^Remove affinity/,
          output: 'http {\n    # affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed\n    upstream app { least_conn; server 10.0.0.1; server 10.0.0.2; }\n}\n',
        },
      ],
    },
    {
      name: 'CRLF line ends are kept by the fixes',
      code: 'http {\r\n    upstream app {\r\n        ip_hash;\r\n    }\r\n}\r\n',
      errors: [{ line: 3 }],
      output: null,
      suggestions: [
        {
          title: /^Remove affinity/,
          output: 'http {\r\n    upstream app {\r\n        # affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed\r\n        least_conn;\r\n    }\r\n}\r\n',
        },
      ],
    },
  ],
});
