import { backupWithHash } from '../../../../server/src/rules/nginx/backup-with-hash';
import { ruleTester } from '../../../helpers/ruleTester';

const upstream = (body: string): string => `http {\n    upstream app {\n${body}    }\n}\n`;

/** A primary/standby pair behind least_conn with a backup, and an API tier hashed without one, as real sites split them. */
const PRODUCTION = `http {
    upstream web_primary {
        least_conn;
        server 10.80.0.11:8080 weight=5 max_fails=3 fail_timeout=30s;
        server 10.80.0.12:8080 weight=5 max_fails=3 fail_timeout=30s;
        server 10.80.9.11:8080 backup;
    }

    upstream api_sessions {
        hash $cookie_api_session consistent;
        server 10.80.1.11:8080 max_fails=2 fail_timeout=10s;
        server 10.80.1.12:8080 max_fails=2 fail_timeout=10s;
        server 10.80.1.13:8080 down;
    }

    server {
        listen 80;
        location / { proxy_pass http://web_primary; }
        location /api/ { proxy_pass http://api_sessions; }
    }
}
`;

ruleTester(backupWithHash, {
  valid: [
    { name: 'backup under least_conn and a down server under hash', code: PRODUCTION },
    { name: 'backup with round robin', code: upstream('        server 10.0.0.1;\n        server 10.0.0.2 backup;\n') },
    { name: 'slow_start with least_conn', code: upstream('        least_conn;\n        server 10.0.0.1 slow_start=30s;\n') },
    { name: 'a server named backup is a host name', code: upstream('        hash $request_uri;\n        server backup;\n') },
    { name: 'suppressed on the line before', code: upstream('        ip_hash;\n        # affinity-lint ignore=nginx/backup-with-hash\n        server 10.0.0.2 backup;\n') },
  ],
  invalid: [
    {
      name: 'backup under ip_hash: marked down',
      code: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2 backup;\n'),
      errors: [{ line: 5, column: 25, endLine: 5, endColumn: 31, severity: 'error', message: /^'backup' cannot be combined with 'ip_hash' in one upstream: nginx refuses it/ }],
      output: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2 down;\n'),
      suggestions: [
        { title: /^Remove 'backup' \(the server becomes a regular member/, output: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n') },
        { title: /^Mark the server 'down' instead of 'backup'/, output: upstream('        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2 down;\n') },
      ],
    },
    {
      name: 'slow_start under hash, the method written after the servers',
      code: upstream('        server 10.0.0.1 slow_start=30s max_fails=3;\n        hash $cookie_sid consistent;\n'),
      errors: [{ line: 3, column: 25, message: /^'slow_start=30s' cannot be combined with 'hash'/ }],
      output: upstream('        server 10.0.0.1 max_fails=3;\n        hash $cookie_sid consistent;\n'),
    },
    {
      name: 'backup and slow_start on one server under random, in stream, CRLF',
      code: 'stream {\r\n    upstream db {\r\n        random;\r\n        server 10.0.0.1:5432 backup slow_start=10s;\r\n    }\r\n}\r\n',
      errors: [{ line: 4, column: 30 }, { line: 4, column: 37 }],
      output: 'stream {\r\n    upstream db {\r\n        random;\r\n        server 10.0.0.1:5432 down;\r\n    }\r\n}\r\n',
    },
    {
      name: 'a server already down just loses backup',
      code: upstream('        hash $request_uri;\n        server 10.0.0.2 down backup;\n'),
      errors: [{ line: 4 }],
      output: upstream('        hash $request_uri;\n        server 10.0.0.2 down;\n'),
    },
    {
      name: 'a parameter on its own continuation line',
      code: upstream('        hash $request_uri;\n        server 10.0.0.2\n               backup;\n'),
      errors: [{ line: 5, column: 16 }],
      output: upstream('        hash $request_uri;\n        server 10.0.0.2\n               down;\n'),
      suggestions: [{ title: /^Remove 'backup'/, output: upstream('        hash $request_uri;\n        server 10.0.0.2;\n') }],
    },
    {
      name: 'a parameter after a line that ends in a comment keeps the line break',
      code: upstream('        hash $request_uri;\n        server 10.0.0.2 # standby\n               slow_start=10s;\n'),
      errors: [{ line: 5, column: 16 }],
      output: upstream('        hash $request_uri;\n        server 10.0.0.2 # standby\n               ;\n'),
    },
  ],
});
