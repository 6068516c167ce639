import { affinityUnmonitored } from '../../../../server/src/rules/nginx/affinity-unmonitored';
import { ruleTester } from '../../../helpers/ruleTester';

/** A site logging upstream fields next to the combined ones, the way load balancer configs usually extend the format. */
const PRODUCTION = `user nginx;
worker_processes auto;

events {
    worker_connections 4096;
}

http {
    log_format upstreamlog '$remote_addr - $remote_user [$time_local] "$request" '
                           '$status $body_bytes_sent "$http_referer" "$http_user_agent" '
                           'upstream=$upstream_addr rt=$request_time urt=$upstream_response_time';
    access_log /var/log/nginx/access.log upstreamlog;

    upstream app {
        ip_hash;
        server 10.120.0.11:8080 max_fails=3 fail_timeout=30s;
        server 10.120.0.12:8080 max_fails=3 fail_timeout=30s;
    }

    server {
        listen 80;
        server_name www.example.com;
        location / {
            proxy_pass http://app;
        }
    }
}
`;

const MAIN = `    log_format main '$remote_addr [$time_local] "$request" $status';\n`;
const site = (formats: string, serverLog = ''): string =>
  `http {\n${formats}    upstream app {\n        hash $cookie_sid consistent;\n        server 10.0.0.1;\n    }\n    server {\n${serverLog}        location / {\n            proxy_pass http://app;\n        }\n    }\n}\n`;

ruleTester(affinityUnmonitored, {
  valid: [
    { name: 'a load balancer whose format records the upstream', code: PRODUCTION },
    { name: 'a file without any log_format (formats live in an include, or the built-in one): not judged', code: site('') },
    { name: 'no affinity', code: `http {\n${MAIN}    upstream app { least_conn; server 10.0.0.1; }\n}\n` },
    { name: '${upstream_addr} in a second format counts', code: site(`${MAIN}    log_format up '\${upstream_addr}';\n`) },
    { name: 'a stream upstream with a stream format that records it', code: 'stream {\n    log_format basic \'$remote_addr $upstream_addr\';\n    upstream db { hash $remote_addr consistent; server 10.0.0.1:5432; }\n}\n' },
    { name: 'suppressed on the affinity directive', code: site(MAIN).replace('        hash', '        # affinity-lint ignore=nginx/affinity-unmonitored\n        hash') },
  ],
  invalid: [
    {
      name: 'the only format lacks it',
      code: site(MAIN),
      errors: [{ line: 4, column: 9, severity: 'hint', message: /^Upstream 'app' pins clients, but no log_format of this file records \$upstream_addr/ }],
      output: null,
      suggestions: [{ title: /^Add \$upstream_addr to log_format 'main'$/, output: site(`    log_format main '$remote_addr [$time_local] "$request" $status $upstream_addr';\n`) }],
    },
    {
      name: 'the format named by the access_log of the proxying server is the one extended',
      code: site(`${MAIN}    log_format short "$remote_addr $status";\n`, '        access_log /var/log/nginx/app.log short buffer=32k;\n'),
      errors: [{ line: 5 }],
      output: null,
      suggestions: [{ title: /'short'$/, output: site(`${MAIN}    log_format short "$remote_addr $status $upstream_addr";\n`, '        access_log /var/log/nginx/app.log short buffer=32k;\n') }],
    },
    {
      name: 'a JSON format gets a member',
      code: site(`    log_format json escape=json '{"addr":"$remote_addr","status":"$status"}';\n`),
      errors: [{ line: 4 }],
      output: null,
      suggestions: [{ title: /'json'$/, output: site(`    log_format json escape=json '{"addr":"$remote_addr","status":"$status","upstream_addr":"$upstream_addr"}';\n`) }],
    },
    {
      name: 'an unquoted last part gets a quoted one after it, CRLF kept',
      code: 'http {\r\n    log_format plain $remote_addr;\r\n    upstream app { sticky cookie s; }\r\n}\r\n',
      errors: [{ line: 3, column: 20 }],
      output: null,
      suggestions: [{ title: /'plain'$/, output: "http {\r\n    log_format plain $remote_addr ' $upstream_addr';\r\n    upstream app { sticky cookie s; }\r\n}\r\n" }],
    },
    {
      name: 'one finding per upstream, at its first affinity directive',
      code: `http {\n${MAIN}    upstream a {\n        sticky cookie s;\n        hash $request_uri;\n    }\n    upstream b { ip_hash; }\n}\n`,
      errors: [{ line: 4 }, { line: 7 }],
      output: null,
    },
  ],
});
