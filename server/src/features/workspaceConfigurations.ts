import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { discoverConfigurations } from '../configuration/discover';
import { CachedFiles, OverlayFiles } from '../configuration/fileAccess';
import { normalizeLayout, type LayoutSettings } from '../configuration/layoutSettings';
import { lintConfiguration } from '../configuration/lintConfiguration';
import { mergeConfigurationFindings } from '../configuration/mergeFindings';
import { loadConfiguration, ModelCache } from '../configuration/load';
import { describeSpec, specKey, type ConfigurationSpec, type LoadedConfiguration, type ReadPolicy } from '../configuration/spec';
import type { Linter } from '../engine/linter';
import { TextLinter } from '../engine/lintText';
import { detectDialect } from '../engine/dialect';
import { collectFiles } from '../cli/files';
import { ProjectConfigFinder } from '../engine/projectConfig';
import type { LintSettings } from '../engine/settings';
import type { ConfigParser } from '../parsing/configParser';
import type { Finding } from '../rules/types';
import { SourceText } from '../text/sourceText';
import type { DocumentStore, OpenDocument } from './documentStore';

/** One configuration of the workspace, as last read and linted. */
export interface ConfigurationState {
  readonly key: string;
  readonly spec: ConfigurationSpec;
  readonly folder: string;
  loaded: LoadedConfiguration | null;
  /** The files of `loaded` by path. */
  byPath: Map<string, LoadedConfiguration['files'][number]>;
  /** Findings by file (absolute path), spans into each file's text as `loaded` read it. */
  findings: Map<string, Finding[]>;
}

/** The findings of one file, and the text they were computed for. */
export interface FileFindings {
  readonly file: string;
  readonly source: SourceText;
  readonly findings: Finding[];
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

const uris = new Map<string, string>();

/** A file's URI (kept: every keystroke in a configuration of hundreds of files asks for all of them). */
export function pathToUri(file: string): string {
  let uri = uris.get(file);
  if (uri === undefined) {
    uri = pathToFileURL(file).toString();
    if (uris.size > 50000) uris.clear();
    uris.set(file, uri);
  }
  return uri;
}

/**
 * The configurations of the workspace folders (found as `discoverConfigurations` finds them, or
 * declared in settings), each read across its files with open documents' unsaved texts, linted as
 * one, and kept up to date as files change in the editor or on disk.
 */
export class WorkspaceConfigurations {
  private folders: string[] = [];
  private readonly states = new Map<string, ConfigurationState>();
  /** File path → keys of the configurations that read it. */
  private membership = new Map<string, string[]>();
  private discovering: Promise<void> | null = null;
  private readonly projectConfigs = new ProjectConfigFinder();
  readonly cache: ModelCache;
  /** The disk as last seen; told of every change the editor's file watcher reports. */
  private readonly disk = new CachedFiles();

  constructor(
    private readonly parser: ConfigParser,
    private readonly store: DocumentStore,
    private readonly linter: Linter,
    /** The explicit `affinityLint` settings of a folder (VS Code's configuration). */
    private readonly explicitSettings: (folderUri: string) => Promise<unknown>,
    private readonly lintSettings: (uri: string) => Promise<LintSettings>,
    private readonly log: (message: string) => void,
  ) {
    this.cache = new ModelCache(parser);
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== null);
    this.invalidate();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Whether a file lies in a workspace folder: the only files a fix may edit. */
  inWorkspace(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  /** Settings or the tree changed: find the configurations again on the next question. */
  invalidate(): void {
    this.discovering = null;
    this.projectConfigs.clear();
    this.disk.clear();
  }

  private async layoutOf(folder: string): Promise<LayoutSettings> {
    const project = this.projectConfigs.forFile(path.join(folder, '.affinity-lint.json'));
    let base: LayoutSettings | undefined;
    if (project && !project.error) {
      const read = normalizeLayout(project.raw);
      for (const w of read.warnings) this.log(`${project.file}: ${w}`);
      base = read.layout;
    }
    const explicit = await this.explicitSettings(pathToUri(folder)).catch(() => ({}));
    const { layout, warnings } = normalizeLayout(explicit, base);
    for (const w of warnings) this.log(`settings for ${folder}: affinityLint.${w}`);
    return layout;
  }

  private policies = new Map<string, ReadPolicy>();

  /** Finds the configurations of every folder and reads them all (to know which file belongs where). */
  ready(): Promise<void> {
    // A reading that fails (a file vanishing mid-read, say) is logged and tried again on the next
    // question, never kept as a failure that every later question would share.
    this.discovering ??= this.discover().catch((e: unknown) => {
      this.log(`reading the workspace's configurations failed: ${(e as Error)?.stack ?? String(e)}`);
      this.discovering = null;
    });
    return this.discovering;
  }

  /**
   * Finds the configurations and reads each, one at a time; `progress` (the workspace lint) may
   * stop the reading between two configurations.
   */
  private async discover(progress?: (done: number, total: number, state: ConfigurationState) => boolean): Promise<void> {
    const files = this.files();
    const found = new Map<string, { spec: ConfigurationSpec; folder: string }>();
    this.policies.clear();
    for (const folder of this.folders) {
      const layout = await this.layoutOf(folder);
      this.policies.set(folder, { roots: this.folders, readOutside: layout.readOutside, nginxRoot: layout.nginxRoot, labelFrom: this.folders });
      for (const spec of discoverConfigurations(folder, files, layout.declared)) found.set(specKey(spec), { spec, folder });
    }
    for (const key of [...this.states.keys()]) if (!found.has(key)) this.states.delete(key);
    for (const [key, { spec, folder }] of found) {
      if (!this.states.has(key)) this.states.set(key, { key, spec, folder, loaded: null, byPath: new Map(), findings: new Map() });
    }
    const states = [...this.states.values()];
    for (let i = 0; i < states.length; i++) {
      if (progress && !progress(i, states.length, states[i])) break;
      await this.load(states[i]);
    }
    this.rebuildMembership();
  }

  private rebuildMembership(): void {
    const membership = new Map<string, string[]>();
    for (const state of this.states.values()) {
      for (const f of state.loaded?.files ?? []) membership.set(f.path, [...(membership.get(f.path) ?? []), state.key]);
    }
    this.membership = membership;
    const members = [...membership].map(([file, keys]) => ({ uri: pathToUri(file), dialect: this.states.get(keys[0])!.spec.dialect })).sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const signature = members.map((m) => `${m.dialect}:${m.uri}`).join('\n');
    if (signature !== this.membersSent) {
      this.membersSent = signature;
      this.onMembers?.(members);
    }
  }

  private membersSent = '';
  /** Called with every file the configurations read when that list changes. */
  onMembers: ((files: { uri: string; dialect: 'nginx' | 'haproxy' }[]) => void) | null = null;

  /** File access with open documents' texts in place of the disk's. */
  private files(): OverlayFiles {
    const open = new Map<string, OpenDocument>();
    for (const doc of this.store.all()) {
      const p = uriToPath(doc.uri);
      if (p) open.set(p, doc);
    }
    return new OverlayFiles(this.disk, (file) => open.get(file)?.source.text);
  }

  /** Reads a configuration again (with the open documents' current models) and lints it. */
  private async load(state: ConfigurationState): Promise<void> {
    for (const doc of this.store.all()) {
      const p = uriToPath(doc.uri);
      if (!p || !this.membership.get(p)?.includes(state.key)) continue;
      await this.store.refresh(doc);
      if (doc.config) this.cache.put(p, doc.dialect, doc.source.text, doc.config, doc.source);
    }
    const policy = this.policies.get(state.folder) ?? { roots: this.folders, readOutside: false, nginxRoot: '/etc/nginx', labelFrom: this.folders };
    state.loaded = await loadConfiguration(state.spec, this.files(), this.cache.models, policy);
    state.byPath = new Map(state.loaded.files.map((f) => [f.path, f]));
    const first = state.loaded.files[0]?.path ?? state.folder;
    const settings = await this.lintSettings(pathToUri(first));
    const result = lintConfiguration(this.linter, state.loaded, settings);
    for (const e of result.ruleErrors) this.log(`rule ${e.ruleId} failed on ${state.loaded.name}: ${(e.error as Error)?.stack ?? String(e.error)}`);
    state.findings = result.byFile;
    for (const p of state.loaded.problems) if (p.file === null && !state.loaded.files.length) this.log(`${state.loaded.name}: ${p.message}`);
  }

  /** The configurations that read a file (none: it is judged alone). */
  async configurationsOf(uri: string): Promise<ConfigurationState[]> {
    const p = uriToPath(uri);
    if (!p) return [];
    await this.ready();
    return (this.membership.get(p) ?? []).map((k) => this.states.get(k)!).filter(Boolean);
  }

  /** Whether a file belongs to a configuration, as far as the last reading knows (no waiting). */
  isMember(uri: string): boolean {
    const p = uriToPath(uri);
    return p !== null && this.membership.has(p);
  }

  all(): ConfigurationState[] {
    return [...this.states.values()];
  }

  /**
   * Reads and lints again the configurations that read `uri` (after an edit there) and returns
   * the findings of every file of them: each file's findings, merged over its configurations.
   */
  async relint(uri: string): Promise<FileFindings[]> {
    const states = await this.configurationsOf(uri);
    for (const state of states) await this.load(state);
    const before = this.membership;
    this.rebuildMembership();
    // An include added or removed may take files in or out: their configurations are read again too.
    const touched = new Set(states.map((s) => s.key));
    for (const [file, keys] of this.membership) if (!before.has(file)) for (const k of keys) touched.add(k);
    return [...this.findingsOf([...touched].map((k) => this.states.get(k)!).filter(Boolean)), ...this.departed(before)];
  }

  /**
   * The files some configuration read before and none reads now (an include deleted, a file gone):
   * no findings of a configuration any more. An open one, whose text differs, is linted alone again.
   */
  private departed(before: ReadonlyMap<string, readonly string[]>): FileFindings[] {
    return [...before.keys()].filter((file) => !this.membership.has(file)).map((file) => ({ file, source: new SourceText(''), findings: [] }));
  }

  /** Files changed, appeared or went away on disk: read what they belong to again. */
  async filesChanged(paths: readonly string[], structural: boolean): Promise<FileFindings[]> {
    for (const p of paths) this.cache.forget(p);
    this.disk.forget(paths);
    await this.ready();
    const before = this.membership;
    if (structural) {
      this.invalidate();
      await this.ready();
      return [...this.findingsOf(this.all()), ...this.departed(before)];
    }
    const keys = new Set(paths.flatMap((p) => this.membership.get(p) ?? []));
    const states = [...keys].map((k) => this.states.get(k)!).filter(Boolean);
    for (const s of states) await this.load(s);
    this.rebuildMembership();
    return [...this.findingsOf(states), ...this.departed(before)];
  }

  /**
   * Every configuration found and read again (the workspace lint command), each once, one at a
   * time, then every other NGINX or HAProxy file of the workspace folders, alone; `progress`
   * answering false stops before the next one. The findings of the files read.
   */
  async relintAll(progress: (done: number, total: number, name: string) => boolean): Promise<FileFindings[]> {
    this.invalidate();
    // Known before any configuration is read, so that the total stays the same throughout.
    const candidates = collectFiles(this.folders).files.map((f) => f.path);
    let stopped = false;
    let configurations = 0;
    const read = new Set<string>();
    const discovering = this.discover((done, total, state) => {
      configurations = total;
      if (stopped || !progress(done, total + candidates.length, state.loaded?.name ?? describeSpec(state.spec, state.folder))) {
        stopped = true;
        return false;
      }
      read.add(state.key);
      return true;
    });
    this.discovering = discovering;
    await discovering;
    if (stopped) {
      // Stopped part way: the next question finds and reads them all again.
      if (this.discovering === discovering) this.discovering = null;
      return this.findingsOf(this.all().filter((s) => read.has(s.key)));
    }
    const out = this.findingsOf(this.all());
    const textLinter = new TextLinter(this.parser, this.linter.rules);
    for (let i = 0; i < candidates.length; i++) {
      const file = candidates[i];
      if (this.membership.has(file)) continue;
      if (!progress(configurations + i, configurations + candidates.length, path.basename(file))) break;
      const text = this.files().read(file);
      if ('error' in text) continue;
      const verdict = await detectDialect(this.parser, file, text.text);
      if (verdict.kind !== 'config') continue;
      const result = await textLinter.lint(verdict.dialect, text.text, await this.lintSettings(pathToUri(file)));
      out.push({ file, source: result.source, findings: result.findings });
    }
    return out;
  }

  /** The findings of the files of these configurations, each file's merged over all its configurations. */
  findingsOf(states: readonly ConfigurationState[]): FileFindings[] {
    const files = new Set(states.flatMap((s) => s.loaded?.files.map((f) => f.path) ?? []));
    return [...files].map((file) => this.fileFindings(file)).filter((f): f is FileFindings => f !== null);
  }

  /** One file's findings over every configuration that reads it; a finding only some report names them. */
  fileFindings(file: string): FileFindings | null {
    const states = (this.membership.get(file) ?? []).map((k) => this.states.get(k)!).filter((s) => s?.loaded);
    if (!states.length) return null;
    const source = states[0].byPath.get(file)!.source;
    // A configuration that read another text of the file (an older one) has nothing to say of this one.
    const runs = states
      .filter((s) => s.byPath.get(file)?.source.text === source.text)
      .map((s) => ({ name: s.loaded!.name, findings: s.findings.get(file) ?? [] }));
    const findings = mergeConfigurationFindings(runs);
    return { file, source, findings };
  }

  /**
   * The findings of a file as if its text were `text`, read with its (first) configuration: the
   * fix-all loop's intermediate texts. Null when no configuration reads the file.
   */
  async findingsWithText(uri: string, text: string): Promise<Finding[] | null> {
    const file = uriToPath(uri);
    const state = (await this.configurationsOf(uri))[0];
    if (!file || !state) return null;
    const open = this.files();
    const files = new OverlayFiles(this.disk, (f) => (f === file ? text : open.overlayText(f)));
    const policy = this.policies.get(state.folder) ?? { roots: this.folders, readOutside: false, nginxRoot: '/etc/nginx', labelFrom: this.folders };
    const loaded = await loadConfiguration(state.spec, files, this.cache.models, policy);
    const settings = await this.lintSettings(uri);
    return lintConfiguration(this.linter, loaded, settings).byFile.get(file) ?? [];
  }

  /** The text of a file as the configurations read it last (for related locations and edits in other files). */
  sourceOf(file: string): SourceText | null {
    for (const key of this.membership.get(file) ?? []) {
      const f = this.states.get(key)?.byPath.get(file);
      if (f) return f.source;
    }
    return null;
  }
}
