import type { TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { appendTomlItem, fillTomlPair, insertTomlPairs, removeTomlPair, replaceTomlScalar, setTomlScalar } from './editToml';
import type { MMap, MNode, MPair, MScalar, MSeq } from './model';

/**
 * Edits of manifests that keep the file whole: the other keys, comments, quoting and indentation
 * stay as written; a new key takes the indentation of its siblings. Every edit works on YAML and
 * TOML nodes alike (it dispatches on the node's `syntax` to manifest/editToml); scalar texts are
 * given in YAML terms (`true`, `3600`, `lax`, `"a b"`) and written as TOML needs them there.
 * Compose labels in either form: manifest/editCompose.
 */

const PLAIN_SAFE = /^[A-Za-z0-9_./@-][A-Za-z0-9_./@ :-]*$/;
const LOOKS_TYPED = /^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i;

/** A YAML string scalar in the style asked for (plain only where it reads back as the same string). */
export function yamlString(value: string, style: 'plain' | 'single' | 'double' = 'plain'): string {
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(value);
  return PLAIN_SAFE.test(value) && !LOOKS_TYPED.test(value) && !value.endsWith(':') && !value.includes(': ') && !value.includes(' #') ? value : JSON.stringify(value);
}

/** Replaces a scalar's value, keeping its quoting style (a plain scalar that would change type gets double quotes). */
export function replaceScalar(node: MScalar, value: string | number | boolean): TextEdit {
  if (node.syntax === 'toml') return replaceTomlScalar(node, value);
  let text: string;
  if (typeof value !== 'string') text = String(value);
  else if (node.style === 'single' || node.style === 'double') text = yamlString(value, node.style);
  else text = yamlString(value);
  return { start: node.span.start, end: node.span.end, newText: text };
}

/** The column (0-based) of an offset. */
function columnOf(source: SourceText, offset: number): number {
  return source.positionAt(offset).character;
}

/** indentUnit's answers: a SourceText's text never changes, and rules ask once per fix. */
const indentUnits = new WeakMap<SourceText, string>();

/** The file's indentation step: the smallest indentation of a nested key, 2 by default. */
export function indentUnit(source: SourceText): string {
  let unit = indentUnits.get(source);
  if (unit === undefined) {
    // One scan of the text per SourceText: a scan per fix made a file with many findings quadratic.
    let best = 0;
    for (const m of source.text.matchAll(/^( +)[^\s#-]/gm)) if (best === 0 || m[1].length < best) best = m[1].length;
    unit = ' '.repeat(best > 0 && best <= 8 ? best : 2);
    indentUnits.set(source, unit);
  }
  return unit;
}

/** The offset where a new line after the node's last line goes: the end of that line, before its line break. */
function endOfLastLine(source: SourceText, end: number): number {
  const text = source.text;
  // A block node's range may end just after its last line break.
  let at = end;
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  const nl = text.indexOf('\n', at);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/**
 * Text for `key: value` lines at an indentation. `value` is a scalar's text, or a nested map given
 * as [key, value] pairs (written one level deeper).
 */
export type NewValue = string | readonly (readonly [string, NewValue])[];

function pairLines(key: string, value: NewValue, indent: string, unit: string, eol: string): string {
  if (typeof value === 'string') return `${indent}${key}: ${value}`;
  return [`${indent}${key}:`, ...value.map(([k, v]) => pairLines(k, v, indent + unit, unit, eol))].join(eol);
}

function flowValue(value: NewValue): string {
  if (typeof value === 'string') return value;
  return `{ ${value.map(([k, v]) => `${k}: ${flowValue(v)}`).join(', ')} }`;
}

/** Adds `key: value` to a map (after its last pair; block or flow style as the map is written). */
export function insertPair(map: MMap, key: string, value: NewValue, source: SourceText): TextEdit {
  if (map.syntax === 'toml') return insertTomlPairs(map, [[key, value]], source);
  const eol = source.eol;
  if (map.flow) {
    const close = source.text.lastIndexOf('}', map.span.end);
    if (map.pairs.length === 0) return { start: close, end: close, newText: ` ${key}: ${flowValue(value)} ` };
    const last = map.pairs[map.pairs.length - 1];
    return { start: last.span.end, end: last.span.end, newText: `, ${key}: ${flowValue(value)}` };
  }
  // Pairs a merge key brought in are written elsewhere (under the anchor): not where this map's lines are.
  const own = map.pairs.filter((p) => !p.merged);
  const first = own[0];
  const indent = ' '.repeat(first ? columnOf(source, first.key.span.start) : columnOf(source, map.span.start));
  const at = endOfLastLine(source, own.length ? own[own.length - 1].span.end : map.span.end);
  return { start: at, end: at, newText: eol + pairLines(key, value, indent, indentUnit(source), eol) };
}

/**
 * Adds `key: value` under a pair whose value is empty or absent (`annotations:` with nothing after
 * it), or replaces a scalar value there with a map: the new lines go one level below the pair's key.
 */
export function fillPair(pair: MPair, value: NewValue, source: SourceText): TextEdit {
  if (pair.key.syntax === 'toml') return fillTomlPair(pair, value, source);
  const eol = source.eol;
  const unit = indentUnit(source);
  const indent = ' '.repeat(columnOf(source, pair.key.span.start)) + unit;
  const start = pair.value && !(pair.value.kind === 'scalar' && pair.value.value === null && pair.value.raw === '') ? pair.value.span.start : pair.key.span.end + 1;
  const end = pair.value ? Math.max(pair.value.span.end, start) : start;
  if (typeof value === 'string') return { start, end, newText: ` ${value}` };
  return { start, end, newText: eol + value.map(([k, v]) => pairLines(k, v, indent, unit, eol)).join(eol) };
}

/** Sets a key of a map to a scalar: replaces its value when present, adds the pair otherwise. */
export function setScalar(map: MMap, key: string, value: string, source: SourceText, valueAsWritten?: string | number | boolean): TextEdit {
  if (map.syntax === 'toml') return setTomlScalar(map, key, value, source, valueAsWritten);
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const pair = map.pairs[i];
    // A merged key is overridden by a key of this map, never edited under its anchor (other maps share it).
    if (pair.key.value !== key || pair.merged) continue;
    if (pair.value?.kind === 'scalar' && pair.value.raw !== '') return replaceScalar(pair.value, valueAsWritten ?? value);
    return fillPair(pair, value, source);
  }
  return insertPair(map, key, value, source);
}

/** Removes a pair of a block map with its whole lines (comments on its own lines above stay), or of a flow map with its comma. */
export function removePair(map: MMap, pair: MPair, source: SourceText): TextEdit {
  if (map.syntax === 'toml') return removeTomlPair(map, pair, source);
  const text = source.text;
  if (map.flow) {
    const i = map.pairs.indexOf(pair);
    if (i > 0) return { start: map.pairs[i - 1].span.end, end: pair.span.end, newText: '' };
    const next = map.pairs[i + 1];
    return { start: pair.span.start, end: next ? next.span.start : pair.span.end, newText: '' };
  }
  const lineStart = text.lastIndexOf('\n', pair.span.start - 1) + 1;
  const lineEnd = endOfLastLine(source, pair.span.end);
  const afterBreak = text[lineEnd] === '\r' ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
  return { start: lineStart, end: afterBreak, newText: '' };
}

/** Adds an item to a sequence (block `- item` lines or flow `[a, b]`), after its last item. */
export function appendItem(seq: MSeq, itemText: string, source: SourceText): TextEdit {
  if (seq.syntax === 'toml') return appendTomlItem(seq, itemText, source);
  if (seq.flow) {
    const close = source.text.lastIndexOf(']', seq.span.end);
    if (seq.items.length === 0) return { start: close, end: close, newText: itemText };
    const last = seq.items[seq.items.length - 1];
    return { start: last.span.end, end: last.span.end, newText: `, ${itemText}` };
  }
  const first = seq.items[0];
  const dashColumn = first ? columnOf(source, source.text.lastIndexOf('-', first.span.start)) : columnOf(source, seq.span.start);
  const at = endOfLastLine(source, seq.items.length ? seq.items[seq.items.length - 1].span.end : seq.span.end);
  return { start: at, end: at, newText: `${source.eol}${' '.repeat(dashColumn)}- ${itemText}` };
}

/** The nodes a finding points at: a pair's key, else the node itself. */
export function spanOfKey(pair: MPair | MNode): { start: number; end: number } {
  return 'key' in pair ? pair.key.span : pair.span;
}
