/**
 * `npm run conformance:apps -- <corpus>`: every JS/TS file of the corpus's app/ folder read by the
 * app kind with all its rules, with the package.json saved beside it (`<owner>__<repo>__*.package.json`)
 * standing for the app's own: no crash and no rule error on any file; then every preferred fix
 * applied until stable, and the fixed text must read with no more syntax errors than the original.
 * Prints each file's set-ups and findings, and the findings per rule. Exits 1 on a crash, a rule
 * error or a fix that breaks the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { APP_KIND } from '../../server/src/app/kind';
import type { AppModel } from '../../server/src/app/model';
import { fixUntilStable } from '../../server/src/engine/fixes';
import { normalizeSettings } from '../../server/src/engine/settings';
import type { KindFiles } from '../../server/src/kinds/fileKind';
import { lintKind } from '../../server/src/kinds/kindLinter';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;

/** The package.json of a corpus file: the one saved with the same `<owner>__<repo>__` prefix. */
function corpusFiles(dir: string, file: string): KindFiles {
  const prefix = path.basename(file).split('__').slice(0, 2).join('__') + '__';
  const stem = path.basename(file).replace(SOURCE, '');
  const candidates = fs.readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.package.json'));
  const own = candidates.find((f) => f === `${stem}.package.json`) ?? candidates[0];
  return {
    read: (p) => Promise.resolve(own && path.dirname(p) === dir && path.basename(p) === 'package.json' ? fs.readFileSync(path.join(dir, own), 'utf8') : null),
  };
}

async function main(): Promise<number> {
  const corpus = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const dir = corpus && path.join(corpus, 'app');
  if (!dir || !fs.existsSync(dir)) {
    process.stderr.write('usage: npm run conformance:apps -- <corpus-dir containing app/>\n');
    return 2;
  }
  const { settings } = normalizeSettings({});
  const failures: string[] = [];
  const byRule = new Map<string, number>();
  let withModel = 0;
  let fixedFiles = 0;
  let fixesApplied = 0;
  const files = fs.readdirSync(dir).filter((f) => SOURCE.test(f)).sort();
  process.stdout.write('file\tset-ups\tstore\tfindings\tfixes\n');
  for (const name of files) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const files = corpusFiles(dir, file);
    let result;
    try {
      result = await lintKind(APP_KIND, file, text, settings, files);
    } catch (e) {
      failures.push(`${name}: the reader threw: ${(e as Error).stack ?? e}`);
      continue;
    }
    for (const e of result.ruleErrors) failures.push(`${name}: ${e.ruleId} threw: ${(e.error as Error)?.stack ?? e.error}`);
    const model = result.model as AppModel | null;
    if (model) withModel++;
    for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    let applied = 0;
    if (model) {
      const fixed = await fixUntilStable(text, async (t) => (await lintKind(APP_KIND, file, t, settings, files)).findings);
      applied = fixed.applied;
      if (fixed.applied) {
        fixedFiles++;
        fixesApplied += fixed.applied;
        const after = (await lintKind(APP_KIND, file, fixed.text, settings, files)).model as AppModel | null;
        const before = model.syntaxErrors.length;
        if (!after) failures.push(`${name}: after ${fixed.applied} fixes the file no longer reads as session code`);
        else if (after.syntaxErrors.length > before) failures.push(`${name}: the fixes add syntax errors (${before} -> ${after.syntaxErrors.length}): ${after.syntaxErrors[0].message}`);
      }
    }
    const stores = model ? model.sessions.map((s) => s.store.kind).join(',') || '-' : '-';
    process.stdout.write(`${name}\t${model?.sessions.length ?? '-'}\t${stores}\t${result.findings.map((f) => f.ruleId).join(' ') || '-'}\t${applied}\n`);
  }
  process.stdout.write(`\n${files.length} files, ${withModel} with session code; ${fixesApplied} fixes applied to ${fixedFiles} files\n\nfindings per rule\n`);
  for (const rule of APP_KIND.rules) process.stdout.write(`${rule.meta.id.padEnd(40)}${String(byRule.get(rule.meta.id) ?? 0).padStart(6)}\n`);
  if (failures.length) {
    process.stdout.write(`\nFAILED:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nok\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
