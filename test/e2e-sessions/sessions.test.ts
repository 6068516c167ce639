// The shared-store pattern proven with real parts: the guide's Node app (express-session +
// connect-redis), two instances of it behind the real nginx and then the real HAProxy (round robin,
// no affinity, TLS ending at the load balancer), sessions in a real Redis. A client with a cookie jar
// asks for / N times; the load balancer alternates the instances; each answer names the instance
// and the session's counter.
//
// Not part of `npm test` (it needs nginx, HAProxy and redis-server from Debian, and the app's
// packages from the npm registry): `npm run test:sessions`, which `.ci/run` runs. It fails, never
// skips, when a part is missing. The app's packages are installed with `npm ci` from the fixture's
// own package.json and package-lock.json (exact versions, integrity hashes) into a temporary copy of
// the fixture, as a user of the guide installs them: not devDependencies of Affinity Lint, which
// would put an ESM-only, Node-22 package and the app's peer ranges into every install of the project.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { APP_KIND } from '../../server/src/app/kind';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fixes';
import { normalizeSettings } from '../../server/src/engine/settings';
import { lintKind } from '../../server/src/kinds/kindLinter';
import { freePort, get, listening, partsMissing, start, startBalancer, startRedis, makeTls, CookieJar, type Answer, type Balancer, type Running, type Tls } from './realParts';

const REPO = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'app');
/** The app files, installed with the current majors (connect-redis 11: ESM only). */
const FIXTURE = path.join(FIXTURES, 'guide-example');
/**
 * The same packages with connect-redis 10, the last major with a `require` export (package.json and
 * lockfile only): the guide's CommonJS example runs here too, before and after --fix.
 */
type Install = 'guide-example' | 'connect-redis-10';
const INSTALLS: readonly Install[] = ['guide-example', 'connect-redis-10'];
const REQUESTS = 6;
const BALANCERS: readonly Balancer[] = ['nginx', 'haproxy'];

/** What two instances of one app did behind one load balancer. */
type Observation =
  | { readonly started: false; readonly error: string }
  | { readonly started: true; readonly answers: readonly Answer[] };

/** The line of a crashed process' output that names the error. */
function errorLine(output: string): string {
  const lines = output.split('\n').map((l) => l.trim());
  return lines.find((l) => /^(\w*Error\b|Error \[|\w+Error:)/.test(l)) ?? lines.filter(Boolean).slice(-1)[0] ?? '(no output)';
}

/** The Node example of docs/shared-session-store.md, with a route that counts and a listen call. */
function docsExample(): string {
  const doc = fs.readFileSync(path.join(REPO, 'docs', 'shared-session-store.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### Node.js'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/shared-session-store.md has no js block under "### Node.js"');
  return `${block[1]}
app.get('/', (req, res) => {
  req.session.views = (req.session.views ?? 0) + 1;
  res.json({ instance: process.env.INSTANCE, views: req.session.views });
});
app.listen(Number(process.env.PORT), '127.0.0.1');
`;
}

/** What --fix made of each fixture file, for the report. */
const fixedTexts = new Map<string, string>();

const fixture = (file: string): string => fs.readFileSync(path.join(FIXTURE, file), 'utf8');

/**
 * A fixture file after Affinity Lint's `--fix`: every preferred fix of the app rules applied until
 * nothing changes (lintKind + fixUntilStable, as the CLI does), with the versions read from the
 * package.json and package-lock.json of the install it runs with. `pick` first applies one offered
 * (not preferred) fix by its title, as a user choosing that quick fix would. The fixed text goes into
 * the report.
 */
async function fixedByUs(file: string, install: Install = 'guide-example', pick?: RegExp): Promise<string> {
  const at = path.join(FIXTURES, install, file);
  const files = { read: (f: string) => fs.promises.readFile(f, 'utf8').catch(() => null) };
  const { settings } = normalizeSettings({});
  const lint = async (text: string) => (await lintKind(APP_KIND, at, text, settings, files)).findings;
  let text = fixture(file);
  if (pick) {
    const chosen = (await lint(text)).flatMap((f) => f.fixes).find((f) => pick.test(f.title));
    if (!chosen) throw new Error(`no fix titled ${pick} on ${install}/${file}`);
    text = applyEdits(text, chosen.edits);
  }
  const fixed = await fixUntilStable(text, lint);
  fixedTexts.set(`${install}/${file}${pick ? ` (${pick.source})` : ''}`, fixed.text);
  return fixed.text;
}

interface Variant {
  readonly name: string;
  /** The file the instances run, in the installed copy of the fixture. */
  readonly file: string;
  /** Which fixture's packages it runs with (default: guide-example, the current majors). */
  readonly install?: Install;
  readonly text: () => string | Promise<string>;
  readonly expect: 'crashes at start' | 'counter lost between instances' | 'counter carries across instances';
}

const VARIANTS: readonly Variant[] = [
  { name: 'the guide example as written (connect-redis factory, client never connected)', file: 'app.js', text: () => fixture('app.js'), expect: 'crashes at start' },
  { name: 'the guide example as written, on connect-redis 10', install: 'connect-redis-10', file: 'app.js', text: () => fixture('app.js'), expect: 'crashes at start' },
  { name: 'the guide example after --fix, on connect-redis 10', install: 'connect-redis-10', file: 'app.fixed.js', text: () => fixedByUs('app.js', 'connect-redis-10'), expect: 'counter carries across instances' },
  {
    name: 'the guide example after --fix, on connect-redis 11 (ESM only: no fix turns a CommonJS file into an ES module)',
    file: 'app.fixed.js',
    text: () => fixedByUs('app.js'),
    expect: 'crashes at start',
  },
  { name: 'sessions in express-session MemoryStore', file: 'memory-store.js', text: () => fixture('memory-store.js'), expect: 'counter lost between instances' },
  {
    name: 'MemoryStore with the offered fix "Keep sessions in Redis", then --fix, on connect-redis 10',
    install: 'connect-redis-10',
    file: 'memory-store.fixed.js',
    text: () => fixedByUs('memory-store.js', 'connect-redis-10', /^Keep sessions in Redis/),
    expect: 'counter carries across instances',
  },
  { name: 'the example of docs/shared-session-store.md', file: 'docs-example.mjs', text: docsExample, expect: 'counter carries across instances' },
  { name: 'a Secure cookie with no trust proxy', file: 'secure-no-trust-proxy.mjs', text: () => fixture('secure-no-trust-proxy.mjs'), expect: 'counter lost between instances' },
  { name: 'a Secure cookie with no trust proxy, after --fix', file: 'secure-no-trust-proxy.fixed.mjs', text: () => fixedByUs('secure-no-trust-proxy.mjs'), expect: 'counter carries across instances' },
];

/** Whether what was observed is what the variant expects; the reason when it is not. */
function judge(expect: Variant['expect'], o: Observation): string | null {
  if (expect === 'crashes at start') return o.started ? `both instances started and answered ${JSON.stringify(o.answers)}` : null;
  if (!o.started) return `an instance did not start: ${o.error}`;
  const bad = o.answers.find((a) => a.status !== 200 || a.instance === null);
  if (bad) return `an answer was not the app's: ${JSON.stringify(bad)}`;
  const alternating = o.answers.every((a, i) => i === 0 || a.instance !== o.answers[i - 1].instance);
  if (!alternating) return `the load balancer did not alternate: ${o.answers.map((a) => a.instance).join(' ')}`;
  const views = o.answers.map((a) => a.views);
  const want = expect === 'counter lost between instances' ? views.map(() => 1) : views.map((_, i) => i + 1);
  return JSON.stringify(views) === JSON.stringify(want) ? null : `counters ${JSON.stringify(views)}, expected ${JSON.stringify(want)}`;
}

describe('sessions end to end: the guide app as two instances behind the real nginx and HAProxy, with a real Redis', function () {
  this.timeout(60000);
  let work: string;
  const appDirs = new Map<Install, string>();
  let tls: Tls;
  let redis: Running | null = null;
  let redisUrl: string;
  const secret = crypto.randomBytes(24).toString('hex');
  const report: { variant: string; balancer: Balancer; file: string; observed: Observation }[] = [];

  before(async function () {
    this.timeout(300000);
    const missing = partsMissing();
    if (missing) throw new Error(`${missing} (this test runs the real servers)`);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lint-sessions-'));
    for (const name of INSTALLS) {
      const dir = path.join(work, name);
      fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
      const install = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
      if (install.status !== 0) throw new Error(`npm ci in a copy of test/fixtures/app/${name} failed:\n${install.stderr}`);
      appDirs.set(name, dir);
    }
    tls = makeTls(path.join(work, 'tls'));
    const port = await freePort();
    redis = await startRedis(path.join(work, 'redis'), port);
    redisUrl = `redis://127.0.0.1:${port}`;
  });

  after(async () => {
    await redis?.stop();
    if (report.length) {
      const out = path.join(REPO, 'test-results', 'e2e-sessions.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify({ runs: report, fixed: Object.fromEntries(fixedTexts) }, null, 2) + '\n');
      for (const r of report) {
        const answers = r.observed.started ? r.observed.answers : [];
        const seen = r.observed.started ? `${answers.map((a) => `${a.instance}:${a.views}`).join(' ')} (Set-Cookie on ${answers.filter((a) => a.setCookie).length} of ${answers.length})` : `crashed: ${r.observed.error}`;
        process.stdout.write(`    ${r.balancer.padEnd(7)} ${r.variant}: ${seen}\n`);
      }
    }
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** Two instances of the app file, the load balancer over them, N requests with one cookie jar. */
  async function observe(appDir: string, file: string, balancer: Balancer): Promise<Observation> {
    const ports = [await freePort(), await freePort()];
    const instances = ports.map((port, i) =>
      start(`instance ${'ab'[i]}`, process.execPath, [file], { cwd: appDir, env: { ...process.env, NODE_ENV: 'production', PORT: String(port), INSTANCE: 'ab'[i], REDIS_URL: redisUrl, SESSION_SECRET: secret } }),
    );
    let lb: Running | null = null;
    try {
      const states = await Promise.all(instances.map((proc, i) => listening(proc, ports[i])));
      const crashed = instances.find((_, i) => states[i] === 'exited');
      if (crashed) return { started: false, error: errorLine(crashed.output) };
      const lbPort = await freePort();
      lb = await startBalancer(balancer, path.join(work, `${balancer}-${path.basename(appDir)}-${file}`), lbPort, ports, tls);
      const jar = new CookieJar();
      const answers: Answer[] = [];
      for (let i = 0; i < REQUESTS; i++) answers.push(await get(lbPort, tls, jar));
      return { started: true, answers };
    } finally {
      await lb?.stop();
      await Promise.all(instances.map((p) => p.stop()));
    }
  }

  for (const variant of VARIANTS) {
    for (const balancer of BALANCERS) {
      it(`${variant.name}, behind ${balancer}: ${variant.expect}`, async () => {
        const appDir = appDirs.get(variant.install ?? 'guide-example')!;
        fs.writeFileSync(path.join(appDir, variant.file), await variant.text());
        const observed = await observe(appDir, variant.file, balancer);
        report.push({ variant: variant.name, balancer, file: `${variant.install ?? 'guide-example'}/${variant.file}`, observed });
        assert.strictEqual(judge(variant.expect, observed), null);
      });
    }
  }
});
