import { Edit, type Tree } from 'web-tree-sitter';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { ParsedConfig } from '../engine/linter';
import { inputProblems } from '../engine/lintText';
import type { Dialect } from '../model/common';
import { buildConfig, buildConfigInSteps, type ConfigParser } from '../parsing/configParser';
import { runInSlices, SLICE_ABOVE_CHARS } from '../schedule/slices';
import { updateHaproxyConfig } from '../parsing/haproxyIncremental';
import { combineChanges, updateNginxConfig, type TextChange } from '../parsing/nginxIncremental';
import type { Finding } from '../rules/types';
import { SourceText } from '../text/sourceText';

/** An open document: its text, its syntax tree (edited in place on each change) and its model. */
export interface OpenDocument {
  readonly uri: string;
  readonly dialect: Dialect;
  version: number;
  source: SourceText;
  tree: Tree | null;
  /** True when `tree` has been edited but not yet re-parsed. */
  stale: boolean;
  config: ParsedConfig | null;
  /** Findings before the rules ran: input that was not linted (too large, binary). */
  inputFindings: Finding[];
  findings: readonly Finding[];
  /**
   * What changed in the text since `config` was built (all changes since, as one), so that the
   * next refresh re-reads only that part; null when nothing did or the model cannot be reused.
   */
  pendingChange: TextChange | null;
  /** False when the next refresh must build the model from scratch (opened, or replaced whole). */
  modelReusable: boolean;
  /**
   * The text change from the text last linted to the current model's (all changes since, as one),
   * or null when none; meaningful while `modelKeptSinceLint`: the linter then reuses the findings
   * of what the change left alone.
   */
  changeSinceLint: TextChange | null;
  /** True when every refresh since the last lint updated the model in place (none rebuilt it). */
  modelKeptSinceLint: boolean;
  /**
   * While a sliced first parse runs (the tree is null until it ends): its end, and the edits of the
   * changes that arrive meanwhile, for the new tree to take before its next, incremental, parse.
   */
  firstParse: { readonly edits: Edit[]; done: Promise<void> } | null;
  /** The refresh under way, which others wait for. */
  refreshing: Promise<void> | null;
}


function languageDialect(languageId: string): Dialect | null {
  return languageId === 'nginx' || languageId === 'haproxy' ? languageId : null;
}

/** Offset of the end of `text` when it is laid out from `row`/`column` onwards. */
function endPoint(startRow: number, startColumn: number, text: string): { row: number; column: number } {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return { row: startRow, column: startColumn + text.length };
  let rows = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) rows++;
  return { row: startRow + rows, column: text.length - lastBreak - 1 };
}

/**
 * The open documents. Incremental changes are applied to the text and, through `tree.edit`, to the
 * syntax tree, so that the next parse re-reads only what changed.
 */
export class DocumentStore {
  private readonly documents = new Map<string, OpenDocument>();
  /** How many models were updated in place and how many built from scratch (tests and the benchmark read these). */
  readonly stats = { incrementalModels: 0, fullModels: 0 };

  constructor(private readonly parser: ConfigParser) {}

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }

  open(uri: string, languageId: string, version: number, text: string): OpenDocument | null {
    const dialect = languageDialect(languageId);
    if (!dialect) return null;
    this.close(uri);
    const doc: OpenDocument = { uri, dialect, version, source: new SourceText(text), tree: null, stale: true, config: null, inputFindings: [], findings: [], pendingChange: null, modelReusable: false, changeSinceLint: null, modelKeptSinceLint: false, firstParse: null, refreshing: null };
    this.documents.set(uri, doc);
    return doc;
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): OpenDocument | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    for (const change of changes) {
      if (!('range' in change)) {
        doc.tree?.delete();
        doc.tree = null;
        doc.firstParse = null; // the sliced parse's text is gone: its tree is dropped
        doc.source = new SourceText(change.text);
        doc.modelReusable = false;
        doc.pendingChange = null;
        continue;
      }
      const source = doc.source;
      const start = source.offsetAt(change.range.start);
      const oldEnd = Math.max(start, source.offsetAt(change.range.end));
      const startPos = source.positionAt(start);
      const oldEndPos = source.positionAt(oldEnd);
      const treeEdit = new Edit({
        startIndex: start,
        oldEndIndex: oldEnd,
        newEndIndex: start + change.text.length,
        startPosition: { row: startPos.line, column: startPos.character },
        oldEndPosition: { row: oldEndPos.line, column: oldEndPos.character },
        newEndPosition: endPoint(startPos.line, startPos.character, change.text),
      });
      doc.tree?.edit(treeEdit);
      doc.firstParse?.edits.push(treeEdit);
      doc.source = source.withEdit(start, oldEnd, change.text);
      const edit: TextChange = { start, oldEnd, newEnd: start + change.text.length };
      doc.pendingChange = doc.pendingChange ? combineChanges(doc.pendingChange, edit) : edit;
    }
    doc.version = version;
    doc.stale = true;
    return doc;
  }

  /**
   * Starts the first parse of a big text, in slices; changes typed meanwhile are recorded and given
   * to the new tree, so that the parse in `refresh` that follows is an incremental one.
   */
  private parseInSlices(doc: OpenDocument): NonNullable<OpenDocument['firstParse']> {
    const first: NonNullable<OpenDocument['firstParse']> = { edits: [], done: Promise.resolve() };
    doc.firstParse = first;
    first.done = this.parser.parseTreeSliced(doc.dialect, doc.source.text).then(
      (tree) => {
        // Closed, or replaced whole meanwhile: this tree is not the document's.
        if (doc.firstParse !== first || this.documents.get(doc.uri) !== doc || doc.tree) {
          tree.delete();
          return;
        }
        doc.firstParse = null;
        for (const e of first.edits) tree.edit(e);
        doc.tree = tree;
      },
      () => {
        // The synchronous parse in `refresh` takes over (and reports what goes wrong).
        if (doc.firstParse === first) doc.firstParse = null;
      },
    );
    return first;
  }

  close(uri: string): void {
    const doc = this.documents.get(uri);
    doc?.tree?.delete();
    this.documents.delete(uri);
  }

  /**
   * Brings the tree and the model up to date with the text; cheap when nothing changed. Calls that
   * overlap (the linter and a hover) wait for the one under way rather than run beside it.
   */
  async refresh(doc: OpenDocument): Promise<void> {
    while (doc.refreshing) await doc.refreshing;
    if (!doc.stale) return;
    const run = this.refreshNow(doc);
    doc.refreshing = run;
    try {
      await run;
    } finally {
      if (doc.refreshing === run) doc.refreshing = null;
    }
  }

  private async refreshNow(doc: OpenDocument): Promise<void> {
    await this.parser.ready(doc.dialect);
    if (!doc.tree && doc.source.text.length > SLICE_ABOVE_CHARS && inputProblems(doc.dialect, doc.source.text).length === 0) {
      await (doc.firstParse ?? this.parseInSlices(doc)).done;
    }
    // From here on nothing awaits until the tree is replaced: no change can slip in between.
    if (!doc.stale || this.documents.get(doc.uri) !== doc) return;
    const text = doc.source.text;
    doc.inputFindings = inputProblems(doc.dialect, text);
    if (doc.inputFindings.length) {
      doc.tree?.delete();
      doc.tree = null;
      doc.config = null;
      this.settled(doc);
      return;
    }
    const tree = this.parser.parseTreeNow(doc.dialect, text, doc.tree);
    doc.tree?.delete();
    doc.tree = tree;
    let config: ParsedConfig | null = null;
    // A keystroke re-reads the directives it touched; the rest of the model is reused.
    if (doc.config && doc.modelReusable && doc.pendingChange && !tree.rootNode.hasError) {
      config = doc.config.dialect === 'nginx' ? updateNginxConfig(doc.config, text, doc.pendingChange) : updateHaproxyConfig(doc.config, text, doc.pendingChange);
    }
    if (config) {
      this.stats.incrementalModels++;
      const change = doc.pendingChange!;
      doc.changeSinceLint = doc.changeSinceLint ? combineChanges(doc.changeSinceLint, change) : change;
      doc.config = config;
      this.settled(doc);
      return;
    }
    this.stats.fullModels++;
    doc.modelKeptSinceLint = false;
    if (text.length <= SLICE_ABOVE_CHARS || tree.rootNode.hasError) {
      doc.config = buildConfig(doc.dialect, tree, text);
      this.settled(doc);
      return;
    }
    // A big model is built in slices, with other events in between; the tree is the document's
    // already, so changes typed meanwhile edit it and the next refresh parses incrementally.
    doc.config = null;
    doc.modelReusable = false;
    doc.pendingChange = null;
    const version = doc.version;
    // Changed, closed or replaced meanwhile: this model is of a text that is gone (and its tree may
    // have been edited); the next refresh starts again from the current text.
    const built = await runInSlices(
      (pause) => buildConfigInSteps(doc.dialect, tree, text, pause),
      () => doc.version === version && this.documents.get(doc.uri) === doc && doc.tree === tree,
    );
    if (!built) return;
    doc.config = built.value;
    this.settled(doc);
  }

  /** The model matches the text now. */
  private settled(doc: OpenDocument): void {
    doc.pendingChange = null;
    doc.modelReusable = doc.config !== null;
    doc.stale = false;
  }
}
