import type { Argument } from '../../model/common';
import type { NginxDirective } from '../../model/nginx';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import type { TextEdit } from '../types';

/** True when only blanks stand before `offset` on its line. */
export function startsLine(source: SourceText, offset: number): boolean {
  const line = source.positionAt(offset).line;
  return source.text.slice(source.lineStart(line), offset).trim() === '';
}

/** True when nothing but blanks or a comment follows `offset` on its line. */
export function endsLine(source: SourceText, offset: number): boolean {
  const line = source.positionAt(offset).line;
  const rest = source.text.slice(offset, source.lineEnd(line)).trim();
  return rest === '' || rest.startsWith('#');
}

/** True when a statement has its lines to itself (a trailing comment allowed). */
export function ownsLines(source: SourceText, statement: Span): boolean {
  return startsLine(source, statement.start) && endsLine(source, statement.end);
}

/** The first line of the comment lines directly above `offset`'s line (or that line itself). */
function firstLineOfLeadingComments(source: SourceText, offset: number): number {
  let line = source.positionAt(offset).line;
  while (line > 0 && source.lineText(line - 1).trim().startsWith('#')) line--;
  return line;
}

/**
 * Puts `lines` (already indented, the first without indentation) above a statement at its
 * indentation, and above the comments that describe it, so that a suppression comment keeps
 * its statement. When the statement shares its line, the text goes inline before it.
 */
export function insertAbove(source: SourceText, anchor: Span, text: string): TextEdit {
  if (!startsLine(source, anchor.start)) return { start: anchor.start, end: anchor.start, newText: `${text} ` };
  const at = source.lineStart(firstLineOfLeadingComments(source, anchor.start));
  return { start: at, end: at, newText: `${source.indentAt(anchor.start)}${text}${source.eol}` };
}

/**
 * Inserts a statement as the first one of a block: on its own line at the indentation of the
 * block's statements, or inline after `{` for a block written on one line.
 */
export function insertFirstInBlock(source: SourceText, block: NginxDirective, statement: string): TextEdit {
  const open = block.bodySpan?.start ?? block.span.end;
  // The block's own first statement: in a configuration of several files, one an include brought
  // in stands in another file, whose layout says nothing of this one's.
  const first = block.children?.find((c) => source.sameFile(c.span.start, open));
  const openLine = source.positionAt(open).line;
  if (!first || source.positionAt(first.span.start).line === openLine) {
    const at = open + 1;
    return { start: at, end: at, newText: ` ${statement}${first ? '' : ' '}` };
  }
  const indent = startsLine(source, first.span.start) ? source.indentAt(first.span.start) : source.indentAt(block.span.start) + source.indentUnit();
  const end = source.lineEnd(openLine);
  return { start: end, end, newText: `${source.eol}${indent}${statement}` };
}

/** Removes whole lines from the one holding `span.start` to the one holding `span.end`, line end included. */
export function deleteLines(source: SourceText, span: Span): TextEdit {
  const first = source.positionAt(span.start).line;
  const last = source.positionAt(span.end).line;
  const start = source.lineStart(first);
  const end = last + 1 < source.lineCount ? source.lineStart(last + 1) : source.lineEnd(last);
  return { start, end, newText: '' };
}

/** Removes a statement: its lines when it owns them, else the statement and the blanks after it. */
export function removeStatement(source: SourceText, statement: Span): TextEdit {
  if (ownsLines(source, statement)) return deleteLines(source, statement);
  let end = statement.end;
  while (end < source.text.length && (source.text[end] === ' ' || source.text[end] === '\t')) end++;
  return { start: statement.start, end, newText: '' };
}

/**
 * Moves a statement above another: its lines (with a trailing comment) when it owns them, else
 * the statement alone. The anchor must come before the statement, so the two edits never touch.
 */
export function moveAbove(source: SourceText, moved: Span, anchor: Span): TextEdit[] {
  if (ownsLines(source, moved) && startsLine(source, anchor.start)) {
    const endLine = source.positionAt(moved.end).line;
    const text = source.text.slice(moved.start, source.lineEnd(endLine)).trimEnd();
    return [insertAbove(source, anchor, text), deleteLines(source, moved)];
  }
  return [{ start: anchor.start, end: anchor.start, newText: `${source.slice(moved)} ` }, removeStatement(source, moved)];
}

/**
 * Removes one argument with the blanks before it. An argument that starts its line takes the line
 * break before it too, unless the line above ends in a comment (which would swallow what follows).
 */
export function removeArgument(source: SourceText, arg: Argument): TextEdit {
  let start = arg.span.start;
  while (start > 0 && (source.text[start - 1] === ' ' || source.text[start - 1] === '\t')) start--;
  if (start > 0 && source.text[start - 1] !== '\n') return { start, end: arg.span.end, newText: '' };
  const line = source.positionAt(arg.span.start).line;
  if (line > 0 && !source.lineText(line - 1).includes('#')) {
    let joined = source.lineEnd(line - 1);
    while (joined > 0 && /\s/.test(source.text[joined - 1])) joined--;
    return { start: joined, end: arg.span.end, newText: '' };
  }
  let end = arg.span.end;
  while (end < source.text.length && (source.text[end] === ' ' || source.text[end] === '\t')) end++;
  return { start: arg.span.start, end, newText: '' };
}
