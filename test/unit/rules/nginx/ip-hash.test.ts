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
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 17, message: /'ip_hash' pins clients .* first three octets/ }],
      output: null,
      suggestions: [
        { title: /^Use cookie affinity: hash \$cookie_srv_id consistent \(target: nginx 1\.22 \(assumed: no target set\)/, output: upstream('        hash $cookie_srv_id consistent;\n        server 10.0.0.1;\n') },
        {
          title: /^Remove affinity: sessions live in a shared store/,
          output: upstream('        # affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed\n        least_conn;\n        server 10.0.0.1;\n'),
        },
      ],
    },
    {
      name: 'ip_hash with NGINX Plus as the target: sticky cookie is the preferred fix',
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n'),
      settings: { nginx: { flavor: 'plus' } },
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n        server 10.0.0.1;\n'),
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
      code: 'upstream app {\n    ip_hash;\n    server unix:/run/app.sock;\n}\nserver {\n    location / { proxy_pass http://app; }\n}\n',
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
      code: 'http {\n    upstream app { ip_hash; server 10.0.0.1; }\n}\n',
      errors: [{ line: 2, column: 20 }],
      output: null,
      suggestions: [
        {
          title: /^Remove affinity/,
          output: 'http {\n    # affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed\n    upstream app { least_conn; server 10.0.0.1; }\n}\n',
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
