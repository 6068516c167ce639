import { stickyCookieNoSamesite } from '../../../../server/src/rules/nginx/sticky-cookie-no-samesite';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** A full nginx.conf for a SaaS dashboard on NGINX Plus, with a cookie shared across subdomains. */
const PRODUCTION = `worker_processes auto;
pid /run/nginx.pid;

events {
    worker_connections 2048;
    multi_accept on;
}

http {
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    server_tokens off;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }

    upstream dashboard {
        zone dashboard 128k;
        server 10.20.1.10:3000 weight=2;
        server 10.20.1.11:3000;
        sticky cookie dash_lb expires=30m domain=.example.net path=/ secure httponly samesite=lax;
    }

    server {
        listen 443 ssl;
        server_name dashboard.example.net;
        location / {
            proxy_pass http://dashboard;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
        }
    }
}
`;

ruleTester(stickyCookieNoSamesite, {
  valid: [
    { name: 'a production nginx.conf with a hardened sticky cookie', code: PRODUCTION },
    { name: 'samesite=strict', code: upstream('        sticky cookie srv_id samesite=strict;\n') },
    { name: 'samesite=none (the secure rules judge it)', code: upstream('        sticky cookie srv_id samesite=none;\n') },
    { name: 'SameSite=Lax in another case', code: upstream('        sticky cookie srv_id SameSite=Lax;\n') },
    { name: 'nginx-sticky-module-ng has no samesite parameter', code: upstream('        sticky name=route hash=md5 secure httponly;\n') },
    { name: 'sticky route', code: upstream('        sticky route $route_cookie $route_uri;\n') },
    { name: 'sticky learn', code: upstream('        sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=client_sessions:1m;\n') },
    {
      name: 'suppressed for the whole upstream block',
      code: 'http {\n    # affinity-lint ignore=nginx/sticky-cookie-no-samesite -- cross-site SSO needs it\n    upstream app {\n        sticky cookie srv_id secure;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'sticky cookie without samesite=',
      code: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 64, severity: 'warning', message: /^sticky cookie without 'samesite=': cross-site requests carry the affinity cookie/ }],
      output: upstream('        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n'),
    },
    {
      name: 'a flag named samesite without a value does not count',
      code: upstream('        sticky cookie srv_id samesite;\n'),
      errors: [{ line: 3 }],
      output: upstream('        sticky cookie srv_id samesite samesite=lax;\n'),
    },
    {
      name: 'tabs, a comment line and a trailing comment are kept',
      code: 'upstream app {\n\t# set by the LB\n\tsticky cookie srv_id secure httponly; # see RUNBOOK\n}\n',
      errors: [{ line: 3, column: 2 }],
      output: 'upstream app {\n\t# set by the LB\n\tsticky cookie srv_id secure httponly samesite=lax; # see RUNBOOK\n}\n',
    },
    {
      name: 'CRLF line ends',
      code: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id;\r\n    }\r\n}\r\n',
      errors: [{ line: 3, column: 9, endColumn: 30 }],
      output: 'http {\r\n    upstream app {\r\n        sticky cookie srv_id samesite=lax;\r\n    }\r\n}\r\n',
    },
    {
      name: 'the rule at another severity from settings',
      code: upstream('        sticky cookie srv_id;\n'),
      settings: { rules: { 'nginx/sticky-cookie-no-samesite': 'info' } },
      errors: [{ line: 3, severity: 'info' }],
      output: upstream('        sticky cookie srv_id samesite=lax;\n'),
    },
  ],
});
