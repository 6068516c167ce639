import { hashKeyNoFallback } from '../../../../server/src/rules/nginx/hash-key-no-fallback';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/**
 * A Java shop the way such sites are written: the session id picks the server, a map falls back to
 * the client address for first visits, failover and logging in place.
 */
const PRODUCTION = `user www-data;
worker_processes auto;
pid /run/nginx.pid;

events {
    worker_connections 2048;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;

    # First visits carry no JSESSIONID yet: spread them by address instead of piling them on one node.
    map $cookie_JSESSIONID $shop_route {
        ""      $remote_addr;
        default $cookie_JSESSIONID;
    }

    upstream shop_nodes {
        hash $shop_route consistent;
        server 10.1.0.21:8080 max_fails=3 fail_timeout=20s;
        server 10.1.0.22:8080 max_fails=3 fail_timeout=20s;
        server 10.1.0.23:8080 max_fails=3 fail_timeout=20s;
    }

    server {
        listen 443 ssl;
        server_name shop.example.org;
        ssl_certificate     /etc/letsencrypt/live/shop.example.org/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/shop.example.org/privkey.pem;

        location / {
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_cookie_flags JSESSIONID secure httponly samesite=lax;
            proxy_pass http://shop_nodes;
        }
    }
}
`;

ruleTester(hashKeyNoFallback, {
  valid: [
    { name: 'a shop hashing on JSESSIONID through a map with a fallback', code: PRODUCTION },
    { name: 'the map this rule’s fix writes', code: 'http {\n    map $cookie_sid $app_affinity_key {\n        "" $request_id;\n        default $cookie_sid;\n    }\n    upstream app {\n        hash $app_affinity_key consistent;\n    }\n}\n' },
    { name: 'a map whose default is non-empty and has no "" entry', code: 'http {\n    map $arg_user $k { ~.+ $arg_user; default $request_id; }\n    upstream app { hash $k; }\n}\n' },
    { name: 'a regex that matches the empty string with a non-empty value', code: 'http {\n    map $cookie_sid $k { ~^$ $request_id; default $cookie_sid; }\n    upstream app { hash $k; }\n}\n' },
    { name: 'a map whose entries come from an include cannot be judged', code: 'http {\n    map $cookie_sid $k { include /etc/nginx/route.map; }\n    upstream app { hash $k; }\n}\n' },
    { name: 'a composite key has the rest of the key to fall back on', code: upstream('        hash $cookie_sid$remote_addr consistent;\n') },
    { name: 'a key that is not a cookie or argument', code: upstream('        hash $request_uri consistent;\n') },
    { name: 'a variable no map of the file sets', code: upstream('        hash $route consistent;\n') },
    { name: 'stream upstreams have no cookies', code: 'stream {\n    upstream db {\n        hash $cookie_sid;\n    }\n}\n' },
  ],
  invalid: [
    {
      name: 'hash $cookie_sid: a map is inserted above the upstream and the key rewritten',
      code: 'http {\n    # the app sets sid at login\n    upstream app {\n        hash $cookie_sid consistent;\n        server 10.0.0.1;\n    }\n}\n',
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 37, message: /^'hash \$cookie_sid' reads the sid cookie: requests without it \(every first visit\) all hash the empty string/ }],
      output:
        'http {\n    map $cookie_sid $app_affinity_key {\n        "" $request_id;\n        default $cookie_sid;\n    }\n    # the app sets sid at login\n    upstream app {\n        hash $app_affinity_key consistent;\n        server 10.0.0.1;\n    }\n}\n',
      suggestions: [{ title: /^Hash on \$app_affinity_key: a map that falls back to \$request_id when the sid cookie is missing$/, output: 'http {\n    map $cookie_sid $app_affinity_key {\n        "" $request_id;\n        default $cookie_sid;\n    }\n    # the app sets sid at login\n    upstream app {\n        hash $app_affinity_key consistent;\n        server 10.0.0.1;\n    }\n}\n' }],
    },
    {
      name: 'hash $arg_user in a fragment, tabs and CRLF kept, odd upstream name',
      code: 'upstream api-v2 {\r\n\thash $arg_user;\r\n}\r\n',
      errors: [{ line: 2, column: 2, message: /reads the user query argument/ }],
      output: 'map $arg_user $api_v2_affinity_key {\r\n\t"" $request_id;\r\n\tdefault $arg_user;\r\n}\r\nupstream api-v2 {\r\n\thash $api_v2_affinity_key;\r\n}\r\n',
    },
    {
      name: 'a one-line upstream gets a one-line map',
      code: 'http {\n    server { listen 80; } upstream app { hash "${cookie_sid}"; }\n}\n',
      errors: [{ line: 2, column: 42 }],
      output: 'http {\n    server { listen 80; } map $cookie_sid $app_affinity_key { "" $request_id; default $cookie_sid; } upstream app { hash $app_affinity_key; }\n}\n',
    },
    {
      name: 'the variable name is numbered when the file already uses it',
      code: 'http {\n    map $cookie_a $app_affinity_key { "" $request_id; default $cookie_a; }\n    upstream app {\n        hash $cookie_b;\n    }\n}\n',
      errors: [{ line: 4 }],
      output: 'http {\n    map $cookie_a $app_affinity_key { "" $request_id; default $cookie_a; }\n    map $cookie_b $app_affinity_key2 {\n        "" $request_id;\n        default $cookie_b;\n    }\n    upstream app {\n        hash $app_affinity_key2;\n    }\n}\n',
    },
    {
      name: 'a map without a fallback gets a "" entry',
      code: 'http {\n    map $cookie_sid $route {\n        default $cookie_sid;\n    }\n    upstream app {\n        hash $route consistent;\n    }\n}\n',
      errors: [{ line: 6, message: /^'hash \$route' reads the sid cookie through a map that leaves it empty when the sid cookie is missing/ }],
      output: 'http {\n    map $cookie_sid $route {\n        "" $request_id;\n        default $cookie_sid;\n    }\n    upstream app {\n        hash $route consistent;\n    }\n}\n',
    },
    {
      name: 'a map whose "" entry is empty gets its value replaced',
      code: 'http {\n    map $cookie_sid $route { "" ""; ~(?<v>.+) $v; }\n    upstream app { hash $route; }\n}\n',
      errors: [{ line: 3, column: 20 }],
      output: 'http {\n    map $cookie_sid $route { "" $request_id; ~(?<v>.+) $v; }\n    upstream app { hash $route; }\n}\n',
    },
    {
      name: 'a map on an argument whose default is the argument itself',
      code: 'http {\n    map $arg_u $k { default $arg_u; }\n    upstream app { hash $k; }\n}\n',
      errors: [{ line: 3, message: /the u query argument/ }],
      output: 'http {\n    map $arg_u $k { "" $request_id; default $arg_u; }\n    upstream app { hash $k; }\n}\n',
    },
  ],
});
