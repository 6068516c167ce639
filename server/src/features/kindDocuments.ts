import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, DiagnosticRelatedInformation, Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import * as fs from 'fs';
import type { LintSettings } from '../engine/settings';
import type { FileKind, KindFiles, KindInput, WorkspaceLinks } from '../kinds/fileKind';
import { lintKind, type KindLintResult } from '../kinds/kindLinter';
import { kindOfLanguage } from '../kinds/registry';
import type { Finding } from '../rules/types';
import { SourceText } from '../text/sourceText';
import type { LintedDocument } from './codeActions';
import { toDiagnostic, toRange } from './convert';
import type { DocLinks } from './docLinks';
import { pathToUri, uriToPath } from './workspaceConfigurations';

/** An open document of a file kind (a manifest, application code): its text and its last lint. */
export interface KindDocument extends LintedDocument {
  readonly kind: FileKind;
  readonly languageId: string;
  text: TextDocument;
  version: number;
  source: SourceText;
  findings: readonly Finding[];
  /** The lint of the current version, once run. */
  result: Promise<KindLintResult> | null;
  resultVersion: number;
  timer: NodeJS.Timeout | null;
}

/** Files beside a document, read from disk each time (a package.json may change between lints). */
const DISK_FILES: KindFiles = { read: (file) => fs.promises.readFile(file, 'utf8').catch(() => null) };

export interface KindDocumentsDeps {
  settings(uri: string): Promise<LintSettings>;
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  readonly links: DocLinks;
  log(message: string): void;
  /** The workspace's load balancers and apps, when known (features/workspaceLinks.ts). */
  workspace?(): WorkspaceLinks | undefined;
  /** Whether the client shows related locations (it said so at initialize). */
  sendsRelated?(): boolean;
}

/** Related locations sent per diagnostic, at most (as for the configuration dialects). */
const MAX_RELATED = 10;

/** The time after the last keystroke a document of a kind is linted (a parse of a YAML or JS file is cheap). */
export const KIND_LINT_DELAY_MS = 150;

/**
 * The open documents of the languages the file kinds join (YAML, TOML, compose, JS/TS): each is
 * linted after an edit and its findings published; a document with nothing relevant publishes an
 * empty list (never a stale one). These documents belong to other extensions: nothing here
 * changes their language.
 */
export class KindDocuments {
  private readonly docs = new Map<string, KindDocument>();

  constructor(private readonly deps: KindDocumentsDeps) {}

  get(uri: string): KindDocument | undefined {
    return this.docs.get(uri);
  }

  all(): KindDocument[] {
    return [...this.docs.values()];
  }

  /** Takes the document when a kind joins its language; false otherwise. */
  open(uri: string, languageId: string, version: number, text: string): boolean {
    const kind = kindOfLanguage(languageId);
    if (!kind) return false;
    const doc: KindDocument = {
      uri,
      kind,
      languageId,
      lineComment: kind.lineComment,
      text: TextDocument.create(uri, languageId, version, text),
      version,
      source: new SourceText(text),
      findings: [],
      result: null,
      resultVersion: -1,
      timer: null,
    };
    this.docs.set(uri, doc);
    this.schedule(doc, 0);
    return true;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return false;
    doc.text = TextDocument.update(doc.text, changes, version);
    doc.version = version;
    doc.source = new SourceText(doc.text.getText());
    doc.result = null;
    this.schedule(doc, KIND_LINT_DELAY_MS);
    return true;
  }

  close(uri: string): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return false;
    if (doc.timer) clearTimeout(doc.timer);
    this.docs.delete(uri);
    this.deps.publish(uri, doc.version, []);
    return true;
  }

  /** Lints every open document again (settings changed). */
  relintAll(): void {
    for (const doc of this.docs.values()) {
      doc.result = null;
      this.schedule(doc, 0);
    }
  }

  private schedule(doc: KindDocument, delay: number): void {
    if (doc.timer) clearTimeout(doc.timer);
    doc.timer = setTimeout(() => {
      doc.timer = null;
      void this.current(doc)
        .then((result) => {
          if (this.docs.get(doc.uri) !== doc || doc.resultVersion !== doc.version) return;
          this.deps.publish(doc.uri, doc.version, result.findings.map((f) => this.diagnostic(doc, result.source, f)));
        })
        .catch((e: unknown) => this.deps.log(`linting ${doc.uri} failed: ${(e as Error)?.stack ?? String(e)}`));
    }, delay);
  }

  /** A diagnostic with its related locations: in this document, or in another file (read from disk). */
  private diagnostic(doc: KindDocument, source: SourceText, f: Finding): Diagnostic {
    const d = toDiagnostic(source, doc.version, f, this.deps.links);
    if (!f.related?.length || !this.deps.sendsRelated?.()) return d;
    const relatedInformation: DiagnosticRelatedInformation[] = [];
    for (const r of f.related.slice(0, MAX_RELATED)) {
      let at: SourceText | null = source;
      if (r.file !== undefined) {
        const text = this.otherText(r.file);
        at = text === null ? null : new SourceText(text);
      }
      if (at) relatedInformation.push({ location: { uri: r.file === undefined ? doc.uri : pathToUri(r.file), range: toRange(at, r.span) }, message: r.message });
    }
    return relatedInformation.length ? { ...d, relatedInformation } : d;
  }

  private otherText(file: string): string | null {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  }

  /** The lint of the document's current text (run once per version). */
  current(doc: KindDocument): Promise<KindLintResult> {
    if (doc.result && doc.resultVersion === doc.version) return doc.result;
    const version = doc.version;
    const text = doc.source.text;
    doc.resultVersion = version;
    doc.result = this.deps.settings(doc.uri).then(async (settings) => {
      const result = await lintKind(doc.kind, this.pathOf(doc), text, settings, DISK_FILES, doc.kind.rules, this.deps.workspace?.());
      for (const e of result.ruleErrors) this.deps.log(`rule ${e.ruleId} failed on ${doc.uri}: ${(e.error as Error)?.stack ?? String(e.error)}`);
      if (doc.version === version) doc.findings = result.findings;
      return result;
    });
    return doc.result;
  }

  /** Lints another text of the document (fix-all's later passes). */
  async lintText(doc: KindDocument, text: string): Promise<readonly Finding[]> {
    return (await lintKind(doc.kind, this.pathOf(doc), text, await this.deps.settings(doc.uri), DISK_FILES, doc.kind.rules, this.deps.workspace?.())).findings;
  }

  private pathOf(doc: KindDocument): string {
    return uriToPath(doc.uri) ?? doc.uri;
  }

  private async inputOf(doc: KindDocument): Promise<KindInput> {
    const workspace = this.deps.workspace?.();
    return { file: this.pathOf(doc), text: doc.source.text, source: doc.source, settings: await this.deps.settings(doc.uri), files: DISK_FILES, ...(workspace ? { workspace } : {}) };
  }

  async hover(doc: KindDocument, offset: number): Promise<Hover | null> {
    if (!doc.kind.hover) return null;
    const result = await this.current(doc);
    // The lint read its own SourceText of the text: it answers for the document while the text is the same.
    if (!result.model || result.source.text !== doc.source.text) return null;
    const found = doc.kind.hover(result.model, await this.inputOf(doc), offset);
    return found ? { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(doc.source, found.span) } : null;
  }

  async completion(doc: KindDocument, offset: number): Promise<CompletionItem[]> {
    if (!doc.kind.completion) return [];
    const result = await this.current(doc);
    const model = result.source.text === doc.source.text ? result.model : null;
    return (await doc.kind.completion(model, await this.inputOf(doc), offset)).map((c) => ({
      label: c.label,
      kind: CompletionItemKind.Property,
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
      ...(c.span ? { textEdit: { range: toRange(doc.source, c.span), newText: c.insertText ?? c.label } } : c.insertText ? { insertText: c.insertText } : {}),
    }));
  }
}
