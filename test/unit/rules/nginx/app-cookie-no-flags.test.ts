import { appCookieNoFlags } from '../../../../server/src/rules/nginx/app-cookie-no-flags';
import { ruleTester } from '../../../helpers/ruleTester';

/** A Django site hashed on its sessionid, the flags set once at server level for every location. */
const PRODUCTION = `user www-data;
worker_processes auto;

events {
    worker_connections 1024;
}

http {
    map $cookie_sessionid $django_route {
        ""      $request_id;
        default $cookie_sessionid;
    }

    upstream django {
        hash $django_route consistent;
        server 10.110.0.11:8000 max_fails=3 fail_timeout=10s;
        server 10.110.0.12:8000 max_fails=3 fail_timeout=10s;
    }

    server {
        listen 443 ssl http2;
        server_name app.example.org;
        ssl_certificate     /etc/letsencrypt/live/app.example.org/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/app.example.org/privkey.pem;

        proxy_cookie_flags sessionid secure httponly samesite=lax;
        proxy_cookie_flags csrftoken secure samesite=lax;

        location / {
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_pass http://django;
        }

        location /static/ {
            alias /srv/app/static/;
        }
    }
}
`;

const site = (server: string, location: string): string =>
  `http {\n    upstream app {\n        hash $cookie_sid consistent;\n        server 10.0.0.1;\n    }\n    server {\n${server}        location / {\n${location}            proxy_pass http://app;\n        }\n    }\n}\n`;

ruleTester(appCookieNoFlags, {
  valid: [
    { name: 'a Django site with the flags at server level', code: PRODUCTION },
    { name: 'flags in the location', code: site('', '            proxy_cookie_flags sid secure httponly samesite=lax;\n') },
    { name: 'a regex that covers every cookie', code: site('        proxy_cookie_flags ~ secure httponly;\n', '') },
    { name: 'a case-insensitive regex', code: site('', '            proxy_cookie_flags ~*^SID$ secure;\n') },
    { name: 'no location of the file proxies to it (a conf.d upstream file)', code: 'upstream app {\n    hash $cookie_sid consistent;\n    server 10.0.0.1;\n}\n' },
    { name: 'reached only by fastcgi_pass, which has no cookie flags', code: 'http {\n    upstream php { hash $cookie_PHPSESSID; server unix:/run/php.sock; }\n    server { location ~ \\.php$ { fastcgi_pass php; } }\n}\n' },
    { name: 'a key that is not a cookie', code: 'http {\n    upstream app { hash $request_uri; }\n    server { location / { proxy_pass http://app; } }\n}\n' },
    { name: 'suppressed on the hash', code: site('', '').replace('        hash', '        # affinity-lint ignore=nginx/app-cookie-no-flags -- the app sets the flags\n        hash') },
  ],
  invalid: [
    {
      name: 'no flags anywhere: inserted first in the proxying location',
      code: site('', '            proxy_set_header Host $host;\n'),
      errors: [
        {
          line: 3,
          column: 9,
          severity: 'info',
          message: /^Upstream 'app' routes on the application cookie 'sid', but no 'proxy_cookie_flags sid \.\.\.' hardens it where it is proxied to \(line 9\): the cookie that decides routing may lack Secure, HttpOnly and SameSite\.$/,
        },
      ],
      output: null,
      suggestions: [
        {
          title: /^Insert 'proxy_cookie_flags sid secure httponly samesite=lax;' where 'app' is proxied to \(target: nginx 1\.22 \(assumed: no target set\)\)$/,
          output: site('', '            proxy_cookie_flags sid secure httponly samesite=lax;\n            proxy_set_header Host $host;\n'),
        },
      ],
    },
    {
      name: 'flags for another cookie at server level: ours goes beside them, so that they keep applying',
      code: site('        proxy_cookie_flags csrftoken secure;\n', ''),
      errors: [{ line: 3 }],
      output: null,
      suggestions: [{ title: /^Insert/, output: site('        proxy_cookie_flags sid secure httponly samesite=lax;\n        proxy_cookie_flags csrftoken secure;\n', '') }],
    },
    {
      name: 'off in the location is replaced',
      code: site('        proxy_cookie_flags sid secure;\n', '            proxy_cookie_flags off;\n'),
      errors: [{ line: 3, message: /\(line 10\)/ }],
      output: null,
      suggestions: [{ title: /^Insert/, output: site('        proxy_cookie_flags sid secure;\n', '            proxy_cookie_flags sid secure httponly samesite=lax;\n') }],
    },
    {
      name: 'through a map, two one-line locations, one inside if',
      code: 'http {\n    map $cookie_jsid $k { "" $request_id; default $cookie_jsid; }\n    upstream app { hash $k consistent; server 10.0.0.1; }\n    server {\n        location / { proxy_pass http://app; }\n        location /b { if ($arg_x) { proxy_pass http://app; } }\n    }\n}\n',
      errors: [{ line: 3, message: /application cookie 'jsid' through \$k, .*\(lines 5, 6\)/ }],
      output: null,
      suggestions: [
        {
          title: /^Insert 'proxy_cookie_flags jsid/,
          output:
            'http {\n    map $cookie_jsid $k { "" $request_id; default $cookie_jsid; }\n    upstream app { hash $k consistent; server 10.0.0.1; }\n    server {\n        location / { proxy_cookie_flags jsid secure httponly samesite=lax; proxy_pass http://app; }\n        location /b { proxy_cookie_flags jsid secure httponly samesite=lax; if ($arg_x) { proxy_pass http://app; } }\n    }\n}\n',
        },
      ],
    },
    {
      name: 'CRLF and tabs kept',
      code: 'http {\r\n\tupstream app { hash $cookie_sid; }\r\n\tserver {\r\n\t\tlocation /api/ {\r\n\t\t\tproxy_pass https://app/;\r\n\t\t}\r\n\t}\r\n}\r\n',
      errors: [{ line: 2 }],
      output: null,
      suggestions: [{ title: /^Insert/, output: 'http {\r\n\tupstream app { hash $cookie_sid; }\r\n\tserver {\r\n\t\tlocation /api/ {\r\n\t\t\tproxy_cookie_flags sid secure httponly samesite=lax;\r\n\t\t\tproxy_pass https://app/;\r\n\t\t}\r\n\t}\r\n}\r\n' }],
    },
    {
      name: 'a target without proxy_cookie_flags: reported, no fix',
      code: site('', ''),
      settings: { nginx: { version: '1.18' } },
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});
