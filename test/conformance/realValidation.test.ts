// The whole-configuration validation judged by the installed nginx and HAProxy. Not part of `npm
// test` (a clone may have neither installed): `.ci/run` runs it after installing both, and it fails,
// never skips, when one is missing.
import * as assert from 'assert';
import * as path from 'path';
import { validateConfiguration, type ConfigurationOutcome } from '../../server/src/validation/configuration';
import { detectServer } from '../../server/src/validation/detect';
import { Scratch, snapshot } from '../unit/validation/fakes';

/** The outcome's problems as [file relative to the root (or null), 0-based line, severity, message]. */
function placed(outcome: ConfigurationOutcome, root: string): [string | null, number, string, string][] {
  return outcome.problems.map((p) => [p.file === null ? null : path.relative(root, p.file), p.line, p.severity, p.message]);
}

/** With the installed nginx and HAProxy (`.ci/run` installs both: nginx-core and haproxy). */
describe('validation: a whole configuration, judged by the installed servers', function () {
  this.timeout(20000);
  let scratch: Scratch;
  const versions: Record<'nginx' | 'haproxy', string | null> = { nginx: null, haproxy: null };
  let modulesPath: string | null = null;
  before(async () => {
    const nginx = await detectServer('nginx', 'nginx');
    versions.nginx = nginx.version;
    modulesPath = nginx.modulesPath;
    versions.haproxy = (await detectServer('haproxy', 'haproxy')).version;
  });
  beforeEach(() => (scratch = new Scratch('validate-real')));
  afterEach(() => scratch.dispose());

  function needs(_test: Mocha.Context, dialect: 'nginx' | 'haproxy'): void {
    if (!versions[dialect]) throw new Error(`${dialect} is not installed: apt-get install -y nginx-core haproxy (this run judges with the real servers)`);
  }

  /** nginx.conf with a conf.d/ glob (absolute) and a sites-enabled/ glob (relative), listening on loopback only, no access log (a user cannot write Debian's). */
  function nginxSite(nginxConf?: string): string {
    scratch.file('etc-nginx/nginx.conf', nginxConf ?? 'events {}\n\nhttp {\n    access_log off;\n    include /etc/nginx/conf.d/*.conf;\n    include sites-enabled/*;\n}\n');
    scratch.file('etc-nginx/conf.d/app.conf', 'upstream app {\n    hash $cookie_sid consistent;\n    server 127.0.0.1:8080;\n}\n');
    scratch.file('etc-nginx/sites-enabled/shop', 'server {\n    listen 127.0.0.1:18481;\n\n    location / {\n        proxy_pass http://app;\n    }\n}\n');
    return path.join(scratch.dir, 'etc-nginx');
  }

  const nginxCheck = (root: string, texts?: Map<string, string>): Promise<ConfigurationOutcome> =>
    validateConfiguration({ dialect: 'nginx', args: ['-c', 'nginx.conf'], root, texts, binary: 'nginx', nginxVersion: versions.nginx, nginxModulesPath: modulesPath });

  const nginxCases: [string, (root: string) => Map<string, string> | undefined, string | undefined, ConfigurationOutcome['status'], (root: string) => [string | null, number, string, string][]][] = [
    ['accepts the tree as it is on disk', () => undefined, undefined, 'accepted', () => []],
    [
      'places an error of an unsaved included buffer in that file, at its line',
      (root) => new Map([[path.join(root, 'conf.d/app.conf'), 'upstream app {\n    server 127.0.0.1:8080;\n    sticky cookie srv_id;\n}\n']]),
      undefined,
      'rejected',
      () => [['conf.d/app.conf', 2, 'error', 'unknown directive "sticky"']],
    ],
    [
      'places a missing plain include on the include line, naming the original path',
      () => undefined,
      'events {}\n\nhttp {\n    access_log off;\n    include /etc/nginx/conf.d/*.conf;\n    include sites-enabled/cart;\n}\n',
      'rejected',
      (root) => [['nginx.conf', 5, 'error', `open() "${root}/sites-enabled/cart" failed (2: No such file or directory)`]],
    ],
    [
      'accepts a glob that matches nothing',
      () => undefined,
      'events {}\n\nhttp {\n    access_log off;\n    include /etc/nginx/conf.d/*.conf;\n    include sites-enabled/*;\n    include streams-enabled/*.conf;\n}\n',
      'accepted',
      () => [],
    ],
  ];
  for (const [what, texts, nginxConf, status, problems] of nginxCases) {
    it(`nginx: ${what}`, async function () {
      needs(this, 'nginx');
      const root = nginxSite(nginxConf);
      const before = snapshot(root);
      const outcome = await nginxCheck(root, texts(root));
      assert.deepStrictEqual([outcome.status, placed(outcome, root)], [status, problems(root)]);
      assert.deepStrictEqual(snapshot(root), before);
    });
  }

  it('haproxy: a numbered folder, with the unsaved buffer of its second file, messages in the file they are about', async function () {
    needs(this, 'haproxy');
    scratch.file('lb/00-global.cfg', 'global\n    maxconn 100\n\ndefaults\n    mode http\n    option redispatch\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n');
    scratch.file('lb/10-shop.cfg', 'backend shop\n    cookie SRV insert indirect nocache\n    server web1 127.0.0.1:8080 cookie web1\n');
    scratch.file('lb/notes.txt', 'not loaded: not a .cfg\n');
    const root = path.join(scratch.dir, 'lb');
    const check = (texts?: Map<string, string>): Promise<ConfigurationOutcome> => validateConfiguration({ dialect: 'haproxy', args: ['-f', '.'], root, texts, binary: 'haproxy' });
    const saved = await check();
    assert.deepStrictEqual([saved.status, placed(saved, root)], ['accepted', []]);
    const edited = await check(new Map([[path.join(root, '10-shop.cfg'), 'backend shop\n    cookie SRV insert indirect nocache\n    server web1 127.0.0.1:8080 cookie web1\n    stick-tables type ip\n']]));
    assert.strictEqual(edited.status, 'rejected');
    const [first] = placed(edited, root);
    assert.deepStrictEqual(first.slice(0, 3), ['10-shop.cfg', 3, 'error']);
    assert.match(first[3], /unknown keyword 'stick-tables' in 'backend' section/);
  });

  it('haproxy: haproxy.cfg and conf.d/, a message naming only a backend on that backend’s line in its file', async function () {
    needs(this, 'haproxy');
    scratch.file('lb/haproxy.cfg', 'global\n    maxconn 100\n\ndefaults\n    mode http\n');
    scratch.file('lb/conf.d/app.cfg', '# the application\n\nbackend app\n    server a1 127.0.0.1:8080\n');
    const root = path.join(scratch.dir, 'lb');
    const outcome = await validateConfiguration({ dialect: 'haproxy', args: ['-f', 'haproxy.cfg', '-f', 'conf.d'], root, binary: 'haproxy' });
    assert.strictEqual(outcome.status, 'accepted');
    const timeouts = placed(outcome, root).filter((p) => /missing timeouts/.test(p[3]));
    assert.deepStrictEqual(timeouts.map((p) => p.slice(0, 3)), [['conf.d/app.cfg', 2, 'warning']]);
  });
});
