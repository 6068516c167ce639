import type { TextEdit } from '../rules/types';
import type { Span } from '../text/span';
import type { AppModel, AppObject, AppProperty } from './model';

/**
 * Style-keeping edits of JS/TS code for app fixes: a statement inserted before or after another at its
 * indentation, a property added to or removed from an object literal the way the literal is written
 * (one line or one property per line, trailing comma or not).
 */

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends: before its `\n` or `\r\n`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Where the next line starts (the text's end on the last line). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The indentation of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The line ending the file uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Whether only blanks stand between the line start and `offset`. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** Lines of code inserted before a statement, at its indentation. */
export function insertLinesBefore(text: string, statement: Span, lines: readonly string[]): TextEdit {
  const eol = eolOf(text);
  const indent = indentAt(text, statement.start);
  if (startsLine(text, statement.start)) {
    const at = lineStart(text, statement.start);
    return { start: at, end: at, newText: lines.map((l) => `${indent}${l}${eol}`).join('') };
  }
  return { start: statement.start, end: statement.start, newText: lines.map((l) => `${l}${eol}${indent}`).join('') };
}

/** Lines of code inserted after a statement (after the rest of its last line), at its indentation. */
export function insertLinesAfter(text: string, statement: Span, lines: readonly string[]): TextEdit {
  const eol = eolOf(text);
  const indent = indentAt(text, statement.start);
  const at = lineEnd(text, statement.end);
  return { start: at, end: at, newText: lines.map((l) => `${eol}${indent}${l}`).join('') };
}

/** The offset just past a comma that follows `from` (blanks and comments between), or null. */
function commaAfter(text: string, from: number, limit: number): number | null {
  let i = from;
  while (i < limit) {
    const c = text[i];
    if (c === ',') return i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (text.startsWith('//', i)) i = lineEnd(text, i);
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else return null;
  }
  return null;
}

/**
 * `key: value` added as the last property of an object literal: on its own line at the other
 * properties' indentation when they stand one per line, else inline after the last one.
 */
export function addProperty(text: string, object: AppObject, property: string): TextEdit {
  const eol = eolOf(text);
  const inner = { start: object.span.start + 1, end: object.span.end - 1 };
  const props = object.properties;
  if (props.length === 0) {
    const body = text.slice(inner.start, inner.end);
    if (!body.includes('\n')) return { start: inner.start, end: inner.end, newText: ` ${property} ` };
    const indent = indentAt(text, object.span.start) + '  ';
    const at = inner.start;
    return { start: at, end: at, newText: `${eol}${indent}${property},` };
  }
  const last = props[props.length - 1];
  const comma = commaAfter(text, last.span.end, inner.end);
  const multiLine = text.slice(object.span.start, last.span.start).includes('\n');
  if (multiLine) {
    const indent = indentAt(text, last.span.start);
    if (comma !== null) return { start: comma, end: comma, newText: `${eol}${indent}${property},` };
    return { start: last.span.end, end: last.span.end, newText: `,${eol}${indent}${property},` };
  }
  if (comma !== null) return { start: comma, end: comma, newText: ` ${property},` };
  return { start: last.span.end, end: last.span.end, newText: `, ${property}` };
}

/** A property removed with its comma (and its line, when it stands alone on one). */
export function removeProperty(text: string, object: AppObject, property: AppProperty): TextEdit {
  const inner = { start: object.span.start + 1, end: object.span.end - 1 };
  const comma = commaAfter(text, property.span.end, inner.end);
  let start = property.span.start;
  let end = comma ?? property.span.end;
  if (startsLine(text, start) && /^[ \t]*$/.test(text.slice(end, lineEnd(text, end)))) {
    return { start: lineStart(text, start), end: nextLineStart(text, end), newText: '' };
  }
  if (comma === null) {
    // The last property: take the comma before it instead.
    const before = text.slice(inner.start, start);
    const m = /,\s*$/.exec(before);
    if (m) start = inner.start + m.index;
  } else {
    while (end < inner.end && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return { start, end, newText: '' };
}

/** A whole statement removed with its line, when it stands alone on one. */
export function removeStatement(text: string, statement: Span): TextEdit {
  const start = lineStart(text, statement.start);
  const end = lineEnd(text, statement.end);
  if (startsLine(text, statement.start) && /^[ \t]*$/.test(text.slice(statement.end, end))) return { start, end: nextLineStart(text, statement.end), newText: '' };
  return { start: statement.start, end: statement.end, newText: '' };
}

/**
 * Whether code added to the file should use `import` or `require`: as the file brings in `module`
 * (the session library, say), else as it brings in anything, else by its extension and package.json's
 * `"type"`.
 */
export function moduleStyleFor(model: AppModel, module: string | null): 'esm' | 'commonjs' {
  const own = module ? model.imports.find((i) => i.module === module) : undefined;
  if (own) return own.via === 'import' ? 'esm' : 'commonjs';
  if (model.moduleStyle === 'esm' || model.moduleStyle === 'commonjs') return model.moduleStyle;
  if (/\.m[jt]s$/i.test(model.file)) return 'esm';
  if (/\.c[jt]s$/i.test(model.file)) return 'commonjs';
  if (model.syntax !== 'javascript') return 'esm';
  return model.versions.moduleType === 'module' ? 'esm' : 'commonjs';
}

/** The quote the file's imports use (`'` unless its first import uses `"`). */
export function quoteOf(model: AppModel): string {
  const first = model.imports[0];
  if (!first) return "'";
  const text = model.source.text.slice(first.declaration.start, first.declaration.end);
  const m = /(?:from\s*|require\s*\(\s*)(['"])/.exec(text);
  return m ? m[1] : "'";
}

/** Whether the file's statements end with `;` (judged from its import/require statements). */
export function semicolonOf(model: AppModel): string {
  const first = model.imports[0];
  if (!first) return ';';
  return model.source.text.slice(first.declaration.start, first.declaration.end).trimEnd().endsWith(';') ? ';' : '';
}
