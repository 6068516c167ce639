import { fileURLToPath } from 'url';
import type { Connection } from 'vscode-languageserver';
import { ProjectConfigFinder } from '../engine/projectConfig';
import { DEFAULT_SETTINGS, normalizeSettings, type LintSettings } from '../engine/settings';

/**
 * Per-resource settings, cached until the client says the configuration changed: the defaults,
 * then the nearest `.affinity-lint.json` above the file, then what the user set explicitly in the
 * editor (`affinityLint.*`; the client sends only explicitly set values, so that a default never
 * hides the project file).
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<LintSettings>>();
  private readonly projectConfigs = new ProjectConfigFinder();
  private readonly reported = new Set<string>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  enable(supportsConfiguration: boolean): void {
    this.supported = supportsConfiguration;
  }

  clear(): void {
    this.cache.clear();
    this.projectConfigs.clear();
    this.reported.clear();
  }

  private projectBase(uri: string): LintSettings {
    if (!uri.startsWith('file:')) return DEFAULT_SETTINGS;
    let project;
    try {
      project = this.projectConfigs.forFile(fileURLToPath(uri));
    } catch {
      return DEFAULT_SETTINGS;
    }
    if (!project) return DEFAULT_SETTINGS;
    const first = !this.reported.has(project.file);
    this.reported.add(project.file);
    if (project.error) {
      if (first) this.connection.console.warn(`ignoring ${project.error}`);
      return DEFAULT_SETTINGS;
    }
    const { settings, warnings } = normalizeSettings(project.raw);
    if (first) for (const w of warnings) this.connection.console.warn(`${project.file}: ${w}`);
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<LintSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const base = this.projectBase(uri);
      const explicit: Promise<unknown> = this.supported ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'affinityLint' }) : Promise.resolve({});
      settings = explicit.then(
        (raw: unknown) => {
          const { settings: normalized, warnings } = normalizeSettings(raw, base);
          for (const w of warnings) this.connection.console.warn(`settings for ${uri}: affinityLint.${w}`);
          return normalized;
        },
        (error: unknown) => {
          this.connection.console.error(`could not read settings for ${uri}: ${String(error)}`);
          return base;
        },
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }
}
