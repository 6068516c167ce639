import { parse as parseToml } from 'smol-toml';
import type { Comment } from '../../model/common';
import type { Span } from '../../text/span';
import type { ManifestDocument, MMap, MNode, MPair, MScalar, MSeq, ScalarStyle } from '../model';

/**
 * TOML (Traefik's file provider) read into the same MNode tree as YAML, with exact spans: a table
 * (`[a.b]`, a dotted key `a.b = 1`, an inline table `{ ... }`) is an MMap, an array `[1, 2]` and an
 * array of tables `[[a]]` are MSeqs, every value an MScalar (basic strings read as `double`, literal
 * strings as `single`, multi-line strings of either kind as `block`; dates and times as their text).
 *
 * The reader is our own because edits need every position (smol-toml gives values only); smol-toml
 * judges validity as a second opinion: an error it finds that ours did not is reported at its line
 * and column.
 */

/** Where a table was written, for edits that add to it (see manifest/edits). */
export interface TomlTableInfo {
  /**
   * `root`: the top-level table; `header`: `[a.b]` or an item of `[[a.b]]`; `implicit`: a table only
   * named on the way to another (`a` in `[a.b]`); `dotted`: made by dotted keys (`a.b = 1`); `inline`: `{ ... }`.
   */
  readonly how: 'root' | 'header' | 'implicit' | 'dotted' | 'inline';
  /** The header `[a.b]` / `[[a.b]]` (for `header`). */
  header: Span | null;
  /** The keys from the root as written (`a`, `"b.c"`), for a new header under this table. */
  readonly path: readonly string[];
  /** For `dotted`: the table the dotted lines stand in and the prefix written before each key (`a.b.`). */
  readonly owner: MMap | null;
  readonly prefix: string;
  /** The end of the last line that belongs to the table's own section (its header or its last key = value line). */
  lastLineEnd: number;
  /** The offset where the table's own section starts (after its header), for a root table 0. */
  bodyStart: number;
}

const INFO = new WeakMap<MMap, TomlTableInfo>();

/** How a TOML table was written (null for a map that is not a TOML table). */
export function tomlTableInfo(map: MMap): TomlTableInfo | null {
  return INFO.get(map) ?? null;
}

export interface TomlReading {
  readonly documents: ManifestDocument[];
  readonly comments: Comment[];
  readonly statements: Span[];
  readonly errors: { readonly message: string; readonly span: Span }[];
}

type Mut<T> = { -readonly [K in keyof T]: T[K] };
type BMap = Mut<MMap> & { pairs: MPair[] };
type BSeq = Mut<MSeq> & { items: MNode[] };

class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
    /** Where reading goes on (the next line by default). */
    readonly resume?: number,
  ) {
    super(message);
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
const INTEGER = /^[+-]?(0|[1-9](_?\d)*)$/;
const RADIX = /^0(x[0-9A-Fa-f](_?[0-9A-Fa-f])*|o[0-7](_?[0-7])*|b[01](_?[01])*)$/;
const FLOAT = /^[+-]?(0|[1-9](_?\d)*)((\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?|[eE][+-]?\d(_?\d)*)$/;
const SPECIAL_FLOAT = /^[+-]?(inf|nan)$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

interface KeySegment {
  readonly name: string;
  readonly scalar: MScalar;
}

class TomlReader {
  private pos = 0;
  readonly comments: Comment[] = [];
  readonly statements: Span[] = [];
  readonly errors: { message: string; span: Span }[] = [];
  readonly root: BMap;
  /** Keys of each map, and tables that can no longer take keys from a header or dotted key. */
  private readonly keys = new WeakMap<MMap, Map<string, MPair>>();
  private current: BMap;

  constructor(
    private readonly text: string,
    /** The text as written, before template actions were masked (read/template). */
    private readonly original: string = text,
  ) {
    this.root = this.newMap({ start: 0, end: text.length }, false, { how: 'root', header: null, path: [], owner: null, prefix: '', lastLineEnd: 0, bodyStart: 0 });
    this.current = this.root;
  }

  private newMap(span: Span, flow: boolean, info: TomlTableInfo): BMap {
    const map: BMap = { kind: 'map', pairs: [], flow, span: { ...span }, syntax: 'toml' };
    INFO.set(map, info);
    this.keys.set(map, new Map());
    return map;
  }

  private fail(message: string, start: number, end = start + 1): never {
    throw new TomlSyntaxError(message, start, Math.min(Math.max(end, start), this.text.length));
  }

  read(): void {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    while (this.pos < text.length) {
      const lineStart = this.pos;
      try {
        this.skipSpaces();
        const c = text[this.pos];
        if (c === undefined) break;
        if (c === '\n' || c === '\r') {
          this.newline();
          continue;
        }
        if (c === '#') {
          this.comment();
          continue;
        }
        if (c === '[') this.header();
        else this.keyValue(this.current, false);
        this.endOfLine();
      } catch (e) {
        if (!(e instanceof TomlSyntaxError)) throw e;
        this.errors.push({ message: e.message, span: { start: e.start, end: e.end } });
        // Go on at the next line (at least one character on).
        const nl = text.indexOf('\n', Math.max(e.start, lineStart + 1));
        this.pos = e.resume ?? (nl < 0 ? text.length : nl + 1);
      }
    }
    this.finish(this.root);
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  private newline(): void {
    if (this.text[this.pos] === '\r') {
      if (this.text[this.pos + 1] !== '\n') this.fail('A carriage return must be followed by a line feed', this.pos);
      this.pos += 2;
    } else this.pos++;
  }

  private comment(): void {
    const start = this.pos;
    let end = start;
    while (end < this.text.length && this.text[end] !== '\n' && !(this.text[end] === '\r' && this.text[end + 1] === '\n')) {
      const code = this.text.charCodeAt(end);
      if ((code < 0x20 && code !== 9) || code === 0x7f) this.fail('Control characters are not allowed in comments', end);
      end++;
    }
    this.comments.push({ text: this.text.slice(start, end), span: { start, end } });
    this.pos = end;
  }

  /** After a key = value or a header: spaces, a comment, then the line's end. */
  private endOfLine(): void {
    this.skipSpaces();
    if (this.text[this.pos] === '#') this.comment();
    if (this.pos >= this.text.length) return;
    const c = this.text[this.pos];
    if (c !== '\n' && c !== '\r') this.fail(`Expected the end of the line, found ${JSON.stringify(c)}`, this.pos);
    this.newline();
  }

  private key(): KeySegment[] {
    const segments: KeySegment[] = [];
    for (;;) {
      this.skipSpaces();
      segments.push(this.keySegment());
      this.skipSpaces();
      if (this.text[this.pos] !== '.') return segments;
      this.pos++;
    }
  }

  private keySegment(): KeySegment {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '"' || c === "'") {
      if (this.text.startsWith(c.repeat(3), this.pos)) this.fail('A key cannot be a multi-line string', start, start + 3);
      const s = this.singleLineString(c);
      return { name: s.value as string, scalar: s };
    }
    while (this.pos < this.text.length && BARE_KEY.test(this.text[this.pos])) this.pos++;
    if (this.pos === start) this.fail(c === undefined || c === '\n' || c === '\r' ? 'Expected a key' : `Expected a key, found ${JSON.stringify(c)}`, start);
    const raw = this.text.slice(start, this.pos);
    return { name: raw, scalar: this.scalar(raw, 'plain', start, this.pos) };
  }

  private scalar(value: MScalar['value'], style: ScalarStyle, start: number, end: number): MScalar {
    const raw = this.original.slice(start, end);
    if (raw !== this.text.slice(start, end)) {
      // Written (partly) by a template action: the text as written, never what the mask made of it.
      const written = style === 'double' || style === 'single' ? raw.slice(1, -1) : style === 'block' ? raw.slice(3, -3) : raw;
      return { kind: 'scalar', value: written, raw, style, span: { start, end }, syntax: 'toml', templated: true };
    }
    return { kind: 'scalar', value, raw, style, span: { start, end }, syntax: 'toml' };
  }

  private header(): void {
    const start = this.pos;
    const array = this.text[this.pos + 1] === '[';
    this.pos += array ? 2 : 1;
    const segments = this.key();
    this.skipSpaces();
    if (!this.text.startsWith(array ? ']]' : ']', this.pos)) this.fail(`Expected ${array ? "']]'" : "']'"} to close the table header`, this.pos);
    this.pos += array ? 2 : 1;
    const header = { start, end: this.pos };
    this.statements.push(header);
    const path = segments.map((s) => s.scalar.raw);
    let table = this.root;
    for (let i = 0; i < segments.length - 1; i++) table = this.descend(table, segments[i], path.slice(0, i + 1), header, true);
    const last = segments[segments.length - 1];
    const keys = this.keys.get(table)!;
    const existing = keys.get(last.name);
    const info: TomlTableInfo = { how: 'header', header, path, owner: null, prefix: '', lastLineEnd: header.end, bodyStart: header.end };
    if (array) {
      let seq: BSeq;
      if (!existing) {
        seq = { kind: 'seq', items: [], flow: false, span: { ...header }, syntax: 'toml' };
        this.addPair(table, last.scalar, seq);
      } else if (existing.value?.kind === 'seq' && !existing.value.flow) seq = existing.value as BSeq;
      else this.fail(`${last.name} is already defined, not as an array of tables`, last.scalar.span.start, last.scalar.span.end);
      const item = this.newMap(header, false, info);
      seq.items.push(item);
      this.current = item;
      return;
    }
    if (existing) {
      const value = existing.value;
      const existingInfo = value?.kind === 'map' ? INFO.get(value) : undefined;
      if (value?.kind !== 'map' || existingInfo?.how !== 'implicit') this.fail(`Table ${path.join('.')} is defined more than once`, start, header.end);
      // A table first named on the way to another one is now defined: its key is the one in this header.
      (existing as Mut<MPair>).key = last.scalar;
      INFO.set(value, info);
      (value.span as Mut<Span>).start = Math.min(value.span.start, start);
      this.current = value as BMap;
      return;
    }
    const map = this.newMap(header, false, info);
    this.addPair(table, last.scalar, map);
    this.current = map;
  }

  /** The table under `segment` in `table`, made when absent (implicit for a header, dotted for a key). */
  private descend(table: BMap, segment: KeySegment, path: string[], at: Span, forHeader: boolean, owner?: BMap, prefix?: string): BMap {
    const existing = this.keys.get(table)!.get(segment.name);
    if (!existing) {
      const info: TomlTableInfo = forHeader
        ? { how: 'implicit', header: null, path, owner: null, prefix: '', lastLineEnd: at.end, bodyStart: at.end }
        : { how: 'dotted', header: null, path, owner: owner ?? null, prefix: prefix ?? '', lastLineEnd: at.end, bodyStart: at.start };
      const map = this.newMap(segment.scalar.span, false, info);
      this.addPair(table, segment.scalar, map);
      return map;
    }
    const value = existing.value;
    if (value?.kind === 'seq' && !value.flow && forHeader) {
      const last = value.items[value.items.length - 1];
      if (last?.kind === 'map') return last as BMap;
    }
    if (value?.kind === 'map') {
      const how = INFO.get(value)?.how;
      if (how === 'inline') this.fail(`${segment.name} is an inline table, which cannot be extended`, segment.scalar.span.start, segment.scalar.span.end);
      if (!forHeader && (how === 'header' || how === 'implicit')) this.fail(`${segment.name} is a table defined by a header, which dotted keys cannot extend`, segment.scalar.span.start, segment.scalar.span.end);
      return value as BMap;
    }
    this.fail(`${segment.name} is already a value, not a table`, segment.scalar.span.start, segment.scalar.span.end);
  }

  private addPair(table: BMap, key: MScalar, value: MNode): MPair {
    const pair: MPair = { key, value, span: { start: key.span.start, end: Math.max(key.span.end, value.span.end) } };
    table.pairs.push(pair);
    this.keys.get(table)!.set(String(key.value), pair);
    return pair;
  }

  /** `key = value` in a table (a line of a section, or an entry of an inline table). */
  private keyValue(table: BMap, inline: boolean): void {
    const start = this.pos;
    const segments = this.key();
    this.skipSpaces();
    if (this.text[this.pos] !== '=') this.fail(this.text[this.pos] === undefined || this.text[this.pos] === '\n' || this.text[this.pos] === '\r' ? 'Expected = after the key' : `Expected = after the key, found ${JSON.stringify(this.text[this.pos])}`, this.pos);
    this.pos++;
    this.skipSpaces();
    const value = this.value();
    const line = { start, end: value.span.end };
    let target = table;
    for (let i = 0; i < segments.length - 1; i++) {
      const prefix = this.text.slice(start, segments[i + 1].scalar.span.start);
      target = this.descend(target, segments[i], [...(INFO.get(table)?.path ?? []), ...segments.slice(0, i + 1).map((s) => s.scalar.raw)], { start, end: line.end }, false, table, prefix);
      const info = INFO.get(target)!;
      if (info.how === 'dotted') info.lastLineEnd = line.end;
    }
    const last = segments[segments.length - 1];
    if (this.keys.get(target)!.has(last.name)) this.fail(`Duplicate key ${last.name}`, last.scalar.span.start, last.scalar.span.end);
    this.addPair(target, last.scalar, value);
    if (!inline) {
      this.statements.push(line);
      const info = INFO.get(table)!;
      info.lastLineEnd = line.end;
    }
  }

  private value(): MNode {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '"' || c === "'") {
      if (this.text.startsWith(c.repeat(3), this.pos)) return this.multiLineString(c);
      return this.singleLineString(c);
    }
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    if (c === undefined || c === '\n' || c === '\r' || c === '#') this.fail('Expected a value', start);
    // A bare token: boolean, number, date or time (a date and a time may be separated by one space).
    let end = start;
    while (end < this.text.length && /[0-9A-Za-z_:.+-]/.test(this.text[end])) end++;
    if (this.text[end] === ' ' && /^\d{4}-\d{2}-\d{2}$/.test(this.text.slice(start, end)) && /^\d{2}:/.test(this.text.slice(end + 1, end + 4))) {
      end++;
      while (end < this.text.length && /[0-9A-Za-z_:.+-]/.test(this.text[end])) end++;
    }
    const raw = this.text.slice(start, end);
    this.pos = end;
    if (raw === 'true' || raw === 'false') return this.scalar(raw === 'true', 'plain', start, end);
    if (INTEGER.test(raw) || FLOAT.test(raw)) return this.scalar(Number(raw.replace(/_/g, '')), 'plain', start, end);
    if (RADIX.test(raw)) {
      const digits = raw.slice(2).replace(/_/g, '');
      const radix = raw[1] === 'x' ? 16 : raw[1] === 'o' ? 8 : 2;
      return this.scalar(parseInt(digits, radix), 'plain', start, end);
    }
    if (SPECIAL_FLOAT.test(raw)) return this.scalar(raw.endsWith('nan') ? NaN : raw.startsWith('-') ? -Infinity : Infinity, 'plain', start, end);
    if (DATE_TIME.test(raw)) return this.scalar(raw, 'plain', start, end);
    if (raw === '') this.fail(`Expected a value, found ${JSON.stringify(c)}`, start);
    this.fail(`Not a TOML value: ${raw} (a string needs quotes)`, start, end);
  }

  private singleLineString(quote: string): MScalar {
    const start = this.pos;
    let at = start + 1;
    let value = '';
    for (;;) {
      const ch = this.text[at];
      if (ch === undefined || ch === '\n' || ch === '\r') this.fail('String not closed on its line', start, at);
      if (ch === quote) break;
      if (quote === '"' && ch === '\\') {
        const [decoded, next] = this.escape(at);
        value += decoded;
        at = next;
        continue;
      }
      const code = ch.charCodeAt(0);
      if ((code < 0x20 && code !== 9) || code === 0x7f) this.fail('Control characters must be escaped in strings', at);
      value += ch;
      at++;
    }
    this.pos = at + 1;
    return this.scalar(value, quote === '"' ? 'double' : 'single', start, this.pos);
  }

  private escape(at: number): [string, number] {
    const e = this.text[at + 1];
    if (e !== undefined && e in ESCAPES) return [ESCAPES[e], at + 2];
    const length = e === 'u' ? 4 : e === 'U' ? 8 : e === 'x' ? 2 : 0;
    const hex = this.text.slice(at + 2, at + 2 + length);
    if (length === 0 || !new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(hex)) this.fail(`Invalid escape \\${e ?? ''}`, at, at + 2 + (length ? hex.length : 0));
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail('Escape is not a Unicode scalar value', at, at + 2 + length);
    return [String.fromCodePoint(code), at + 2 + length];
  }

  private multiLineString(quote: string): MScalar {
    const start = this.pos;
    const delimiter = quote.repeat(3);
    let at = start + 3;
    // A line break right after the opening delimiter is not part of the string.
    if (this.text[at] === '\n') at++;
    else if (this.text[at] === '\r' && this.text[at + 1] === '\n') at += 2;
    let value = '';
    for (;;) {
      if (at >= this.text.length) throw new TomlSyntaxError('Multi-line string not closed', start, start + 3, this.text.length);
      if (this.text.startsWith(delimiter, at)) {
        // Up to two quotes just before the closing delimiter belong to the string.
        let extra = 0;
        while (extra < 2 && this.text[at + 3 + extra] === quote) extra++;
        value += quote.repeat(extra);
        at += 3 + extra;
        break;
      }
      const ch = this.text[at];
      if (quote === '"' && ch === '\\') {
        // A backslash at the end of a line trims the line break and the whitespace after it.
        let j = at + 1;
        while (this.text[j] === ' ' || this.text[j] === '\t') j++;
        if (this.text[j] === '\n' || (this.text[j] === '\r' && this.text[j + 1] === '\n')) {
          while (j < this.text.length && /[ \t\r\n]/.test(this.text[j])) j++;
          at = j;
          continue;
        }
        const [decoded, next] = this.escape(at);
        value += decoded;
        at = next;
        continue;
      }
      const code = ch.charCodeAt(0);
      if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) this.fail('Control characters must be escaped in strings', at);
      value += ch;
      at++;
    }
    this.pos = at;
    return this.scalar(value.replace(/\r\n/g, '\n'), 'block', start, at);
  }

  /** Spaces, line breaks and comments inside an array. */
  private skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c === '#') this.comment();
      else if (c === '\n' || c === '\r') this.newline();
      else return;
    }
  }

  private array(): MSeq {
    const start = this.pos;
    this.pos++;
    const items: MNode[] = [];
    for (;;) {
      this.skipBlank();
      if (this.text[this.pos] === ']') break;
      if (this.pos >= this.text.length) this.fail('Array not closed', start);
      items.push(this.value());
      this.skipBlank();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] !== ']') this.fail(this.pos >= this.text.length ? 'Array not closed' : `Expected , or ] in the array, found ${JSON.stringify(this.text[this.pos])}`, this.pos >= this.text.length ? start : this.pos);
      break;
    }
    this.pos++;
    return { kind: 'seq', items, flow: true, span: { start, end: this.pos }, syntax: 'toml' };
  }

  private inlineTable(): MMap {
    const start = this.pos;
    this.pos++;
    const map = this.newMap({ start, end: start }, true, { how: 'inline', header: null, path: [], owner: null, prefix: '', lastLineEnd: start, bodyStart: start + 1 });
    for (;;) {
      this.skipBlank();
      if (this.text[this.pos] === '}') break;
      if (this.pos >= this.text.length) this.fail('Inline table not closed', start);
      this.keyValue(map, true);
      this.skipBlank();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] !== '}') this.fail(this.pos >= this.text.length ? 'Inline table not closed' : `Expected , or } in the inline table, found ${JSON.stringify(this.text[this.pos])}`, this.pos >= this.text.length ? start : this.pos);
      break;
    }
    this.pos++;
    (map.span as Mut<Span>).end = this.pos;
    // Tables made by dotted keys inside an inline table are part of it: closed as well.
    const close = (m: MMap): void => {
      for (const p of m.pairs) {
        if (p.value?.kind !== 'map') continue;
        const info = INFO.get(p.value);
        if (info?.how === 'dotted') {
          INFO.set(p.value, { ...info, how: 'inline' });
          close(p.value);
        }
      }
    };
    close(map);
    return map;
  }

  /** Spans of tables and arrays of tables grow to their last descendant; pair spans follow. */
  private finish(node: MNode): number {
    if (node.kind === 'scalar') return node.span.end;
    if (node.kind === 'seq') {
      let end = node.span.end;
      for (const item of node.items) end = Math.max(end, this.finish(item));
      (node.span as Mut<Span>).end = end;
      return end;
    }
    let end = node === this.root ? node.span.end : Math.max(node.span.end, INFO.get(node)?.lastLineEnd ?? 0);
    for (const pair of node.pairs) {
      const valueEnd = pair.value ? this.finish(pair.value) : pair.key.span.end;
      (pair as Mut<MPair>).span = { start: pair.key.span.start, end: Math.max(pair.key.span.end, valueEnd) };
      end = Math.max(end, valueEnd);
    }
    (node.span as Mut<Span>).end = end;
    return end;
  }
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(at + column - 1, text.length);
}

/** Reads a TOML text (one document), never throwing: what cannot be read is in `errors`. */
export function readToml(text: string, original: string = text): TomlReading {
  const reader = new TomlReader(text, original);
  reader.read();
  const errors = reader.errors;
  if (errors.length === 0) {
    try {
      // smol-toml reads what we read (the masked text), never the template actions.
      parseToml(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
    } catch (e) {
      const err = e as { message?: string; line?: number; column?: number };
      if (typeof err.line === 'number' && typeof err.column === 'number') {
        const at = offsetOfLineColumn(text, err.line, err.column);
        const message = String(err.message ?? 'Invalid TOML').replace(/^Invalid TOML document: /, '').split('\n')[0];
        errors.push({ message, span: { start: at, end: Math.min(at + 1, text.length) } });
      }
    }
  }
  const document: ManifestDocument = { index: 0, root: reader.root, span: { start: 0, end: text.length } };
  return { documents: [document], comments: reader.comments, statements: reader.statements, errors };
}
