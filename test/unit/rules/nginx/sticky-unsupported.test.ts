import { stickyUnsupported } from '../../../../server/src/rules/nginx/sticky-unsupported';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An NGINX Plus load balancer in the style of the vendor's demo configs: zone, sticky cookie, health checks. */
const PLUS = `upstream app_pool {
    zone app_pool 64k;
    server 10.128.0.2;
    server 10.128.0.3;
    sticky cookie lb_persist expires=300 path=/ secure httponly samesite=lax;
}

server {
    listen 80 default_server;
    server_name _;
    location / {
        proxy_pass http://app_pool/;
        proxy_http_version 1.1;
        health_check;
    }
}
`;

/** Open-source nginx 1.22 (Debian 12) hardening an application cookie, the cookie hash and a third-party sticky module. */
const OSS = `http {
    upstream app {
        hash $cookie_sessionid consistent;
        server 10.0.0.11:8000;
        server 10.0.0.12:8000;
    }
    upstream legacy {
        sticky name=legacy_route hash=md5 expires=1h secure httponly;
        server 10.0.1.11:8000;
        server 10.0.1.12:8000;
    }
    server {
        listen 443 ssl;
        location / {
            proxy_cookie_flags sessionid secure httponly samesite=lax;
            proxy_pass http://app;
        }
        location /legacy/ {
            proxy_pass http://legacy;
        }
    }
}
`;

ruleTester(stickyUnsupported, {
  valid: [
    { name: 'an NGINX Plus load balancer with the plus flavor set', code: PLUS, settings: { nginx: { flavor: 'plus' } } },
    { name: 'the same NGINX Plus load balancer with no flavor set: health_check makes it a Plus configuration', code: PLUS },
    {
      name: 'no flavor set, an API endpoint and a status zone: Plus',
      code: 'http {\n    upstream app {\n        zone app 64k;\n        sticky cookie srv_id;\n        server 10.0.0.1;\n    }\n    server {\n        status_zone site;\n        location /api { api write=on; }\n    }\n}\n',
    },
    {
      name: 'no flavor set, sticky learn shared through zone_sync (sticky ... sync)',
      code: upstream('        sticky learn create=$upstream_cookie_s lookup=$cookie_s zone=z:1m sync;\n'),
    },
    { name: 'no flavor set, least_time in another upstream', code: 'http {\n    upstream a { least_time header; server 10.0.0.1; }\n    upstream b { sticky route $r; server 10.0.0.2; }\n}\n' },
    { name: 'no flavor set, a keyval_zone at http level of a fragment', code: `keyval_zone zone=one:32k state=/var/lib/nginx/state/one.keyval;\n${upstream('        sticky cookie srv_id;\n')}` },
    { name: 'open-source nginx 1.22 with proxy_cookie_flags and nginx-sticky-module-ng', code: OSS },
    { name: 'open-source nginx 1.29.6 has sticky', code: upstream('        sticky cookie srv_id samesite=lax;\n'), settings: { nginx: { version: '1.29.6' } } },
    { name: 'nginx 1.30 has sticky learn', code: upstream('        sticky learn create=$upstream_cookie_s lookup=$cookie_s zone=z:1m;\n'), settings: { nginx: { version: '1.30' } } },
    { name: 'proxy_cookie_flags on 1.19.3', code: 'http {\n    proxy_cookie_flags ~ secure;\n}\n', settings: { nginx: { version: '1.19.3' } } },
    { name: 'sticky outside an upstream is not the upstream directive', code: 'http {\n    server {\n        sticky cookie s;\n    }\n}\n' },
    { name: 'suppressed for the file', code: `# affinity-lint global ignore=nginx/sticky-unsupported -- built with Plus in CI\n${upstream('        sticky cookie srv_id;\n')}` },
  ],
  invalid: [
    {
      name: 'sticky cookie with no target set: the assumed target is said, the hash form offered',
      code: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n        server 10.0.0.1;\n'),
      errors: [
        {
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 77,
          severity: 'error',
          message:
            /^'sticky cookie' is not available in nginx 1\.22 open source: open-source nginx has it since 1\.29\.6 \(before that only NGINX Plus\), so nginx refuses to start \("unknown directive"\)\. The target is assumed: nginx 1\.22 open source, since affinityLint\.nginx\.version and affinityLint\.nginx\.flavor are not set and the configuration uses no NGINX Plus-only directive; set affinityLint\.nginx\.flavor to "plus" or affinityLint\.nginx\.version to 1\.29\.6 or later if that is wrong\.$/,
        },
      ],
      output: null,
      suggestions: [
        {
          title: /^Use hash \$cookie_srv_id consistent \(target: nginx 1\.22 \(assumed: no target set\), which has no sticky; the application must set the srv_id cookie\)$/,
          output: upstream('        hash $cookie_srv_id consistent;\n        server 10.0.0.1;\n'),
        },
      ],
    },
    {
      name: 'an explicit older target: no assumption in the message; other methods removed by the fix',
      code: upstream('        least_conn;\n        server 10.0.0.1;\n        sticky cookie route;\n'),
      settings: { nginx: { version: '1.26.3' } },
      errors: [{ line: 5, message: /^'sticky cookie' is not available in nginx 1\.26\.3 open source: [^]*\("unknown directive"\)\.$/ }],
      output: null,
      suggestions: [{ title: /\(target: nginx 1\.26\.3, which has no sticky; the application must set the route cookie\)$/, output: upstream('        server 10.0.0.1;\n        hash $cookie_route consistent;\n') }],
    },
    {
      name: 'an explicit oss flavor wins over the Plus-only directives of the configuration',
      code: PLUS,
      settings: { nginx: { flavor: 'oss' } },
      errors: [
        {
          line: 5,
          severity: 'error',
          message: /^'sticky cookie' is not available in nginx 1\.22 open source: [^]*\("unknown directive"\)\. The version is assumed: nginx 1\.22, since affinityLint\.nginx\.version is not set; set it to 1\.29\.6 or later if that is wrong\.$/,
        },
      ],
      output: null,
    },
    {
      name: "names that are not Plus's own infer nothing: Angie's api with a path, a map entry called match, queue",
      code: 'http {\n    map $uri $m {\n        match 1;\n        state 2;\n    }\n    upstream app {\n        queue 10 timeout=5s;\n        sticky cookie srv_id;\n    }\n    server {\n        location /status/ { api /status/; }\n    }\n}\n',
      errors: [{ line: 8, message: /The target is assumed: [^]*and the configuration uses no NGINX Plus-only directive/ }],
      output: null,
    },
    {
      name: 'samesite= before 1.19.4 is named too',
      code: upstream('        sticky cookie srv_id samesite=strict;\n'),
      settings: { nginx: { version: '1.18.0' } },
      errors: [{ line: 3, message: /Its 'samesite=' parameter needs nginx 1\.19\.4 as well\.$/ }],
      output: null,
    },
    {
      name: 'sticky learn becomes a hash on its lookup variable',
      code: upstream('        sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=client_sessions:1m;\n'),
      errors: [{ line: 3, message: /^'sticky learn' is not available/ }],
      output: null,
      suggestions: [{ title: /^Use hash \$cookie_sid consistent/, output: upstream('        hash $cookie_sid consistent;\n') }],
    },
    {
      name: 'sticky route has no open-source equivalent: no fix',
      code: upstream('        sticky route $route_cookie $route_uri;\n'),
      errors: [{ line: 3, message: /^'sticky route' is not available/ }],
      output: null,
    },
    {
      name: 'proxy_cookie_flags on nginx 1.18: the proxy_cookie_path form, CRLF kept',
      code: 'http {\r\n    server {\r\n        location / {\r\n            proxy_cookie_flags sid secure httponly samesite=lax;\r\n        }\r\n    }\r\n}\r\n',
      settings: { nginx: { version: '1.18' } },
      errors: [{ line: 4, column: 13, message: /^'proxy_cookie_flags' is not available in nginx 1\.18 open source: it appeared in nginx 1\.19\.3/ }],
      output: null,
      suggestions: [
        {
          title: /^Use proxy_cookie_path \/ "\/; Secure; HttpOnly; SameSite=Lax" \(target: nginx 1\.18, which has no proxy_cookie_flags/,
          output: 'http {\r\n    server {\r\n        location / {\r\n            proxy_cookie_path / "/; Secure; HttpOnly; SameSite=Lax";\r\n        }\r\n    }\r\n}\r\n',
        },
      ],
    },
    {
      name: 'proxy_cookie_flags with a flag proxy_cookie_path cannot write: no fix',
      code: 'http {\n    proxy_cookie_flags one nosecure;\n}\n',
      settings: { nginx: { version: '1.14.2' } },
      errors: [{ line: 2 }],
      output: null,
    },
  ],
});
