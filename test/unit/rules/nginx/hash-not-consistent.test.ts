import { hashNotConsistent } from '../../../../server/src/rules/nginx/hash-not-consistent';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** Two tiers as a media site writes them: a cache tier sharded by URI and a TCP tier in stream, both consistent. */
const PRODUCTION = `worker_processes auto;

events {
    worker_connections 4096;
}

http {
    proxy_cache_path /var/cache/nginx levels=1:2 keys_zone=edge:100m max_size=20g inactive=7d;

    upstream origin_cache {
        hash $scheme$proxy_host$request_uri consistent;
        server 10.30.0.11:8080 max_fails=2 fail_timeout=15s;
        server 10.30.0.12:8080 max_fails=2 fail_timeout=15s;
        server 10.30.0.13:8080 max_fails=2 fail_timeout=15s;
        keepalive 32;
    }

    server {
        listen 80;
        server_name media.example.com;
        location / {
            proxy_cache edge;
            proxy_pass http://origin_cache;
        }
    }
}

stream {
    upstream memcached_pool {
        hash $remote_addr consistent;
        server 10.30.1.11:11211;
        server 10.30.1.12:11211;
    }
    server {
        listen 11211;
        proxy_pass memcached_pool;
    }
}
`;

ruleTester(hashNotConsistent, {
  valid: [
    { name: 'a cache tier and a stream pool, both consistent', code: PRODUCTION },
    { name: 'consistent after a quoted key', code: upstream('        hash "$cookie_sid" consistent;\n') },
    { name: 'ip_hash is not hash', code: upstream('        ip_hash;\n') },
    { name: 'a hash directive outside an upstream is something else', code: 'http {\n    server {\n        hash $uri;\n    }\n}\n' },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/hash-not-consistent -- a fixed farm of two\n        hash $request_uri;\n') },
  ],
  invalid: [
    {
      name: 'hash $request_uri',
      code: upstream('        hash $request_uri;\n        server 10.0.0.1;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 27, severity: 'info', message: /^'hash \$request_uri' without 'consistent': adding or removing one server remaps almost every key/ }],
      output: upstream('        hash $request_uri consistent;\n        server 10.0.0.1;\n'),
      suggestions: [{ title: /^Append 'consistent'/, output: upstream('        hash $request_uri consistent;\n        server 10.0.0.1;\n') }],
    },
    {
      name: 'in a stream upstream too',
      code: 'stream {\n    upstream db {\n        hash $remote_addr;\n    }\n}\n',
      errors: [{ line: 3, column: 9 }],
      output: 'stream {\n    upstream db {\n        hash $remote_addr consistent;\n    }\n}\n',
    },
    {
      name: 'a trailing comment and CRLF are kept',
      code: 'http {\r\n\tupstream app {\r\n\t\thash $cookie_sid; # by session\r\n\t}\r\n}\r\n',
      errors: [{ line: 3, column: 3 }],
      output: 'http {\r\n\tupstream app {\r\n\t\thash $cookie_sid consistent; # by session\r\n\t}\r\n}\r\n',
    },
    {
      name: 'a one-line upstream',
      code: 'http {\n    upstream a { hash $uri; server 10.0.0.1; }\n}\n',
      errors: [{ line: 2, column: 18, endColumn: 28 }],
      output: 'http {\n    upstream a { hash $uri consistent; server 10.0.0.1; }\n}\n',
    },
  ],
});
