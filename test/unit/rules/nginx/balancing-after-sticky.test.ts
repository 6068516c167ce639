import { balancingAfterSticky } from '../../../../server/src/rules/nginx/balancing-after-sticky';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** An NGINX Plus upstream in the order the admin guide recommends: method first, then servers, then sticky. */
const PRODUCTION = `http {
    upstream checkout {
        zone checkout 64k;
        least_conn;
        server 10.60.0.11:8080 max_fails=3 fail_timeout=30s;
        server 10.60.0.12:8080 max_fails=3 fail_timeout=30s;
        server 10.60.0.13:8080 max_fails=3 fail_timeout=30s backup;
        sticky cookie co_srv expires=1h domain=.example.com path=/ secure httponly samesite=lax;
        keepalive 32;
    }

    server {
        listen 443 ssl;
        server_name checkout.example.com;
        ssl_certificate     /etc/nginx/tls/checkout.crt;
        ssl_certificate_key /etc/nginx/tls/checkout.key;
        location / {
            proxy_pass http://checkout;
        }
    }
}
`;

ruleTester(balancingAfterSticky, {
  valid: [
    { name: 'least_conn before sticky, as the admin guide orders them', code: PRODUCTION },
    { name: 'hash before sticky learn', code: upstream('        hash $request_uri consistent;\n        sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=s:1m;\n') },
    { name: 'no sticky at all, one method', code: upstream('        least_conn;\n        server 10.0.0.1;\n') },
    { name: 'one method in each of two upstreams', code: 'http {\n    upstream a { ip_hash; server 10.0.0.1; }\n    upstream b { least_conn; server 10.0.0.2; }\n}\n' },
    { name: 'a method in a server block is not an upstream method', code: 'http {\n    upstream a { least_conn; server 10.0.0.1; }\n    server { ip_hash; }\n}\n' },
    { name: 'sticky in another upstream', code: 'http {\n    upstream a { sticky cookie a; }\n    upstream b { least_conn; }\n}\n' },
    { name: 'a commented-out sticky', code: upstream('        # sticky cookie srv_id;\n        least_conn;\n') },
    { name: 'suppressed on the line before', code: upstream('        sticky cookie srv_id;\n        # affinity-lint ignore=nginx/balancing-after-sticky -- being migrated\n        least_conn;\n') },
  ],
  invalid: [
    {
      name: 'least_conn after sticky cookie is moved above it',
      code: upstream('        server 10.0.0.1;\n        sticky cookie srv_id expires=1h;\n        server 10.0.0.2;\n        least_conn;\n'),
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 20, severity: 'error', message: /^'least_conn' after 'sticky' \(line 4\) replaces the sticky method: nginx only warns "load balancing method redefined"/ }],
      output: upstream('        server 10.0.0.1;\n        least_conn;\n        sticky cookie srv_id expires=1h;\n        server 10.0.0.2;\n'),
      suggestions: [{ title: /^Move 'least_conn' above 'sticky'/, output: upstream('        server 10.0.0.1;\n        least_conn;\n        sticky cookie srv_id expires=1h;\n        server 10.0.0.2;\n') }],
    },
    {
      name: 'a trailing comment moves with the directive, and the comment above sticky stays with it',
      code: upstream('        # affinity cookie\n        sticky cookie srv_id;\n        hash $request_uri consistent; # cache locality\n'),
      errors: [{ line: 5, column: 9 }],
      output: upstream('        hash $request_uri consistent; # cache locality\n        # affinity cookie\n        sticky cookie srv_id;\n'),
    },
    {
      name: 'after nginx-sticky-module-ng and sticky route too, indentation by tabs and CRLF',
      code: 'http {\r\n\tupstream app {\r\n\t\tsticky name=route hash=md5;\r\n\t\tip_hash;\r\n\t}\r\n}\r\n',
      errors: [{ line: 4, column: 3, message: /^'ip_hash' after 'sticky' \(line 3\)/ }],
      output: 'http {\r\n\tupstream app {\r\n\t\tip_hash;\r\n\t\tsticky name=route hash=md5;\r\n\t}\r\n}\r\n',
    },
    {
      name: 'a one-line upstream',
      code: 'http {\n    upstream a { sticky route $r; random two least_conn; server 10.0.0.1; }\n}\n',
      errors: [{ line: 2, column: 35, message: /^'random' after 'sticky'/ }],
      output: 'http {\n    upstream a { random two least_conn; sticky route $r; server 10.0.0.1; }\n}\n',
    },
    {
      name: 'two methods after sticky: both flagged, the fixes converge',
      code: upstream('        sticky cookie srv_id;\n        least_conn;\n        least_time header;\n'),
      errors: [{ line: 4 }, { line: 5 }],
      // Moved above sticky, least_conn is then replaced by least_time, and the next round removes it.
      output: upstream('        least_time header;\n        sticky cookie srv_id;\n'),
    },
    {
      name: 'two methods, no sticky (a compose demo): the earlier one does nothing, removing it changes nothing',
      code: upstream('        least_conn;\n        ip_hash;\n        server 172.18.0.2:3000;\n        server 172.18.0.3:3000;\n'),
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 20, severity: 'warning', message: /^'least_conn' is replaced by 'ip_hash' \(line 4\): an upstream has one balancing method, nginx keeps the last one and only warns "load balancing method redefined", so 'least_conn' has no effect\.$/ }],
      output: upstream('        ip_hash;\n        server 172.18.0.2:3000;\n        server 172.18.0.3:3000;\n'),
      suggestions: [{ title: /^Keep 'least_conn' instead: remove 'ip_hash' \(line 4\)$/, output: upstream('        least_conn;\n        server 172.18.0.2:3000;\n        server 172.18.0.3:3000;\n') }],
    },
    {
      name: 'ip_hash replaced by a later least_conn: affinity lost, an error',
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n        least_conn;\n'),
      errors: [{ line: 3, severity: 'error', message: /^'ip_hash' is replaced by 'least_conn' \(line 6\).*so the affinity 'ip_hash' was meant to give is silently lost\.$/ }],
      output: upstream('        server 10.0.0.1;\n        server 10.0.0.2;\n        least_conn;\n'),
      suggestions: [{ title: /^Keep 'ip_hash' instead/, output: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n') }],
    },
    {
      name: 'three methods on one line: every one but the last is flagged',
      code: 'http {\n    upstream a { random; least_conn; hash $request_uri consistent; server 10.0.0.1; }\n}\n',
      errors: [
        { line: 2, column: 18, severity: 'warning', message: /^'random' is replaced by 'hash'/ },
        { line: 2, column: 26, severity: 'warning', message: /^'least_conn' is replaced by 'hash'/ },
      ],
      output: 'http {\n    upstream a { hash $request_uri consistent; server 10.0.0.1; }\n}\n',
    },
    {
      name: 'a method before sticky and another after it: both flagged, each for its own reason',
      code: upstream('        least_conn;\n        sticky cookie srv_id;\n        random;\n'),
      errors: [{ line: 3, severity: 'warning', message: /^'least_conn' is replaced by 'random' \(line 5\)/ }, { line: 5, severity: 'error', message: /^'random' after 'sticky' \(line 4\)/ }],
      output: upstream('        random;\n        sticky cookie srv_id;\n'),
    },
  ],
});
