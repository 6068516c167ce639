import { spoofableHashKey } from '../../../../server/src/rules/nginx/spoofable-hash-key';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/**
 * A cache tier the way CDN-style configs shard it: a map on $http_upgrade for WebSockets (a
 * header, but not the hash key) and a consistent hash on the URI, which the client cannot use to
 * pick a server it is not entitled to.
 */
const PRODUCTION = `worker_processes auto;

events {
    worker_connections 8192;
}

http {
    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }

    upstream cache_tier {
        hash $scheme$request_uri consistent;
        server 10.20.0.11:8080 max_fails=2 fail_timeout=10s;
        server 10.20.0.12:8080 max_fails=2 fail_timeout=10s;
        server 10.20.0.13:8080 max_fails=2 fail_timeout=10s;
        keepalive 64;
    }

    server {
        listen 443 ssl http2;
        server_name static.example.net;
        ssl_certificate     /etc/ssl/static.pem;
        ssl_certificate_key /etc/ssl/static.key;

        location / {
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_pass http://cache_tier;
        }
    }
}
`;

ruleTester(spoofableHashKey, {
  valid: [
    { name: 'a cache tier hashing on the URI, with header maps that are not the key', code: PRODUCTION },
    { name: 'hash on a cookie', code: upstream('        hash $cookie_sid consistent;\n') },
    { name: 'hash on the client address', code: upstream('        hash $remote_addr;\n') },
    { name: 'a map on a header that sets a variable the hash does not use', code: 'http {\n    map $http_x_tenant $tenant { default a; }\n    upstream app {\n        hash $request_uri;\n    }\n}\n' },
    { name: 'hash on a header in a stream upstream cannot happen: stream has no headers', code: 'stream {\n    upstream db {\n        hash $remote_addr consistent;\n    }\n}\n' },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/spoofable-hash-key -- set by our CDN, stripped at the edge\n        hash $http_x_client_id consistent;\n') },
  ],
  invalid: [
    {
      name: 'hash $http_x_forwarded_for',
      code: upstream('        hash $http_x_forwarded_for consistent;\n        server 10.0.0.1;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 47, message: /^'hash \$http_x_forwarded_for' keys affinity on the X-Forwarded-For request header, which the client writes/ }],
      output: null,
      suggestions: [
        {
          title: /^Use cookie affinity: hash \$cookie_srv_id consistent \(target: nginx 1\.22 \(assumed: no target set\), which has no sticky/,
          output: upstream('        hash $cookie_srv_id consistent;\n        server 10.0.0.1;\n'),
        },
      ],
    },
    {
      name: 'with NGINX Plus the sticky cookie is the preferred fix',
      code: upstream('        hash $http_x_user;\n'),
      settings: { nginx: { flavor: 'plus' } },
      errors: [{ line: 3, message: /X-User request header/ }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n'),
      suggestions: [{ title: /\(target: NGINX Plus\)$/, output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n') }],
    },
    {
      name: 'a header in a composite key, braces spelling',
      code: upstream('        hash "${http_x_tenant}$request_uri" consistent;\n'),
      errors: [{ line: 3, message: /X-Tenant request header/ }],
      output: null,
    },
    {
      name: '$proxy_add_x_forwarded_for carries the client’s header',
      code: upstream('        hash $proxy_add_x_forwarded_for;\n'),
      errors: [{ line: 3, message: /X-Forwarded-For/ }],
      output: null,
    },
    {
      name: 'a header through a map',
      code: 'http {\n    map $http_x_api_key $client_key {\n        default $http_x_api_key;\n    }\n    upstream app {\n        hash $client_key consistent;\n    }\n}\n',
      errors: [{ line: 6, column: 9, message: /X-Api-Key request header \(through the map that sets \$client_key\)/ }],
      output: null,
    },
    {
      name: 'open-source nginx 1.29.6 has sticky, CRLF kept',
      code: 'http {\r\n    upstream app {\r\n        hash $http_x_real_ip;\r\n    }\r\n}\r\n',
      settings: { nginx: { version: '1.29.6' } },
      errors: [{ line: 3 }],
      output: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\r\n    }\r\n}\r\n',
    },
  ],
});
