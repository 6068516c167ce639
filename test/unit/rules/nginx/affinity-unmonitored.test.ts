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
const MAIN_LOG = '    access_log /var/log/nginx/access.log main;\n';
const FRAGMENT_UPSTREAM = 'upstream app {\n    ip_hash;\n    server 10.0.0.1:8080;\n}\n';
const JSON_LOG = '        access_log /var/log/nginx/app.json json;\n';
const site = (formats: string, serverLog = ''): string =>
  `http {\n${formats}    upstream app {\n        hash $cookie_sid consistent;\n        server 10.0.0.1;\n    }\n    server {\n${serverLog}        location / {\n            proxy_pass http://app;\n        }\n    }\n}\n`;

ruleTester(affinityUnmonitored, {
  valid: [
    { name: 'a load balancer whose format records the upstream', code: PRODUCTION },
    { name: 'a file without any log_format or access_log (formats live in an include, or the built-in one): not judged', code: site('') },
    {
      // The review's case: a conf.d file with a format of its own for one location, while the
      // server logs with 'main', which nginx.conf defines (with $upstream_addr, for all we know).
      name: 'a fragment whose access_log names a format defined in another file',
      code: `log_format cache_status '$remote_addr "$request" $upstream_cache_status';

upstream app {
    hash $cookie_sid consistent;
    server 10.0.0.1:8080;
    server 10.0.0.2:8080;
}

server {
    listen 80;
    server_name app.example.com;
    access_log /var/log/nginx/app.access.log main;
    location / {
        proxy_pass http://app;
    }
    location /static/ {
        access_log /var/log/nginx/static.log cache_status;
        proxy_pass http://10.0.0.9:8080;
    }
}
`,
    },
    {
      name: 'two logs where the upstream is proxied to, one in a format defined in another file (which may record it)',
      code: `${FRAGMENT_UPSTREAM}server {\n    listen 80;\n    access_log /var/log/nginx/app.log;\n    access_log syslog:server=10.0.0.5 main;\n    location / { proxy_pass http://app; }\n}\n`,
    },
    { name: 'a fragment with no access_log: it logs as the file that includes it says', code: `${FRAGMENT_UPSTREAM}server {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n` },
    { name: 'no access_log, but an include that may hold one', code: site('    include /etc/nginx/conf.d/logging.conf;\n') },
    { name: 'a stream block that logs nothing (stream has no default log)', code: 'stream {\n    upstream db { hash $remote_addr consistent; server 10.0.0.1:5432; }\n    server { listen 5432; proxy_pass db; }\n}\n' },
    { name: 'no affinity', code: `http {\n${MAIN}    upstream app { least_conn; server 10.0.0.1; }\n}\n` },
    { name: '${upstream_addr} in a second format counts', code: site(`${MAIN}    log_format up '\${upstream_addr}';\n`) },
    { name: 'a stream upstream with a stream format that records it', code: 'stream {\n    log_format basic \'$remote_addr $upstream_addr\';\n    upstream db { hash $remote_addr consistent; server 10.0.0.1:5432; }\n}\n' },
    { name: 'suppressed on the affinity directive', code: site(MAIN).replace('        hash', '        # affinity-lint ignore=nginx/affinity-unmonitored\n        hash') },
  ],
  invalid: [
    {
      name: 'the only format, the one the access log names, lacks it',
      code: site(`${MAIN}${MAIN_LOG}`),
      errors: [{ line: 5, column: 9, severity: 'hint', message: /^Upstream 'app' pins clients, but no log_format of the configuration records \$upstream_addr/ }],
      output: null,
      suggestions: [{ title: /^Add \$upstream_addr to log_format 'main'$/, output: site(`    log_format main '$remote_addr [$time_local] "$request" $status $upstream_addr';\n${MAIN_LOG}`) }],
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
      code: site(`    log_format json escape=json '{"addr":"$remote_addr","status":"$status"}';\n`, JSON_LOG),
      errors: [{ line: 4 }],
      output: null,
      suggestions: [{ title: /'json'$/, output: site(`    log_format json escape=json '{"addr":"$remote_addr","status":"$status","upstream_addr":"$upstream_addr"}';\n`, JSON_LOG) }],
    },
    {
      name: 'an unquoted last part gets a quoted one after it, CRLF kept',
      code: 'http {\r\n    log_format plain $remote_addr;\r\n    access_log /var/log/nginx/access.log plain;\r\n    upstream app { sticky cookie s; }\r\n}\r\n',
      errors: [{ line: 4, column: 20 }],
      output: null,
      suggestions: [{ title: /'plain'$/, output: "http {\r\n    log_format plain $remote_addr ' $upstream_addr';\r\n    access_log /var/log/nginx/access.log plain;\r\n    upstream app { sticky cookie s; }\r\n}\r\n" }],
    },
    {
      name: "formats defined, but no access_log: nginx's default log, in combined, records the traffic",
      code: site(MAIN),
      errors: [{ line: 4, column: 9, message: /^Upstream 'app' pins clients, but its access log uses nginx's built-in 'combined' format, which does not record \$upstream_addr/ }],
      output: null,
    },
    {
      name: 'a fragment whose access_log names no format logs in combined: the fix defines a format and names it',
      code: `${FRAGMENT_UPSTREAM}server {\n    listen 80;\n    access_log /var/log/nginx/app.log buffer=32k;\n    location / { proxy_pass http://app; }\n}\n`,
      errors: [{ line: 2, column: 5 }],
      output: null,
      suggestions: [
        {
          title: /^Log with 'combined_upstream': the combined fields and \$upstream_addr$/,
          output: `log_format combined_upstream '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" "$upstream_addr"';\n${FRAGMENT_UPSTREAM}server {\n    listen 80;\n    access_log /var/log/nginx/app.log combined_upstream buffer=32k;\n    location / { proxy_pass http://app; }\n}\n`,
        },
      ],
    },
    {
      name: "'combined' named in the http-level access_log of a full config",
      code: site(`    access_log /var/log/nginx/access.log combined;\n`),
      errors: [{ line: 4 }],
      output: null,
      suggestions: [
        {
          title: /combined_upstream/,
          output: site(`    log_format combined_upstream '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" "$upstream_addr"';\n    access_log /var/log/nginx/access.log combined_upstream;\n`),
        },
      ],
    },
    {
      name: 'one finding per upstream, at its first affinity directive',
      code: `http {\n${MAIN}    upstream a {\n        sticky cookie s;\n        hash $request_uri;\n    }\n    upstream b { ip_hash; }\n}\n`,
      errors: [{ line: 4 }, { line: 7 }],
      output: null,
    },
  ],
});
