import { stickyCookieSamesiteNoneInsecure } from '../../../../server/src/rules/nginx/sticky-cookie-samesite-none-insecure';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An embeddable widget served cross-site, as NGINX Plus configs for third-party embeds write it. */
const PRODUCTION = `http {
    upstream widget_backend {
        zone widget_backend 64k;
        server 10.40.0.11:8080 max_fails=3 fail_timeout=30s;
        server 10.40.0.12:8080 max_fails=3 fail_timeout=30s;
        sticky cookie widget_srv expires=2h domain=.widgets.example.com path=/ secure httponly samesite=none;
    }

    server {
        listen 443 ssl;
        server_name embed.widgets.example.com;
        ssl_certificate     /etc/nginx/tls/widgets.crt;
        ssl_certificate_key /etc/nginx/tls/widgets.key;
        location / {
            proxy_pass http://widget_backend;
        }
    }
}
`;

ruleTester(stickyCookieSamesiteNoneInsecure, {
  valid: [
    { name: 'a cross-site widget with samesite=none and secure', code: PRODUCTION },
    { name: 'samesite=lax without secure is another rule’s business', code: upstream('        sticky cookie srv_id samesite=lax;\n') },
    { name: 'no samesite at all', code: upstream('        sticky cookie srv_id;\n') },
    { name: 'nginx-sticky-module-ng is not sticky cookie', code: upstream('        sticky name=route samesite=none;\n') },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/sticky-cookie-samesite-none-insecure\n        sticky cookie srv_id samesite=none;\n') },
  ],
  invalid: [
    {
      name: 'samesite=none without secure',
      code: upstream('        sticky cookie srv_id expires=1h path=/ httponly samesite=none;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 71, severity: 'error', message: /^sticky cookie with 'samesite=none' but without 'secure': browsers refuse to store such a cookie/ }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ httponly samesite=none secure;\n'),
      suggestions: [{ title: /^Add 'secure'/, output: upstream('        sticky cookie srv_id expires=1h path=/ httponly samesite=none secure;\n') }],
    },
    {
      name: 'SameSite=None in capitals, CRLF and a trailing comment kept',
      code: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id SameSite=None; # embeds\r\n    }\r\n}\r\n',
      errors: [{ line: 3, severity: 'error' }],
      output: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id SameSite=None secure; # embeds\r\n    }\r\n}\r\n',
    },
    {
      name: 'a conf.d fragment',
      code: 'upstream app {\n    sticky cookie srv_id samesite=none;\n}\n',
      errors: [{ line: 2, column: 5 }],
      output: 'upstream app {\n    sticky cookie srv_id samesite=none secure;\n}\n',
    },
  ],
});
