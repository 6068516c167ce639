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
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { pathToUri, uriToPath, type FileFindings, type WorkspaceConfigurations } from './workspaceConfigurations';
import { toRange } from './convert';
import type { SourceText } from '../text/sourceText';


/** The related locations a diagnostic carries at most. */
const MAX_RELATED = 10;

/** What a file's diagnostics are made of, to tell whether they changed without making them. */
function findingsSignature(findings: readonly Finding[]): string {
  let out = '';
  for (const f of findings) {
    out += `${f.ruleId}\u0000${f.severity}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}\n`;
    for (const r of f.related ?? []) out += `\t${r.file ?? ''}\u0000${r.span.start}\u0000${r.span.end}\u0000${r.message}\n`;
  }
  return out;
}

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
  /** What was last sent for each file that is not open (a configuration's other files), to send only changes. */
  private readonly sentForClosed = new Map<string, string>();
  /** Whether the client takes related locations (its publishDiagnostics.relatedInformation capability). */
  sendsRelated = true;
  /** The configurations of the workspace: a file one of them reads is linted with it, not alone. */
  configurations: WorkspaceConfigurations | null = null;

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
      await this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => this.diagnostic(uri, doc.source, version, f)) });
    } catch (error) {
      this.connection.console.error(`linting ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  /**
   * The findings of the document's current text, linting it now if its findings are older: code
   * actions that arrive between a change and its scheduled run must not work from the old text.
   */
  /** Adds what the workspace knows to a file's findings (the apps behind its load balancers: link/annotate.ts). */
  annotate: (file: string, findings: readonly Finding[]) => readonly Finding[] = (_file, findings) => findings;

  private annotated(uri: string, findings: readonly Finding[]): Finding[] {
    const file = uriToPath(uri);
    return file ? [...this.annotate(file, findings)] : [...findings];
  }

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
      if (this.configurations && (await this.configurations.configurationsOf(doc.uri)).length) {
        // Read with its configuration: the findings of every file of it change with this one. A
        // configuration that cannot be read now (a file replaced while it was read) leaves the
        // document to be linted alone this time, rather than without findings or actions.
        let files: FileFindings[];
        try {
          files = await this.configurations.relint(doc.uri);
        } catch (error) {
          this.connection.console.error(`reading the configuration of ${doc.uri} failed: ${(error as Error)?.stack ?? String(error)}`);
          files = [];
        }
        if (doc.version !== version || doc.stale) continue;
        const path = uriToPath(doc.uri);
        const own = files.find((f) => f.file === path);
        if (own && own.source.text === doc.source.text) {
          this.notLinted.delete(doc);
          doc.findings = this.annotated(doc.uri, [...doc.inputFindings.filter((f) => !own.findings.some((g) => g.message === f.message)), ...own.findings]);
          this.lintedVersion.set(doc, version);
          for (const listener of this.lintedListeners) listener(doc, settings);
          for (const other of files) if (other.file !== path) await this.publishFile(other);
          return doc.findings;
        }
      }
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
      doc.findings = note === null ? this.annotated(doc.uri, [...doc.inputFindings, ...outcome.findings]) : [];
      this.lintedVersion.set(doc, version);
      for (const listener of this.lintedListeners) listener(doc, settings);
      return doc.findings;
    }
  }

  /** A diagnostic with its related locations (in this file or another of its configuration). */
  diagnostic(uri: string, source: SourceText, version: number, f: Finding): Diagnostic {
    const d = toDiagnostic(source, version, f, this.links);
    if (!f.related?.length || !this.sendsRelated) return d;
    const home = uriToPath(uri);
    const related: DiagnosticRelatedInformation[] = [];
    // A few places say where to look; an upstream proxied to from hundreds of locations names ten.
    for (const r of f.related.slice(0, MAX_RELATED)) {
      const file = r.file ?? home;
      const at = r.file === undefined ? source : file ? this.sourceOf(file) : null;
      if (!file || !at) continue;
      related.push({ location: { uri: r.file === undefined ? uri : pathToUri(file), range: toRange(at, r.span) }, message: r.message });
    }
    return related.length ? { ...d, relatedInformation: related } : d;
  }

  /** The text of a file as its findings know it: the open document's, else as its configuration read it. */
  sourceOf(file: string): SourceText | null {
    const open = this.store.get(pathToUri(file));
    return open?.source ?? this.configurations?.sourceOf(file) ?? null;
  }
  /**
   * The text a fix's edits in another file were computed for, or null when that file has changed
   * since (an open document typed in after the lint): its offsets would land in the wrong place.
   */
  editableSourceOf(file: string): SourceText | null {
    const read = this.configurations?.sourceOf(file) ?? null;
    const open = this.store.get(pathToUri(file));
    return read && (!open || open.source.text === read.text) ? read : null;
  }


  /**
   * Publishes the findings of a file of a configuration: an open document takes them as its own
   * (when they are of its current text; else it is linted again), a closed file shows them in the
   * Problems panel, sent only when they changed.
   */
  async publishFile(ff: FileFindings): Promise<void> {
    const uri = pathToUri(ff.file);
    const doc = this.store.get(uri);
    if (doc) {
      if (doc.source.text !== ff.source.text || doc.stale) {
        // Its findings of this version may be its configuration's of another text (or of a
        // configuration that no longer reads it): linted again, not merely published again.
        this.lintedVersion.delete(doc);
        this.schedule(uri);
        return;
      }
      doc.findings = this.annotated(uri, [...doc.inputFindings, ...ff.findings]);
      this.notLinted.delete(doc);
      this.lintedVersion.set(doc, doc.version);
      await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: doc.findings.map((f) => this.diagnostic(uri, doc.source, doc.version, f)) });
      return;
    }
    // Most files of a configuration keep their findings when one file changes: nothing is sent for
    // them. The findings' text, spans and related locations say whether anything changed.
    const findings = this.annotated(uri, ff.findings);
    const sent = findingsSignature(findings);
    if (this.sentForClosed.get(uri) === sent) return;
    this.sentForClosed.set(uri, sent);
    await this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => this.diagnostic(uri, ff.source, 0, f)) });
  }

  /** A document was closed: what its configuration says of the file on disk shows instead, or nothing. */
  async closed(uri: string): Promise<void> {
    this.sentForClosed.delete(uri);
    const path = uriToPath(uri);
    if (this.configurations && path && this.configurations.isMember(uri)) {
      for (const ff of await this.configurations.filesChanged([path], false)) await this.publishFile(ff);
      return;
    }
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
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
    const withConfiguration = this.configurations && (await this.configurations.findingsWithText(doc.uri, text));
    if (withConfiguration) return withConfiguration;
    return (await this.textLinter.lint(doc.dialect, text, await this.settings.get(doc.uri))).findings;
  }
}
