/**
 * Manifest conformance against the corpus: every file of k8s/, traefik/, terraform/ and
 * cloudformation/ is read by the manifest kind with all its rules (MANIFEST_KIND.rules: whatever
 * rules are registered when this runs). Prints per file the documents, objects by kind, Traefik
 * configurations, compose services, skipped templated documents and findings by rule id, then a
 * summary per folder and per rule. Every corpus file is real and accepted by its tool, so a
 * `manifest/syntax` finding is a false error unless listed in manifest-syntax-exceptions.tsv with
 * the reason (from PROVENANCE-beyond.tsv's notes); a crash (the reader or a rule throwing) always
 * fails. Files the kind does not claim by name (`*.tf`, `*.json`, `*.yaml.tpl`) are read as well,
 * as the editor would if asked, and marked `-` in the name column.
 *
 * usage: npm run conformance:manifests -- <corpus-dir>    (the corpus is read in place, never copied)
 */
import * as fs from 'fs';
import * as path from 'path';
import { normalizeSettings } from '../../server/src/engine/settings';
import { lintKind } from '../../server/src/kinds/kindLinter';
import { MANIFEST_KIND } from '../../server/src/manifest/kind';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fixes';
import { validateManifestText } from '../helpers/manifestSchemas';
import type { Finding } from '../../server/src/rules/types';
import type { LintSettings } from '../../server/src/engine/settings';
import { readKnownList } from './knownList';

const FOLDERS = ['k8s', 'traefik', 'terraform', 'cloudformation'];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
}

/** `k8s/x.yaml` -> its notes column in PROVENANCE-beyond.tsv. */
function provenanceNotes(corpus: string): Map<string, string> {
  const notes = new Map<string, string>();
  const file = path.join(corpus, 'PROVENANCE-beyond.tsv');
  if (!fs.existsSync(file)) return notes;
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n');
  const column = header.split('\t').indexOf('notes');
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[0]) notes.set(cells[0], cells[column] ?? '');
  }
  return notes;
}

function counts(items: readonly string[]): string {
  const tally = new Map<string, number>();
  for (const i of items) tally.set(i, (tally.get(i) ?? 0) + 1);
  return [...tally].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(' ');
}

interface Totals {
  files: number;
  linted: number;
  documents: number;
  objects: number;
  findings: number;
  skipped: number;
  ms: number;
}

/** A schema error without its place (`file:line:col `), which edits move. */
function placeless(error: string): string {
  return error.replace(/^\S*:\d+:\d+ /, '');
}

/**
 * Every fix offered on a file, judged by the resource schemas (test/helpers/manifestSchemas.ts): the
 * preferred fixes applied together until stable, and each other fix applied alone, must add no
 * schema error to the objects of the file.
 */
async function fixesKeepSchemas(file: string, text: string, findings: readonly Finding[], settings: LintSettings): Promise<{ texts: number; fixes: number; broken: string[] }> {
  const before = new Set(validateManifestText(text, file).map(placeless));
  const broken: string[] = [];
  let texts = 0;
  let fixes = 0;
  const judge = (what: string, fixed: string): void => {
    texts++;
    const added = validateManifestText(fixed, file).map(placeless).filter((e) => !before.has(e));
    if (added.length) broken.push(`${what}: ${added.join('; ')}`);
  };
  const preferred = await fixUntilStable(text, async (t) => (await lintKind(MANIFEST_KIND, file, t, settings)).findings);
  if (preferred.applied) {
    fixes += preferred.applied;
    judge(`${preferred.applied} preferred fixes`, preferred.text);
  }
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (fix.preferred || fix.edits.some((e) => e.file !== undefined)) continue;
      fixes++;
      judge(`${f.ruleId} "${fix.title}"`, applyEdits(text, fix.edits));
    }
  }
  return { texts, fixes, broken };
}

async function main(): Promise<number> {
  const corpus = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!corpus || !fs.existsSync(path.join(corpus, 'k8s'))) {
    process.stderr.write('usage: npm run conformance:manifests -- <corpus-dir containing k8s/ and traefik/>\n');
    return 2;
  }
  const { settings } = normalizeSettings({});
  const exceptions = readKnownList('manifest-syntax-exceptions.tsv');
  const notes = provenanceNotes(corpus);
  const crashes: string[] = [];
  const unexpected: string[] = [];
  const seenExceptions = new Set<string>();
  const byRule = new Map<string, number>();
  const totals = new Map<string, Totals>();
  let slowest = { file: '', ms: 0 };
  const fixChecks = { texts: 0, fixes: 0 };
  const brokenFixes: string[] = [];
  const started = Date.now();
  process.stdout.write(`rules: ${MANIFEST_KIND.rules.map((r) => r.meta.id).join(', ')}\n\n`);
  process.stdout.write('file\tname\tdocs\tobjects\ttraefik\tcompose\tskipped\tfindings\tms\n');
  for (const folder of FOLDERS) {
    const dir = path.join(corpus, folder);
    if (!fs.existsSync(dir)) continue;
    const total: Totals = { files: 0, linted: 0, documents: 0, objects: 0, findings: 0, skipped: 0, ms: 0 };
    totals.set(folder, total);
    for (const file of filesUnder(dir)) {
      const rel = path.relative(corpus, file).split(path.sep).join('/');
      total.files++;
      const text = fs.readFileSync(file, 'utf8');
      const t0 = process.hrtime.bigint();
      let result;
      try {
        result = await lintKind(MANIFEST_KIND, file, text, settings);
      } catch (e) {
        crashes.push(`${rel}: the reader threw: ${(e as Error).stack ?? e}`);
        process.stdout.write(`${rel}\tCRASH\n`);
        continue;
      }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      total.ms += ms;
      if (ms > slowest.ms) slowest = { file: rel, ms };
      for (const e of result.ruleErrors) crashes.push(`${rel}: ${e.ruleId} threw: ${(e.error as Error)?.stack ?? e.error}`);
      const model = result.model;
      if (model) {
        total.linted++;
        total.documents += model.documents.length;
        total.objects += model.objects.length;
        total.skipped += model.skipped.length;
      }
      total.findings += result.findings.length;
      for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const syntax = result.findings.filter((f) => f.ruleId === 'manifest/syntax');
      if (syntax.length > 0) {
        if (exceptions.has(rel)) seenExceptions.add(rel);
        else unexpected.push(`${rel}: ${syntax.map((f) => `${result.source.positionAt(f.span.start).line + 1}: ${f.message}`).join('; ')}\n    provenance: ${notes.get(rel) ?? '(not listed)'}`);
      }
      const cells = model
        ? [
            String(model.documents.length),
            counts(model.objects.map((o) => o.kind)) || '-',
            String(model.traefik.length),
            model.compose.length ? counts(model.compose.map(() => 'service')) : '-',
            String(model.skipped.length),
          ]
        : ['-', '-', '-', '-', '-'];
      const findings = counts(result.findings.map((f) => f.ruleId)) || '-';
      process.stdout.write(`${rel}\t${MANIFEST_KIND.claimsName(file) ? 'yes' : '-'}\t${cells.join('\t')}\t${findings}\t${ms.toFixed(1)}\n`);
      for (const n of result.notes) process.stdout.write(`  note: ${n}\n`);
      if (result.findings.some((f) => f.fixes.length)) {
        const outcome = await fixesKeepSchemas(file, text, result.findings, settings);
        fixChecks.texts += outcome.texts;
        fixChecks.fixes += outcome.fixes;
        for (const b of outcome.broken) brokenFixes.push(`${rel}: ${b}`);
      }
    }
  }
  process.stdout.write('\nfolder          files  linted  docs  objects  skipped  findings  ms\n');
  for (const [folder, t] of totals)
    process.stdout.write(`${folder.padEnd(15)} ${String(t.files).padStart(5)}  ${String(t.linted).padStart(6)}  ${String(t.documents).padStart(4)}  ${String(t.objects).padStart(7)}  ${String(t.skipped).padStart(7)}  ${String(t.findings).padStart(8)}  ${t.ms.toFixed(0)}\n`);
  const width = Math.max(...MANIFEST_KIND.rules.map((r) => r.meta.id.length)) + 2;
  process.stdout.write(`\n${'rule'.padEnd(width)}findings\n`);
  for (const rule of MANIFEST_KIND.rules) process.stdout.write(`${rule.meta.id.padEnd(width)}${String(byRule.get(rule.meta.id) ?? 0).padStart(8)}\n`);
  process.stdout.write(`\n${Date.now() - started} ms in all; slowest file ${slowest.file} ${slowest.ms.toFixed(0)} ms\n`);
  const stale = [...exceptions.keys()].filter((k) => !seenExceptions.has(k));
  for (const s of stale) process.stdout.write(`stale exception (no syntax error any more): ${s}\n`);
  process.stdout.write(`fixes judged by the resource schemas: ${fixChecks.fixes} fixes in ${fixChecks.texts} fixed texts, ${brokenFixes.length} adding a schema error\n`);
  for (const b of brokenFixes) process.stdout.write(`FIX BREAKS SCHEMA ${b}\n`);
  for (const c of crashes) process.stdout.write(`CRASH ${c}\n`);
  for (const u of unexpected) process.stdout.write(`UNEXPECTED manifest/syntax ${u}\n`);
  if (crashes.length || unexpected.length || stale.length || brokenFixes.length) {
    process.stdout.write(`FAIL: ${crashes.length} crash(es), ${unexpected.length} unexpected syntax error(s), ${stale.length} stale exception(s), ${brokenFixes.length} fix(es) breaking a schema\n`);
    return 1;
  }
  process.stdout.write('ok\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
