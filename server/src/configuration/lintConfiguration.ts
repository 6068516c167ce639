import { Linter, statements } from '../engine/linter';
import type { LintSettings } from '../engine/settings';
import { Suppressions } from '../engine/suppressions';
import type { Finding, Fix, Related, TextEdit } from '../rules/types';
import type { Span } from '../text/span';
import type { CombinedSource } from './combinedSource';
import type { ConfigFile, LoadedConfiguration } from './spec';

/**
 * What a file's own run gave (its document rules' findings, its suppression comments), kept per
 * model and settings: a keystroke in one file of a configuration of hundreds runs them for that file only.
 */
interface FileRun {
  readonly settings: LintSettings;
  readonly findings: readonly Finding[];
  readonly ruleErrors: readonly { ruleId: string; error: unknown }[];
  readonly suppressions: Suppressions;
}
const fileRuns = new WeakMap<Linter, WeakMap<object, FileRun>>();

function fileRun(linter: Linter, file: ConfigFile, settings: LintSettings): FileRun {
  let runs = fileRuns.get(linter);
  if (!runs) {
    runs = new WeakMap();
    fileRuns.set(linter, runs);
  }
  const known = runs.get(file.config);
  if (known && known.settings === settings) return known;
  const own = linter.lint(file.config, file.source, settings, undefined, { rules: 'document' });
  const run: FileRun = { settings, findings: own.findings, ruleErrors: own.ruleErrors, suppressions: new Suppressions(file.config.comments, statements(file.config), file.source) };
  runs.set(file.config, run);
  return run;
}

/** The findings of a configuration, by file (absolute path), each with spans into its own file. */
export interface ConfigurationFindings {
  readonly byFile: Map<string, Finding[]>;
  readonly ruleErrors: { ruleId: string; file: string | null; error: unknown }[];
}

/**
 * Lints a configuration of several files as one: the rules that read a whole document run on each
 * file alone (syntax), the rules that visit directives and sections run once on the joined model.
 * Every finding lands in the file of its span; its fix edits and related locations name their
 * files when those differ. Suppression comments are each file's own.
 */
export function lintConfiguration(linter: Linter, loaded: LoadedConfiguration, settings: LintSettings): ConfigurationFindings {
  const byFile = new Map<string, Finding[]>();
  const ruleErrors: ConfigurationFindings['ruleErrors'] = [];
  const suppressions = new Map<string, Suppressions>();
  for (const f of loaded.files) {
    const own = fileRun(linter, f, settings);
    byFile.set(f.path, [...own.findings]);
    for (const e of own.ruleErrors) ruleErrors.push({ ...e, file: f.path });
    suppressions.set(f.path, own.suppressions);
  }
  const source = loaded.source;
  const isSuppressed = (ruleId: string, span: Span): boolean => {
    const local = source.toLocal(span);
    return local !== null && (suppressions.get(local.part.file)?.isSuppressed(ruleId, local.span) ?? false);
  };
  if (loaded.files.length) {
    const joined = linter.lint(loaded.combined, source, settings, undefined, { rules: 'visiting', isSuppressed });
    for (const e of joined.ruleErrors) ruleErrors.push({ ...e, file: null });
    for (const finding of joined.findings) {
      const placed = toFileFinding(source, finding);
      if (placed) byFile.get(placed.file)?.push(placed.finding);
    }
  }
  const syntaxId = `${loaded.dialect}/syntax`;
  if (settings.rules[syntaxId] !== 'off') {
    for (const p of loaded.problems) {
      const file = p.file ?? loaded.files[0]?.path;
      if (!file || !byFile.has(file)) continue;
      if (p.file && isSuppressedIn(suppressions.get(file), syntaxId, p.span)) continue;
      const override = settings.rules[syntaxId];
      byFile.get(file)!.push({ ruleId: syntaxId, message: p.message, span: p.span, severity: override ?? p.severity, fixes: [] });
    }
  }
  // Twice the same finding only where a file is placed more than once (a snippet included in two
  // locations); otherwise each file's findings only need their order.
  for (const [file, findings] of byFile) byFile.set(file, loaded.repeatedFiles ? dedupe(findings) : findings.sort(bySpan));
  return { byFile, ruleErrors };
}

function isSuppressedIn(s: Suppressions | undefined, ruleId: string, span: Span): boolean {
  return s?.isSuppressed(ruleId, span) ?? false;
}

/** A finding of the joined model, moved into the file its span lies in. */
function toFileFinding(source: CombinedSource, finding: Finding): { file: string; finding: Finding } | null {
  const local = source.toLocal(finding.span);
  if (!local) return null;
  const home = local.part.file;
  const base = local.part.base;
  const end = base + local.part.source.text.length;
  // Most spans of a finding lie in its own file: those need no search.
  const move = (span: Span): { file: string; span: Span } | null => {
    if (span.start >= base && span.end <= end) return { file: home, span: { start: span.start - base, end: span.end - base } };
    const l = source.toLocal(span);
    return l && { file: l.part.file, span: l.span };
  };
  let fixes: Fix[] = [];
  for (const fix of finding.fixes) {
    const edits: TextEdit[] = [];
    for (const e of fix.edits) {
      const m = move(e);
      if (!m) break;
      edits.push(m.file !== home ? { start: m.span.start, end: m.span.end, newText: e.newText, file: m.file } : { start: m.span.start, end: m.span.end, newText: e.newText });
    }
    // A fix with an edit that would run across files is dropped rather than applied in part.
    if (edits.length === fix.edits.length) fixes.push({ ...fix, edits });
  }
  if (!finding.fixes.length) fixes = [];
  let related: Related[] | undefined;
  if (finding.related?.length) {
    const seen = new Set<string>();
    related = [];
    for (const r of finding.related) {
      const m = move(r.span);
      // A file included in several places is one place: its locations are named once.
      const key = m && `${m.file}\0${m.span.start}\0${m.span.end}\0${r.message}`;
      if (!m || seen.has(key!)) continue;
      seen.add(key!);
      related.push(m.file !== home ? { message: r.message, span: m.span, file: m.file } : { message: r.message, span: m.span });
    }
    if (!related.length) related = undefined;
  }
  return { file: home, finding: { ...finding, span: local.span, fixes, related } };
}

/** The same finding reported twice (a file included in two places) is kept once. */
function bySpan(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.span.start}\0${f.span.end}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

