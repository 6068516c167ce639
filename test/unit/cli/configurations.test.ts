import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../server/src/cli/main';
import { GLOBAL_CFG, SHOP_CFG, Trees, type Entry } from '../../helpers/configurationTree';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `dir` (so that it names files from there), as `cd dir && affinity-lint ...`. */
async function runIn(dir: string, argv: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(dir);
  try {
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

const NGINX_CONF = 'events {}\nhttp {\n    proxy_next_upstream off;\n    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n';
const APP = 'upstream app {\n    hash $request_uri consistent;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n';
const SHOP = 'server {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n    }\n}\n';
const NGINX_TREE: Record<string, Entry> = { 'nginx.conf': NGINX_CONF, 'conf.d/app.conf': APP, 'sites-enabled/shop': SHOP };
const STRANDED =
  "conf.d/app.conf:2:5: warning nginx/affinity-without-failover: Upstream 'app' pins clients, but its traffic (line 4 of sites-enabled/shop) has 'proxy_next_upstream off' in effect (line 3 of nginx.conf): when a client's server fails, the client gets the error instead of another server.";
const ONE_WARNING = '1 problem (0 errors, 1 warnings, 0 infos, 0 hints)';
const TCP_GLOBAL = GLOBAL_CFG.replace('mode http', 'mode tcp');

interface CliCase {
  readonly name: string;
  readonly files: Record<string, Entry>;
  /** Run from `in` (a folder of the tree; the tree's root without it). */
  readonly in?: string;
  readonly argv: readonly string[];
  readonly code: number;
  /** The text output's lines; a RegExp for a line matched loosely. */
  readonly stdout?: readonly (string | RegExp)[];
  readonly stderr?: RegExp;
}

const CASES: readonly CliCase[] = [
  {
    name: '-c entry: a finding of conf.d/ decided by nginx.conf, with where to look',
    files: NGINX_TREE,
    argv: ['-c', 'nginx.conf'],
    code: 1,
    stdout: [`${STRANDED} (see sites-enabled/shop:4, nginx.conf:3)`, ONE_WARNING],
  },
  {
    name: 'a folder: its nginx.conf found and read across files',
    files: NGINX_TREE,
    argv: ['.'],
    code: 1,
    stdout: [`${STRANDED} (see sites-enabled/shop:4, nginx.conf:3)`, ONE_WARNING],
  },
  {
    name: 'a file named alone: judged in the configuration around it, its own findings only',
    files: NGINX_TREE,
    argv: ['conf.d/app.conf'],
    code: 1,
    stdout: [`${STRANDED} (see sites-enabled/shop:4, nginx.conf:3)`, ONE_WARNING],
  },
  {
    name: 'a file named alone from its own folder',
    files: NGINX_TREE,
    in: 'conf.d',
    argv: ['app.conf'],
    code: 1,
    // Files above the working folder are named by their absolute paths.
    stdout: [/^app\.conf:2:5: warning nginx\/affinity-without-failover: .* \(see \/.*\/sites-enabled\/shop:4, \/.*\/nginx\.conf:3\)$/, ONE_WARNING],
  },
  {
    name: 'a file in two configurations: a finding only one reports says which',
    files: { ...NGINX_TREE, 'staging.conf': NGINX_CONF.replace('    proxy_next_upstream off;\n', '') },
    argv: ['-c', 'nginx.conf', '-c', 'staging.conf'],
    code: 1,
    stdout: [`${STRANDED} [in nginx -c nginx.conf] (see sites-enabled/shop:4, nginx.conf:3)`, ONE_WARNING],
  },
  {
    name: 'a file in two configurations whose entries are both nginx.conf: named by their paths',
    files: {
      'nginx.conf': 'events {}\nhttp {\n    proxy_next_upstream off;\n    include common/app.conf;\n    include sites-enabled/*;\n}\n',
      'staging/nginx.conf': 'events {}\nhttp {\n    include ../common/app.conf;\n    include ../sites-enabled/*;\n}\n',
      'common/app.conf': APP,
      'sites-enabled/shop': SHOP,
    },
    argv: ['.'],
    code: 1,
    stdout: [/^common\/app\.conf:2:5: warning nginx\/affinity-without-failover: .* \[in nginx -c nginx\.conf\] \(see sites-enabled\/shop:4, nginx\.conf:3\)$/, ONE_WARNING],
  },
  {
    name: 'the same, the finding in the other one',
    files: {
      'nginx.conf': 'events {}\nhttp {\n    include common/app.conf;\n    include sites-enabled/*;\n}\n',
      'staging/nginx.conf': 'events {}\nhttp {\n    proxy_next_upstream off;\n    include ../common/app.conf;\n    include ../sites-enabled/*;\n}\n',
      'common/app.conf': APP,
      'sites-enabled/shop': SHOP,
    },
    argv: ['.'],
    code: 1,
    stdout: [/^common\/app\.conf:2:5: warning nginx\/affinity-without-failover: .* \[in nginx -c staging\/nginx\.conf\] \(see sites-enabled\/shop:4, staging\/nginx\.conf:3\)$/, ONE_WARNING],
  },
  {
    name: "-f folder: the issue's two files, the backend in HTTP mode by the first file's defaults",
    files: { 'lb/00-global.cfg': GLOBAL_CFG, 'lb/10-shop.cfg': SHOP_CFG },
    argv: ['-f', 'lb'],
    code: 0,
    stdout: ['no problems'],
  },
  {
    name: '-f file -f file: the same, in the order given',
    files: { '00-global.cfg': GLOBAL_CFG, '10-shop.cfg': SHOP_CFG },
    argv: ['-f', '00-global.cfg', '-f', '10-shop.cfg'],
    code: 0,
    stdout: ['no problems'],
  },
  {
    name: '-f in the other order: the backend comes before any defaults, so in TCP mode',
    files: { '00-global.cfg': GLOBAL_CFG, '10-shop.cfg': SHOP_CFG },
    argv: ['-f', '10-shop.cfg', '-f', '00-global.cfg'],
    code: 1,
    stdout: [/^10-shop\.cfg:3:5: error haproxy\/invalid-cookie-options: cookie 'SRV' in a backend working in TCP mode/, /^1 problem \(1 errors/],
  },
  {
    name: 'a folder of numbered *.cfg files found by the folder walk; a TCP defaults makes the cookie an error',
    files: { 'lb/00-global.cfg': TCP_GLOBAL, 'lb/10-shop.cfg': SHOP_CFG },
    argv: ['.'],
    code: 1,
    stdout: [/^lb\/10-shop\.cfg:3:5: error haproxy\/invalid-cookie-options: /, /^1 problem \(1 errors/],
  },
  {
    name: '--nginx-root: absolute includes under it are read from the entry\'s folder',
    files: { 'nginx.conf': NGINX_CONF.replace('include conf.d/*.conf;', 'include /usr/local/nginx/conf/conf.d/*.conf;'), 'conf.d/app.conf': APP, 'sites-enabled/shop': SHOP },
    argv: ['--nginx-root', '/usr/local/nginx/conf', '-c', 'nginx.conf'],
    code: 1,
    stdout: [`${STRANDED} (see sites-enabled/shop:4, nginx.conf:3)`, ONE_WARNING],
  },
  {
    name: 'without it, the same include is outside the folders given: a note on the include',
    files: { 'nginx.conf': NGINX_CONF.replace('include conf.d/*.conf;', 'include /usr/local/nginx/conf/conf.d/*.conf;'), 'conf.d/app.conf': APP, 'sites-enabled/shop': SHOP },
    argv: ['-c', 'nginx.conf'],
    code: 0,
    stdout: [/^nginx\.conf:4:13: info nginx\/syntax: include not followed: \/usr\/local\/nginx\/conf\/conf\.d\/\*\.conf is outside the workspace \(--read-outside reads it\)/, '1 problem (0 errors, 0 warnings, 1 infos, 0 hints)'],
  },
  {
    name: '-c with an entry that is not there: an I/O error, exit status 2',
    files: {},
    argv: ['-c', 'missing.conf'],
    code: 2,
    stdout: ['no files linted'],
    stderr: /^affinity-lint: nginx -c .*missing\.conf: open\(\) ".*missing\.conf" failed \(No such file or directory\)\n$/,
  },
  {
    name: 'a missing include: the error is on the include, exit status 1',
    files: { 'nginx.conf': 'events {}\nhttp {\n    include conf.d/missing.conf;\n}\n' },
    argv: ['-c', 'nginx.conf'],
    code: 1,
    stdout: [/^nginx\.conf:3:13: error nginx\/syntax: open\(\) "conf\.d\/missing\.conf" failed \(No such file or directory\)/, /^1 problem \(1 errors/],
  },
];

describe('CLI: configurations across files', () => {
  const trees = new Trees();
  after(() => trees.cleanup());

  for (const c of CASES) {
    it(c.name, async () => {
      const dir = trees.make(c.files);
      const r = await runIn(path.join(dir, c.in ?? '.'), c.argv);
      const lines = r.stdout.trimEnd().split('\n');
      if (c.stdout) {
        assert.strictEqual(lines.length, c.stdout.length, r.stdout);
        c.stdout.forEach((want, i) => (typeof want === 'string' ? assert.strictEqual(lines[i], want) : assert.match(lines[i], want)));
      }
      if (c.stderr) assert.match(r.stderr, c.stderr);
      else assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.code, c.code, r.stdout + r.stderr);
    });
  }

  it('JSON: related locations with their files', async () => {
    const dir = trees.make(NGINX_TREE);
    const r = await runIn(dir, ['--format', 'json', '-c', 'nginx.conf']);
    const [finding] = JSON.parse(r.stdout) as { file: string; line: number; related: unknown[] }[];
    assert.deepStrictEqual({ file: finding.file, line: finding.line, related: finding.related }, {
      file: 'conf.d/app.conf',
      line: 2,
      related: [
        { file: 'sites-enabled/shop', message: "traffic to 'app'", line: 4, column: 9, endLine: 4, endColumn: 31 },
        { file: 'nginx.conf', message: "'proxy_next_upstream off' in effect", line: 3, column: 5, endLine: 3, endColumn: 29 },
      ],
    });
  });

  it('SARIF: relatedLocations in the shape SARIF 2.1.0 gives them', async () => {
    const dir = trees.make(NGINX_TREE);
    const r = await runIn(dir, ['--format', 'sarif', '-c', 'nginx.conf']);
    const log = JSON.parse(r.stdout);
    assert.strictEqual(log.version, '2.1.0');
    const [result] = log.runs[0].results;
    assert.deepStrictEqual(result.locations[0].physicalLocation, { artifactLocation: { uri: 'conf.d/app.conf' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 34 } });
    // §3.27.22: relatedLocations is an array of location objects, each with a unique non-negative id.
    assert.deepStrictEqual(result.relatedLocations, [
      { id: 0, message: { text: "traffic to 'app'" }, physicalLocation: { artifactLocation: { uri: 'sites-enabled/shop' }, region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 31 } } },
      { id: 1, message: { text: "'proxy_next_upstream off' in effect" }, physicalLocation: { artifactLocation: { uri: 'nginx.conf' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 29 } } },
    ]);
  });

  describe('--fix', () => {
    const INSECURE = (name: string): string => `backend ${name}\n    cookie SRV insert indirect nocache\n    server s1 10.0.0.1:80 check cookie s1\n    server s2 10.0.0.2:80 check cookie s2\n`;
    it('writes every file of one configuration that a fix changes', async () => {
      const dir = trees.make({ 'lb/00-global.cfg': GLOBAL_CFG, 'lb/10-shop.cfg': INSECURE('shop'), 'lb/20-admin.cfg': INSECURE('admin') });
      const r = await runIn(dir, ['--fix', '-f', 'lb']);
      const read = (f: string): string => fs.readFileSync(path.join(dir, 'lb', f), 'utf8');
      assert.strictEqual(read('00-global.cfg'), GLOBAL_CFG);
      // 'secure' is no preferred fix without a TLS bind in sight: it stays a finding of each file.
      const hardened = (name: string): string => INSECURE(name).replace('nocache\n', 'nocache httponly attr "SameSite=Lax" maxidle 30m maxlife 8h\n');
      assert.deepStrictEqual([read('10-shop.cfg'), read('20-admin.cfg')], [hardened('shop'), hardened('admin')]);
      assert.match(r.stdout, /^fixed 6 problems$/m);
      assert.deepStrictEqual(r.stdout.match(/^\S+:\d+:\d+: \S+ \S+/gm), ['lb/10-shop.cfg:2:5: info haproxy/cookie-no-secure:', 'lb/20-admin.cfg:2:5: info haproxy/cookie-no-secure:']);
    });

    // The map that sets the hash key is in nginx.conf; its preferred fix (a fallback) edits nginx.conf.
    const MAP_TREE = {
      'nginx.conf': 'events {}\nhttp {\n    map $cookie_session $app_key {\n        default $cookie_session;\n    }\n    include conf.d/*.conf;\n}\n',
      'conf.d/app.conf': 'upstream app {\n    hash $app_key consistent;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n',
    };
    it("writes the file a finding's fix edits, another than the finding's (-c)", async () => {
      const dir = trees.make(MAP_TREE);
      const before = await runIn(dir, ['-c', 'nginx.conf']);
      assert.match(before.stdout, /^conf\.d\/app\.conf:2:5: warning nginx\/hash-key-no-fallback: .* \(see nginx\.conf:3\)$/m);
      await runIn(dir, ['--fix', '-c', 'nginx.conf']);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'conf.d/app.conf'), 'utf8'), MAP_TREE['conf.d/app.conf']);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'nginx.conf'), 'utf8'), MAP_TREE['nginx.conf'].replace('    map $cookie_session $app_key {\n', '    map $cookie_session $app_key {\n        "" $request_id;\n'));
    });
    it('a file named alone: fixes that would edit other files of its configuration are left to report', async () => {
      const dir = trees.make(MAP_TREE);
      const r = await runIn(dir, ['--fix', 'conf.d/app.conf']);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'nginx.conf'), 'utf8'), MAP_TREE['nginx.conf']);
      assert.match(r.stdout, /^conf\.d\/app\.conf:2:5: warning nginx\/hash-key-no-fallback: /m);
      assert.strictEqual(r.code, 1);
    });

    it('never writes a file outside the folders given, even one it read (--read-outside)', async () => {
      const top = trees.make({
        'ws/nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n    include ../common/*.conf;\n}\n',
        'ws/conf.d/a.conf': 'upstream a {\n    sticky cookie srv_a;\n    server 10.0.0.1;\n}\n',
        'common/b.conf': 'upstream b {\n    sticky cookie srv_b;\n    server 10.0.0.2;\n}\n',
      });
      const r = await runIn(path.join(top, 'ws'), ['--fix', '--read-outside', '--nginx-flavor', 'plus', '-c', 'nginx.conf']);
      assert.match(fs.readFileSync(path.join(top, 'ws/conf.d/a.conf'), 'utf8'), /sticky cookie srv_a .*secure/);
      assert.strictEqual(fs.readFileSync(path.join(top, 'common/b.conf'), 'utf8'), 'upstream b {\n    sticky cookie srv_b;\n    server 10.0.0.2;\n}\n');
      assert.match(r.stdout, new RegExp(`^${path.join(top, 'common/b.conf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:5: warning nginx/sticky-cookie-no-secure`, 'm'));
      assert.strictEqual(r.code, 1);
    });
  });

  it('--help lists the configuration flags', async () => {
    const r = await runIn(process.cwd(), ['--help']);
    for (const flag of ['-c FILE', '-f FILE|FOLDER', '--nginx-root DIR', '--read-outside']) assert.ok(r.stdout.includes(`\n  ${flag} `), flag);
    assert.strictEqual(r.code, 0);
  });
});
