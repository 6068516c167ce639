/**
 * Fix safety against the real servers: for every corpus file nginx 1.22 / HAProxy 2.6 accept (after
 * the environment repairs of realServers.ts), for variants of them with affinity injected
 * (variants.ts), and for every test fixture and example where a fix is offered, apply each offered
 * fix alone (preferred or not) and the converged fix-all, with the targets set to the installed
 * versions, and check with `nginx -t` / `haproxy -c` that a config accepted before is accepted after.
 *
 * usage: node out/test/conformance/fix-safety.js <corpus-dir>   (also run by npm run conformance)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyEdits, combinedFixes, fixUntilStable } from '../../server/src/engine/fixes';
import { TextLinter } from '../../server/src/engine/lintText';
import { normalizeSettings, type LintSettings } from '../../server/src/engine/settings';
import type { Dialect } from '../../server/src/model/common';
import type { NginxConfig } from '../../server/src/model/nginx';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import type { Finding } from '../../server/src/rules/types';
import { detectServer } from '../../server/src/validation/detect';
import { inferNginxContext } from '../../server/src/validation/nginxContext';
import { HAPROXY_BIN, layOut, NGINX_BIN, pool, readCorpus, realServersMissing, reexecInNetworkNamespace, SandboxBase, type CorpusEntry, type Sandbox, type Verdict } from './realServers';
import { haproxyVariants, nginxVariants } from './variants';

export type CandidateSource = 'corpus' | 'variant' | 'fixture';

export interface FixOutcome {
  readonly title: string;
  readonly ruleId: string;
  readonly preferred: boolean;
  /** `fix` applies one fix alone; `fix-all` the preferred fixes until stable. */
  readonly how: 'fix' | 'fix-all';
  readonly accepted: boolean;
  readonly error: string;
}

export interface CandidateOutcome {
  readonly source: CandidateSource;
  readonly dialect: Dialect;
  /** Corpus file or fixture name. */
  readonly name: string;
  /** Variant kind, or '' for the file itself. */
  readonly kind: string;
  readonly acceptedBefore: boolean;
  readonly beforeError: string;
  readonly expectRejected: boolean;
  /** Our parse of the candidate: syntax findings (must be none for a variant we generated). */
  readonly syntaxFindings: number;
  readonly findings: readonly string[];
  readonly fixes: readonly FixOutcome[];
  /**
   * For a candidate the server rejected before: whether a fix makes it accepted: each fix of an
   * error-level finding alone (the rules that say "the server refuses this": sticky-unsupported,
   * invalid-cookie-options, backup-with-hash, ...), then the converged fix-all. The title of the first
   * that does, '' when none does, null when no fix applies. Informational.
   */
  readonly repairedBy?: string | null;
  /** The text before and, for each broken fix, after (for the report). */
  readonly text?: string;
  readonly broken?: readonly { title: string; after: string; error: string }[];
}

export interface FixSafetyReport {
  readonly nginxVersion: string;
  readonly haproxyVersion: string;
  readonly corpus: { readonly dialect: Dialect; readonly labelledValid: number; readonly acceptedHere: number; readonly notAcceptedHere: readonly string[] }[];
  readonly candidates: readonly CandidateOutcome[];
  readonly seconds: number;
}

interface Job {
  readonly source: CandidateSource;
  readonly dialect: Dialect;
  readonly name: string;
  readonly text: string;
  readonly mode: string;
  readonly settings?: Record<string, unknown>;
}

const linter = new TextLinter(new ConfigParser(new GrammarLoader()));

function targetSettings(raw: Record<string, unknown> | undefined, nginxVersion: string, haproxyVersion: string): LintSettings {
  const base = normalizeSettings(raw ?? {}).settings;
  return { ...base, nginx: { version: nginxVersion, flavor: 'oss' }, haproxy: { version: haproxyVersion } };
}

/** Each fix alone, each combined fix, and the converged fix-all, as (title, text after) pairs, deduplicated by text. */
async function fixesOf(dialect: Dialect, text: string, findings: readonly Finding[], settings: LintSettings): Promise<{ fix: Omit<FixOutcome, 'accepted' | 'error'>; after: string }[]> {
  const out: { fix: Omit<FixOutcome, 'accepted' | 'error'>; after: string }[] = [];
  for (const f of findings) {
    for (const fix of f.fixes) {
      let after: string;
      try {
        after = applyEdits(text, fix.edits);
      } catch (e) {
        after = `# applyEdits failed: ${(e as Error).message}\n`;
      }
      out.push({ fix: { title: fix.title, ruleId: f.ruleId, preferred: fix.preferred, how: 'fix' }, after });
    }
  }
  // The combined actions the editor offers (one edit for several findings of a line) are fixes too.
  for (const c of combinedFixes(findings)) {
    out.push({ fix: { title: c.fix.title, ruleId: c.findings.map((f) => f.ruleId).join('+'), preferred: false, how: 'fix' }, after: applyEdits(text, c.fix.edits) });
  }
  const all = await fixUntilStable(text, async (t) => (await linter.lint(dialect, t, settings)).findings);
  if (all.applied > 0) out.push({ fix: { title: `fix-all (${all.applied} fixes, ${all.passes} passes)`, ruleId: '*', preferred: true, how: 'fix-all' }, after: all.text });
  return out;
}

/**
 * Judges one candidate text in a sandbox whose environment is already repaired for the file:
 * before (with repairs, as the corpus labels allow), then every fix (no repairs: a fix that needs a
 * new environment is a fix that breaks the config).
 */
async function judge(
  sb: Sandbox,
  target: string,
  job: Job,
  kind: string,
  expectRejected: boolean,
  versions: { nginx: string; haproxy: string },
  relativeBase: string,
): Promise<CandidateOutcome> {
  const check = (text: string, repair: boolean): Promise<Verdict> => {
    sb.put(target, Buffer.from(job.source === 'fixture' ? completeFixture(job.dialect, text) : text, 'latin1'));
    return job.dialect === 'nginx' ? sb.nginx(target, job.mode, repair) : sb.haproxy(target, repair, relativeBase);
  };
  const settings = targetSettings(job.settings, versions.nginx, versions.haproxy);
  const text = job.text;
  const linted = await linter.lint(job.dialect, text, settings);
  const syntaxFindings = linted.findings.filter((f) => f.ruleId.endsWith('/syntax')).length;
  const findings = linted.findings.map((f) => f.ruleId);
  const offered = linted.findings.some((f) => f.fixes.length > 0);
  const base = { source: job.source, dialect: job.dialect, name: job.name, kind, expectRejected, syntaxFindings, findings };
  if (!offered && job.source !== 'variant') return { ...base, acceptedBefore: true, beforeError: '', fixes: [] };
  const before = await check(text, true);
  if (!before.accepted) {
    const tries: { title: string; after: string }[] = [];
    for (const f of linted.findings.filter((x) => x.severity === 'error' && !x.ruleId.endsWith('/syntax'))) {
      for (const fix of f.fixes) {
        try {
          tries.push({ title: fix.title, after: applyEdits(text, fix.edits) });
        } catch {
          // overlapping edits: reported by the accepted-before path when it matters
        }
      }
    }
    const all = await fixUntilStable(text, async (t) => (await linter.lint(job.dialect, t, settings)).findings);
    if (all.applied > 0) tries.push({ title: 'fix-all', after: all.text });
    let repairedBy: string | null = tries.length ? '' : null;
    for (const t of tries) {
      if ((await check(t.after, false)).accepted) {
        repairedBy = t.title;
        break;
      }
    }
    sb.put(target, Buffer.from(text, 'latin1'));
    return { ...base, acceptedBefore: false, beforeError: before.error, fixes: [], repairedBy };
  }
  const fixes: FixOutcome[] = [];
  const broken: { title: string; after: string; error: string }[] = [];
  const seen = new Map<string, Verdict>();
  for (const { fix, after } of await fixesOf(job.dialect, text, linted.findings, settings)) {
    let verdict = seen.get(after);
    if (!verdict) {
      verdict = after === text ? before : await check(after, false);
      seen.set(after, verdict);
    }
    fixes.push({ ...fix, accepted: verdict.accepted, error: verdict.error });
    if (!verdict.accepted) broken.push({ title: fix.title, after, error: verdict.error });
  }
  sb.put(target, Buffer.from(text, 'latin1'));
  return { ...base, acceptedBefore: true, beforeError: '', fixes, ...(broken.length ? { text, broken } : {}) };
}

// --- fixtures: the rule tests' cases, the examples, the editor test workspace -------------------

/**
 * Test fixtures are abbreviated: `upstream app { hash $cookie_sid; }` has no server, which nginx
 * refuses. Before it is validated, each fixture text (before and after a fix alike) gets a
 * `server 127.0.0.1:9;` in every upstream that has none. Corpus files and variants are never touched.
 */
export function completeFixture(dialect: Dialect, text: string): string {
  if (dialect !== 'nginx') return text;
  let out = '';
  let at = 0;
  const open = /\bupstream[ \t]+[^\s{;]+[ \t]*\{/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const body = text.slice(start, i - 1).replace(/#[^\n]*/g, '');
    if (/(^|[\s;{])server[ \t]/.test(body)) continue;
    out += `${text.slice(at, start)} server 127.0.0.1:9;`;
    at = start;
  }
  return out + text.slice(at);
}

/** Loads the compiled rule tests with mocha's globals stubbed and `ruleTester` replaced by a collector. */
function ruleFixtures(): Job[] {
  const jobs: Job[] = [];
  const outTest = path.resolve(__dirname, '..');
  const helper = path.join(outTest, 'helpers', 'ruleTester.js');
  const collector = {
    ruleTester: (rule: { meta: { id: string; dialect: Dialect } }, cases: { valid: { name: string; code: string; settings?: Record<string, unknown> }[]; invalid: { name: string; code: string; settings?: Record<string, unknown> }[] }) => {
      for (const c of [...cases.valid, ...cases.invalid]) jobs.push({ source: 'fixture', dialect: rule.meta.dialect, name: `${rule.meta.id}: ${c.name}`, text: c.code, mode: '', settings: c.settings });
    },
  };
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'].map((k) => [k, g[k]]));
  const previous = require.cache[helper];
  require.cache[helper] = { id: helper, filename: helper, loaded: true, exports: collector } as unknown as NodeModule;
  g.describe = (_name: string, fn?: () => void) => fn?.();
  for (const k of ['it', 'before', 'after', 'beforeEach', 'afterEach']) g[k] = () => undefined;
  try {
    for (const dialect of ['nginx', 'haproxy']) {
      const dir = path.join(outTest, 'unit', 'rules', dialect);
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.test.js')).sort()) {
        try {
          require(path.join(dir, f));
        } catch (e) {
          process.stderr.write(`note: cannot collect fixtures from ${f}: ${(e as Error).message}\n`);
        }
      }
    }
  } finally {
    if (previous) require.cache[helper] = previous;
    else delete require.cache[helper];
    Object.assign(g, saved);
  }
  return jobs;
}

function fileFixtures(root: string): Job[] {
  const jobs: Job[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const dialect: Dialect | null = /\.(cfg|haproxy)$/.test(e.name) ? 'haproxy' : /\.(conf|nginx|nginxconf)$/.test(e.name) ? 'nginx' : null;
        if (dialect) jobs.push({ source: 'fixture', dialect, name: path.relative(root, p), text: fs.readFileSync(p, 'latin1'), mode: '' });
      }
    }
  };
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test', 'editor', 'workspace'));
  return jobs;
}

/** The wrapper mode for a fixture: a complete config, a main-level fragment (http { } without events), or a fragment. */
async function fixtureMode(job: Job): Promise<string> {
  if (job.dialect === 'haproxy') return 'main';
  const { config } = await linter.lint('nginx', job.text, normalizeSettings({}).settings);
  const top = (config as NginxConfig | null)?.directives ?? [];
  const ctx = inferNginxContext(top.map((d) => d.name), top.length && top.every((d) => d.protocol === 'stream' && !d.protocolKnown) ? 'stream' : 'http');
  if (ctx === 'main') return top.some((d) => d.name === 'events') ? 'main' : 'mainfrag';
  return ctx;
}

// --- the run ------------------------------------------------------------------------------------

/** Validator processes at a time: two per core (each waits on a process), at least 2; FIX_SAFETY_JOBS overrides. */
const DEFAULT_JOBS = Number(process.env.FIX_SAFETY_JOBS) || Math.max(2, 2 * os.cpus().length);

export async function runFixSafety(corpus: string | null, concurrency = DEFAULT_JOBS): Promise<FixSafetyReport> {
  const started = Date.now();
  const missing = realServersMissing();
  if (missing) throw new Error(`fix safety cannot run: ${missing}`);
  const [nginxFound, haproxyFound] = await Promise.all([detectServer('nginx', NGINX_BIN), detectServer('haproxy', HAPROXY_BIN)]);
  const versions = { nginx: nginxFound.version ?? '1.22', haproxy: haproxyFound.version ?? '2.6' };
  const base = SandboxBase.build();
  const candidates: CandidateOutcome[] = [];
  const corpusSummary: FixSafetyReport['corpus'][number][] = [];
  try {
    if (corpus) {
      const entries = readCorpus(corpus);
      const only = process.env.FIX_SAFETY_ONLY ? new RegExp(process.env.FIX_SAFETY_ONLY) : null;
      const valid = entries.filter((e) => e.afterEnvFixes === 'valid' && (!only || only.test(e.file)));
      const accepted: Record<Dialect, number> = { nginx: 0, haproxy: 0 };
      const notAccepted: Record<Dialect, string[]> = { nginx: [], haproxy: [] };
      const perFile = await pool(valid, concurrency, async (entry: CorpusEntry) => {
        const sb = base.sandbox();
        try {
          const target = layOut(sb, corpus, entry, entries);
          const text = fs.readFileSync(path.join(corpus, entry.file)).toString('latin1');
          const relativeBase = /^[ \t]*default-path[ \t]+config/m.test(text) ? '/etc/haproxy' : '/';
          const job: Job = { source: 'corpus', dialect: entry.server, name: entry.file, text, mode: entry.mode };
          const before = entry.server === 'nginx' ? await sb.nginx(target, entry.mode, true) : await sb.haproxy(target, true, relativeBase);
          if (!before.accepted) {
            notAccepted[entry.server].push(`${entry.file}: ${before.error}`);
            return [];
          }
          accepted[entry.server]++;
          const out: CandidateOutcome[] = [await judge(sb, target, job, '', false, versions, relativeBase)];
          const { config } = await linter.lint(entry.server, text, normalizeSettings({}).settings);
          const variants = entry.server === 'nginx' ? (config ? nginxVariants(text, config as NginxConfig, entry.mode) : []) : haproxyVariants(text);
          for (const v of variants) out.push(await judge(sb, target, { ...job, source: 'variant', text: v.text }, v.kind, v.expectRejected, versions, relativeBase));
          return out;
        } finally {
          sb.dispose();
        }
      });
      candidates.push(...perFile.flat());
      for (const d of ['nginx', 'haproxy'] as const) {
        corpusSummary.push({ dialect: d, labelledValid: valid.filter((e) => e.server === d).length, acceptedHere: accepted[d], notAcceptedHere: notAccepted[d] });
      }
    }

    const repo = path.resolve(__dirname, '..', '..', '..');
    const onlyFixtures = process.env.FIX_SAFETY_ONLY ? new RegExp(process.env.FIX_SAFETY_ONLY) : null;
    const fixtures = [...ruleFixtures(), ...fileFixtures(repo)].filter((f) => !onlyFixtures || onlyFixtures.test(f.name));
    const sandboxes = Array.from({ length: concurrency }, () => base.sandbox());
    const free = [...sandboxes];
    try {
      const judged = await pool(fixtures, concurrency, async (job, i) => {
        const sb = free.pop()!;
        try {
          sb.put(sb.varsFile, '');
          const mode = await fixtureMode(job);
          const target = job.dialect === 'nginx' ? `/etc/nginx/fixtures/f${i}.conf` : `/etc/haproxy/f${i}.cfg`;
          return await judge(sb, target, { ...job, mode }, '', false, versions, '/');
        } finally {
          free.push(sb);
        }
      });
      candidates.push(...judged);
    } finally {
      for (const sb of sandboxes) sb.dispose();
    }
  } finally {
    base.dispose();
  }
  return { nginxVersion: versions.nginx, haproxyVersion: versions.haproxy, corpus: corpusSummary, candidates, seconds: (Date.now() - started) / 1000 };
}

// --- the report ---------------------------------------------------------------------------------

export interface FixSafetyRow {
  readonly group: string;
  readonly candidates: number;
  readonly acceptedBefore: number;
  readonly withFixes: number;
  readonly fixes: number;
  readonly acceptedAfter: number;
  readonly kept: string;
}

function row(group: string, cs: readonly CandidateOutcome[]): FixSafetyRow {
  const judged = cs.filter((c) => c.acceptedBefore);
  const fixes = judged.flatMap((c) => c.fixes);
  const after = fixes.filter((f) => f.accepted).length;
  return {
    group,
    candidates: cs.length,
    acceptedBefore: judged.length,
    withFixes: judged.filter((c) => c.fixes.length > 0).length,
    fixes: fixes.length,
    acceptedAfter: after,
    kept: fixes.length ? `${((100 * after) / fixes.length).toFixed(1)}%` : '-',
  };
}

export function fixSafetyRows(report: FixSafetyReport): FixSafetyRow[] {
  const rows: FixSafetyRow[] = [];
  const c = report.candidates;
  for (const d of ['nginx', 'haproxy'] as const) {
    rows.push(row(`${d} corpus files (offering a fix)`, c.filter((x) => x.dialect === d && x.source === 'corpus' && (x.fixes.length > 0 || !x.acceptedBefore))));
    const variants = c.filter((x) => x.dialect === d && x.source === 'variant' && !x.expectRejected);
    rows.push(row(`${d} variants`, variants));
    for (const kind of [...new Set(variants.map((v) => v.kind))]) rows.push(row(`  ${kind}`, variants.filter((v) => v.kind === kind)));
    rows.push(row(`${d} test fixtures and examples (offering a fix)`, c.filter((x) => x.dialect === d && x.source === 'fixture' && (x.fixes.length > 0 || !x.acceptedBefore))));
  }
  rows.push(row('total', c.filter((x) => !x.expectRejected)));
  return rows;
}

export function formatFixSafety(report: FixSafetyReport): string {
  const lines: string[] = [];
  lines.push(`fix safety against nginx ${report.nginxVersion} and HAProxy ${report.haproxyVersion} (targets set to these versions), ${report.seconds.toFixed(0)} s`);
  for (const s of report.corpus) lines.push(`  ${s.dialect}: ${s.acceptedHere}/${s.labelledValid} corpus files labelled valid are accepted in our sandbox as well`);
  const rows = fixSafetyRows(report);
  const head = ['', 'candidates', 'accepted before', 'with fixes', 'fixes applied', 'accepted after', 'kept'];
  const table = [head, ...rows.map((r) => [r.group, r.candidates, r.acceptedBefore, r.withFixes, r.fixes, r.acceptedAfter, r.kept].map(String))];
  const widths = head.map((_, i) => Math.max(...table.map((t) => t[i].length)));
  for (const t of table) lines.push(`  ${t.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`);
  const refused = report.candidates.filter((c) => !c.acceptedBefore && !c.expectRejected && c.repairedBy != null);
  if (refused.length) {
    lines.push(`  refused before, with fixes: ${refused.length}; accepted after an error-level fix or fix-all: ${refused.filter((c) => c.repairedBy).length} (informational)`);
  }
  const rejected = report.candidates.filter((c) => c.expectRejected);
  for (const kind of [...new Set(rejected.map((r) => r.kind))]) {
    const of = rejected.filter((r) => r.kind === kind);
    lines.push(
      `  ${kind} variants (nginx ${report.nginxVersion} refuses sticky): ${of.length} generated, ${of.filter((r) => !r.acceptedBefore).length} rejected before as expected, ` +
        `${of.filter((r) => r.syntaxFindings === 0).length} parse clean for us, ${of.filter((r) => r.findings.length > 0).length} flagged (${[...new Set(of.flatMap((r) => r.findings))].join(', ') || 'nothing'}), ` +
        `${of.filter((r) => r.repairedBy).length} accepted after an error-level fix or fix-all`,
    );
  }
  const unexpected = report.candidates.filter((c) => c.source === 'variant' && !c.expectRejected && !c.acceptedBefore);
  if (unexpected.length) {
    lines.push(`  variants rejected before (not judged): ${unexpected.length}`);
    const reasons = new Map<string, number>();
    for (const u of unexpected) {
      const r = u.beforeError.replace(/ in \/\S+:\d+$/, '').replace(/"[^"]*"/g, '"…"');
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) lines.push(`    ${n} × ${r}`);
  }
  const unclean = report.candidates.filter((c) => c.source === 'variant' && c.syntaxFindings > 0);
  for (const u of unclean.slice(0, 10)) lines.push(`  PARSE: our parser reports syntax problems in the ${u.kind} variant of ${u.name}`);
  for (const c of report.candidates.filter((x) => x.broken?.length)) {
    for (const b of c.broken!) lines.push(`  BROKEN: ${c.name}${c.kind ? ` [${c.kind}]` : ''}: "${b.title}" → ${b.error}`);
  }
  return lines.join('\n');
}

export function fixSafetyFailed(report: FixSafetyReport): boolean {
  return report.candidates.some((c) => (c.broken?.length ?? 0) > 0 || (c.source === 'variant' && c.syntaxFindings > 0));
}

async function main(): Promise<number> {
  const inNs = reexecInNetworkNamespace();
  if (inNs !== null) return inNs;
  const corpus = process.argv[2] ?? null;
  const report = await runFixSafety(corpus && fs.existsSync(path.join(corpus, 'LABELS.tsv')) ? corpus : null);
  process.stdout.write(`${formatFixSafety(report)}\n`);
  return fixSafetyFailed(report) ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`fix-safety: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
