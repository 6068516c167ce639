import { fileURLToPath } from 'url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { NginxConfig } from '../model/nginx';
import type { ServerDetector } from '../validation/detect';
import { inferNginxContext, type NginxContext } from '../validation/nginxContext';
import { validate, type ValidationOutcome, type ValidationProblem } from '../validation/validator';
import type { DocumentStore, OpenDocument } from './documentStore';
import * as path from 'path';
import { validateConfiguration, type ConfigurationOutcome } from '../validation/configuration';
import { pathToUri, uriToPath, type ConfigurationState, type WorkspaceConfigurations } from './workspaceConfigurations';
import { binaryFor, type EditorConfig, type WorkspaceTrust } from './targetStatus';

const SEVERITY: Record<ValidationProblem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function validatorSource(dialect: OpenDocument['dialect']): string {
  return dialect === 'nginx' ? 'nginx -t' : 'haproxy -c';
}

/** The context an nginx document is checked in: main for a complete config, else what its top-level directives say. */
export function documentContext(doc: OpenDocument, file: string): NginxContext {
  const config = doc.config?.dialect === 'nginx' ? (doc.config as NginxConfig) : null;
  const top = config?.directives ?? [];
  const stream = top.length > 0 && top.every((d) => d.protocol === 'stream') && !top.some((d) => d.protocolKnown);
  return inferNginxContext(top.map((d) => d.name), stream ? 'stream' : 'http', file);
}

export function toValidationDiagnostics(doc: OpenDocument, outcome: ValidationOutcome): Diagnostic[] {
  const source = validatorSource(doc.dialect);
  return outcome.problems.map((p) => {
    const line = Math.min(p.line, doc.source.lineCount - 1);
    const text = doc.source.text;
    const start = doc.source.offsetAt({ line, character: 0 });
    const end = doc.source.offsetAt({ line: line + 1, character: 0 });
    const lineText = text.slice(start, end).replace(/\r?\n$/, '');
    const indent = lineText.length - lineText.trimStart().length;
    return {
      range: { start: { line, character: indent }, end: { line, character: Math.max(lineText.trimEnd().length, indent) } },
      severity: SEVERITY[p.severity],
      source,
      code: p.level,
      message: p.message,
    };
  });
}

export interface SaveValidatorDeps {
  readonly connection: Connection;
  readonly store: DocumentStore;
  readonly trust: WorkspaceTrust;
  readonly detector: ServerDetector;
  readonly editor: EditorConfig;
  /** Publishes the document's diagnostics again (its lint findings plus `extra`). */
  readonly republish: (uri: string) => void;
  /** The workspace's configurations: a file one of them reads is validated as that whole configuration. */
  readonly configurations?: WorkspaceConfigurations;
}

/** The server's own arguments for a configuration, and the folder it lives in (copied whole for the check). */
export function serverArgs(state: ConfigurationState): { args: string[]; root: string } {
  const spec = state.spec;
  if (spec.dialect === 'nginx') return { args: ['-c', spec.entry], root: path.dirname(spec.entry) };
  const folders = spec.paths.map((p) => (state.loaded?.files.some((f) => path.dirname(f.path) === p) ? p : path.dirname(p)));
  let root = folders[0] ?? state.folder;
  while (!folders.every((f) => f === root || f.startsWith(root + path.sep)) && path.dirname(root) !== root) root = path.dirname(root);
  return { args: spec.paths.flatMap((p) => ['-f', p]), root };
}

/**
 * `affinityLint.validate.onSave`: on save of an nginx or HAProxy document, in a trusted workspace,
 * when the binary runs, checks the saved text with `nginx -t` / `haproxy -c` on a temporary copy
 * (see `validate`) and shows the messages as diagnostics with source `nginx -t` / `haproxy -c`.
 * They belong to the saved version: the first edit after the save hides them until the next save,
 * since their lines may no longer match. Nothing runs in an untrusted workspace.
 *
 * nginx fragments (a conf.d file) are checked inside a wrapper in the context their top-level
 * directives call for (http for `server`/`upstream`/`map`, server for `location`/`listen`, location
 * for `proxy_pass`; the next context when nginx says "not allowed here"); the log names the context.
 */
export class SaveValidator {
  private readonly results = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly generation = new Map<string, number>();
  private readonly logged = new Set<string>();

  constructor(private readonly deps: SaveValidatorDeps) {}

  private logOnce(key: string, message: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.deps.connection.console.info(message);
  }

  /** Validation diagnostics to publish with the lint findings of `version` of `uri`. */
  extra(uri: string, version: number | undefined): Diagnostic[] {
    const found = this.results.get(uri);
    return found && found.version === version ? found.diagnostics : [];
  }

  /** Merges `extra` into a publishDiagnostics notification. */
  merge(params: PublishDiagnosticsParams): PublishDiagnosticsParams {
    const extra = this.extra(params.uri, params.version);
    return extra.length ? { ...params, diagnostics: [...params.diagnostics, ...extra] } : params;
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.generation.delete(uri);
  }

  clear(): void {
    this.results.clear();
    this.logged.clear();
  }

  /** Runs on didSave; resolves when the diagnostics (if any) were handed to `republish`. */
  async onSave(uri: string): Promise<void> {
    const { store, trust, editor, detector, connection } = this.deps;
    const doc = store.get(uri);
    if (!doc) return;
    const generation = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, generation);
    const settings = await editor.validateSettings(uri);
    if (!settings.onSave) {
      if (this.results.delete(uri)) this.deps.republish(uri);
      return;
    }
    if (!trust.trusted) {
      this.logOnce('untrusted', 'affinityLint.validate.onSave: not validating: the workspace is not trusted');
      return;
    }
    if (!uri.startsWith('file:')) {
      this.logOnce(`scheme:${uri}`, `affinityLint.validate.onSave: not validating ${uri}: only files on disk are validated`);
      return;
    }
    const binary = binaryFor(doc.dialect, settings);
    const detected = await detector.detect(doc.dialect, binary);
    if (!detected.version) {
      this.logOnce(`binary:${binary}`, `affinityLint.validate.onSave: not validating ${doc.dialect} files: ${detected.error ?? `${binary} reported no version`}`);
      return;
    }
    await store.refresh(doc);
    const version = doc.version;
    const file = fileURLToPath(uri);
    const state = (await this.deps.configurations?.configurationsOf(uri))?.[0];
    if (state) {
      await this.validateWhole(doc, state, binary, detected, generation);
      return;
    }
    const outcome = await validate({
      dialect: doc.dialect,
      file,
      text: doc.source.text,
      binary,
      nginxContext: doc.dialect === 'nginx' ? documentContext(doc, file) : undefined,
      nginxVersion: detected.version,
      nginxModulesPath: detected.modulesPath,
    });
    const where = outcome.context && outcome.context !== 'main' ? ` as a fragment inside ${outcome.context} { }` : '';
    connection.console.info(`${validatorSource(doc.dialect)}: ${file}${where}: ${outcome.status} (${outcome.problems.length} message(s), ${outcome.ms} ms): ${outcome.command.join(' ')}`);
    for (const note of outcome.notes) connection.console.info(`${validatorSource(doc.dialect)}: ${note}`);
    // A newer save, an edit or a close since: this result is stale.
    if (this.generation.get(uri) !== generation || store.get(uri) !== doc || doc.version !== version) return;
    if (outcome.status === 'unavailable' || outcome.status === 'timeout') this.results.delete(uri);
    else this.results.set(uri, { version, diagnostics: toValidationDiagnostics(doc, outcome) });
    this.deps.republish(uri);
  }

  /**
   * Validates the whole configuration a saved file belongs to, as the server loads it (`nginx -c
   * entry`, `haproxy -f ... -f ...`), with the open documents' texts; each message goes on its own
   * file when that file is open, else on the saved document's first line, naming the file.
   */
  private async validateWhole(doc: OpenDocument, state: ConfigurationState, binary: string, detected: { version: string | null; modulesPath?: string | null }, generation: number): Promise<void> {
    const { store, connection } = this.deps;
    const uri = doc.uri;
    const version = doc.version;
    const texts = new Map<string, string>();
    for (const open of store.all()) {
      const p = uriToPath(open.uri);
      if (p && state.loaded?.files.some((f) => f.path === p)) texts.set(p, open.source.text);
    }
    const { args, root } = serverArgs(state);
    const outcome: ConfigurationOutcome = await validateConfiguration({
      dialect: doc.dialect,
      args,
      root,
      texts,
      binary,
      nginxVersion: detected.version,
      nginxModulesPath: detected.modulesPath,
    });
    const name = state.loaded?.name ?? args.join(' ');
    connection.console.info(`${validatorSource(doc.dialect)}: ${name}: ${outcome.status} (${outcome.problems.length} message(s), ${outcome.ms} ms): ${outcome.command.join(' ')}`);
    for (const note of outcome.notes) connection.console.info(`${validatorSource(doc.dialect)}: ${note}`);
    if (this.generation.get(uri) !== generation || store.get(uri) !== doc || doc.version !== version) return;
    if (outcome.status === 'unavailable' || outcome.status === 'timeout') {
      this.results.delete(uri);
      this.deps.republish(uri);
      return;
    }
    const byDoc = new Map<OpenDocument, ValidationProblem[]>([[doc, []]]);
    for (const p of outcome.problems) {
      const target = p.file ? store.get(pathToUri(p.file)) : undefined;
      if (target) byDoc.set(target, [...(byDoc.get(target) ?? []), { line: p.line, severity: p.severity, level: p.level, message: p.message }]);
      else {
        const where = p.file ? `${path.relative(root, p.file)}:${p.line + 1}: ` : '';
        byDoc.get(doc)!.push({ line: 0, severity: p.severity, level: p.level, message: `${where}${p.message}` });
      }
    }
    for (const [target, problems] of byDoc) {
      this.results.set(target.uri, { version: target.version, diagnostics: toValidationDiagnostics(target, { ...outcome, problems, context: null }) });
      this.deps.republish(target.uri);
    }
  }
}
