import { ErrorCodes, ResponseError, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { LoadedConfiguration } from '../configuration/spec';
import type { ParsedConfig } from '../engine/linter';
import { namesOf, occurrenceAt, type NameOccurrence, type NameTable } from '../navigation/names';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import { toRange } from './convert';
import type { OpenDocument } from './documentStore';
import { pathToUri } from './workspaceConfigurations';

/** A span of a file, found in a model that may join several. */
export interface FileSpan {
  readonly uri: string;
  readonly source: SourceText;
  readonly span: Span;
}

/**
 * A model navigation reads, seen from one file: a configuration's joined model (names resolve
 * across its files) or an open document's own model when no configuration reads it.
 */
export interface NavigationScope {
  readonly config: ParsedConfig;
  /** The text the model's offsets index. */
  readonly text: string;
  /** Where the asking file's text starts in `text`. */
  readonly home: number;
  /** A span of the model in its file; null when it runs across files. */
  locate(span: Span): FileSpan | null;
}

/** The file `file` (its current text `text`) as a configuration read it; null when it read another text. */
export function configurationScope(loaded: LoadedConfiguration, file: string, text: string): NavigationScope | null {
  const part = loaded.source.parts.find((p) => p.file === file);
  if (!part || part.source.text !== text) return null;
  return {
    config: loaded.combined,
    text: loaded.source.text,
    home: part.base,
    locate: (span) => {
      const local = loaded.source.toLocal(span);
      return local && { uri: pathToUri(local.part.file), source: local.part.source, span: local.span };
    },
  };
}

export function documentScope(doc: OpenDocument): NavigationScope | null {
  if (!doc.config) return null;
  const { uri, source } = doc;
  return { config: doc.config, text: source.text, home: 0, locate: (span) => ({ uri, source, span }) };
}

interface Found {
  readonly scope: NavigationScope;
  readonly table: NameTable;
  readonly occurrence: NameOccurrence;
}

/** The name under the cursor in each scope that has one. */
function namesAt(scopes: readonly NavigationScope[], offset: number): Found[] {
  const out: Found[] = [];
  for (const scope of scopes) {
    const table = namesOf(scope.config, scope.text);
    const occurrence = occurrenceAt(table, scope.home + offset);
    if (occurrence) out.push({ scope, table, occurrence });
  }
  return out;
}

/** The spans of a symbol's occurrences in their files, each once (a file included twice reads the same text twice). */
function spansOf(found: Found, keep: (o: NameOccurrence) => boolean): FileSpan[] {
  const out: FileSpan[] = [];
  for (const o of found.table.occurrences) {
    if (o.symbol !== found.occurrence.symbol || !keep(o)) continue;
    const at = found.scope.locate(o.span);
    if (at) out.push(at);
  }
  return out;
}

function unique(spans: readonly FileSpan[]): FileSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.uri}\0${s.span.start}\0${s.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toLocation(s: FileSpan): Location {
  return { uri: s.uri, range: toRange(s.source, s.span) };
}

/** Where the name under the cursor is defined, in any file of the scopes. */
export function definitions(scopes: readonly NavigationScope[], offset: number): Location[] {
  return unique(namesAt(scopes, offset).flatMap((f) => spansOf(f, (o) => o.definition))).map(toLocation);
}

/** Every place the name under the cursor is written, its definition too when asked. */
export function references(scopes: readonly NavigationScope[], offset: number, includeDeclaration: boolean): Location[] {
  return unique(namesAt(scopes, offset).flatMap((f) => spansOf(f, (o) => includeDeclaration || !o.definition))).map(toLocation);
}

/** A refusal the editor shows as it is (prepareRename and rename). */
function refuse(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

/** The range a rename replaces and the name to offer; throws with the reason where nothing can be renamed. */
export function prepareRename(scopes: readonly NavigationScope[], source: SourceText, offset: number): { range: Range; placeholder: string } {
  const found = namesAt(scopes, offset);
  if (!found.length) {
    const what = scopes.map((s) => namesOf(s.config, s.text).renameable)[0] ?? 'names';
    throw refuse(`Nothing to rename here: rename works on ${what}.`);
  }
  for (const f of found) {
    const symbol = f.table.symbols.get(f.occurrence.symbol);
    // Renaming to the same name only asks whether the thing can be renamed at all.
    const problem = symbol ? f.table.renameProblem(f.occurrence.symbol, symbol.name) : 'nothing to rename here';
    if (problem) throw refuse(`Cannot rename: ${problem}.`);
  }
  const { occurrence, scope } = found[0];
  const span = { start: occurrence.span.start - scope.home, end: occurrence.span.end - scope.home };
  return { range: toRange(source, span), placeholder: source.text.slice(span.start, span.end) };
}

/** One edit over every file that writes the name; throws with the reason when the rename is refused. */
export function rename(scopes: readonly NavigationScope[], offset: number, newName: string): WorkspaceEdit {
  const found = namesAt(scopes, offset);
  if (!found.length) throw refuse('Nothing to rename here.');
  const spans: { at: FileSpan; text: string }[] = [];
  for (const f of found) {
    const problem = f.table.renameProblem(f.occurrence.symbol, newName.trim());
    if (problem) throw refuse(`Cannot rename: ${problem}.`);
    const text = f.table.replacement(f.occurrence.symbol, newName.trim());
    for (const at of spansOf(f, () => true)) spans.push({ at, text });
  }
  const changes: Record<string, TextEdit[]> = {};
  const kept = new Set(unique(spans.map((s) => s.at)));
  for (const { at, text } of spans) {
    if (!kept.delete(at)) continue;
    (changes[at.uri] ??= []).push({ range: toRange(at.source, at.span), newText: text });
  }
  return { changes };
}
