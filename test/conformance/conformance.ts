/**
 * Parses every corpus file the real nginx / HAProxy found no syntax problem in (LABELS.tsv column
 * after_env_fixes = valid or blocked:*) and checks that we find none either; lists the files the
 * real server rejected for grammar-level reasons and whether we flag them too.
 *
 * usage: npm run conformance -- <corpus-dir>     (the corpus is read in place, never copied)
 */
import * as fs from 'fs';
import * as path from 'path';
import { TextLinter } from '../../server/src/engine/lintText';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import type { Dialect } from '../../server/src/model/common';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';

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

function readKnownUnclean(): Map<string, string> {
  const file = path.resolve(__dirname, '..', '..', '..', 'test', 'conformance', 'known-unclean.tsv');
  const known = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, reason] = line.split('\t');
    known.set(name, reason ?? '');
  }
  return known;
}

async function main(): Promise<number> {
  const corpus = process.argv[2];
  if (!corpus || !fs.existsSync(path.join(corpus, 'LABELS.tsv'))) {
    process.stderr.write('usage: npm run conformance -- <corpus-dir containing LABELS.tsv>\n');
    return 2;
  }
  const linter = new TextLinter(new ConfigParser(new GrammarLoader()));
  const known = readKnownUnclean();
  const labels = readLabels(corpus);
  let failed = false;
  for (const server of ['nginx', 'haproxy'] as const) {
    const accepted = labels.filter((l) => l.server === server && (l.afterEnvFixes === 'valid' || l.afterEnvFixes.startsWith('blocked:')));
    const unclean: string[] = [];
    const started = process.hrtime.bigint();
    for (const label of accepted) {
      const text = fs.readFileSync(path.join(corpus, label.file)).toString('latin1');
      const result = await linter.lint(server, text, DEFAULT_SETTINGS);
      if (result.ruleErrors.length) {
        failed = true;
        process.stdout.write(`  rule crash on ${label.file}: ${result.ruleErrors.map((e) => `${e.ruleId}: ${String(e.error)}`).join('; ')}\n`);
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
  }
  process.stdout.write(failed ? 'conformance: FAILED\n' : 'conformance: ok\n');
  return failed ? 1 : 0;
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
