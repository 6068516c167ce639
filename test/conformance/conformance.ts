/**
 * Parses every corpus file the real nginx / HAProxy found no syntax problem in (LABELS.tsv column
 * after_env_fixes = valid or blocked:*) and checks that we find none either; lists the files the
 * real server rejected for grammar-level reasons and whether we flag them too. Then fix safety
 * (fix-safety.ts): every fix offered on what the real servers accept keeps it accepted. Prints the
 * tables and the findings on the accepted files by rule and severity, and writes
 * test-results/conformance.json.
 *
 * usage: npm run conformance -- <corpus-dir> [--no-fix-safety]    (the corpus is read in place, never copied)
 *
 * Fix safety needs the real servers (Debian's nginx-core and haproxy) and root; without them the
 * run fails and says so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TextLinter } from '../../server/src/engine/lintText';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/engine/settings';
import { inferenceNote, inferredNginxPlus } from '../../server/src/engine/versions';
import type { Dialect } from '../../server/src/model/common';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import { fixSafetyFailed, fixSafetyRows, formatFixSafety, runFixSafety, type FixSafetyReport } from './fix-safety';
import { readKnownList } from './knownList';
import { realServersMissing, reexecInNetworkNamespace } from './realServers';

interface ParseRow {
  readonly dialect: Dialect;
  readonly files: number;
  readonly accepted: number;
  readonly parseClean: number;
  readonly rejectedGrammar: number;
  readonly rejectedFlagged: number;
  readonly ms: number;
  /** Findings on the accepted files, by `<rule id> <severity>`: how accuracy work moves them. */
  readonly findingsByRule: Record<string, number>;
}

interface Label {
  file: string;
  server: Dialect;
  verdict: string;
  firstError: string;
  afterEnvFixes: string;
}

/** Messages of the real servers that mean the text itself is malformed, not merely unknown or misplaced. */
const GRAMMAR_LEVEL = /unexpected end of file|unexpected "\}"|unexpected "\{"|unexpected "[^"]*"|expecting ";"|unbalanced|unterminated|unmatched|missing terminating|no closing quote|unfinished|parsing quoted|missing LF on last line|expected '\]'|failed to parse sample expression/i;

function readLabels(corpus: string): Label[] {
  const lines = fs.readFileSync(path.join(corpus, 'LABELS.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([file, server, verdict, firstError, , , afterEnvFixes]) => ({ file, server: server as Dialect, verdict, firstError: firstError ?? '', afterEnvFixes: afterEnvFixes ?? '' }));
}

/** The default settings with the flavor pinned to open source: what a file taken for NGINX Plus gets without the inference. */
const OPEN_SOURCE = normalizeSettings({ nginx: { flavor: 'oss' } }).settings;

/** An accepted file taken for NGINX Plus (no flavor set), and how many findings pinning the flavor to oss adds. */
interface PlusInferred {
  readonly file: string;
  readonly inferred: string;
  readonly findings: number;
  readonly withOss: number;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const corpus = args.find((a) => !a.startsWith('--'));
  const fixSafety = !args.includes('--no-fix-safety');
  if (!corpus || !fs.existsSync(path.join(corpus, 'LABELS.tsv'))) {
    process.stderr.write('usage: npm run conformance -- <corpus-dir containing LABELS.tsv> [--no-fix-safety]\n');
    return 2;
  }
  // Fix safety runs nginx -t, which binds listen sockets: do all of it in a private network namespace.
  if (fixSafety) {
    const status = reexecInNetworkNamespace();
    if (status !== null) return status;
  }
  const started = Date.now();
  const parseRows: ParseRow[] = [];
  const linter = new TextLinter(new ConfigParser(new GrammarLoader()));
  const known = readKnownList('known-unclean.tsv');
  const labels = readLabels(corpus);
  let failed = false;
  const plusInferred: PlusInferred[] = [];
  for (const server of ['nginx', 'haproxy'] as const) {
    const accepted = labels.filter((l) => l.server === server && (l.afterEnvFixes === 'valid' || l.afterEnvFixes.startsWith('blocked:')));
    const unclean: string[] = [];
    const findingsByRule: Record<string, number> = {};
    const started = process.hrtime.bigint();
    for (const label of accepted) {
      const text = fs.readFileSync(path.join(corpus, label.file)).toString('latin1');
      const result = await linter.lint(server, text, DEFAULT_SETTINGS);
      if (result.ruleErrors.length) {
        failed = true;
        process.stdout.write(`  rule crash on ${label.file}: ${result.ruleErrors.map((e) => `${e.ruleId}: ${String(e.error)}`).join('; ')}\n`);
      }
      for (const { ruleId, severity } of result.findings) findingsByRule[`${ruleId} ${severity}`] = (findingsByRule[`${ruleId} ${severity}`] ?? 0) + 1;
      const inference = result.config ? inferredNginxPlus(result.config, result.source, DEFAULT_SETTINGS) : null;
      if (inference) {
        const withOss = (await linter.lint(server, text, OPEN_SOURCE)).findings.length;
        plusInferred.push({ file: label.file, inferred: inferenceNote(inference), findings: result.findings.length, withOss });
      }
      const syntax = result.findings.filter((f) => f.ruleId === `${server}/syntax`);
      if (syntax.length) {
        const at = result.source.positionAt(syntax[0].span.start);
        unclean.push(`${label.file}:${at.line + 1}:${at.character + 1}: ${syntax[0].message}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const unexpected = unclean.filter((u) => !known.has(u.split(':')[0]));
    const staleKnown = [...known.keys()].filter((k) => k.startsWith(`${server}/`) && accepted.some((a) => a.file === k) && !unclean.some((u) => u.startsWith(`${k}:`)));
    process.stdout.write(`${server}: ${accepted.length - unclean.length}/${accepted.length} files the real ${server} accepted parse clean (${ms.toFixed(0)} ms)\n`);
    for (const u of unclean) process.stdout.write(`  ${known.has(u.split(':')[0]) ? 'known' : 'UNCLEAN'}: ${u}${known.has(u.split(':')[0]) ? ` (${known.get(u.split(':')[0])})` : ''}\n`);
    for (const k of staleKnown) process.stdout.write(`  STALE: ${k} is listed in known-unclean.tsv but now parses clean\n`);
    if (unexpected.length || staleKnown.length) failed = true;

    const rejected = labels.filter((l) => l.server === server && l.verdict === 'syntax-error' && GRAMMAR_LEVEL.test(l.firstError) && !/unknown directive|not allowed|unknown keyword/i.test(l.firstError));
    let flagged = 0;
    const missed: string[] = [];
    for (const label of rejected) {
      const text = fs.readFileSync(path.join(corpus, label.file)).toString('latin1');
      const result = await linter.lint(server, text, DEFAULT_SETTINGS);
      if (result.findings.some((f) => f.ruleId === `${server}/syntax`)) flagged++;
      else missed.push(`${label.file}: ${label.firstError.slice(0, 120)}`);
    }
    process.stdout.write(`${server}: ${flagged}/${rejected.length} files the real ${server} rejected for grammar-level reasons are flagged by ${server}/syntax\n`);
    for (const m of missed) process.stdout.write(`  missed: ${m}\n`);
    parseRows.push({
      dialect: server,
      files: labels.filter((l) => l.server === server).length,
      accepted: accepted.length,
      parseClean: accepted.length - unclean.length,
      rejectedGrammar: rejected.length,
      rejectedFlagged: flagged,
      ms: Math.round(ms),
      findingsByRule: Object.fromEntries(Object.entries(findingsByRule).sort(([a], [b]) => (a < b ? -1 : 1))),
    });
  }

  process.stdout.write('\nparse agreement\n');
  process.stdout.write(`  ${'server'.padEnd(8)}  ${'files'.padStart(5)}  ${'accepted'.padStart(8)}  ${'parse-clean'.padStart(11)}  ${'rejected for grammar'.padStart(20)}  ${'flagged'.padStart(7)}\n`);
  for (const r of parseRows) {
    process.stdout.write(`  ${r.dialect.padEnd(8)}  ${String(r.files).padStart(5)}  ${String(r.accepted).padStart(8)}  ${String(r.parseClean).padStart(11)}  ${String(r.rejectedGrammar).padStart(20)}  ${String(r.rejectedFlagged).padStart(7)}\n`);
  }

  process.stdout.write('\nfindings on the accepted files, by rule and severity\n');
  for (const r of parseRows) {
    for (const [key, n] of Object.entries(r.findingsByRule)) process.stdout.write(`  ${key.padEnd(60)}  ${String(n).padStart(5)}\n`);
  }
  process.stdout.write(`NGINX Plus inferred (no flavor set) in ${plusInferred.length} accepted files; pinning the flavor to oss would add ${plusInferred.reduce((n, p) => n + p.withOss - p.findings, 0)} findings\n`);
  for (const p of plusInferred) process.stdout.write(`  ${p.file}: ${p.inferred}, ${p.findings} findings (${p.withOss} with oss)\n`);

  let report: FixSafetyReport | null = null;
  let fixSafetyError: string | null = null;
  if (fixSafety) {
    process.stdout.write('\n');
    const missing = realServersMissing();
    if (missing) {
      fixSafetyError = `fix safety cannot run: ${missing}`;
      process.stdout.write(`${fixSafetyError}\n`);
      failed = true;
    } else {
      report = await runFixSafety(corpus);
      process.stdout.write(`${formatFixSafety(report)}\n`);
      if (fixSafetyFailed(report)) failed = true;
    }
  }
  writeJson(parseRows, plusInferred, report, fixSafetyError, (Date.now() - started) / 1000);
  process.stdout.write(`conformance: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(failed ? 'conformance: FAILED\n' : 'conformance: ok\n');
  return failed ? 1 : 0;
}

/** test-results/conformance.json: the tables, and every fix that broke a config (with the input for the first few per fix title). */
function writeJson(parse: ParseRow[], plusInferred: readonly PlusInferred[], report: FixSafetyReport | null, fixSafetyError: string | null, seconds: number): void {
  const out = path.resolve(__dirname, '..', '..', '..', 'test-results', 'conformance.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const perTitle = new Map<string, number>();
  const broken = (report?.candidates ?? []).flatMap((c) =>
    (c.broken ?? []).map((b) => {
      const n = (perTitle.get(b.title) ?? 0) + 1;
      perTitle.set(b.title, n);
      return { source: c.source, dialect: c.dialect, name: c.name, kind: c.kind, title: b.title, error: b.error, ...(n <= 3 ? { before: c.text, after: b.after } : {}) };
    }),
  );
  const json = {
    seconds: Math.round(seconds),
    parse,
    plusInferred,
    fixSafety: report
      ? {
          nginxVersion: report.nginxVersion,
          haproxyVersion: report.haproxyVersion,
          seconds: Math.round(report.seconds),
          corpus: report.corpus,
          rows: fixSafetyRows(report),
          rejectedBeforeAsExpected: report.candidates
            .filter((c) => c.expectRejected)
            .reduce<Record<string, { generated: number; rejectedBefore: number; parseClean: number; flagged: number; acceptedAfterAFix: number }>>((acc, c) => {
              const r = (acc[c.kind] ??= { generated: 0, rejectedBefore: 0, parseClean: 0, flagged: 0, acceptedAfterAFix: 0 });
              r.generated++;
              if (!c.acceptedBefore) r.rejectedBefore++;
              if (c.syntaxFindings === 0) r.parseClean++;
              if (c.findings.length) r.flagged++;
              if (c.repairedBy) r.acceptedAfterAFix++;
              return acc;
            }, {}),
          refusedBeforeWithFixes: report.candidates
            .filter((c) => !c.acceptedBefore && c.repairedBy != null && !c.expectRejected)
            .map((c) => ({ name: c.name, kind: c.kind, error: c.beforeError, acceptedAfter: c.repairedBy || null })),
          variantsRejectedBefore: report.candidates.filter((c) => c.source === 'variant' && !c.expectRejected && !c.acceptedBefore).map((c) => ({ name: c.name, kind: c.kind, error: c.beforeError })),
          fixturesRejectedBefore: report.candidates.filter((c) => c.source === 'fixture' && !c.acceptedBefore).map((c) => ({ name: c.name, error: c.beforeError, acceptedAfter: c.repairedBy || null })),
          broken,
        }
      : { error: fixSafetyError ?? 'skipped (--no-fix-safety)' },
  };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`conformance: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
