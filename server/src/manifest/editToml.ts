import type { TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { MMap, MNode, MPair, MScalar, MSeq } from './model';
import type { NewValue } from './edits';
import { tomlTableInfo } from './read/toml';

/**
 * Style-keeping edits of TOML (Traefik's file provider). manifest/edits dispatches to these on a
 * node's `syntax`, so a rule calls one API for YAML and TOML; a scalar's text given in YAML terms
 * (`true`, `3600`, `lax`, `"a b"`) is written as the TOML value it means (`"lax"` needs quotes).
 */

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const TOML_LITERAL = /^(true|false|[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[+-]?(inf|nan)|\d{4}-\d{2}-\d{2}([Tt ][\d:.]+([Zz]|[+-]\d{2}:\d{2})?)?)$/;

/** A key as TOML writes it: bare when it can be, a basic string otherwise. */
export function tomlKey(key: string): string {
  return BARE_KEY.test(key) ? key : JSON.stringify(key);
}

/** A string as a TOML basic string (JSON's escapes are TOML's). */
export function tomlString(value: string): string {
  return JSON.stringify(value);
}

/**
 * A value given as YAML scalar text (what rules pass to insertPair / setScalar) as TOML text:
 * booleans, numbers and dates stay bare, quoted strings keep their quotes where TOML reads them the
 * same, a bare word gets double quotes; `[...]` and `{...}` are taken as written.
 */
export function tomlValue(text: string): string {
  const t = text.trim();
  if (TOML_LITERAL.test(t)) return t;
  if (/^\[.*\]$|^\{.*\}$/s.test(t)) return t;
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    try {
      return tomlString(JSON.parse(t) as string);
    } catch {
      return t;
    }
  }
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) {
    const inner = t.slice(1, -1).replace(/''/g, "'");
    return inner.includes("'") || /[\n\r]/.test(inner) ? tomlString(inner) : `'${inner}'`;
  }
  return tomlString(t);
}

/** Replaces a TOML scalar, keeping literal ('...') or basic ("...") quoting when the new value can be written so. */
export function replaceTomlScalar(node: MScalar, value: string | number | boolean): TextEdit {
  let text: string;
  const literalOk = typeof value === 'string' && !/['\n\r\x00-\x08\x0b-\x1f\x7f]/.test(value);
  if (typeof value !== 'string') text = String(value);
  else if (node.style === 'single' && literalOk) text = `'${value}'`;
  else if (node.style === 'block' && node.raw.startsWith("'''") && literalOk) text = `'''${value}'''`;
  // A multi-line basic string stays one: JSON's escapes (every " escaped) are TOML's.
  else if (node.style === 'block') text = `""${tomlString(value)}""`;
  else text = tomlString(value);
  return { start: node.span.start, end: node.span.end, newText: text };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset`, before its line break. */
function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** How far the file indents a table's keys beyond its header (`[a]` then `  x = 1`: two spaces); none by default. */
function keyIndentStep(text: string): string {
  const m = /^([ \t]*)\[[^\n]*\][ \t]*(#[^\n]*)?\r?\n([ \t]*)[A-Za-z0-9_"'-]/m.exec(text);
  if (!m || !m[3].startsWith(m[1])) return '';
  return m[3].slice(m[1].length);
}

/** The pairs written as `key = value` lines of the table's own section (not sub-tables under their own headers). */
function linePairs(map: MMap): MPair[] {
  const info = tomlTableInfo(map);
  return map.pairs.filter((p) => {
    if (p.value?.kind === 'map') {
      const how = tomlTableInfo(p.value)?.how;
      return how === 'dotted' || how === 'inline';
    }
    if (p.value?.kind === 'seq' && !p.value.flow) return false;
    return !info || p.key.span.start >= info.bodyStart;
  });
}

function inlineValue(value: NewValue): string {
  if (typeof value === 'string') return tomlValue(value);
  return `{ ${value.map(([k, v]) => `${tomlKey(k)} = ${inlineValue(v)}`).join(', ')} }`;
}

/** Lines of new sections: `[path]` with its scalar keys, then a section per nested table. */
function sectionLines(path: readonly string[], entries: readonly (readonly [string, NewValue])[], headerIndent: string, step: string): string[] {
  const scalars = entries.filter(([, v]) => typeof v === 'string');
  const tables = entries.filter(([, v]) => typeof v !== 'string');
  const lines: string[] = [];
  // A table holding only tables needs no header of its own (`[a.b.c]` names `a.b`).
  const header = scalars.length > 0 || tables.length === 0;
  if (header) {
    lines.push(`${headerIndent}[${path.join('.')}]`);
    for (const [k, v] of scalars) lines.push(`${headerIndent}${step}${tomlKey(k)} = ${tomlValue(v as string)}`);
  }
  for (const [k, v] of tables) lines.push(...sectionLines([...path, tomlKey(k)], v as readonly (readonly [string, NewValue])[], header ? headerIndent + step : headerIndent, step));
  return lines;
}

/** Lines `key = value` (nested values as dotted keys) at an indentation, each after `prefix`. */
function keyLines(prefix: string, entries: readonly (readonly [string, NewValue])[], indent: string): string[] {
  return entries.flatMap(([k, v]) => (typeof v === 'string' ? [`${indent}${prefix}${tomlKey(k)} = ${tomlValue(v)}`] : keyLines(`${prefix}${tomlKey(k)}.`, v, indent)));
}

/**
 * Adds keys to a TOML table where it is written: a `key = value` line after the table's last line
 * (at the indentation of its keys), an entry of an inline table, a dotted key beside the other
 * dotted keys of a table made by them; a nested value becomes a new `[table.key]` section after the
 * table's own lines (dotted keys under a dotted table, an inline table inside an inline one).
 */
export function insertTomlPairs(map: MMap, entries: readonly (readonly [string, NewValue])[], source: SourceText): TextEdit {
  const text = source.text;
  const eol = source.eol;
  const info = tomlTableInfo(map);
  if (!info) throw new Error('insertTomlPairs: not a TOML table');
  if (map.flow || info.how === 'inline') {
    const body = entries.map(([k, v]) => `${tomlKey(k)} = ${inlineValue(v)}`).join(', ');
    if (map.pairs.length === 0) {
      const close = map.span.end - 1;
      return { start: map.span.start + 1, end: close, newText: ` ${body} ` };
    }
    const last = map.pairs[map.pairs.length - 1];
    return { start: last.span.end, end: last.span.end, newText: `, ${body}` };
  }
  if (info.how === 'dotted') {
    const at = lineEndOf(text, info.lastLineEnd);
    const indent = /^[ \t]*/.exec(text.slice(lineStartOf(text, info.lastLineEnd)))![0];
    return { start: at, end: at, newText: eol + keyLines(info.prefix, entries, indent).join(eol) };
  }
  const step = keyIndentStep(text);
  const lines = linePairs(map);
  const scalars = entries.filter(([, v]) => typeof v === 'string');
  const tables = entries.filter(([, v]) => typeof v !== 'string');
  if (info.how === 'root') {
    const firstHeader = /^[ \t]*\[/m.exec(text);
    const out: string[] = [];
    for (const [k, v] of scalars) out.push(`${tomlKey(k)} = ${tomlValue(v as string)}`);
    for (const [k, v] of tables) out.push(...sectionLines([tomlKey(k)], v as readonly (readonly [string, NewValue])[], '', step));
    if (tables.length === 0 && lines.length > 0) {
      const at = lineEndOf(text, lines[lines.length - 1].span.end);
      return { start: at, end: at, newText: eol + out.join(eol) };
    }
    if (tables.length === 0 && firstHeader) return { start: firstHeader.index, end: firstHeader.index, newText: out.join(eol) + eol + eol };
    // Sections go after every root key: at the end of the file.
    const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return { start: text.length, end: text.length, newText: lead + out.join(eol) + eol };
  }
  if (info.how === 'implicit') {
    // A table only named on the way to others gets its own header, after everything under it.
    const at = lineEndOf(text, map.span.end);
    const headerIndent = indentOf(text, map.span.start);
    const out = [...(scalars.length ? sectionLines(info.path, scalars, headerIndent, step) : []), ...tables.flatMap(([k, v]) => sectionLines([...info.path, tomlKey(k)], v as readonly (readonly [string, NewValue])[], headerIndent + step, step))];
    return { start: at, end: at, newText: eol + out.join(eol) };
  }
  // A table under a header (or an item of an array of tables).
  const header = info.header!;
  const headerIndent = indentOf(text, header.start);
  const keyIndent = lines.length > 0 ? indentOf(text, lines[0].key.span.start) : headerIndent + step;
  const at = lineEndOf(text, info.lastLineEnd);
  const out = [...scalars.map(([k, v]) => `${keyIndent}${tomlKey(k)} = ${tomlValue(v as string)}`), ...tables.flatMap(([k, v]) => sectionLines([...info.path, tomlKey(k)], v as readonly (readonly [string, NewValue])[], keyIndent, step))];
  return { start: at, end: at, newText: eol + out.join(eol) };
}

/** Sets a key of a TOML table to a value (YAML scalar text, or `asWritten` as a typed value): replaces it when present. */
export function setTomlScalar(map: MMap, key: string, value: string, source: SourceText, asWritten?: string | number | boolean): TextEdit {
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const pair = map.pairs[i];
    if (pair.key.value !== key || !pair.value) continue;
    if (asWritten !== undefined && pair.value.kind === 'scalar') return replaceTomlScalar(pair.value, asWritten);
    if (pair.value.kind === 'scalar' && pair.value.style !== 'plain' && !TOML_LITERAL.test(value.trim()) && !/^["'[{]/.test(value.trim())) return replaceTomlScalar(pair.value, value);
    return { start: pair.value.span.start, end: pair.value.span.end, newText: tomlValue(value) };
  }
  return insertTomlPairs(map, [[key, value]], source);
}

/** Fills a TOML pair: adds keys to the table it holds, or replaces its value with the one given. */
export function fillTomlPair(pair: MPair, value: NewValue, source: SourceText): TextEdit {
  if (pair.value?.kind === 'map' && typeof value !== 'string') return insertTomlPairs(pair.value, value, source);
  const node: MNode | null = pair.value;
  const start = node ? node.span.start : pair.key.span.end;
  const end = node ? node.span.end : pair.key.span.end;
  return { start, end, newText: inlineValue(value) };
}

/** Removes a pair: its whole lines (a table under a header: its header and own lines), or an inline entry with its comma. */
export function removeTomlPair(map: MMap, pair: MPair, source: SourceText): TextEdit {
  const text = source.text;
  if (map.flow) {
    const i = map.pairs.indexOf(pair);
    if (i > 0) return { start: map.pairs[i - 1].span.end, end: pair.span.end, newText: '' };
    const next = map.pairs[i + 1];
    return { start: pair.span.start, end: next ? next.span.start : pair.span.end, newText: '' };
  }
  let start = pair.span.start;
  let end = pair.span.end;
  const table = pair.value?.kind === 'map' ? tomlTableInfo(pair.value) : null;
  if (table?.how === 'header' && table.header) {
    start = table.header.start;
    end = table.lastLineEnd;
  }
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  const afterBreak = text[lineEnd] === '\r' ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
  return { start: lineStart, end: afterBreak, newText: '' };
}

/** Adds an item to a TOML array (`[a, b]`); item text in YAML terms as for tomlValue. */
export function appendTomlItem(seq: MSeq, itemText: string, source: SourceText): TextEdit {
  if (!seq.flow) throw new Error('appendItem: adding an item to an array of tables ([[...]]) is not supported');
  const item = tomlValue(itemText);
  if (seq.items.length === 0) {
    const close = source.text.lastIndexOf(']', seq.span.end);
    return { start: close, end: close, newText: item };
  }
  const last = seq.items[seq.items.length - 1];
  return { start: last.span.end, end: last.span.end, newText: `, ${item}` };
}
