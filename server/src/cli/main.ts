import * as fs from 'fs';
import { detectDialect } from '../engine/dialect';
import { fixUntilStable } from '../engine/fixes';
import { inputFinding, TextLinter, type LintResult } from '../engine/lintText';
import { ProjectConfigFinder } from '../engine/projectConfig';
import { DEFAULT_SETTINGS, normalizeSettings, type LintSettings } from '../engine/settings';
import type { Dialect } from '../model/common';
import { ConfigParser } from '../parsing/configParser';
import { GrammarLoader } from '../parsing/treeSitter';
import { RULES, ruleById } from '../rules/registry';
import type { Finding } from '../rules/types';
import { SourceText } from '../text/sourceText';
import { parseArgs, USAGE, UsageError } from './args';
import { collectFiles, decode } from './files';
import { formatJson, formatRules, formatSarif, formatText, type CliFinding } from './format';
import { explainRule } from './ruleHelp';

declare const AFFINITY_LINT_VERSION: string | undefined;
const VERSION = typeof AFFINITY_LINT_VERSION === 'string' ? AFFINITY_LINT_VERSION : 'dev';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

function toCliFinding(file: string, source: SourceText, f: Finding): CliFinding {
  const start = source.positionAt(f.span.start);
  const end = source.positionAt(f.span.end);
  return {
    file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

interface FileOutcome {
  readonly findings: CliFinding[];
  readonly fixed: number;
}

async function lintFile(
  linter: TextLinter,
  file: string,
  dialect: Dialect,
  text: string,
  invalidUtf8At: number | null,
  settings: LintSettings,
  fix: boolean,
  io: CliIo,
): Promise<FileOutcome> {
  let current = text;
  let fixed = 0;
  if (fix && invalidUtf8At === null) {
    const outcome = await fixUntilStable(text, async (t) => (await linter.lint(dialect, t, settings)).findings);
    if (outcome.text !== text) {
      fs.writeFileSync(file, outcome.text);
      current = outcome.text;
      fixed = outcome.applied;
    }
  }
  const result: LintResult = await linter.lint(dialect, current, settings);
  for (const e of result.ruleErrors) io.stderr(`affinity-lint: rule ${e.ruleId} failed on ${file}: ${(e.error as Error)?.message ?? e.error}\n`);
  const findings = [...result.findings];
  if (invalidUtf8At !== null) {
    findings.unshift({
      ...inputFinding(dialect, `File is not valid UTF-8 (first bad byte at offset ${invalidUtf8At}); it was read as Latin-1${fix ? ' and not fixed' : ''}.`, invalidUtf8At, invalidUtf8At + 1),
      severity: 'warning',
    });
  }
  return { findings: findings.map((f) => toCliFinding(file, result.source, f)), fixed };
}

/** Runs the command line; resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`affinity-lint: ${e.message} (see --help)\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (options.explain !== null) {
    if (!ruleById(options.explain)) {
      io.stderr(`affinity-lint: --explain: no rule '${options.explain}' (--list-rules lists them)\n`);
      return 2;
    }
    const page = explainRule(options.explain);
    if (page === null) {
      io.stderr(`affinity-lint: the page of ${options.explain} is not installed (docs/ is missing beside dist/)\n`);
      return 2;
    }
    io.stdout(page);
    return 0;
  }
  if (options.listRules) {
    io.stdout(formatRules(RULES, options.format === 'json'));
    return 0;
  }
  for (const w of normalizeSettings(options.settings).warnings) io.stderr(`affinity-lint: ${w}\n`);
  const projectConfigs = new ProjectConfigFinder();
  const reported = new Set<string>();
  /** Defaults, then the nearest .affinity-lint.json, then the command line's flags. */
  const settingsFor = (file: string): LintSettings | null => {
    const project = projectConfigs.forFile(file);
    let base = DEFAULT_SETTINGS;
    if (project) {
      if (project.error) {
        if (!reported.has(project.file)) io.stderr(`affinity-lint: ${project.error}\n`);
        reported.add(project.file);
        return null;
      }
      const normalized = normalizeSettings(project.raw);
      if (!reported.has(project.file)) for (const w of normalized.warnings) io.stderr(`affinity-lint: ${project.file}: ${w}\n`);
      reported.add(project.file);
      base = normalized.settings;
    }
    return normalizeSettings(options.settings, base).settings;
  };

  const { files, errors } = collectFiles(options.paths);
  for (const e of errors) io.stderr(`affinity-lint: ${e}\n`);
  if (errors.length) return 2;

  const linter = new TextLinter(new ConfigParser(new GrammarLoader()));
  const all: CliFinding[] = [];
  let fixed = 0;
  let ioError = false;
  let notLinted = 0;
  for (const entry of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(entry.path);
    } catch (e) {
      io.stderr(`affinity-lint: ${entry.path}: ${(e as Error).message}\n`);
      ioError = true;
      notLinted++;
      continue;
    }
    const { text, invalidUtf8At } = decode(bytes);
    const dialect = options.dialect ?? detectDialect(entry.path, text);
    if (!dialect) {
      if (entry.explicit) {
        io.stderr(`affinity-lint: ${entry.path}: cannot tell whether this is an NGINX or a HAProxy config; pass --dialect\n`);
        ioError = true;
        notLinted++;
      }
      continue;
    }
    const settings = settingsFor(entry.path);
    if (!settings) {
      ioError = true;
      notLinted++;
      continue;
    }
    try {
      const outcome = await lintFile(linter, entry.path, dialect, text, invalidUtf8At, settings, options.fix, io);
      all.push(...outcome.findings);
      fixed += outcome.fixed;
    } catch (e) {
      io.stderr(`affinity-lint: ${entry.path}: ${(e as Error).message}\n`);
      ioError = true;
      notLinted++;
    }
  }
  if (options.format === 'json') io.stdout(formatJson(all));
  else if (options.format === 'sarif') io.stdout(formatSarif(all, RULES, VERSION));
  else io.stdout(formatText(all, fixed, notLinted));
  if (ioError) return 2;
  return all.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}
