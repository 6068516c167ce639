// `npm run bench`: generates deterministic NGINX and HAProxy configs, measures the engine, the CLI,
// the real validators (nginx -t, haproxy -c) and the language server over a real LSP connection,
// prints a table against the budgets and writes bench/results.json.
//
//   node bench/run.mjs [--quick] [--out FILE] [--no-write]
//
// Runs against out/ (tsc) for the in-process engine figures and dist/ (bundle.mjs) for the server and
// the CLI: `npm run bench` builds both first. Every figure is a median over repeated runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateAll, generateTrees, nginxTestVariant } from './generate.mjs';
import { kindsFigures } from './kinds.mjs';
import { BenchClient, editLatencies } from './lsp.mjs';
import { median, quantile, round } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const resultsFile = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'bench', 'results.json');
const SERVER_JS = join(root, 'dist', 'server.js');
const CLI_JS = join(root, 'bin', 'affinity-lint.js');
const SHARED_BIG_NGINX = resolve(root, '..', 'shared', 'corpus', 'bench', 'big-nginx.conf');

const log = (s) => process.stderr.write(`${s}\n`);

// ---------- in-process engine (out/) ----------
async function engineFigures(files) {
  const { GrammarLoader } = require(join(root, 'out/server/src/parsing/treeSitter.js'));
  const { ConfigParser } = require(join(root, 'out/server/src/parsing/configParser.js'));
  const { TextLinter } = require(join(root, 'out/server/src/engine/lintText.js'));
  const { DEFAULT_SETTINGS } = require(join(root, 'out/server/src/engine/settings.js'));
  const parser = new ConfigParser(new GrammarLoader());
  const linter = new TextLinter(parser);
  const runs = quick ? 5 : 15;
  const out = {};
  for (const dialect of ['nginx', 'haproxy']) {
    const text = readFileSync(files['10k'][dialect], 'utf8');
    await parser.ready(dialect);
    const parse = [];
    const lint = [];
    for (let i = 0; i < runs + 3; i++) {
      let t0 = performance.now();
      const tree = parser.parseTreeNow(dialect, text);
      const t1 = performance.now() - t0;
      tree.delete();
      t0 = performance.now();
      await linter.lint(dialect, text, DEFAULT_SETTINGS);
      const t2 = performance.now() - t0;
      if (i >= 3) {
        parse.push(t1);
        lint.push(t2);
      }
    }
    out[dialect] = { parse: median(parse), lint: median(lint) };
  }
  return out;
}

// ---------- whole processes ----------
function timeProcess(cmd, argv, runs, opts = {}) {
  const times = [];
  let status = null;
  let stderr = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
    times.push((performance.now() - t0) / 1000);
    status = r.status;
    stderr = r.stderr;
  }
  return { seconds: median(times), status, stderr };
}

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin'])) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/**
 * `nginx -t` in a throwaway prefix; the sticky lines are masked (nginx 1.22 has no sticky). `file` is
 * one file, or the entry of a tree: then every file of its folder is copied (masked) into the prefix,
 * so that the includes, relative to the entry's folder, find their masked copies.
 */
function nginxTest(file, runs, { tree = false } = {}) {
  const nginx = which('nginx');
  if (!nginx) return null;
  const prefix = mkdtempSync(join(os.tmpdir(), 'affinity-bench-nginx-'));
  try {
    const sources = tree ? readdirSync(dirname(file), { recursive: true }).filter((f) => statSync(join(dirname(file), f)).isFile()) : [];
    for (const rel of sources) {
      mkdirSync(dirname(join(prefix, rel)), { recursive: true });
      writeFileSync(join(prefix, rel), nginxTestVariant(readFileSync(join(dirname(file), rel), 'utf8')));
    }
    mkdirSync(join(prefix, 'logs'), { recursive: true });
    mkdirSync(join(prefix, 'tmp'), { recursive: true });
    const conf = join(prefix, tree ? relative(dirname(file), file) : 'nginx.conf');
    if (!tree) writeFileSync(conf, nginxTestVariant(readFileSync(file, 'utf8')));
    const r = timeProcess(nginx, ['-t', '-q', '-c', conf, '-p', `${prefix}/`], runs);
    if (r.status !== 0) log(`nginx -t refused ${file}: ${r.stderr.slice(0, 500)}`);
    return { ...r, valid: r.status === 0 };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/** `haproxy -c -f file` (a folder: its *.cfg files in byte order, as haproxy loads them). */
function haproxyCheck(file, runs) {
  const haproxy = which('haproxy');
  if (!haproxy) return null;
  const r = timeProcess(haproxy, ['-c', '-q', '-f', file], runs);
  if (r.status !== 0) log(`haproxy -c refused ${file}: ${r.stderr.slice(0, 500)}`);
  return { ...r, valid: r.status === 0 };
}

/** The CLI on `file`, or on the given arguments (e.g. ['-c', entry]) when `file` is an array. */
function cliLint(file, runs) {
  const argv = [CLI_JS, '--format', 'json', ...(Array.isArray(file) ? file : [file])];
  // One run first: a CLI that takes seconds is timed three times, not five.
  const first = timeProcess(process.execPath, argv, 1);
  if (first.seconds > 5) return first;
  const r = timeProcess(process.execPath, argv, first.seconds > 2 && runs > 3 ? 3 : runs);
  if (r.status !== 0 && r.status !== 1) log(`CLI failed on ${argv.slice(1).join(' ')} (status ${r.status}): ${r.stderr.slice(0, 500)}`);
  return r;
}

/**
 * How the CLI takes a whole configuration: `-c nginx.conf` and `-f folder` when its --help lists
 * them (multi-file configurations), else the folder, whose files it then lints one by one.
 */
function cliTreeArgs() {
  const help = spawnSync(process.execPath, [CLI_JS, '--help'], { encoding: 'utf8' }).stdout ?? '';
  // An option line: "  -c FILE", "  -c, --config FILE" or "  --config, -c FILE".
  const lists = (flag) => new RegExp(`^\\s+(?:--[\\w-]+,\\s*)?${flag}\\b`, 'm').test(help);
  return { nginxEntry: lists('-c'), haproxyFolder: lists('-f') };
}

// ---------- the language server ----------
const LANGUAGE = { nginx: 'nginx', haproxy: 'haproxy' };
const uriOf = (dialect, size) => `file:///bench/${dialect === 'nginx' ? `nginx-${size}.conf` : `haproxy-${size}.cfg`}`;

async function firstDiagnostics(dialect, file, runs) {
  const text = readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const client = new BenchClient(SERVER_JS);
    await client.initialize();
    const { at } = await client.open(uriOf(dialect, '1k'), LANGUAGE[dialect], text);
    times.push(at - t0);
    await client.stop();
  }
  return median(times);
}

/** Opens the file while pinging the server: the longest ping is the longest event-loop stall. */
async function openWithPings(client, uri, languageId, text) {
  const pings = [];
  let done = false;
  const t0 = performance.now();
  const opened = client.open(uri, languageId, text).then((r) => {
    done = true;
    return r;
  });
  const pinger = (async () => {
    while (!done) {
      pings.push(await client.ping());
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const { at, params } = await opened;
  await pinger;
  return { openMs: at - t0, maxPing: Math.max(0, ...pings), diagnostics: params.diagnostics.length };
}

async function serverFigures(dialect, files) {
  const out = {};
  out.first = await firstDiagnostics(dialect, files['1k'][dialect], quick ? 2 : 5);
  for (const size of ['24k', '100k']) {
    const text = readFileSync(files[size][dialect], 'utf8');
    const client = new BenchClient(SERVER_JS);
    await client.initialize();
    const uri = uriOf(dialect, size);
    const open = await openWithPings(client, uri, LANGUAGE[dialect], text);
    if (open.openMs > 15000) {
      // Minutes of edits would follow: keep the bench within minutes, and say the figures are missing.
      log(`${dialect} ${size}: opening took ${(open.openMs / 1000).toFixed(1)} s; edits not measured`);
      const mem = client.memory();
      out[size] = { open: open.openMs, stall: open.maxPing, median: NaN, p95: NaN, max: NaN, edits: 0, diagnostics: open.diagnostics, rss: mem?.rss ?? NaN, hwm: mem?.hwm ?? NaN };
      await client.stop();
      continue;
    }
    // A server that takes seconds per run gets fewer edits, so that the bench stays within minutes.
    const slow = open.openMs > 1500;
    // Warm-up edits (JIT), not counted.
    let { version } = await editLatencies(client, uri, text, { maxEdits: slow ? 2 : 4, budgetMs: 0, seed: 7, version: 1 });
    const big = size === '100k';
    const measured = await editLatencies(client, uri, text, {
      maxEdits: quick ? 10 : big ? 40 : 80,
      minEdits: slow ? 2 : 4,
      budgetMs: quick ? 5000 : big ? 20000 : 15000,
      seed: big ? 100 : 24,
      version,
    });
    version = measured.version;
    // Stalls while typing: pings interleaved with a few more edits.
    const stallPings = [];
    const typing = (async () => {
      const r = await editLatencies(client, uri, text, { maxEdits: slow ? 2 : 6, budgetMs: 0, seed: 99, version });
      version = r.version;
    })();
    let typingDone = false;
    void typing.then(() => (typingDone = true));
    while (!typingDone) {
      stallPings.push(await client.ping());
      await new Promise((r) => setTimeout(r, 5));
    }
    await typing;
    const mem = client.memory();
    // Back to the original text (every inserted letter was deleted): the same findings as on open.
    const final = await client.change(uri, version + 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    if (final.params.diagnostics.length !== open.diagnostics) {
      log(`WARNING ${dialect} ${size}: ${final.params.diagnostics.length} diagnostics after the edits, ${open.diagnostics} on open`);
    }
    out[size] = {
      open: open.openMs,
      stall: Math.max(open.maxPing, ...stallPings),
      median: median(measured.latencies),
      p95: quantile(measured.latencies, 0.95),
      max: Math.max(...measured.latencies),
      edits: measured.latencies.length,
      diagnostics: open.diagnostics,
      rss: mem?.rss ?? NaN,
      hwm: mem?.hwm ?? NaN,
    };
    if (client.stderr.trim()) log(`server stderr (${dialect} ${size}): ${client.stderr.slice(0, 1000)}`);
    await client.stop();
  }
  return out;
}

/**
 * Keystrokes in one file of a configuration tree: the server is started with the tree's folder as
 * its workspace root, the file is opened (the server loads the whole configuration it belongs to)
 * and typed in. `open` is didOpen → its first publishDiagnostics, median over fresh servers; when
 * more diagnostics of that version follow within `SETTLE_MS` (a first answer, then the one with the
 * whole configuration), the last one counts.
 */
const SETTLE_MS = 250;
async function treeServerFigures(dialect, dir, file, runs) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const opens = [];
  let client = null;
  let open = null;
  let republished = 0;
  for (let i = 0; i < runs; i++) {
    if (client) await client.stop();
    client = new BenchClient(SERVER_JS);
    await client.initialize(pathToFileURL(dir).href);
    const t0 = performance.now();
    const first = await client.open(uri, LANGUAGE[dialect], text);
    let last = { at: first.at, count: first.params.diagnostics.length };
    for (;;) {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const later = client.published.filter((p) => p.uri === uri && p.version === 1 && p.at > last.at);
      if (!later.length) break;
      republished++;
      last = later[later.length - 1];
    }
    opens.push(last.at - t0);
    open = { diagnostics: last.count, otherFiles: new Set(client.published.filter((p) => p.uri !== uri).map((p) => p.uri)).size };
  }
  // Warm-up edits (JIT), not counted: fewer when each one relints a whole configuration for seconds.
  const slow = median(opens) > 1500;
  let { version } = await editLatencies(client, uri, text, { maxEdits: slow ? 2 : 4, budgetMs: 0, seed: 7, version: 1 });
  const publishedBefore = client.published.length;
  const measured = await editLatencies(client, uri, text, { maxEdits: quick ? 10 : 60, budgetMs: quick ? 3000 : 6000, seed: 11, version });
  version = measured.version;
  // Diagnostics published per edit, of any file: a server that republishes the whole configuration shows here.
  const publishesPerEdit = (client.published.length - publishedBefore) / measured.latencies.length;
  const final = await client.change(uri, version + 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  if (final.params.diagnostics.length !== open.diagnostics) {
    log(`WARNING ${dialect} tree: ${final.params.diagnostics.length} diagnostics after the edits, ${open.diagnostics} on open`);
  }
  const mem = client.memory();
  if (client.stderr.trim()) log(`server stderr (${dialect} tree): ${client.stderr.slice(0, 1000)}`);
  await client.stop();
  return {
    open: median(opens),
    median: median(measured.latencies),
    p95: quantile(measured.latencies, 0.95),
    edits: measured.latencies.length,
    diagnostics: open.diagnostics,
    otherFiles: open.otherFiles,
    republished,
    publishesPerEdit,
    rss: mem?.rss ?? NaN,
  };
}

// ---------- package size ----------
function vsixSize() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
  const distBytes = readdirSync(join(root, 'dist'))
    .filter((f) => /\.(js|wasm)$/.test(f))
    .reduce((n, f) => n + statSync(join(root, 'dist', f)).size, 0);
  if (existsSync(vsix)) return { bytes: statSync(vsix).size, source: `${pkg.name}-${pkg.version}.vsix (npm run package, ${statSync(vsix).mtime.toISOString()})`, distBytes };
  return { bytes: distBytes, source: 'estimate: dist/*.js + dist/*.wasm as built (uncompressed; run npm run package for the real size)', distBytes };
}

function lineCount(file) {
  const text = readFileSync(file, 'utf8');
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    // Other work on the machine skews the figures: the 1-minute load average when the run ended.
    loadavg_1m: round(os.loadavg()[0], 2),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
    date: new Date().toISOString(),
  };
}

// ---------- table ----------
const BUDGETS = {
  cli_vs_nginx_t: ['<=', 1.0],
  full_lint_vs_parse: ['<=', 1.3],
  edit_latency_ms_24k_median: ['<=', 10],
  edit_latency_ms_100k_median: ['<=', 25],
  edit_latency_24k_p95_vs_median: ['<=', 2],
  first_diagnostics_ms: ['<=', 300],
  rss_mb_100k: ['<=', 150],
  vsix_bytes: ['<=', 2 * 1024 * 1024],
  max_stall_ms_100k: ['<=', 50],
  haproxy_cli_vs_haproxy_c: ['<=', 1.0],
  haproxy_full_lint_vs_parse: ['<=', 1.3],
  haproxy_edit_latency_ms_24k_median: ['<=', 10],
  haproxy_edit_latency_ms_100k_median: ['<=', 25],
  haproxy_edit_latency_24k_p95_vs_median: ['<=', 2],
  haproxy_first_diagnostics_ms: ['<=', 300],
  haproxy_rss_mb_100k: ['<=', 150],
  haproxy_max_stall_ms_100k: ['<=', 50],
};

function printTable(results, previous) {
  const rows = [['metric', 'value', 'budget', '', previous ? `previous (${previous.meta?.commit ?? '?'})` : '']];
  for (const [key, value] of Object.entries(results)) {
    if (typeof value !== 'number' && value !== null) continue;
    const budget = BUDGETS[key];
    const ok = budget && value !== null ? (value <= budget[1] ? 'ok' : 'MISSED') : '';
    const prev = previous && typeof previous[key] === 'number' ? String(previous[key]) : '';
    rows.push([key, value === null ? 'n/a' : String(value), budget ? `${budget[0]} ${budget[1]}` : '', ok, prev]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(lines.join('\n'));
}

// ---------- main ----------
async function main() {
  for (const f of [SERVER_JS, join(root, 'out/server/src/engine/lintText.js')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run npx tsc -p . && node scripts/bundle.mjs (npm run bench does)`);
  }
  const started = performance.now();
  log('generating configs into bench/generated/ ...');
  const files = generateAll(join(root, 'bench', 'generated'));
  const trees = generateTrees(join(root, 'bench', 'generated', 'tree'));

  log('engine: parse floor and full lint of the 10k-line files ...');
  const engine = await engineFigures(files);

  log('CLI, nginx -t and haproxy -c on the 50k-line files ...');
  const cliRuns = quick ? 2 : 5;
  const cliNginx = cliLint(files['50k'].nginx, cliRuns);
  const nginxT = nginxTest(files['50k'].nginx, cliRuns);
  const cliHaproxy = cliLint(files['50k'].haproxy, cliRuns);
  const haproxyC = haproxyCheck(files['50k'].haproxy, cliRuns);
  let shared = null;
  if (existsSync(SHARED_BIG_NGINX)) {
    shared = { cli: cliLint(SHARED_BIG_NGINX, cliRuns), nginxT: nginxTest(SHARED_BIG_NGINX, cliRuns) };
  }

  const treeStarted = performance.now();
  const treeArgs = cliTreeArgs();
  log(`CLI (${treeArgs.nginxEntry ? '-c nginx.conf' : 'the folder'}, ${treeArgs.haproxyFolder ? '-f folder' : 'the folder'}), nginx -t and haproxy -c on the trees ...`);
  const treeRuns = quick ? 2 : 5;
  const cliNginxTree = cliLint(treeArgs.nginxEntry ? ['-c', trees.nginx.entry] : [`${trees.nginx.dir}/`], treeRuns);
  const nginxTTree = nginxTest(trees.nginx.entry, treeRuns, { tree: true });
  const cliHaproxyTree = cliLint(treeArgs.haproxyFolder ? ['-f', trees.haproxy.dir] : [`${trees.haproxy.dir}/`], treeRuns);
  const haproxyCTree = haproxyCheck(trees.haproxy.dir, treeRuns);
  let treeSeconds = (performance.now() - treeStarted) / 1000;

  log('language server: NGINX ...');
  const nginxServer = await serverFigures('nginx', files);
  log('language server: HAProxy ...');
  const haproxyServer = await serverFigures('haproxy', files);
  log('language server: one file of each tree, the tree as the workspace ...');
  const treeServerStarted = performance.now();
  const treeOpens = quick ? 1 : 3;
  const nginxTreeServer = await treeServerFigures('nginx', trees.nginx.dir, join(trees.nginx.dir, trees.nginx.editedFile), treeOpens);
  const haproxyTreeServer = await treeServerFigures('haproxy', trees.haproxy.dir, join(trees.haproxy.dir, trees.haproxy.editedFile), treeOpens);
  treeSeconds += (performance.now() - treeServerStarted) / 1000;
  log('file kinds: YAML manifests and JS apps, in process and over LSP ...');
  const kindsStarted = performance.now();
  const kinds = await kindsFigures({ root, serverJs: SERVER_JS, dir: join(root, 'bench', 'generated', 'kinds'), quick });
  const kindsSeconds = (performance.now() - kindsStarted) / 1000;
  const vsix = vsixSize();

  const r = {
    parse_floor_ms_10k: round(engine.nginx.parse),
    server_full_lint_ms_10k: round(engine.nginx.lint),
    full_lint_vs_parse: round(engine.nginx.lint / engine.nginx.parse),
    cli_lint_50k_s: round(cliNginx.seconds, 3),
    nginx_t_50k_s: nginxT?.valid ? round(nginxT.seconds, 3) : null,
    cli_vs_nginx_t: nginxT?.valid ? round(cliNginx.seconds / nginxT.seconds) : null,
    edit_latency_ms_24k_median: round(nginxServer['24k'].median),
    edit_latency_ms_24k_p95: round(nginxServer['24k'].p95),
    edit_latency_24k_p95_vs_median: round(nginxServer['24k'].p95 / nginxServer['24k'].median),
    edit_latency_ms_100k_median: round(nginxServer['100k'].median),
    edit_latency_ms_100k_p95: round(nginxServer['100k'].p95),
    open_diagnostics_ms_100k: round(nginxServer['100k'].open, 0),
    max_stall_ms_100k: round(nginxServer['100k'].stall, 1),
    first_diagnostics_ms: round(nginxServer.first, 0),
    rss_mb_100k: round(nginxServer['100k'].rss, 1),
    vsix_bytes: vsix.bytes,
    haproxy_parse_floor_ms_10k: round(engine.haproxy.parse),
    haproxy_server_full_lint_ms_10k: round(engine.haproxy.lint),
    haproxy_full_lint_vs_parse: round(engine.haproxy.lint / engine.haproxy.parse),
    haproxy_cli_lint_50k_s: round(cliHaproxy.seconds, 3),
    haproxy_c_50k_s: haproxyC?.valid ? round(haproxyC.seconds, 3) : null,
    haproxy_cli_vs_haproxy_c: haproxyC?.valid ? round(cliHaproxy.seconds / haproxyC.seconds) : null,
    haproxy_edit_latency_ms_24k_median: round(haproxyServer['24k'].median),
    haproxy_edit_latency_ms_24k_p95: round(haproxyServer['24k'].p95),
    haproxy_edit_latency_24k_p95_vs_median: round(haproxyServer['24k'].p95 / haproxyServer['24k'].median),
    haproxy_edit_latency_ms_100k_median: round(haproxyServer['100k'].median),
    haproxy_edit_latency_ms_100k_p95: round(haproxyServer['100k'].p95),
    haproxy_open_diagnostics_ms_100k: round(haproxyServer['100k'].open, 0),
    haproxy_max_stall_ms_100k: round(haproxyServer['100k'].stall, 1),
    haproxy_first_diagnostics_ms: round(haproxyServer.first, 0),
    haproxy_rss_mb_100k: round(haproxyServer['100k'].rss, 1),
  };
  Object.assign(r, {
    tree_cli_lint_s: round(cliNginxTree.seconds, 3),
    tree_nginx_t_s: nginxTTree?.valid ? round(nginxTTree.seconds, 3) : null,
    tree_cli_vs_nginx_t: nginxTTree?.valid ? round(cliNginxTree.seconds / nginxTTree.seconds) : null,
    tree_open_diagnostics_ms: round(nginxTreeServer.open, 0),
    tree_edit_latency_ms_median: round(nginxTreeServer.median),
    tree_edit_latency_ms_p95: round(nginxTreeServer.p95),
    tree_edit_vs_24k_edit: round(nginxTreeServer.median / nginxServer['24k'].median),
    haproxy_tree_cli_lint_s: round(cliHaproxyTree.seconds, 3),
    haproxy_tree_c_s: haproxyCTree?.valid ? round(haproxyCTree.seconds, 3) : null,
    haproxy_tree_cli_vs_haproxy_c: haproxyCTree?.valid ? round(cliHaproxyTree.seconds / haproxyCTree.seconds) : null,
    haproxy_tree_open_diagnostics_ms: round(haproxyTreeServer.open, 0),
    haproxy_tree_edit_latency_ms_median: round(haproxyTreeServer.median),
    haproxy_tree_edit_latency_ms_p95: round(haproxyTreeServer.p95),
    haproxy_tree_edit_vs_24k_edit: round(haproxyTreeServer.median / haproxyServer['24k'].median),
  });
  Object.assign(r, kinds.r);
  if (shared) {
    r.shared_big_nginx_cli_lint_s = round(shared.cli.seconds, 3);
    r.shared_big_nginx_nginx_t_s = shared.nginxT?.valid ? round(shared.nginxT.seconds, 3) : null;
    r.shared_big_nginx_cli_vs_nginx_t = shared.nginxT?.valid ? round(shared.cli.seconds / shared.nginxT.seconds) : null;
  }
  const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
  const results = {
    ...r,
    meta: {
      machine: machine(),
      quick,
      seconds: round((performance.now() - started) / 1000, 1),
      vsix_source: vsix.source,
      dist_js_wasm_bytes: vsix.distBytes,
      lines: Object.fromEntries(Object.entries(files).map(([size, f]) => [size, { nginx: lineCount(f.nginx), haproxy: lineCount(f.haproxy) }])),
      nginx_t_valid_50k: nginxT?.valid ?? null,
      nginx_t_note: 'nginx -t runs on the generated file with its `sticky` lines masked as comments of the same length (open-source nginx 1.22 has no sticky)',
      haproxy_c_valid_50k: haproxyC?.valid ?? null,
      edits: {
        nginx_24k: nginxServer['24k'].edits,
        nginx_100k: nginxServer['100k'].edits,
        haproxy_24k: haproxyServer['24k'].edits,
        haproxy_100k: haproxyServer['100k'].edits,
      },
      edit_latency_max_ms: {
        nginx_24k: round(nginxServer['24k'].max),
        nginx_100k: round(nginxServer['100k'].max),
        haproxy_24k: round(haproxyServer['24k'].max),
        haproxy_100k: round(haproxyServer['100k'].max),
      },
      peak_rss_mb_100k: { nginx: round(nginxServer['100k'].hwm, 1), haproxy: round(haproxyServer['100k'].hwm, 1) },
      diagnostics_100k: { nginx: nginxServer['100k'].diagnostics, haproxy: haproxyServer['100k'].diagnostics },
      shared_corpus: shared ? SHARED_BIG_NGINX : null,
      kinds: { seconds: round(kindsSeconds, 1), ...kinds.meta },
      tree: {
        seconds: round(treeSeconds, 1),
        note: 'tree_*: bench/generated/tree/nginx (nginx.conf including conf.d/*.conf and sites-enabled/*) and tree/haproxy (numbered *.cfg); CLI and validators on the whole tree; edits typed in one file with the tree folder as the workspace root; *_edit_vs_24k_edit divides by the single-file 24k-line median of this run',
        nginx: { files: trees.nginx.files, lines: trees.nginx.lines, cli: treeArgs.nginxEntry ? '-c nginx.conf' : 'folder (files one by one)', edited: trees.nginx.editedFile, edits: nginxTreeServer.edits, diagnostics: nginxTreeServer.diagnostics, other_files_published: nginxTreeServer.otherFiles, republished_on_open: nginxTreeServer.republished, publishes_per_edit: round(nginxTreeServer.publishesPerEdit, 1), rss_mb: round(nginxTreeServer.rss, 1), nginx_t_valid: nginxTTree?.valid ?? null },
        haproxy: { files: trees.haproxy.files, lines: trees.haproxy.lines, cli: treeArgs.haproxyFolder ? '-f folder' : 'folder (files one by one)', edited: trees.haproxy.editedFile, edits: haproxyTreeServer.edits, diagnostics: haproxyTreeServer.diagnostics, other_files_published: haproxyTreeServer.otherFiles, republished_on_open: haproxyTreeServer.republished, publishes_per_edit: round(haproxyTreeServer.publishesPerEdit, 1), rss_mb: round(haproxyTreeServer.rss, 1), haproxy_c_valid: haproxyCTree?.valid ?? null },
      },
    },
    budgets: Object.fromEntries(Object.entries(BUDGETS).map(([k, [op, v]]) => [k, `${op} ${v}`])),
  };
  printTable(r, previous);
  console.log(`\n${results.meta.machine.cpu}, ${results.meta.machine.cores} cores, Node ${process.version}; ${results.meta.seconds} s; vsix: ${vsix.source}`);
  if (!args.includes('--no-write')) {
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${resultsFile}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

