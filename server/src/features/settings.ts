import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type LintSettings } from '../engine/settings';

/**
 * Per-resource settings (`affinityLint.*`), asked of the client once per document and cached
 * until the client says the configuration changed.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<LintSettings>>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  enable(supportsConfiguration: boolean): void {
    this.supported = supportsConfiguration;
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<LintSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'affinityLint' }).then(
        (raw: unknown) => {
          const { settings: normalized, warnings } = normalizeSettings(raw);
          for (const w of warnings) this.connection.console.warn(`settings for ${uri}: affinityLint.${w}`);
          return normalized;
        },
        (error: unknown) => {
          this.connection.console.error(`could not read settings for ${uri}: ${String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }
}
