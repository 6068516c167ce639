/**
 * Multi-file configurations judged by the real servers: every fixture tree of test/fixtures/trees/
 * (a folder with a `tree.json` saying how the server loads it) is laid into a chroot sandbox the way
 * Debian lays it out (`/etc/nginx`, `/etc/haproxy`) and checked with `nginx -t -c /etc/nginx/nginx.conf`
 * or `haproxy -c -f ... -f ...` (verdict before). Our CLI then lints a temporary copy of the tree and
 * fixes it (`affinity-lint --fix`, with the server's own arguments: `-c entry` / `-f x -f y`), and the
 * fixed copy is judged again (verdict after). A tree accepted before and refused after is a failure,
 * as is a tree whose verdict before or after is not the one its tree.json states.
 *
 * The findings tree.json expects (rule id, file, line) are what a linter of the whole configuration
 * must report; they are compared when the CLI lints configurations (`-c` / `-f`, seen in `--help`).
 * An older CLI gets the tree's folder and lints its files alone: the comparison is then shown, not
 * enforced.
 *
 * usage: node out/test/conformance/trees.js [trees-dir]   (npm run conformance:trees; needs root)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { realServersMissing, reexecInNetworkNamespace, SandboxBase, type Sandbox, type Verdict } from './realServers';

const REPO = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(REPO, 'bin', 'affinity-lint.js');
const DEFAULT_TREES = path.join(REPO, 'test', 'fixtures', 'trees');

export type TreeVerdict = 'accepted' | 'refused';

export interface ExpectedFinding {
  readonly ruleId: string;
  /** Path relative to the tree's folder, with `/`. */
  readonly file: string;
  readonly line: number;
}

export interface TreeSpec {
  readonly name: string;
  readonly dir: string;
  readonly dialect: 'nginx' | 'haproxy';
  /** The server's arguments, relative to the tree: `-c nginx.conf`, or `-f a -f b`. */
  readonly args: readonly string[];
  readonly verdict: { readonly before: TreeVerdict; readonly after: TreeVerdict };
  readonly findings: readonly ExpectedFinding[];
}

/** Reads `<dir>/tree.json`; throws with the reason when it is not what a tree needs. */
export function readTreeSpec(dir: string): TreeSpec {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'tree.json'), 'utf8')) as Record<string, unknown>;
  const name = path.basename(dir);
  const dialect = raw.dialect;
  if (dialect !== 'nginx' && dialect !== 'haproxy') throw new Error(`${name}/tree.json: dialect must be nginx or haproxy`);
  const args = raw.args;
  if (!Array.isArray(args) || args.length === 0 || args.length % 2 !== 0) throw new Error(`${name}/tree.json: args must be pairs`);
  const flag = dialect === 'nginx' ? '-c' : '-f';
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] !== flag || typeof args[i + 1] !== 'string') throw new Error(`${name}/tree.json: ${dialect} args are ${flag} <path> pairs`);
  }
  if (dialect === 'nginx' && args.length !== 2) throw new Error(`${name}/tree.json: nginx loads one entry (-c)`);
  const v = (raw.verdict ?? {}) as Record<string, unknown>;
  const verdictOf = (x: unknown): TreeVerdict => (x === undefined ? 'accepted' : x === 'accepted' || x === 'refused' ? x : (() => { throw new Error(`${name}/tree.json: verdicts are accepted or refused`); })());
  const findings = ((raw.findings ?? []) as ExpectedFinding[]).map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line }));
  return { name, dir, dialect, args: args as string[], verdict: { before: verdictOf(v.before), after: verdictOf(v.after) }, findings };
}

/** The tree's files and symbolic links (relative paths with `/`, sorted), tree.json excepted. */
export function treeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !e.isSymbolicLink()) walk(r);
      else if (r !== 'tree.json') out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** A file's bytes, or a symbolic link's target (not followed: `/etc/nginx/...` means the tree's own). */
export function entryOf(file: string): Buffer | { readonly link: string } {
  return fs.lstatSync(file).isSymbolicLink() ? { link: fs.readlinkSync(file) } : fs.readFileSync(file);
}

function sameEntry(a: string, b: string): boolean {
  const [x, y] = [entryOf(a), entryOf(b)];
  return Buffer.isBuffer(x) && Buffer.isBuffer(y) ? x.equals(y) : !Buffer.isBuffer(x) && !Buffer.isBuffer(y) && x.link === y.link;
}

/** Whether the CLI lints whole configurations: its help names `-c` and `-f`. */
export function cliLintsConfigurations(help: string): boolean {
  return /^\s*-c[ ,]/m.test(help) && /^\s*-f[ ,]/m.test(help);
}

/** The CLI's arguments for a tree: the server's own (`-c` / `-f`) when it has them, else the folder. */
export function cliTargets(spec: Pick<TreeSpec, 'args'>, configurations: boolean): string[] {
  return configurations ? [...spec.args] : ['.'];
}

export interface FindingComparison {
  readonly met: readonly ExpectedFinding[];
  readonly missing: readonly ExpectedFinding[];
  readonly unexpected: readonly ExpectedFinding[];
}

/** Expected against reported findings, as multisets of (rule, file, line). */
export function compareFindings(expected: readonly ExpectedFinding[], actual: readonly ExpectedFinding[]): FindingComparison {
  const key = (f: ExpectedFinding): string => `${f.ruleId} ${f.file}:${f.line}`;
  const left = [...actual];
  const met: ExpectedFinding[] = [];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = left.findIndex((a) => key(a) === key(e));
    if (i >= 0) {
      met.push(e);
      left.splice(i, 1);
    } else missing.push(e);
  }
  return { met, missing, unexpected: left };
}

export interface TreeRow {
  readonly tree: string;
  readonly files: number;
  readonly findingsBefore: number;
  readonly fixed: number;
  readonly filesChanged: readonly string[];
  readonly before: Verdict;
  readonly after: Verdict;
  readonly comparison: FindingComparison;
  readonly problems: readonly string[];
}

function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Lays the tree (or its fixed copy) into the sandbox and has the real server judge it. */
async function judge(sb: Sandbox, spec: TreeSpec, from: string, repair: boolean): Promise<Verdict> {
  const root = spec.dialect === 'nginx' ? '/etc/nginx' : '/etc/haproxy';
  sb.layTree(root, new Map(treeFiles(from).map((f) => [f, entryOf(path.join(from, f))])));
  const at = (p: string): string => path.posix.join(root, p);
  return spec.dialect === 'nginx' ? sb.nginx(at(spec.args[1]), 'main', repair) : sb.haproxyFiles(spec.args.filter((_, i) => i % 2 === 1).map(at), repair, root);
}

async function runTree(base: SandboxBase, spec: TreeSpec, configurations: boolean): Promise<TreeRow> {
  const problems: string[] = [];
  const sb = base.sandbox();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `affinity-lint-tree-${spec.name}-`));
  try {
    // Before: the environment (certificates, host names, log folders) is repaired, never the tree.
    const before = await judge(sb, spec, spec.dir, true);
    for (const f of treeFiles(spec.dir)) {
      fs.mkdirSync(path.dirname(path.join(work, f)), { recursive: true });
      const entry = entryOf(path.join(spec.dir, f));
      if (Buffer.isBuffer(entry)) fs.writeFileSync(path.join(work, f), entry);
      else fs.symlinkSync(entry.link, path.join(work, f));
    }
    const targets = cliTargets(spec, configurations);
    const linted = runCli(['--format', 'json', ...targets], work);
    let reported: ExpectedFinding[] = [];
    try {
      reported = (JSON.parse(linted.stdout) as { ruleId: string; file: string; line: number }[]).map((f) => ({
        ruleId: f.ruleId,
        file: path.relative(work, path.resolve(work, f.file)).split(path.sep).join('/'),
        line: f.line,
      }));
    } catch {
      problems.push(`affinity-lint ${targets.join(' ')} printed no JSON (exit ${linted.code}): ${linted.stderr.trim().split('\n')[0] ?? ''}`);
    }
    const fixedRun = runCli(['--fix', ...targets], work);
    const fixed = Number(/fixed (\d+) problems?/.exec(fixedRun.stdout)?.[1] ?? 0);
    if (fixedRun.code !== 0 && fixedRun.code !== 1) problems.push(`affinity-lint --fix exited ${fixedRun.code}: ${fixedRun.stderr.trim().split('\n')[0] ?? ''}`);
    const present = (p: string): boolean => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
    const filesChanged = treeFiles(spec.dir).filter((f) => !present(path.join(work, f)) || !sameEntry(path.join(work, f), path.join(spec.dir, f)));
    const added = treeFiles(work).filter((f) => !present(path.join(spec.dir, f)));
    if (added.length) problems.push(`--fix created ${added.join(', ')}`);
    // After: the same sandbox (its repaired environment), no new repairs: a fix that needs one breaks the tree.
    const after = filesChanged.length || added.length ? await judge(sb, spec, work, false) : before;
    const comparison = compareFindings(spec.findings, reported);
    const verdict = (v: Verdict): TreeVerdict => (v.accepted ? 'accepted' : 'refused');
    if (verdict(before) !== spec.verdict.before) problems.push(`the server ${verdict(before)} the tree; tree.json says ${spec.verdict.before}${before.error ? ` (${before.error})` : ''}`);
    if (before.accepted && !after.accepted) problems.push(`BROKEN by --fix: ${after.error}`);
    else if (verdict(after) !== spec.verdict.after) problems.push(`after --fix the server ${verdict(after)} the tree; tree.json says ${spec.verdict.after}${after.error ? ` (${after.error})` : ''}`);
    if (configurations && (comparison.missing.length || comparison.unexpected.length)) problems.push('findings differ from tree.json');
    return { tree: spec.name, files: treeFiles(spec.dir).length, findingsBefore: reported.length, fixed, filesChanged, before, after, comparison, problems };
  } finally {
    sb.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function formatTreeTable(rows: readonly TreeRow[], configurations: boolean): string {
  const head = ['tree', 'files', 'findings', 'expected', 'fixed', 'changed', 'verdict before -> after'];
  const body = rows.map((r) => [
    r.tree,
    String(r.files),
    String(r.findingsBefore),
    `${r.comparison.met.length}/${r.comparison.met.length + r.comparison.missing.length}${r.comparison.unexpected.length ? ` +${r.comparison.unexpected.length}` : ''}`,
    String(r.fixed),
    String(r.filesChanged.length),
    `${r.before.accepted ? 'accepted' : 'refused'} -> ${r.after.accepted ? 'accepted' : 'refused'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w)))];
  for (const [i, r] of rows.entries()) {
    out.push(line(body[i]));
    const why = (v: Verdict, when: string): string[] => (v.accepted ? [] : [`    ${when}: ${v.error}`]);
    out.push(...why(r.before, 'refused before'));
    if (r.after !== r.before) out.push(...why(r.after, 'refused after'));
    if (r.filesChanged.length) out.push(`    changed: ${r.filesChanged.join(', ')}`);
    for (const m of r.comparison.missing) out.push(`    expected, not reported: ${m.ruleId} ${m.file}:${m.line}`);
    for (const u of r.comparison.unexpected) out.push(`    reported, not expected: ${u.ruleId} ${u.file}:${u.line}`);
    for (const p of r.problems) out.push(`    FAIL: ${p}`);
  }
  out.push(
    configurations
      ? 'findings: the CLI linted each tree as one configuration (-c / -f); "expected" is met/expected +unexpected, enforced'
      : 'findings: this CLI has no -c / -f yet, so each tree folder was linted file by file; "expected" (met/expected +unexpected) is shown, not enforced',
  );
  return out.join('\n');
}

async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_TREES);
  const missing = realServersMissing();
  if (missing) {
    process.stderr.write(`conformance:trees cannot run: ${missing}\n`);
    return 2;
  }
  if (!fs.existsSync(CLI) || !fs.existsSync(path.join(REPO, 'dist', 'cli.js'))) {
    process.stderr.write('conformance:trees: build the CLI first (npm run build)\n');
    return 2;
  }
  // nginx -t binds the listen sockets it checks: do it in a private network namespace.
  const status = reexecInNetworkNamespace();
  if (status !== null) return status;
  const started = Date.now();
  const configurations = cliLintsConfigurations(runCli(['--help'], REPO).stdout);
  const specs = fs
    .readdirSync(dir)
    .filter((n) => fs.existsSync(path.join(dir, n, 'tree.json')))
    .sort()
    .map((n) => readTreeSpec(path.join(dir, n)));
  const base = SandboxBase.build();
  const rows: TreeRow[] = [];
  try {
    for (const spec of specs) rows.push(await runTree(base, spec, configurations));
  } finally {
    base.dispose();
  }
  process.stdout.write(`${formatTreeTable(rows, configurations)}\n`);
  const failed = rows.filter((r) => r.problems.length > 0);
  process.stdout.write(`conformance:trees: ${rows.length} trees, ${((Date.now() - started) / 1000).toFixed(0)} s: ${failed.length ? `FAILED (${failed.map((r) => r.tree).join(', ')})` : 'ok'}\n`);
  return failed.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`conformance:trees: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
