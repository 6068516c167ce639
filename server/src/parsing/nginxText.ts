import type { Argument, Comment } from '../model/common';
import { PROTOCOL_BLOCKS, type NginxDirective, type NginxProtocol } from '../model/nginx';
import { sameString } from '../text/ownString';

/**
 * The fast path of the NGINX model: for a text whose syntax tree has no ERROR or MISSING node,
 * the model is read from the text directly, with a tokenizer that cuts exactly where the grammar's
 * external scanner (grammars/tree-sitter-nginx/src/scanner.c) does. Walking the syntax tree costs
 * a WebAssembly call per node and per property, more than the parse itself; this costs about as
 * much as one pass over the characters. The result is identical to building from the tree
 * (test/unit/perf checks it on the corpus and on random edits); anything the grammar would not
 * accept makes it give up (null), and the caller falls back to the tree.
 */

export interface MutableNginxDirective extends NginxDirective {
  name: string;
  nameSpan: { start: number; end: number };
  args: Argument[];
  span: { start: number; end: number };
  children: NginxDirective[] | null;
  bodySpan: { start: number; end: number } | null;
  parent: NginxDirective | null;
  protocol: NginxProtocol;
  protocolKnown: boolean;
}


/** nginx keeps a backslash in a token except before these, which it unescapes. */
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', t: '\t', r: '\r', n: '\n' };

export function unquoteNginx(raw: string): { value: string; quoted: boolean } {
  let body = raw;
  let quoted = false;
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw[raw.length - 1] === q) {
    body = raw.slice(1, -1);
    quoted = true;
  }
  if (!body.includes('\\')) return { value: body, quoted };
  let value = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length && ESCAPES[body[i + 1]] !== undefined) {
      value += ESCAPES[body[i + 1]];
      i++;
    } else {
      value += c;
    }
  }
  return { value, quoted };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SQUOTE = 39;
const RPAREN = 41;
const DASH = 45;
const SEMI = 59;
const EQUALS = 61;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

const LUA_SUFFIX = '_by_lua_block';

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/** Thrown (and caught in the entry points) when the text is not what the grammar accepts. */
class NotClean extends Error {}
const NOT_CLEAN = new NotClean('not clean');

class Reader {
  pos: number;
  /** Set by readValue: whether the token just read names a `*_by_lua_block` directive. */
  lua = false;

  constructor(
    readonly text: string,
    start: number,
    readonly comments: Comment[],
    /** Applied to every token and comment cut from the text (ownString for a model that outlives it). */
    private readonly own: (s: string) => string = sameString,
  ) {
    this.pos = start;
  }

  /** Skips whitespace and collects comments, as the grammar's extras. */
  skipTrivia(): void {
    const text = this.text;
    const end = text.length;
    let pos = this.pos;
    while (pos < end) {
      const c = text.charCodeAt(pos);
      if (isSpace(c)) {
        pos++;
      } else if (c === HASH) {
        const start = pos;
        pos++;
        let last = pos;
        while (pos < end) {
          const d = text.charCodeAt(pos);
          if (d === LF) break;
          pos++;
          if (d !== CR) last = pos;
        }
        this.comments.push({ text: this.own(text.slice(start, last)), span: { start, end: last } });
      } else {
        break;
      }
    }
    this.pos = pos;
  }

  /** Whether the last `length` characters tracked end in `_by_lua_block` (and there is more before it). */
  private static luaTail(text: string, tailStart: number, tokenEnd: number): boolean {
    return tokenEnd - tailStart > LUA_SUFFIX.length && text.startsWith(LUA_SUFFIX, tokenEnd - LUA_SUFFIX.length);
  }

  /** A word or a quoted string at `pos` (which is not blank, `#` or punctuation). */
  readValue(namePosition: boolean): Argument {
    const text = this.text;
    const end = text.length;
    const start = this.pos;
    const first = text.charCodeAt(start);
    let pos = start;
    // The scanner's tail restarts after an escape (and after the `{` of `${`): the name must end
    // in _by_lua_block with ordinary characters since that restart.
    let tailStart = start;
    let tailEnd = start;
    /** No quote and no backslash: the value is the token as written. */
    let plain = true;
    if (first === DQUOTE || first === SQUOTE) {
      plain = false;
      pos++;
      tailStart = pos;
      for (;;) {
        if (pos >= end) throw NOT_CLEAN;
        const c = text.charCodeAt(pos);
        pos++;
        if (c === BACKSLASH) {
          if (pos >= end) throw NOT_CLEAN;
          pos++;
          tailStart = pos;
        } else if (c === first) {
          tailEnd = pos - 1;
          break;
        }
      }
      if (pos < end) {
        const next = text.charCodeAt(pos);
        if (!isSpace(next) && next !== SEMI && next !== LBRACE && next !== RBRACE && next !== RPAREN) throw NOT_CLEAN;
      }
    } else {
      let variable = false;
      while (pos < end) {
        const c = text.charCodeAt(pos);
        if (c === BACKSLASH) {
          plain = false;
          pos++;
          variable = false;
          if (pos < end) pos++;
          tailStart = pos;
          continue;
        }
        if (c === LBRACE && variable) {
          pos++;
          tailStart = pos;
          continue;
        }
        if (isSpace(c) || c === SEMI || c === LBRACE) break;
        variable = c === DOLLAR;
        pos++;
      }
      tailEnd = pos;
    }
    this.lua = namePosition && Reader.luaTail(text, tailStart, tailEnd);
    this.pos = pos;
    const raw = this.own(text.slice(start, pos));
    if (plain) return { raw, value: raw, quoted: false, span: { start, end: pos } };
    const { value, quoted } = unquoteNginx(raw);
    return { raw, value, quoted, span: { start, end: pos } };
  }

  /** Skips a Lua long bracket `[==[ ... ]==]` whose `[` is consumed; false when it is none. */
  private skipLongBracket(): boolean {
    const text = this.text;
    const end = text.length;
    let level = 0;
    while (this.pos < end && text.charCodeAt(this.pos) === EQUALS) {
      this.pos++;
      level++;
    }
    if (this.pos >= end || text.charCodeAt(this.pos) !== LBRACKET) return level !== 0;
    this.pos++;
    for (;;) {
      if (this.pos >= end) return true;
      const c = text.charCodeAt(this.pos);
      this.pos++;
      if (c !== RBRACKET) continue;
      let n = 0;
      while (this.pos < end && text.charCodeAt(this.pos) === EQUALS) {
        this.pos++;
        n++;
      }
      if (n === level && this.pos < end && text.charCodeAt(this.pos) === RBRACKET) {
        this.pos++;
        return true;
      }
    }
  }

  /** From after the `{` of a Lua block to its balancing `}` (left at `pos`), as scan_lua_code cuts it. */
  skipLuaCode(): void {
    const text = this.text;
    const end = text.length;
    let depth = 0;
    while (this.pos < end) {
      const c = text.charCodeAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
        continue;
      }
      if (c === RBRACE) {
        if (depth === 0) return;
        depth--;
        this.pos++;
      } else if (c === LBRACE) {
        depth++;
        this.pos++;
      } else if (c === DQUOTE || c === SQUOTE) {
        this.pos++;
        while (this.pos < end && text.charCodeAt(this.pos) !== LF) {
          const d = text.charCodeAt(this.pos);
          this.pos++;
          if (d === BACKSLASH) {
            if (this.pos < end) this.pos++;
          } else if (d === c) {
            break;
          }
        }
      } else if (c === LBRACKET) {
        this.pos++;
        this.skipLongBracket();
      } else if (c === DASH) {
        this.pos++;
        if (this.pos < end && text.charCodeAt(this.pos) === DASH) {
          this.pos++;
          if (this.pos < end && text.charCodeAt(this.pos) === LBRACKET) {
            this.pos++;
            if (this.skipLongBracket()) continue;
          }
          while (this.pos < end && text.charCodeAt(this.pos) !== LF) this.pos++;
        }
      } else {
        this.pos++;
      }
    }
    throw NOT_CLEAN;
  }
}

/** A directive's name and arguments, the reader left at the `;` or `{` that ends them. */
function headAt(reader: Reader): { nameArg: Argument; lua: boolean; args: Argument[] } {
  const text = reader.text;
  const nameArg = reader.readValue(true);
  const lua = reader.lua;
  const args: Argument[] = [];
  for (;;) {
    reader.skipTrivia();
    if (reader.pos >= text.length) throw NOT_CLEAN;
    const c = text.charCodeAt(reader.pos);
    if (c === SEMI || c === LBRACE) return { nameArg, lua, args };
    if (c === RBRACE) throw NOT_CLEAN;
    args.push(reader.readValue(false));
  }
}

/** A block directive whose head was just read, its children still to come (the reader at its `{`). */
function blockShell(reader: Reader, head: { nameArg: Argument; args: Argument[] }, parent: MutableNginxDirective | null): MutableNginxDirective {
  const { nameArg, args } = head;
  const directive: MutableNginxDirective = {
    name: nameArg.value,
    nameSpan: nameArg.span as { start: number; end: number },
    args,
    span: { start: nameArg.span.start, end: 0 },
    children: [],
    bodySpan: { start: reader.pos, end: 0 },
    parent,
    protocol: parent?.protocol ?? 'http',
    protocolKnown: parent?.protocolKnown ?? false,
  };
  if (PROTOCOL_BLOCKS.has(directive.name) && parent === null) {
    directive.protocol = directive.name as NginxProtocol;
    directive.protocolKnown = true;
  }
  return directive;
}

function directiveAt(reader: Reader, parent: MutableNginxDirective | null): MutableNginxDirective {
  const head = headAt(reader);
  if (reader.text.charCodeAt(reader.pos) === SEMI) {
    if (head.lua) throw NOT_CLEAN;
    reader.pos++;
    return {
      name: head.nameArg.value,
      nameSpan: head.nameArg.span as { start: number; end: number },
      args: head.args,
      span: { start: head.nameArg.span.start, end: reader.pos },
      children: null,
      bodySpan: null,
      parent,
      protocol: parent?.protocol ?? 'http',
      protocolKnown: parent?.protocolKnown ?? false,
    };
  }
  const directive = blockShell(reader, head, parent);
  reader.pos++;
  if (head.lua) {
    reader.skipLuaCode();
  } else {
    directive.children = listAt(reader, directive, true);
  }
  // reader.pos is at the closing brace
  reader.pos++;
  directive.span.end = reader.pos;
  directive.bodySpan!.end = reader.pos;
  return directive;
}

/**
 * The head of a block directive at `start` (its name token) as a directive with no children yet,
 * and the offset just inside its `{`: for a caller that reads a big block's children piece by
 * piece (then sets `children`, and the ends of `span` and `bodySpan`). Null when the text there is
 * not a non-Lua block's head.
 */
export function nginxBlockHeadFromText(text: string, start: number, parent: MutableNginxDirective | null, comments: Comment[]): { directive: MutableNginxDirective; bodyStart: number } | null {
  const mark = comments.length;
  try {
    const reader = new Reader(text, start, comments);
    const head = headAt(reader);
    if (head.lua || text.charCodeAt(reader.pos) !== LBRACE) throw NOT_CLEAN;
    return { directive: blockShell(reader, head, parent), bodyStart: reader.pos + 1 };
  } catch (e) {
    if (e !== NOT_CLEAN) throw e;
    comments.length = mark;
    return null;
  }
}

function listAt(reader: Reader, parent: MutableNginxDirective | null, inBlock: boolean): MutableNginxDirective[] {
  const text = reader.text;
  const out: MutableNginxDirective[] = [];
  for (;;) {
    reader.skipTrivia();
    if (reader.pos >= text.length) {
      if (inBlock) throw NOT_CLEAN;
      return out;
    }
    const c = text.charCodeAt(reader.pos);
    if (c === RBRACE) {
      if (!inBlock) throw NOT_CLEAN;
      return out;
    }
    if (c === SEMI || c === LBRACE) throw NOT_CLEAN;
    out.push(directiveAt(reader, parent));
  }
}

/** The top-level directives of a clean text, or null when the text is not what the grammar accepts. */
export function nginxDirectivesFromText(text: string, comments: Comment[]): MutableNginxDirective[] | null {
  const mark = comments.length;
  try {
    return listAt(new Reader(text, 0, comments), null, false);
  } catch (e) {
    if (e !== NOT_CLEAN) throw e;
    comments.length = mark;
    return null;
  }
}

/**
 * The directives of the text from `start` (the end of the previous sibling, or just inside the
 * block) to `end` (the start of the next sibling, or the closing brace, or the end of the text):
 * the part of a block that an edit touched. Null when the text there does not read as whole
 * directives that end before `end` with only blanks and comments up to it.
 */
export function nginxRegionFromText(
  text: string,
  start: number,
  end: number,
  parent: MutableNginxDirective | null,
  comments: Comment[],
  own: (s: string) => string = sameString,
): MutableNginxDirective[] | null {
  const mark = comments.length;
  try {
    const reader = new Reader(text, start, comments, own);
    const out: MutableNginxDirective[] = [];
    for (;;) {
      reader.skipTrivia();
      if (reader.pos === end) return out;
      if (reader.pos > end || reader.pos >= text.length) throw NOT_CLEAN;
      const c = text.charCodeAt(reader.pos);
      if (c === RBRACE || c === SEMI || c === LBRACE) throw NOT_CLEAN;
      const d = directiveAt(reader, parent);
      if (d.span.end > end) throw NOT_CLEAN;
      out.push(d);
    }
  } catch (e) {
    if (e !== NOT_CLEAN) throw e;
    comments.length = mark;
    return null;
  }
}
