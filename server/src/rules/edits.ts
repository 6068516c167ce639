import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { TextEdit } from './types';

/** A statement of either dialect: its arguments, after its nginx name or its HAProxy keyword. */
interface Statement {
  readonly args: readonly { readonly span: Span }[];
  readonly nameSpan?: Span;
  readonly keywordSpan?: Span;
}

/**
 * Appends an argument to a statement: after its last argument (or its name), so before an nginx
 * `;`, a HAProxy `if`/`unless` condition and any trailing comment.
 */
export function appendArgument(statement: Statement, text: string): TextEdit {
  const last = statement.args[statement.args.length - 1];
  const at = last ? last.span.end : (statement.nameSpan ?? statement.keywordSpan)!.end;
  return { start: at, end: at, newText: ` ${text}` };
}

export function replace(span: Span, newText: string): TextEdit {
  return { start: span.start, end: span.end, newText };
}

/** A new line after the line holding `offset`, indented as `indent`, in the file's own line ends. */
export function insertLineAfter(source: SourceText, offset: number, indent: string, line: string): TextEdit {
  const end = source.lineEnd(source.positionAt(offset).line);
  return { start: end, end, newText: `${source.eol}${indent}${line}` };
}

/**
 * Replaces a statement and puts a comment line above the line it stands on, at that line's
 * indentation. When the statement starts its line the two become one edit, so no two edits touch.
 */
export function replaceWithComment(source: SourceText, statement: Span, comment: string, replacement: string): TextEdit[] {
  const line = source.positionAt(statement.start).line;
  const lineStart = source.lineStart(line);
  const indent = source.indentAt(statement.start);
  const commentLine = `${comment}${source.eol}${indent}`;
  if (source.text.slice(lineStart, statement.start).trim() === '') {
    return [{ start: statement.start, end: statement.end, newText: `${commentLine}${replacement}` }];
  }
  return [
    { start: lineStart, end: lineStart, newText: `${indent}${comment}${source.eol}` },
    { start: statement.start, end: statement.end, newText: replacement },
  ];
}

/** Removes the whole line of a statement that stands alone on it, line end included. */
export function deleteLine(source: SourceText, statement: Span): TextEdit {
  const line = source.positionAt(statement.start).line;
  const start = source.lineStart(line);
  const next = line + 1 < source.lineCount ? source.lineStart(line + 1) : source.lineEnd(line);
  return { start, end: next, newText: '' };
}

export const SHARED_STORE_COMMENT = '# affinity-lint: sessions live in a shared store (e.g. Redis); no affinity needed';
