import { stickyLearnIncomplete } from '../../../../server/src/rules/nginx/sticky-learn-incomplete';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** A PHP application behind NGINX Plus learning its PHPSESSID, written the way the sticky learn docs show it. */
const PRODUCTION = `http {
    upstream php_app {
        zone php_app 64k;
        server 10.70.0.11:9000 max_fails=2 fail_timeout=10s;
        server 10.70.0.12:9000 max_fails=2 fail_timeout=10s;
        sticky learn
               create=$upstream_cookie_PHPSESSID
               lookup=$cookie_PHPSESSID
               zone=php_sessions:1m
               timeout=1h
               header;
    }

    server {
        listen 443 ssl;
        server_name app.example.com;
        ssl_certificate     /etc/nginx/tls/app.crt;
        ssl_certificate_key /etc/nginx/tls/app.key;
        location / {
            proxy_pass http://php_app;
        }
    }
}
`;

ruleTester(stickyLearnIncomplete, {
  valid: [
    { name: 'a complete sticky learn over several lines', code: PRODUCTION },
    { name: 'sticky cookie needs none of them', code: upstream('        sticky cookie srv_id;\n') },
    { name: 'nginx-sticky-module-ng', code: upstream('        sticky name=learn;\n') },
    { name: 'suppressed on the line before', code: upstream('        # affinity-lint ignore=nginx/sticky-learn-incomplete\n        sticky learn zone=z:1m;\n') },
  ],
  invalid: [
    {
      name: 'zone= missing: the cookie name comes from create=',
      code: upstream('        sticky learn create=$upstream_cookie_examplecookie lookup=$cookie_examplecookie;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 89, severity: 'error', message: /^'sticky learn' without 'zone=': nginx refuses to start/ }],
      output: null,
      suggestions: [
        {
          title: /^Add zone=app_sessions:1m \(placeholder values/,
          output: upstream('        sticky learn create=$upstream_cookie_examplecookie lookup=$cookie_examplecookie zone=app_sessions:1m;\n'),
        },
      ],
    },
    {
      name: 'only lookup= given: create= reads the same cookie',
      code: upstream('        sticky learn lookup=$cookie_sid timeout=1h;\n'),
      errors: [{ line: 3, message: /without 'create=', 'zone='/ }],
      output: null,
      suggestions: [{ title: /^Add create=\$upstream_cookie_sid zone=app_sessions:1m/, output: upstream('        sticky learn lookup=$cookie_sid timeout=1h create=$upstream_cookie_sid zone=app_sessions:1m;\n') }],
    },
    {
      name: 'nothing given: placeholders, CRLF kept',
      code: 'upstream api-v1 {\r\n    sticky learn;\r\n}\r\n',
      errors: [{ line: 2, column: 5, message: /without 'create=', 'lookup=', 'zone='/ }],
      output: null,
      suggestions: [
        {
          title: /^Add create=\$upstream_cookie_sessionid lookup=\$cookie_sessionid zone=api_v1_sessions:1m/,
          output: 'upstream api-v1 {\r\n    sticky learn create=$upstream_cookie_sessionid lookup=$cookie_sessionid zone=api_v1_sessions:1m;\r\n}\r\n',
        },
      ],
    },
  ],
});
