import { fileURLToPath } from 'url';
import type { Connection } from 'vscode-languageserver';
import { ProjectConfigFinder } from '../engine/projectConfig';
import { DEFAULT_HAPROXY_VERSION, DEFAULT_NGINX_VERSION, normalizeSettings, type LintSettings } from '../engine/settings';
import type { Dialect } from '../model/common';
import { inferenceNote, type PlusInference } from '../engine/versions';
import type { DetectedServer, ServerDetector } from '../validation/detect';
import type { TargetInfo, TargetsResult } from './customProtocol';
import { SettingsCache } from './settings';

/** `affinityLint.validate.*`: run the real server on save, and where its binaries are. */
export interface ValidateSettings {
  readonly onSave: boolean;
  readonly nginxPath: string;
  readonly haproxyPath: string;
}

export const DEFAULT_VALIDATE_SETTINGS: ValidateSettings = { onSave: false, nginxPath: 'nginx', haproxyPath: 'haproxy' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readValidateSettings(raw: unknown): ValidateSettings {
  const v = isRecord(raw) && isRecord(raw.validate) ? raw.validate : {};
  const path = (value: unknown, fallback: string): string => (typeof value === 'string' && value.trim() ? value.trim() : fallback);
  return {
    onSave: v.onSave === true,
    nginxPath: path(v.nginxPath, DEFAULT_VALIDATE_SETTINGS.nginxPath),
    haproxyPath: path(v.haproxyPath, DEFAULT_VALIDATE_SETTINGS.haproxyPath),
  };
}

export function binaryFor(dialect: Dialect, settings: ValidateSettings): string {
  return dialect === 'nginx' ? settings.nginxPath : settings.haproxyPath;
}

/**
 * Whether the workspace is trusted, as the client says in `initializationOptions.workspaceTrusted`
 * and later through `affinityLint/workspaceTrusted`. Untrusted until told otherwise: a client that
 * says nothing gets no programs run on its behalf.
 */
export class WorkspaceTrust {
  private value = false;
  private readonly listeners: (() => void)[] = [];

  get trusted(): boolean {
    return this.value;
  }

  grant(): void {
    if (this.value) return;
    this.value = true;
    for (const l of this.listeners) l();
  }

  onGranted(listener: () => void): void {
    this.listeners.push(listener);
  }
}

/** The explicit `affinityLint` values the editor has for a document, cached until the configuration changes. */
export class EditorConfig {
  private readonly cache = new Map<string, Promise<Record<string, unknown>>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Record<string, unknown>> {
    let found = this.cache.get(uri);
    if (!found) {
      found = this.supported
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'affinityLint' }).then(
            (raw: unknown) => (isRecord(raw) ? raw : {}),
            () => ({}),
          )
        : Promise.resolve({});
      this.cache.set(uri, found);
    }
    return found;
  }

  async validateSettings(uri: string): Promise<ValidateSettings> {
    return readValidateSettings(await this.get(uri));
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

function hasVersion(raw: unknown, dialect: Dialect): boolean {
  return isRecord(raw) && isRecord(raw[dialect]) && normalizeSettings({ [dialect]: { version: raw[dialect].version } }).settings[dialect].version !== null;
}

function hasFlavor(raw: unknown): boolean {
  // As the normalizer reads it: null and '' leave the flavor unset.
  return isRecord(raw) && isRecord(raw.nginx) && normalizeSettings({ nginx: { flavor: raw.nginx.flavor } }).settings.nginx.flavor !== null;
}

const SOURCE_NOTE: Record<TargetInfo['source'], string> = { setting: 'setting', project: '.affinity-lint.json', detected: 'detected', assumed: 'assumed', inferred: 'inferred' };

/**
 * Which nginx and HAProxy versions the fixes and the version-dependent rules are written for, and
 * where each comes from: the editor setting, the project's `.affinity-lint.json`, what the installed
 * binary reports (`nginx -V` / `haproxy -v`, run once per binary, only in a trusted workspace and
 * when no version is set), or the documented default. An nginx flavor left unset here (nothing set,
 * nothing detected) is inferred per document from its Plus-only directives (`documentTargets`).
 */
export class TargetResolver {
  constructor(
    private readonly trust: WorkspaceTrust,
    private readonly detector: ServerDetector,
    private readonly editor: EditorConfig,
    private readonly projectConfigs = new ProjectConfigFinder(),
  ) {}

  clear(): void {
    this.projectConfigs.clear();
  }

  private project(uri: string): { file: string; raw: unknown } | null {
    if (!uri.startsWith('file:')) return null;
    try {
      const found = this.projectConfigs.forFile(fileURLToPath(uri));
      return found && !found.error ? { file: found.file, raw: found.raw } : null;
    } catch {
      return null;
    }
  }

  async resolve(uri: string, merged: LintSettings): Promise<{ settings: LintSettings; targets: TargetsResult }> {
    const editorRaw = await this.editor.get(uri);
    const project = this.project(uri);
    const validate = readValidateSettings(editorRaw);
    const detect = (dialect: Dialect): Promise<DetectedServer> | null => (this.trust.trusted ? this.detector.detect(dialect, binaryFor(dialect, validate)) : null);
    const explicit = (dialect: Dialect, version: string): TargetInfo | null => {
      if (hasVersion(editorRaw, dialect)) return { label: '', version, source: 'setting', detail: `affinityLint.${dialect}.version in the editor settings` };
      if (project && hasVersion(project.raw, dialect)) return { label: '', version, source: 'project', detail: `${dialect}.version in ${project.file}` };
      return null;
    };
    const fromServer = async (dialect: Dialect, fallback: string): Promise<{ info: TargetInfo; detected: DetectedServer | null }> => {
      const binary = binaryFor(dialect, validate);
      const command = dialect === 'nginx' ? `${binary} -V` : `${binary} -v`;
      const pending = detect(dialect);
      if (!pending) {
        return { info: { label: '', version: fallback, source: 'assumed', detail: `no target set; the workspace is not trusted, so \`${command}\` was not run: assuming ${fallback}` }, detected: null };
      }
      const detected = await pending;
      if (detected.version) return { info: { label: '', version: detected.version, source: 'detected', detail: `no target set; \`${command}\` reports ${detected.version}${detected.plus ? ' (NGINX Plus)' : ''}` }, detected };
      return { info: { label: '', version: fallback, source: 'assumed', detail: `no target set and ${detected.error ?? `${binary} gave no version`}: assuming ${fallback}` }, detected };
    };

    let nginxVersion = merged.nginx.version;
    let flavor = merged.nginx.flavor;
    let nginxInfo: TargetInfo;
    if (nginxVersion !== null) nginxInfo = explicit('nginx', nginxVersion) ?? { label: '', version: nginxVersion, source: 'setting', detail: 'set' };
    else {
      const { info, detected } = await fromServer('nginx', DEFAULT_NGINX_VERSION);
      nginxInfo = info;
      if (info.source === 'detected') nginxVersion = info.version;
      // A binary that answers ranks above what the configuration suggests (see engine/versions.ts).
      if (detected?.version && flavor === null) flavor = detected.plus ? 'plus' : 'oss';
    }
    let haproxyVersion = merged.haproxy.version;
    let haproxyInfo: TargetInfo;
    if (haproxyVersion !== null) haproxyInfo = explicit('haproxy', haproxyVersion) ?? { label: '', version: haproxyVersion, source: 'setting', detail: 'set' };
    else {
      const { info } = await fromServer('haproxy', DEFAULT_HAPROXY_VERSION);
      haproxyInfo = info;
      if (info.source === 'detected') haproxyVersion = info.version;
    }
    if (flavor === 'plus') {
      // For NGINX Plus the flavor decides (every supported version has sticky): show where it comes from.
      const fromEditor = hasFlavor(editorRaw);
      const fromProject = !fromEditor && hasFlavor(project?.raw);
      nginxInfo = fromEditor
        ? { ...nginxInfo, source: 'setting', detail: `affinityLint.nginx.flavor in the editor settings says NGINX Plus (version: ${nginxInfo.detail})` }
        : fromProject
          ? { ...nginxInfo, source: 'project', detail: `nginx.flavor in ${project!.file} says NGINX Plus (version: ${nginxInfo.detail})` }
          : { ...nginxInfo, source: 'detected', detail: `${nginxInfo.detail}; the binary is NGINX Plus` };
    }
    nginxInfo = { ...nginxInfo, label: flavor === 'plus' ? 'NGINX Plus' : `nginx ${nginxInfo.version}` };
    haproxyInfo = { ...haproxyInfo, label: `HAProxy ${haproxyInfo.version}` };
    const settings: LintSettings = { ...merged, nginx: { version: nginxVersion, flavor }, haproxy: { version: haproxyVersion } };
    return { settings, targets: targetsResult(nginxInfo, haproxyInfo) };
  }
}

function targetsResult(nginx: TargetInfo, haproxy: TargetInfo): TargetsResult {
  const part = (t: TargetInfo): string => `${t.label} (${t.note ?? SOURCE_NOTE[t.source]})`;
  return {
    nginx,
    haproxy,
    text: `Affinity: ${part(nginx)} · ${part(haproxy)}`,
    tooltip: `Targets the fixes and version-dependent rules are written for:\n${nginx.label}: ${nginx.detail}\n${haproxy.label}: ${haproxy.detail}`,
  };
}

/**
 * The targets of one document: those of its settings, with NGINX Plus in place of the assumed open
 * source when no flavor is set or detected and the configuration uses a Plus-only directive.
 */
export function documentTargets(targets: TargetsResult, inference: PlusInference | null): TargetsResult {
  if (!inference) return targets;
  const nginx: TargetInfo = {
    ...targets.nginx,
    label: 'NGINX Plus',
    source: 'inferred',
    note: inferenceNote(inference),
    detail: `no flavor set or detected, and the configuration uses ${inference.feature} (line ${inference.line}), which only NGINX Plus has (version: ${targets.nginx.detail})`,
  };
  return targetsResult(nginx, targets.haproxy);
}

/**
 * The inference last shown for each document, so that an edit that adds or removes the Plus-only
 * directive it rests on tells the client to ask for the targets again.
 */
export class InferredTargets {
  private readonly shown = new Map<string, string>();

  /** Records the document's inference; true when it differs from the one recorded before. */
  changed(uri: string, inference: PlusInference | null): boolean {
    const key = inference ? inferenceNote(inference) : '';
    const before = this.shown.get(uri) ?? '';
    this.shown.set(uri, key);
    return key !== before;
  }

  forget(uri: string): void {
    this.shown.delete(uri);
  }
}

/**
 * The settings cache the linter reads, with the target versions filled in from the installed servers
 * where none is set (see `TargetResolver`): detected versions decide fixes and version rules exactly
 * as a set version would.
 */
export class TargetAwareSettings extends SettingsCache {
  private readonly resolved = new Map<string, Promise<{ settings: LintSettings; targets: TargetsResult }>>();

  constructor(
    connection: Connection,
    private readonly resolver: TargetResolver,
  ) {
    super(connection);
  }

  private resolvedFor(uri: string): Promise<{ settings: LintSettings; targets: TargetsResult }> {
    let found = this.resolved.get(uri);
    if (!found) {
      found = super.get(uri).then((merged) => this.resolver.resolve(uri, merged));
      this.resolved.set(uri, found);
    }
    return found;
  }

  override get(uri: string): Promise<LintSettings> {
    return this.resolvedFor(uri).then((r) => r.settings);
  }

  targets(uri: string): Promise<TargetsResult> {
    return this.resolvedFor(uri).then((r) => r.targets);
  }

  override clear(): void {
    super.clear();
    this.resolved.clear();
    this.resolver.clear();
  }

  override forget(uri: string): void {
    super.forget(uri);
    this.resolved.delete(uri);
  }
}
