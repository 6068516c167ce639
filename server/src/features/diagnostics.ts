import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { Linter, type LintOutcome } from '../engine/linter';
import { DocumentLinter } from './documentLinter';
import { RULES } from '../rules/registry';
import type { Finding } from '../rules/types';
import { SOURCE, toDiagnostic } from './convert';
import { SharedNameDocuments } from './sharedNames';
import type { DocLinks } from './docLinks';
import type { DocumentStore, OpenDocument } from './documentStore';
import type { SettingsCache } from './settings';
import type { LintSettings } from '../engine/settings';
import type { ConfigParser } from '../parsing/configParser';
import { TextLinter } from '../engine/lintText';
import { runInSlices, SLICE_ABOVE_CHARS, SLICE_MS, yieldToEvents } from '../schedule/slices';


/**
 * Lints open documents and publishes their diagnostics. Changes that arrive while a run is
 * pending fold into that run, so a burst of keystrokes costs one parse and one lint.
 */
export class DiagnosticsPublisher {
  private readonly documentLinter = new DocumentLinter(new Linter(RULES));
  private readonly textLinter: TextLinter;
  private readonly pending = new Set<string>();
  private scheduled = false;
  /** The document version each document's `findings` were computed for. */
  private readonly lintedVersion = new WeakMap<OpenDocument, number>();
  private readonly lintedListeners: ((doc: OpenDocument, settings: LintSettings) => void)[] = [];
  private readonly sharedNames: SharedNameDocuments;
  /** Documents not linted, with the note published in place of their findings. */
  private readonly notLinted = new WeakMap<OpenDocument, string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly settings: SettingsCache,
    parser: ConfigParser,
    private readonly links: DocLinks,
  ) {
    this.textLinter = new TextLinter(parser, RULES);
    this.sharedNames = new SharedNameDocuments(parser);
  }

  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const uris = [...this.pending];
      this.pending.clear();
      for (const u of uris) void this.run(u);
    });
  }

  scheduleAll(): void {
    this.invalidate();
    for (const doc of this.store.all()) this.schedule(doc.uri);
  }

  private async run(uri: string): Promise<void> {
    const doc = this.store.get(uri);
    if (!doc) return;
    try {
      const version = doc.version;
      const findings = await this.current(doc);
      if (this.store.get(uri) !== doc || doc.version !== version) return; // superseded: a newer run is scheduled
      const note = this.notLinted.get(doc);
      if (note !== undefined) {
        // Not silent: one note, with no rule id (there is no finding to fix or disable).
        const diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, message: note };
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] });
        return;
      }
      await this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(doc.source, version, f, this.links)) });
    } catch (error) {
      this.connection.console.error(`linting ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  /**
   * The findings of the document's current text, linting it now if its findings are older: code
   * actions that arrive between a change and its scheduled run must not work from the old text.
   */
  async current(doc: OpenDocument): Promise<readonly Finding[]> {
    for (;;) {
      const version = doc.version;
      if (this.lintedVersion.get(doc) === version && !doc.stale) return doc.findings;
      const refreshStarted = performance.now();
      await this.store.refresh(doc);
      const settings = await this.settings.get(doc.uri);
      // After a long refresh (a big file's model built anew), let waiting messages in before the
      // rules: a change typed meanwhile cancels this stale run. A keystroke's refresh is short.
      if (doc.source.text.length > SLICE_ABOVE_CHARS && performance.now() - refreshStarted > SLICE_MS) await yieldToEvents();
      if (doc.version !== version || doc.stale) continue; // changed while waiting: read the newer text
      const note = await this.sharedNames.notLintedBecause(doc);
      if (doc.version !== version || doc.stale) continue;
      if (note !== null) this.notLinted.set(doc, note);
      else this.notLinted.delete(doc);
      let outcome: LintOutcome = { findings: [], ruleErrors: [] };
      if (doc.config && note === null) {
        // A big file's lint pauses every ~20 ms; a change typed meanwhile drops it for a new run.
        const big = doc.source.text.length > SLICE_ABOVE_CHARS;
        const lintStarted = performance.now();
        const run = await runInSlices(
          (pause) => this.documentLinter.lintInSteps(doc, settings, big ? pause : () => false),
          () => doc.version === version && !doc.stale,
        );
        if (!run) continue;
        outcome = run.value;
        // After a long run (a big file checked whole), let waiting messages in before the findings
        // are turned into diagnostics and sent, which is a long stretch of its own.
        if (big && performance.now() - lintStarted > SLICE_MS) await yieldToEvents();
      }
      for (const e of outcome.ruleErrors) this.connection.console.error(`rule ${e.ruleId} failed on ${doc.uri}: ${(e.error as Error)?.stack ?? String(e.error)}`);
      doc.findings = note === null ? [...doc.inputFindings, ...outcome.findings] : [];
      this.lintedVersion.set(doc, version);
      for (const listener of this.lintedListeners) listener(doc, settings);
      return doc.findings;
    }
  }

  /** Called after each lint of a document's current text, with the settings it ran under. */
  onLinted(listener: (doc: OpenDocument, settings: LintSettings) => void): void {
    this.lintedListeners.push(listener);
  }

  /** Settings changed: every document's findings are out of date. */
  invalidate(): void {
    for (const doc of this.store.all()) this.lintedVersion.delete(doc);
  }

  /** Findings for another text of the same document (the fix-all loop's intermediate states). */
  async lintText(doc: OpenDocument, text: string): Promise<readonly Finding[]> {
    return (await this.textLinter.lint(doc.dialect, text, await this.settings.get(doc.uri))).findings;
  }
}
