import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../server/src/cli/main';
import { helpMarkdown } from '../../../server/src/cli/ruleHelp';
import { RULES } from '../../../server/src/rules/registry';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** One line on stderr, prefixed with the tool's name. */
function assertOneLineError(r: Run, pattern: RegExp): void {
  assert.match(r.stderr, /^affinity-lint: [^\n]+\n$/, `stderr: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, pattern);
}

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
/** A rule's page as it is in the repository, the copy that ships. */
const page = (id: string): string => fs.readFileSync(path.join(REPO, 'docs', 'rules', ...id.split('/')) + '.md', 'utf8');

const FIRST_13 = [
  'nginx/ip-hash', 'nginx/sticky-cookie-no-secure', 'nginx/sticky-cookie-no-httponly', 'nginx/sticky-cookie-no-samesite',
  'nginx/sticky-cookie-no-expiry', 'nginx/syntax', 'haproxy/balance-source', 'haproxy/cookie-no-secure', 'haproxy/cookie-no-httponly',
  'haproxy/cookie-no-samesite', 'haproxy/cookie-no-ttl', 'haproxy/persistence-without-redispatch', 'haproxy/syntax',
];
/** Two servers: on a single address ip_hash is only a hint (nothing to pin to yet). */
const IP_HASH = 'http {\n    upstream app {\n        ip_hash;\n        server 10.0.0.1;\n        server 10.0.0.2;\n    }\n}\n';
const STICKY = 'http {\n    upstream app {\n        sticky cookie srv_id;\n    }\n}\n';
const HARDENED_NO_EXPIRY = 'http {\n    upstream app {\n        sticky cookie srv_id path=/ secure httponly samesite=lax;\n    }\n}\n';
const HAPROXY_SOURCE = 'defaults\n    mode http\n    option redispatch\n\nbackend app\n    balance source\n    server a 10.0.0.1:80\n';

describe('CLI (runCli in-process)', () => {
  let root: string;
  let n = 0;
  /** A fresh folder per test, with the given files (relative paths, string or bytes). */
  const folder = (files: Record<string, string | Buffer>): string => {
    const dir = path.join(root, `case-${++n}`);
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lint-cli-'));
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  describe('output formats', () => {
    it('text: file:line:column: severity id: message, then a summary', async () => {
      const dir = folder({ 'nginx.conf': IP_HASH });
      const file = path.join(dir, 'nginx.conf');
      const r = await run(file);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stderr, '');
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines[0], new RegExp(`^${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:3:9: warning nginx/ip-hash: 'ip_hash' pins clients`));
      assert.strictEqual(lines[lines.length - 1], '1 problem (0 errors, 1 warnings, 0 infos, 0 hints)');
    });

    it('text: a clean run says so', async () => {
      const dir = folder({ 'nginx.conf': 'events {}\n' });
      const r = await run(dir);
      assert.deepStrictEqual(r, { code: 0, stdout: 'no problems\n', stderr: '' });
    });

    it('json: an array of {file, ruleId, severity, message, line, column, endLine, endColumn}', async () => {
      const dir = folder({ 'nginx.conf': IP_HASH });
      const r = await run('--format', 'json', dir);
      assert.strictEqual(r.code, 1);
      const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.ok(Array.isArray(findings));
      assert.deepStrictEqual(findings, [
        {
          file: path.join(dir, 'nginx.conf'),
          ruleId: 'nginx/ip-hash',
          severity: 'warning',
          message: findings[0].message,
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 17,
        },
      ]);
      assert.match(String(findings[0].message), /^'ip_hash' pins clients/);
    });

    it('json: an empty array when clean; --format=json works too', async () => {
      const dir = folder({ 'haproxy.cfg': 'global\n    daemon\n' });
      const r = await run('--format=json', dir);
      assert.deepStrictEqual([r.code, JSON.parse(r.stdout)], [0, []]);
    });

    it('sarif: 2.1.0 with every rule described and results pointing at them', async () => {
      const dir = folder({ 'nginx.conf': STICKY, 'haproxy/haproxy.cfg': HAPROXY_SOURCE });
      const r = await run('--format', 'sarif', dir);
      assert.strictEqual(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.strictEqual(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.strictEqual(log.runs.length, 1);
      const driver = log.runs[0].tool.driver;
      assert.strictEqual(driver.name, 'affinity-lint');
      // No web address exists for the tool or its pages: none is claimed.
      assert.strictEqual(driver.informationUri, undefined);
      assert.strictEqual(driver.rules.length, RULES.length);
      for (const rule of driver.rules) {
        assert.match(rule.id, /^(nginx|haproxy|manifest|k8s|ingress-nginx|nginx-ingress|gateway-api|istio|traefik|aws-lbc|app)\/[a-z0-9-]+$/);
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(rule.fullDescription.text.includes(`affinity-lint --explain ${rule.id}`), rule.fullDescription.text);
        assert.strictEqual(rule.helpUri, undefined);
        // help is the rule's page (what code-scanning UIs show), its relative links reduced to their text.
        assert.deepStrictEqual(Object.keys(rule.help), ['text', 'markdown']);
        assert.strictEqual(rule.help.markdown, helpMarkdown(page(rule.id)));
        assert.strictEqual(rule.help.text, rule.help.markdown);
        assert.ok(rule.help.markdown.startsWith(`# ${rule.id}\n`), rule.id);
        assert.doesNotMatch(rule.help.markdown, /\]\((?!https?:)/, `${rule.id}: a relative link in help`);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      assert.strictEqual(driver.rules.find((x: { id: string }) => x.id === 'nginx/sticky-cookie-no-expiry').defaultConfiguration.level, 'note');
      const results = log.runs[0].results;
      assert.deepStrictEqual(
        results.map((x: { ruleId: string }) => x.ruleId).sort(),
        ['haproxy/balance-source', 'haproxy/hash-not-consistent', 'nginx/sticky-cookie-no-expiry', 'nginx/sticky-cookie-no-httponly', 'nginx/sticky-cookie-no-path', 'nginx/sticky-cookie-no-samesite', 'nginx/sticky-cookie-no-secure', 'nginx/sticky-unsupported'],
      );
      for (const res of results) {
        assert.strictEqual(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        const region = res.locations[0].physicalLocation.region;
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
        assert.ok(!res.locations[0].physicalLocation.artifactLocation.uri.includes('\\'));
      }
      const balance = results.find((x: { ruleId: string }) => x.ruleId === 'haproxy/balance-source');
      assert.deepStrictEqual(balance.locations[0].physicalLocation.region, { startLine: 6, startColumn: 5, endLine: 6, endColumn: 19 });
    });
  });

  describe('--fix', () => {
    it('rewrites the file with the preferred fixes and reports what remains', async () => {
      const dir = folder({ 'nginx.conf': STICKY + IP_HASH.replace('app', 'api') });
      const file = path.join(dir, 'nginx.conf');
      const r = await run('--fix', file);
      assert.strictEqual(
        fs.readFileSync(file, 'utf8'),
        'http {\n    upstream app {\n        sticky cookie srv_id expires=1h httponly path=/ samesite=lax secure;\n    }\n}\n' + IP_HASH.replace('app', 'api'),
      );
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepStrictEqual(lines.slice(2), ['fixed 5 problems', '2 problems (1 errors, 1 warnings, 0 infos, 0 hints)']);
      assert.match(lines[0], /:3:9: error nginx\/sticky-unsupported:/, 'the default target (nginx 1.22) has no sticky');
      assert.match(lines[1], /:8:9: warning nginx\/ip-hash:/);
      assert.strictEqual(r.code, 1, 'ip_hash has no safe fix for the default target: it remains');
    });

    it('a fully fixed file exits 0; the target version decides the fix', async () => {
      const dir = folder({ 'haproxy.cfg': HAPROXY_SOURCE });
      const file = path.join(dir, 'haproxy.cfg');
      const r = await run('--fix', '--haproxy-version', '2.1', '--format', 'json', file);
      assert.deepStrictEqual([r.code, JSON.parse(r.stdout)], [0, []]);
      assert.strictEqual(
        fs.readFileSync(file, 'utf8'),
        'defaults\n    mode http\n    option redispatch\n\nbackend app\n    balance roundrobin\n    cookie SERVERID insert indirect nocache httponly secure maxidle 30m maxlife 8h\n    server a 10.0.0.1:80 cookie a\n',
      );
    });

    it('infers NGINX Plus from a Plus-only directive unless --nginx-flavor or .affinity-lint.json says otherwise', async () => {
      const plus = 'http {\n    upstream app {\n        zone app 64k;\n        sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n    }\n    server {\n        status_zone shop;\n    }\n}\n';
      const ids = (out: string): string[] => (JSON.parse(out) as { ruleId: string }[]).map((f) => f.ruleId);
      const dir = folder({ 'nginx.conf': plus, 'oss/.affinity-lint.json': JSON.stringify({ nginx: { flavor: 'oss' } }), 'oss/nginx.conf': plus });
      assert.deepStrictEqual(ids((await run('--format', 'json', path.join(dir, 'nginx.conf'))).stdout), []);
      assert.deepStrictEqual(ids((await run('--format', 'json', '--nginx-flavor', 'oss', path.join(dir, 'nginx.conf'))).stdout), ['nginx/sticky-unsupported']);
      assert.deepStrictEqual(ids((await run('--format', 'json', path.join(dir, 'oss', 'nginx.conf'))).stdout), ['nginx/sticky-unsupported']);
    });

    it('keeps CRLF line ends', async () => {
      const dir = folder({ 'nginx.conf': STICKY.replace(/\n/g, '\r\n') });
      const file = path.join(dir, 'nginx.conf');
      const r = await run('--fix', '--nginx-flavor', 'plus', file);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'http {\r\n    upstream app {\r\n        sticky cookie srv_id expires=1h httponly path=/ samesite=lax secure;\r\n    }\r\n}\r\n');
    });

    it('leaves a clean file untouched', async () => {
      const dir = folder({ 'nginx.conf': 'events {}\n' });
      const file = path.join(dir, 'nginx.conf');
      const before = fs.statSync(file).mtimeMs;
      const r = await run('--fix', file);
      assert.deepStrictEqual([r.code, r.stdout], [0, 'no problems\n']);
      assert.strictEqual(fs.statSync(file).mtimeMs, before);
    });
  });

  describe('exit status', () => {
    it('0 when only information or hints remain', async () => {
      const dir = folder({ 'nginx.conf': HARDENED_NO_EXPIRY });
      const r = await run('--format', 'json', '--nginx-flavor', 'plus', dir);
      assert.strictEqual(r.code, 0);
      assert.deepStrictEqual(JSON.parse(r.stdout).map((f: { severity: string }) => f.severity), ['info']);
      const hint = await run('--traffic', 'internal', folder({ 'nginx.conf': IP_HASH }));
      assert.strictEqual(hint.code, 0);
      assert.match(hint.stdout, /hint nginx\/ip-hash/);
    });

    it('1 on an error', async () => {
      const r = await run(folder({ 'nginx.conf': 'http {\n    listen 80\n}\n' }));
      assert.strictEqual(r.code, 1);
      assert.match(r.stdout, /:2:14: error nginx\/syntax: Syntax error: missing ';'/);
    });

    it('2 on usage errors, with one line on stderr', async () => {
      for (const argv of [['--bogus', 'x'], [], ['--format', 'xml', 'x'], ['--dialect'], ['--nginx-version', 'latest', 'x'], ['--traffic', 'everyone', 'x']]) {
        const r = await run(...argv);
        assert.strictEqual(r.code, 2, argv.join(' '));
        assert.strictEqual(r.stdout, '');
        assertOneLineError(r, /\(see --help\)$/m);
      }
    });

    it('2 on a missing file', async () => {
      const missing = path.join(root, 'nope', 'nginx.conf');
      const r = await run(missing);
      assert.strictEqual(r.code, 2);
      assertOneLineError(r, /nope.nginx\.conf: no such file or folder/);
    });

    it('2 for an explicit file that is not a configuration, with one line saying so; --dialect forces it', async () => {
      const dir = folder({ 'notes.txt': 'hello\n', 'app.conf': 'upstream app {\n    ip_hash;\n}\n' });
      const r = await run(path.join(dir, 'notes.txt'));
      assert.strictEqual(r.code, 2);
      assertOneLineError(r, /notes\.txt: not an NGINX or HAProxy configuration; not linted \(pass --dialect nginx or --dialect haproxy to lint it anyway\)$/m);
      assert.strictEqual(r.stdout, 'no files linted; 1 file not linted (see the errors above)\n');
      const forced = await run('--dialect', 'haproxy', '--format', 'json', path.join(dir, 'notes.txt'));
      assert.strictEqual(forced.code, 1);
      assert.deepStrictEqual(JSON.parse(forced.stdout).map((f: { ruleId: string }) => f.ruleId), ['haproxy/syntax']);
    });

    it('--help and --version exit 0', async () => {
      const help = await run('--help');
      assert.strictEqual(help.code, 0);
      assert.match(help.stdout, /^usage: affinity-lint/);
      const version = await run('--version');
      assert.strictEqual(version.code, 0);
      assert.match(version.stdout, /^\S+\n$/);
    });
  });

  describe('--list-rules', () => {
    it('text: one line per rule', async () => {
      const r = await run('--list-rules');
      assert.strictEqual(r.code, 0);
      const lines = r.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.length, RULES.length);
      assert.ok(RULES.length >= 13);
      assert.match(lines[0], /^nginx\/ip-hash\s+warning\s+fix\s+IP-based affinity/);
      assert.ok(lines.some((l) => /^haproxy\/syntax\s+error {9}Text the HAProxy parser/.test(l)));
    });

    it('json: [{id, severity, docs}] for every rule', async () => {
      const r = await run('--list-rules', '--format', 'json');
      const rules = JSON.parse(r.stdout) as { id: string; severity: string; docs: string }[];
      assert.deepStrictEqual(rules.map((x) => x.id), RULES.map((x) => x.meta.id));
      for (const id of FIRST_13) assert.ok(rules.some((x) => x.id === id), id);
      // docs: the installed page, a file anyone can open offline (no web copy exists).
      for (const rule of rules) {
        assert.deepStrictEqual(Object.keys(rule), ['id', 'severity', 'docs']);
        assert.strictEqual(fs.readFileSync(rule.docs, 'utf8'), page(rule.id));
      }
      assert.deepStrictEqual(rules.find((x) => x.id === 'haproxy/cookie-no-secure'), {
        id: 'haproxy/cookie-no-secure',
        severity: 'warning',
        docs: path.join(REPO, 'docs', 'rules', 'haproxy', 'cookie-no-secure.md'),
      });
    });
  });

  describe('--explain', () => {
    it('prints the rule’s page, needing no files', async () => {
      for (const id of ['nginx/ip-hash', 'haproxy/cookie-no-ttl']) {
        const r = await run('--explain', id);
        assert.deepStrictEqual([r.code, r.stderr], [0, '']);
        assert.strictEqual(r.stdout, page(id));
      }
      const eq = await run('--explain=haproxy/balance-source');
      assert.strictEqual(eq.stdout, page('haproxy/balance-source'));
    });

    it('refuses an unknown id, a path and a missing value with exit 2', async () => {
      const unknown = await run('--explain', 'nginx/ip_hash');
      assertOneLineError(unknown, /no rule 'nginx\/ip_hash' \(--list-rules lists them\)/);
      const outside = await run('--explain', '../package.json');
      assertOneLineError(outside, /no rule '\.\.\/package\.json'/);
      const missing = await run('--explain');
      assertOneLineError(missing, /--explain needs a value/);
      assert.deepStrictEqual([unknown.code, outside.code, missing.code, unknown.stdout + outside.stdout + missing.stdout], [2, 2, 2, '']);
    });
  });

  describe('files and folders', () => {
    it('detects dialects from names and content in a folder walk', async () => {
      const dir = folder({
        'etc/nginx/conf.d/api.conf': 'upstream api {\n    ip_hash;\n}\n',
        'etc/nginx/sites-enabled/shop': 'upstream shop {\n    ip_hash;\n}\n',
        'etc/haproxy/haproxy.cfg': HAPROXY_SOURCE,
        'misc/lb.cfg': 'defaults\n    mode http\n    option redispatch\nbackend b\n    balance source\n',
        'misc/unknown.conf': 'just words\n',
        'misc/readme.md': 'upstream x { ip_hash; }\n',
      });
      const r = await run('--format', 'json', dir);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stderr, '', 'an undetectable file found by the walk is skipped quietly');
      const got = (JSON.parse(r.stdout) as { file: string; ruleId: string }[]).map((f) => [path.relative(dir, f.file).split(path.sep).join('/'), f.ruleId]);
      assert.deepStrictEqual(got, [
        ['etc/haproxy/haproxy.cfg', 'haproxy/balance-source'],
        ['etc/haproxy/haproxy.cfg', 'haproxy/hash-not-consistent'],
        ['etc/nginx/conf.d/api.conf', 'nginx/ip-hash'],
        ['etc/nginx/sites-enabled/shop', 'nginx/ip-hash'],
        ['misc/lb.cfg', 'haproxy/balance-source'],
        ['misc/lb.cfg', 'haproxy/hash-not-consistent'],
      ]);
    });

    it('the guide\'s one-line example saved as sticky.conf is read as NGINX and gets its findings', async () => {
      const dir = folder({
        'sticky.conf': 'upstream backend { sticky cookie srv_id expires=1h domain=.example.com path=/; server 10.0.0.11:3000; server 10.0.0.12:3000; }\n',
      });
      const r = await run('--format', 'json', '--nginx-flavor', 'plus', path.join(dir, 'sticky.conf'));
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.code, 1);
      assert.deepStrictEqual((JSON.parse(r.stdout) as { ruleId: string }[]).map((f) => f.ruleId).sort(), [
        'nginx/sticky-cookie-no-httponly',
        'nginx/sticky-cookie-no-samesite',
        'nginx/sticky-cookie-no-secure',
      ]);
    });

    it('an Express app.js without session middleware named on the command line: a note saying so, no findings, exit 0', async () => {
      // The app kind claims JS/TS names and reads only files that use a session library.
      const dir = folder({ 'app.js': "const express = require('express');\nconst app = express();\napp.use(express.json());\napp.listen(3000);\n" });
      const file = path.join(dir, 'app.js');
      const r = await run(file);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(r.stderr, `affinity-lint: note: ${file}: nothing Affinity Lint checks (no session middleware); not linted\n`);
      assert.strictEqual(r.stdout, 'no files linted; 1 file skipped (empty, or nothing Affinity Lint checks)\n');
    });

    it('a named config and a named non-config: the findings, the line, exit 2', async () => {
      // (A compose file is no longer one: the manifest kind reads it, see kinds.test.ts.)
      const dir = folder({ 'nginx.conf': IP_HASH, 'settings.json': '{ "services": { "web": { "image": "nginx" } } }\n' });
      const r = await run(path.join(dir, 'nginx.conf'), path.join(dir, 'settings.json'));
      assert.strictEqual(r.code, 2);
      assertOneLineError(r, /settings\.json: not an NGINX or HAProxy configuration \(reads as JSON\)/);
      assert.match(r.stdout, /warning nginx\/ip-hash/);
      assert.match(r.stdout, /\n1 problem \(0 errors, 1 warnings, 0 infos, 0 hints\); 1 file not linted \(see the errors above\)\n$/);
    });

    it('a folder walk skips what is not a configuration quietly and counts it in the summary', async () => {
      const dir = folder({
        'supervisord.conf': '[program:app]\ncommand=/usr/bin/node app.js\nautorestart=true\n',
        'site.conf': 'server {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n',
      });
      const r = await run(dir);
      assert.deepStrictEqual(r, { code: 0, stdout: 'no problems; 1 file skipped (empty, or nothing Affinity Lint checks)\n', stderr: '' });
    });

    it('conf.d/*.conf and sites-*/ files of other programs (Apache, supervisord) get a note, not NGINX syntax errors', async () => {
      const dir = folder({
        'httpd/conf.d/ssl.conf': 'Listen 443 https\n<VirtualHost _default_:443>\nSSLEngine on\nSSLCertificateFile /etc/pki/tls/certs/localhost.crt\n</VirtualHost>\n',
        'supervisor/conf.d/app.conf': '[program:app]\ncommand=/usr/bin/node /srv/app/server.js\nautorestart=true\n',
        'apache2/sites-enabled/000-default.conf': '<VirtualHost *:80>\n\tServerAdmin webmaster@localhost\n\tDocumentRoot /var/www/html\n</VirtualHost>\n',
        'deploy/conf.d/app.conf': 'upstream app {\n    ip_hash;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\nserver {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n',
      });
      const r = await run(dir);
      assert.strictEqual(r.code, 1);
      assert.match(r.stdout, /deploy\/conf\.d\/app\.conf:2:5: warning nginx\/ip-hash/);
      assert.doesNotMatch(r.stdout, /nginx\/syntax/);
      assert.match(r.stdout, /; 3 files skipped \(empty, or nothing Affinity Lint checks\)\n$/);
      const notes = r.stderr.trim().split('\n');
      assert.deepStrictEqual(
        notes.map((l) => l.replace(dir + path.sep, '').replace(/ \(reads as [^)]*\)/, '')),
        ['apache2/sites-enabled/000-default.conf', 'httpd/conf.d/ssl.conf', 'supervisor/conf.d/app.conf'].map(
          (f) => `affinity-lint: note: ${f.split('/').join(path.sep)}: named like an NGINX file, but does not read as an NGINX configuration; not linted (pass --dialect nginx to lint it anyway)`,
        ),
      );
      // Named on the command line, such a file is a usage problem, as any other non-configuration.
      const named = await run(path.join(dir, 'httpd', 'conf.d', 'ssl.conf'));
      assert.strictEqual(named.code, 2);
      assertOneLineError(named, /ssl\.conf: not an NGINX or HAProxy configuration; not linted/);
    });

    it('a run that lints nothing never says "no problems"', async () => {
      const walk = await run(folder({ 'supervisord.conf': '[program:app]\ncommand=/usr/bin/node app.js\n' }));
      assert.deepStrictEqual(walk, { code: 0, stdout: 'no files linted; 1 file skipped (empty, or nothing Affinity Lint checks)\n', stderr: '' });
      const dir = folder({ 'notes.conf': '# nothing here yet\n' });
      const blank = await run(path.join(dir, 'notes.conf'));
      assert.deepStrictEqual(blank, {
        code: 0,
        stdout: 'no files linted; 1 file skipped (empty, or nothing Affinity Lint checks)\n',
        stderr: `affinity-lint: note: ${path.join(dir, 'notes.conf')}: empty or only comments; nothing to lint\n`,
      });
    });

    it('sarif: notes and not-linted files as tool execution notifications', async () => {
      const dir = folder({ 'settings.json': '{}\n', 'nginx.conf': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nevents {}\n')]) });
      const r = await run('--format', 'sarif', path.join(dir, 'settings.json'), path.join(dir, 'nginx.conf'));
      assert.strictEqual(r.code, 2);
      const invocations = JSON.parse(r.stdout).runs[0].invocations as { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      assert.strictEqual(invocations.length, 1);
      assert.strictEqual(invocations[0].executionSuccessful, false);
      const notes = invocations[0].toolExecutionNotifications.map((n) => [n.level, path.basename(n.locations[0].physicalLocation.artifactLocation.uri), n.message.text.replace(/ \(.*$/, '')]);
      assert.deepStrictEqual(notes, [
        ['note', 'nginx.conf', 'not valid UTF-8'],
        ['error', 'settings.json', 'not an NGINX or HAProxy configuration'],
      ]);
      const clean = JSON.parse((await run('--format', 'sarif', path.join(dir, 'nginx.conf'))).stdout).runs[0];
      assert.strictEqual(clean.invocations[0].executionSuccessful, true);
    });

    it('--dialect applies to every file', async () => {
      const dir = folder({ 'a.conf': 'backend b\n    mode http\n    balance source\n' });
      const r = await run('--dialect', 'haproxy', '--format', 'json', path.join(dir, 'a.conf'));
      assert.deepStrictEqual(JSON.parse(r.stdout).map((f: { ruleId: string }) => f.ruleId), ['haproxy/balance-source', 'haproxy/hash-not-consistent']);
    });

    it('skips node_modules and survives a symlink loop', async function () {
      const dir = folder({ 'nginx.conf': IP_HASH, 'node_modules/pkg/nginx.conf': IP_HASH, 'sub/x.nginx': IP_HASH });
      try {
        fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'), 'dir');
      } catch {
        this.skip();
      }
      const r = await run('--format', 'json', dir);
      const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => path.relative(dir, f.file).split(path.sep).join('/'));
      assert.deepStrictEqual(files, ['nginx.conf', 'sub/x.nginx']);
      assert.strictEqual(r.code, 1);
    });

    it('non-UTF-8 input: read as Latin-1 with a note on stderr, no finding, the exit status its findings give', async () => {
      const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + IP_HASH)]);
      const dir = folder({ 'nginx.conf': bytes });
      const file = path.join(dir, 'nginx.conf');
      const r = await run('--format', 'json', dir);
      assert.strictEqual(r.code, 1);
      const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string; line: number; column: number }[];
      assert.deepStrictEqual(findings.map((f) => [f.ruleId, f.severity, f.line, f.column]), [['nginx/ip-hash', 'warning', 4, 9]]);
      assert.strictEqual(r.stderr, `affinity-lint: note: ${file}: not valid UTF-8 (first bad byte at offset 5); read as Latin-1, byte for byte, as the server reads it\n`);
    });

    it('non-UTF-8 input that is clean exits 0 and says no problems (nginx accepts it)', async () => {
      const dir = folder({ 'nginx.conf': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nevents {}\n')]) });
      const r = await run(dir);
      assert.deepStrictEqual([r.code, r.stdout], [0, 'no problems\n']);
      assert.match(r.stderr, /^affinity-lint: note: \S+nginx\.conf: not valid UTF-8 \(first bad byte at offset 5\); read as Latin-1, byte for byte, as the server reads it\n$/);
    });

    it('--fix on non-UTF-8 input writes Latin-1 back: every byte the fix did not touch stays', async () => {
      const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + STICKY)]);
      const dir = folder({ 'nginx.conf': latin1, 'utf8/nginx.conf': '# cafe\n' + STICKY });
      const r = await run('--fix', '--nginx-flavor', 'plus', '--format', 'json', path.join(dir, 'nginx.conf'));
      await run('--fix', '--nginx-flavor', 'plus', path.join(dir, 'utf8', 'nginx.conf'));
      const fixedUtf8 = fs.readFileSync(path.join(dir, 'utf8', 'nginx.conf'), 'utf8').slice('# cafe\n'.length);
      assert.notStrictEqual(fixedUtf8, STICKY, 'the fix changed the sticky line');
      assert.deepStrictEqual(fs.readFileSync(path.join(dir, 'nginx.conf')), Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + fixedUtf8)]));
      assert.deepStrictEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /read as Latin-1, byte for byte, as the server reads it; fixes are written back byte for byte\n$/);
    });

    it('an empty file is clean', async () => {
      const dir = folder({ 'nginx.conf': '', 'haproxy.cfg': '' });
      assert.deepStrictEqual(await run(dir), { code: 0, stdout: 'no problems\n', stderr: '' });
    });

    it('a binary file (NUL bytes) gives an error finding and exit 1', async () => {
      const garbage = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x10]);
      const dir = folder({ 'blob.nginx': garbage });
      const r = await run('--format', 'json', path.join(dir, 'blob.nginx'));
      assert.strictEqual(r.code, 1);
      const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string; message: string }[];
      assert.ok(findings.some((f) => f.ruleId === 'nginx/syntax' && f.severity === 'error' && /NUL bytes/.test(f.message)), r.stdout);
    });

    it('a CRLF file: positions count lines correctly', async () => {
      const dir = folder({ 'haproxy.cfg': HAPROXY_SOURCE.replace(/\n/g, '\r\n') });
      const r = await run('--format', 'json', dir);
      const [f] = JSON.parse(r.stdout);
      assert.deepStrictEqual([f.ruleId, f.line, f.column, f.endLine, f.endColumn], ['haproxy/balance-source', 6, 5, 6, 19]);
    });
  });
});
