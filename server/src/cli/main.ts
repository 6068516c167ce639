import * as fs from 'fs';
import { detectDialect } from '../engine/dialect';
import { fixUntilStable } from '../engine/fixes';
import { TextLinter, type LintResult } from '../engine/lintText';
import { ProjectConfigFinder } from '../engine/projectConfig';
import { DEFAULT_SETTINGS, normalizeSettings, type LintSettings } from '../engine/settings';
import type { Dialect } from '../model/common';
import { ConfigParser } from '../parsing/configParser';
import { GrammarLoader } from '../parsing/treeSitter';
import { RULES, ruleById } from '../rules/registry';
import type { Finding } from '../rules/types';
import { SourceText } from '../text/sourceText';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { displayPath, runConfigurations, type RunSpec } from './configurations';
import { configurationsNear, discoverConfigurations } from '../configuration/discover';
import { DiskFiles } from '../configuration/fileAccess';
import { normalizeLayout, type LayoutSettings } from '../configuration/layoutSettings';
import { ModelCache } from '../configuration/load';
import { specKey, type ConfigurationSpec, type ReadPolicy } from '../configuration/spec';
import { Linter } from '../engine/linter';
import * as path from 'path';
import { collectFiles, decode, type FileList } from './files';
import { formatJson, formatRules, formatSarif, formatText, type CliFinding, type CliNote } from './format';
import { explainRule } from './ruleHelp';
import { guessTextKind } from './textKind';
import { kindOfName } from '../kinds/registry';
import { DiskKindFiles, lintKindFile } from './kindFiles';
import { buildWorkspaceLinks } from '../link/workspaceIndex';
import { withSessionEvidence } from '../link/annotate';
import { appMappingsOf } from '../link/compose';
import type { AppMapping } from '../link/model';

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

/** Characters Latin-1 cannot hold: a text read as Latin-1 that has none is written back byte for byte. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Lints one file, fixing it first with `fix`. A file that is not UTF-8 was read as Latin-1 (one
 * character per byte, as nginx and HAProxy read bytes), so it is written back as Latin-1: every byte
 * a fix did not touch stays as it was.
 */
async function lintFile(
  linter: TextLinter,
  file: string,
  dialect: Dialect,
  text: string,
  latin1: boolean,
  settings: LintSettings,
  fix: boolean,
  io: CliIo,
  annotate: (file: string, findings: readonly Finding[]) => readonly Finding[],
): Promise<FileOutcome> {
  let current = text;
  let fixed = 0;
  if (fix) {
    const outcome = await fixUntilStable(text, async (t) => (await linter.lint(dialect, t, settings)).findings);
    if (outcome.text !== text && !(latin1 && BEYOND_LATIN1.test(outcome.text))) {
      fs.writeFileSync(file, latin1 ? Buffer.from(outcome.text, 'latin1') : outcome.text);
      current = outcome.text;
      fixed = outcome.applied;
    }
  }
  const result: LintResult = await linter.lint(dialect, current, settings);
  for (const e of result.ruleErrors) io.stderr(`affinity-lint: rule ${e.ruleId} failed on ${file}: ${(e.error as Error)?.message ?? e.error}\n`);
  return { findings: annotate(file, result.findings).map((f) => toCliFinding(file, result.source, f)), fixed };
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

  const parser = new ConfigParser(new GrammarLoader());
  const linter = new TextLinter(parser);
  const kindFiles = new DiskKindFiles();
  // The apps behind the load balancers of the walk, when the walk holds an app's session set-up (link/).
  const mappings = appMappingsFor(options.paths, projectConfigs, (m) => io.stderr(`affinity-lint: ${m}\n`));
  const links = await buildWorkspaceLinks({ files: files.map((f) => realPath(f.path)), read: (f) => kindFiles.read(f), parser, settingsFor, mappings, base: process.cwd() });
  const annotate = (file: string, findings: readonly Finding[]): readonly Finding[] =>
    links ? withSessionEvidence(findings, realPath(file), links.linksOfGroupsIn(realPath(file)), (f) => links.label(f)) : findings;
  const all: CliFinding[] = [];
  const layoutOf = (folder: string): LayoutSettings => {
    const project = projectConfigs.forFile(path.join(folder, '.affinity-lint.json'));
    const fromProject = project && !project.error ? normalizeLayout(project.raw) : null;
    const base = fromProject ? resolveDeclared(fromProject.layout, path.dirname(project!.file)) : undefined;
    return normalizeLayout(options.layout, base).layout;
  };
  const notes: CliNote[] = [];
  const note = (n: CliNote): void => {
    notes.push(n);
    io.stderr(`affinity-lint: ${n.level === 'note' ? 'note: ' : ''}${n.file}: ${n.message}\n`);
  };
  const { specs, policy } = configurationsOf(options, files, layoutOf);
  const configurations = await runConfigurations(
    specs,
    new Linter(RULES),
    new ModelCache(parser),
    policy,
    settingsFor,
    options.fix,
    (m) => io.stderr(`affinity-lint: ${m}\n`),
    (file, message) => note({ file: displayPath(file), level: 'note', message }),
    annotate,
  );
  all.push(...configurations.findings);
  let fixed = configurations.fixed;
  let ioError = configurations.unreadable > 0;
  let linted = configurations.covered.size;
  let notLinted = 0;
  let skipped = 0;
  for (const entry of files) {
    // Read with its configuration already.
    if (configurations.covered.has(realPath(entry.path))) continue;
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
    // Manifests, Traefik and compose files, application code: linted only when they hold something
    // a rule of their kind reads; any other YAML or JS found by a walk is skipped without a word.
    const kind = options.dialect ? null : kindOfName(entry.path);
    if (kind) {
      const settings = settingsFor(entry.path);
      if (!settings) {
        ioError = true;
        notLinted++;
        continue;
      }
      try {
        const outcome = await lintKindFile(kind, entry.path, text, settings, options.fix, kindFiles, links?.forFile(realPath(entry.path), entry.path));
        for (const n of outcome.notes) note({ file: entry.path, level: 'note', message: n });
        for (const e of outcome.ruleErrors) io.stderr(`affinity-lint: rule ${e.ruleId} failed on ${entry.path}: ${(e.error as Error)?.message ?? String(e.error)}\n`);
        if (!outcome.relevant) {
          skipped++;
          if (entry.explicit) note({ file: entry.path, level: 'note', message: `nothing Affinity Lint checks (${kind.id === 'app' ? 'no session middleware' : 'no Kubernetes object, Traefik configuration or compose service'}); not linted` });
          continue;
        }
        all.push(...outcome.findings.map((f) => toCliFinding(entry.path, outcome.source, f)));
        fixed += outcome.fixed;
        linted++;
      } catch (e) {
        io.stderr(`affinity-lint: ${entry.path}: ${(e as Error).message}\n`);
        ioError = true;
        notLinted++;
      }
      continue;
    }
    // --dialect forces; a name that claims a dialect decides (a half-typed nginx.conf still gets its
    // syntax errors); any other file is read by both grammars and linted only if it is a configuration.
    let dialect = options.dialect;
    if (!dialect) {
      const verdict = await detectDialect(parser, entry.path, text);
      if (verdict.kind === 'other' && entry.explicit) {
        // Named on the command line, yet not something this tool reads: a usage problem, as ESLint
        // treats a pattern that matches no file it lints (exit status 2, never findings).
        const kind = guessTextKind(entry.path, text);
        note({
          file: entry.path,
          level: 'error',
          message: `not an NGINX or HAProxy configuration${kind ? ` (reads as ${kind})` : ''}; not linted (pass --dialect nginx or --dialect haproxy to lint it anyway)`,
        });
        ioError = true;
        notLinted++;
        continue;
      }
      if (verdict.kind !== 'config') {
        // Found by a folder walk (picked by its name pattern, not by the user), or blank: skipped,
        // counted in the summary; a blank file named explicitly gets a note, and so does a file
        // named like an NGINX file (conf.d/*.conf) that reads as another program's (Apache,
        // supervisord): it is not silently passed over, nor given NGINX syntax errors.
        skipped++;
        if (entry.explicit) note({ file: entry.path, level: 'note', message: 'empty or only comments; nothing to lint' });
        else if (verdict.kind === 'other' && verdict.claimedAs) {
          const kind = guessTextKind(entry.path, text);
          const name = verdict.claimedAs === 'nginx' ? 'NGINX' : 'HAProxy';
          note({
            file: entry.path,
            level: 'note',
            message: `named like an ${name} file, but does not read as an ${name} configuration${kind ? ` (reads as ${kind})` : ''}; not linted (pass --dialect ${verdict.claimedAs} to lint it anyway)`,
          });
        }
        continue;
      }
      dialect = verdict.dialect;
    }
    const settings = settingsFor(entry.path);
    if (!settings) {
      ioError = true;
      notLinted++;
      continue;
    }
    if (invalidUtf8At !== null) {
      // nginx and HAProxy read bytes, so this is how they read the file too: information, not a problem.
      const written = options.fix ? '; fixes are written back byte for byte' : '';
      note({ file: entry.path, level: 'note', message: `not valid UTF-8 (first bad byte at offset ${invalidUtf8At}); read as Latin-1, byte for byte, as the server reads it${written}` });
    }
    try {
      const outcome = await lintFile(linter, entry.path, dialect, text, invalidUtf8At !== null, settings, options.fix, io, annotate);
      all.push(...outcome.findings);
      fixed += outcome.fixed;
      linted++;
    } catch (e) {
      io.stderr(`affinity-lint: ${entry.path}: ${(e as Error).message}\n`);
      ioError = true;
      notLinted++;
    }
  }
  if (options.format === 'json') io.stdout(formatJson(all));
  // In file order, whether a file was read with a configuration or alone.
  else if (options.format === 'sarif') io.stdout(formatSarif(all, RULES, VERSION, [...notes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))));
  else io.stdout(formatText(all, fixed, { linted, notLinted, skipped }));
  if (ioError) return 2;
  return all.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}

/** The `apps` mappings of the `.affinity-lint.json` files that govern the paths given. */
function appMappingsFor(paths: readonly string[], finder: ProjectConfigFinder, warn: (message: string) => void): AppMapping[] {
  const seen = new Set<string>();
  const out: AppMapping[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const real = realPath(p);
    const project = finder.forFile(fs.existsSync(real) && fs.statSync(real).isDirectory() ? path.join(real, '.affinity-lint.json') : real);
    if (!project || project.error || seen.has(project.file)) continue;
    seen.add(project.file);
    const { mappings, warnings } = appMappingsOf(project.raw, project.file);
    for (const w of warnings) warn(`${project.file}: ${w}`);
    out.push(...mappings);
  }
  return out;
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Declared configuration paths made absolute from the folder of the file that declares them. */
function resolveDeclared(layout: LayoutSettings, from: string): LayoutSettings {
  const { nginx, haproxy } = layout.declared;
  return {
    ...layout,
    declared: {
      nginx: nginx && nginx.map((p) => path.resolve(from, p)),
      haproxy: haproxy && haproxy.map((paths) => paths.map((p) => path.resolve(from, p))),
    },
  };
}

/**
 * The configurations a run lints: each `-c` entry, the `-f` paths as one, and those found in (or
 * declared for) the folders given; and what they may read: the working folder and everything named.
 */
function configurationsOf(options: CliOptions, named: FileList['files'], layoutOf: (folder: string) => LayoutSettings): { specs: RunSpec[]; policy: ReadPolicy } {
  const disk = new DiskFiles();
  const specs: ConfigurationSpec[] = [];
  const roots = new Set<string>([realPath(process.cwd())]);
  for (const entry of options.nginxEntries) {
    specs.push({ dialect: 'nginx', entry: realPath(entry) });
    roots.add(path.dirname(realPath(entry)));
  }
  if (options.haproxyPaths.length) {
    const paths = options.haproxyPaths.map(realPath);
    specs.push({ dialect: 'haproxy', paths });
    for (const p of paths) roots.add(disk.kind(p) === 'folder' ? p : path.dirname(p));
  }
  let layout = layoutOf(process.cwd());
  for (const p of options.paths) {
    const real = realPath(p);
    if (disk.kind(real) !== 'folder') {
      roots.add(path.dirname(real));
      continue;
    }
    roots.add(real);
    layout = layoutOf(real);
    specs.push(...discoverConfigurations(real, disk, layout.declared));
  }
  const unique = new Map(specs.map((s) => [specKey(s), s] as const));
  const runs: RunSpec[] = [...unique.values()].map((spec) => ({ spec }));
  // A file named alone is judged in the configurations around it, when some read it.
  const alone = new Map<string, Set<string>>();
  for (const { path: p } of named.filter((f) => f.explicit)) {
    const real = realPath(p);
    // The working folder is no bound: `cd conf.d && affinity-lint app.conf` finds ../nginx.conf
    // as a file named from elsewhere does (a few folders up, never past a repository's root).
    for (const spec of configurationsNear(real, disk, null)) {
      const key = specKey(spec);
      if (unique.has(key)) continue;
      alone.set(key, (alone.get(key) ?? new Set()).add(real));
      if (!runs.some((r) => specKey(r.spec) === key)) runs.push({ spec, only: alone.get(key) });
      roots.add(spec.dialect === 'nginx' ? path.dirname(spec.entry) : disk.kind(spec.paths[0]) === 'folder' ? spec.paths[0] : path.dirname(spec.paths[0]));
    }
  }
  // Messages name files as the output does: from the working folder when under it.
  return { specs: runs, policy: { roots: [...roots], readOutside: layout.readOutside, nginxRoot: layout.nginxRoot, labelFrom: [realPath(process.cwd())], readOutsideHint: '--read-outside reads it' } };
}
