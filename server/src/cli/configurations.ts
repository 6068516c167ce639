import * as fs from 'fs';
import * as path from 'path';
import { mergeConfigurationFindings } from '../configuration/mergeFindings';
import { lintConfiguration, type ConfigurationFindings } from '../configuration/lintConfiguration';
import { CachedFiles, DiskFiles, OverlayFiles } from '../configuration/fileAccess';
import { loadConfiguration, ModelCache } from '../configuration/load';
import type { ConfigurationSpec, LoadedConfiguration, ReadPolicy } from '../configuration/spec';
import { applyEdits } from '../engine/fixes';
import type { Linter } from '../engine/linter';
import type { LintSettings } from '../engine/settings';
import type { Finding, Fix, TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { decode } from '../text/decode';
import type { CliFinding } from './format';

/** A configuration to lint; `only`: report (and fix) only these files of it (files named alone). */
export interface RunSpec {
  readonly spec: ConfigurationSpec;
  readonly only?: ReadonlySet<string>;
}

/** What the configurations of a run reported, and which files they covered. */
export interface ConfigurationsOutcome {
  readonly findings: CliFinding[];
  /** Absolute paths of every file some configuration read: not linted alone again. */
  readonly covered: Set<string>;
  readonly fixed: number;
  readonly configurations: number;
  /** Configurations whose first file could not be read (`-c missing.conf`): an I/O error of the run. */
  readonly unreadable: number;
}

/** How the CLI names a file: from the working folder when under it, else absolute. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function position(source: SourceText, offset: number): { line: number; column: number } {
  const p = source.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

function toCli(file: string, sources: Map<string, SourceText>, f: Finding): CliFinding {
  const source = sources.get(file)!;
  const start = position(source, f.span.start);
  const end = position(source, f.span.end);
  const related = (f.related ?? []).flatMap((r) => {
    const at = r.file ?? file;
    const s = sources.get(at);
    if (!s) return [];
    const rs = position(s, r.span.start);
    const re = position(s, r.span.end);
    return [{ file: displayPath(at), message: r.message, line: rs.line, column: rs.column, endLine: re.line, endColumn: re.column }];
  });
  return {
    file: displayPath(file),
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(related.length ? { related } : {}),
  };
}

/** Whether a file may be written: inside one of the folders the run was given. */
function writable(file: string, policy: ReadPolicy): boolean {
  return policy.roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/**
 * The preferred fixes of a configuration's findings that can be applied together, across files:
 * each fix whose edits touch no edit already taken in the same file, and no file outside the run
 * (nor, for files named alone, any other file of their configuration).
 */
function compatibleFixes(result: ConfigurationFindings, policy: ReadPolicy, only: ReadonlySet<string> | undefined): { edits: Map<string, TextEdit[]>; count: number } {
  const taken = new Map<string, TextEdit[]>();
  let count = 0;
  const overlaps = (file: string, e: TextEdit): boolean =>
    (taken.get(file) ?? []).some((t) => (e.start < t.end && t.start < e.end) || (e.start === t.start && (e.start === e.end || t.start === t.end)));
  for (const [file, findings] of result.byFile) {
    for (const finding of findings) {
      const fix: Fix | undefined = finding.fixes.find((x) => x.preferred);
      if (!fix || !fix.edits.length) continue;
      const placed = fix.edits.map((e) => ({ file: e.file ?? file, edit: { start: e.start, end: e.end, newText: e.newText } }));
      // Files named alone are the only files of their configuration the run may change.
      if (placed.some((p) => !writable(p.file, policy) || (only && !only.has(p.file)) || overlaps(p.file, p.edit))) continue;
      for (const p of placed) taken.set(p.file, [...(taken.get(p.file) ?? []), p.edit]);
      count++;
    }
  }
  return { edits: taken, count };
}

/**
 * Lints each configuration as one (and with `fix`, applies the preferred fixes of every file
 * until nothing more changes, then writes each changed file). A file in several configurations is
 * judged in each: a finding only some of them report says in which.
 */
export async function runConfigurations(
  specs: readonly RunSpec[],
  linter: Linter,
  cache: ModelCache,
  policy: ReadPolicy,
  settingsFor: (file: string) => LintSettings | null,
  fix: boolean,
  problem: (message: string) => void,
  note: (file: string, message: string) => void,
  /** Adds what the workspace knows to a file's findings (link/annotate.ts) before they are reported. */
  annotate: (file: string, findings: readonly Finding[]) => readonly Finding[] = (_file, findings) => findings,
): Promise<ConfigurationsOutcome> {
  const covered = new Set<string>();
  let fixed = 0;
  let unreadable = 0;
  /** Per file: the findings of each configuration that read it. */
  const perFile = new Map<string, { name: string; findings: Finding[] }[]>();
  const sources = new Map<string, SourceText>();
  const diskFiles = new DiskFiles();
  const disk = new CachedFiles(diskFiles);
  for (const { spec, only } of specs) {
    const entry = spec.dialect === 'nginx' ? spec.entry : spec.paths[0];
    const settings = settingsFor(entry);
    if (!settings) continue;
    const overlay = new Map<string, string>();
    // The disk is read once per run (every configuration reads through the same answers); the
    // fixed texts of this configuration lie over it.
    const files = new OverlayFiles(disk, (f) => overlay.get(f));
    let loaded: LoadedConfiguration = await loadConfiguration(spec, files, cache.models, policy);
    const lint = (l: LoadedConfiguration): ConfigurationFindings => {
      const r = lintConfiguration(linter, l, settings);
      if (only) for (const file of [...r.byFile.keys()]) if (!only.has(file)) r.byFile.delete(file);
      return r;
    };
    let result = lint(loaded);
    if (!loaded.files.length) {
      for (const p of loaded.problems) problem(`${loaded.name}: ${p.message}`);
      unreadable++;
      continue;
    }
    if (!loaded.files.some((f) => !only || only.has(f.path))) continue;
    if (fix) {
      for (let pass = 0; pass < 10; pass++) {
        const { edits, count } = compatibleFixes(result, policy, only);
        if (!count) break;
        for (const [file, list] of edits) {
          const current = files.read(file);
          if ('error' in current) continue;
          overlay.set(file, applyEdits(current.text, list));
        }
        fixed += count;
        loaded = await loadConfiguration(spec, files, cache.models, policy);
        result = lint(loaded);
      }
      for (const [file, text] of overlay) writeBack(file, text, problem);
      // The next configuration (one that shares files) reads what was written.
      disk.forget([...overlay.keys()]);
    }
    for (const e of result.ruleErrors) problem(`rule ${e.ruleId} failed on ${loaded.name}: ${(e.error as Error)?.message ?? e.error}`);
    for (const f of loaded.files) {
      // Related locations may lie in any file of the configuration, reported or not.
      if (!sources.has(f.path)) sources.set(f.path, f.source);
      if (only && !only.has(f.path)) continue;
      if (!covered.has(f.path) && diskFiles.latin1.has(f.path)) {
        // nginx and HAProxy read bytes, so this is how they read the file too: information, not a problem.
        const written = fix ? '; fixes are written back byte for byte' : '';
        note(f.path, `not valid UTF-8 (first bad byte at offset ${diskFiles.latin1.get(f.path)}); read as Latin-1, byte for byte, as the server reads it${written}`);
      }
      covered.add(f.path);
      sources.set(f.path, f.source);
      const list = perFile.get(f.path) ?? [];
      list.push({ name: loaded.name, findings: result.byFile.get(f.path) ?? [] });
      perFile.set(f.path, list);
    }
  }
  const findings: CliFinding[] = [];
  for (const [file, runs] of perFile) for (const f of annotate(file, mergeConfigurationFindings(runs))) findings.push(toCli(file, sources, f));
  return { findings, covered, fixed, configurations: specs.length, unreadable };
}

/** Writes a fixed file; one read as Latin-1 (not UTF-8) goes back byte for byte, or not at all. */
function writeBack(file: string, text: string, problem: (message: string) => void): void {
  let latin1 = false;
  try {
    latin1 = decode(fs.readFileSync(file)).invalidUtf8At !== null;
  } catch {
    // Written fresh below.
  }
  if (latin1 && /[^\u0000-\u00ff]/.test(text)) {
    problem(`${displayPath(file)}: not fixed: the fix needs characters its Latin-1 bytes cannot hold`);
    return;
  }
  fs.writeFileSync(file, latin1 ? Buffer.from(text, 'latin1') : text);
}
