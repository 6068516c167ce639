import type { Argument, Comment } from '../model/common';
import type { HaproxyCondition, HaproxyDirective, HaproxySection } from '../model/haproxy';
import { sameString } from '../text/ownString';

/**
 * The fast path of the HAProxy model: for a text whose syntax tree has no ERROR or MISSING node,
 * the model is read from the text directly, with a line tokenizer that cuts where the grammar
 * (grammars/tree-sitter-haproxy/grammar.js and src/scanner.c) does. Walking the syntax tree costs a
 * WebAssembly call per node and per property; this costs about one pass over the characters. The
 * result is identical to building from the tree (test/unit/perf checks it on the corpus and on
 * random edits). It assumes the text parses without error: call it only for such a tree.
 *
 * The grammar's token rules, as they matter here:
 *  - lines end at `\n` only; `\r`, space, tab, `\f` and `\v` are blanks;
 *  - `#` outside quotes starts a comment that runs to the next `\r` or `\n`;
 *  - a token runs to a blank, `#` or the line end outside quotes; `\` takes the next character,
 *    `"..."` (with escapes) and `'...'` join pieces (`%[...]` follows the same quote rules);
 *  - keywords (section keywords, `no`/`default`, `.if` & co, `if`/`unless`) are whole `_word`
 *    tokens (`[^ \t\n\r\f\v"'\\#%]+`): the first token of a line is cut after its word, so in
 *    `option"x"` the keyword is `option` and `"x"` an argument.
 */

/**
 * The value HAProxy's tokenizer makes of a token: weak quotes ("...") and strong quotes ('...')
 * removed, backslash escapes resolved (`\xNN` as a byte). Environment variables stay as written:
 * their values are not known here.
 */
export function unquoteHaproxy(raw: string): { value: string; quoted: boolean } {
  let value = '';
  let quoted = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else value += c;
      continue;
    }
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 2, i + 4))) {
        value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
        i += 3;
      } else {
        value += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : next;
        i++;
      }
      continue;
    }
    if (c === '"' && quote === null) {
      quote = '"';
      quoted = true;
    } else if (c === '"' && quote === '"') {
      quote = null;
    } else if (c === "'" && quote === null) {
      quote = "'";
      quoted = true;
    } else {
      value += c;
    }
  }
  return { value, quoted };
}

/** A token without quotes or backslashes is its own value. */
const PLAIN = /^[^"'\\]*$/;

export function toHaproxyArgument(text: string, start: number, end: number, own: (s: string) => string = sameString): Argument {
  const raw = own(text.slice(start, end));
  if (PLAIN.test(raw)) return { raw, value: raw, quoted: false, span: { start, end } };
  const { value, quoted } = unquoteHaproxy(raw);
  return { raw, value, quoted, span: { start, end } };
}

export function sectionNames(args: readonly Argument[]): { name: string | null; fromName: string | null } {
  const values = args.map((a) => a.value);
  if (values[0] === 'from') return { name: null, fromName: values[1] ?? null };
  const fromAt = values.indexOf('from', 1);
  return { name: values[0] ?? null, fromName: fromAt > 0 ? values[fromAt + 1] ?? null : null };
}

/** Every section keyword of the grammar (SECTION_KEYWORDS in grammar.js). */
export const SECTION_KEYWORDS: ReadonlySet<string> = new Set([
  'global', 'defaults', 'frontend', 'backend', 'listen', 'peers', 'resolvers', 'userlist', 'cache',
  'mailers', 'http-errors', 'ring', 'log-forward', 'log-profile', 'program', 'crt-store', 'fcgi-app',
  'traces', 'acme', 'dynamic-update', 'namespace_list',
]);

/** Conditional and diagnostic lines: the model ignores them (their comments count). */
const DOT_KEYWORDS: ReadonlySet<string> = new Set(['.if', '.elif', '.else', '.endif', '.diag', '.notice', '.warning', '.alert']);

export interface MutableHaproxySection extends HaproxySection {
  directives: HaproxyDirective[];
  defaults: HaproxySection | null;
  span: { start: number; end: number };
}

const NL = 10;
const CR = 13;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const PERCENT = 37;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11;
}

/** A character of the grammar's `_word` token. */
function isWordChar(c: number): boolean {
  return !(isBlank(c) || c === NL || c === DQUOTE || c === SQUOTE || c === BACKSLASH || c === HASH || c === PERCENT);
}

/**
 * Sections, orphan directives and comments of a text whose tree has no error (not resolved:
 * `defaults` stays null).
 */
export function haproxyFromText(text: string): { sections: MutableHaproxySection[]; orphans: HaproxyDirective[]; comments: Comment[] } {
  return haproxyLinesFromText(text, 0, text.length, null);
}

/**
 * The lines of `text` from `from` (a line start) to `to` (a line start, or the end of the text),
 * read as haproxyFromText reads them, with `current` the section they start in: its directives get
 * those of the lines up to the next section header.
 */
export function haproxyLinesFromText(
  text: string,
  from: number,
  to: number,
  current: MutableHaproxySection | null,
  /** Applied to every token and comment cut from the text (ownString for a model that outlives it). */
  own: (s: string) => string = sameString,
): { sections: MutableHaproxySection[]; orphans: HaproxyDirective[]; comments: Comment[] } {
  const sections: MutableHaproxySection[] = [];
  const orphans: HaproxyDirective[] = [];
  const comments: Comment[] = [];
  // Token boundaries of the current line (start, end pairs), reused.
  const starts: number[] = [];
  const ends: number[] = [];
  const hidden = { start: -1, end: -1 };
  let pos = from;
  while (pos < to) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    // Tokenize the line.
    const lineComments = comments.length;
    let count = 0;
    let i = pos;
    while (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (c === HASH) {
        let j = i + 1;
        while (j < lineEnd && text.charCodeAt(j) !== CR) j++;
        comments.push({ text: own(text.slice(i, j)), span: { start: i, end: j } });
        i = j;
        continue;
      }
      let j = i;
      while (j < lineEnd) {
        const d = text.charCodeAt(j);
        if (isBlank(d) || d === HASH) break;
        if (d === BACKSLASH) {
          j += 2;
        } else if (d === DQUOTE) {
          j++;
          while (j < lineEnd) {
            const e = text.charCodeAt(j);
            if (e === DQUOTE) break;
            j += e === BACKSLASH ? 2 : 1;
          }
          j++;
        } else if (d === SQUOTE) {
          j++;
          while (j < lineEnd && text.charCodeAt(j) !== SQUOTE) j++;
          j++;
        } else {
          j++;
        }
      }
      if (j > lineEnd) j = lineEnd;
      starts[count] = i;
      ends[count] = j;
      count++;
      i = j;
    }
    if (count > 0) {
      hidden.start = -1;
      current = line(text, starts, ends, count, current, sections, orphans, hidden, own);
      // A comment inside a conditional line or a condition (`#` ... `\r`, then more tokens) is
      // inside a node the tree walk does not enter: it is not in the model either.
      if (hidden.start >= 0 && lineComments < comments.length) {
        let k = lineComments;
        for (let c = lineComments; c < comments.length; c++) {
          const at = comments[c].span.start;
          if (!(at > hidden.start && at < hidden.end)) comments[k++] = comments[c];
        }
        comments.length = k;
      }
    }
    pos = lineEnd + 1;
  }
  return { sections, orphans, comments };
}

/** The end of the `_word` at the start of the token [start, end). */
function wordEnd(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && isWordChar(text.charCodeAt(k))) k++;
  return k;
}

function line(
  text: string,
  starts: number[],
  ends: number[],
  count: number,
  current: MutableHaproxySection | null,
  sections: MutableHaproxySection[],
  orphans: HaproxyDirective[],
  hidden: { start: number; end: number },
  own: (s: string) => string,
): MutableHaproxySection | null {
  const firstStart = starts[0];
  const firstWordEnd = wordEnd(text, firstStart, ends[0]);
  const first = own(text.slice(firstStart, firstWordEnd));
  // The tokens after the first word: the rest of the first token (if any), then the others.
  let t = 1;
  let restStart = firstWordEnd < ends[0] ? firstWordEnd : -1;
  if (SECTION_KEYWORDS.has(first)) {
    const headerArgs: Argument[] = [];
    if (restStart >= 0) headerArgs.push(toHaproxyArgument(text, restStart, ends[0], own));
    for (; t < count; t++) headerArgs.push(toHaproxyArgument(text, starts[t], ends[t], own));
    const keywordSpan = { start: firstStart, end: firstWordEnd };
    const headerEnd = headerArgs.length ? headerArgs[headerArgs.length - 1].span.end : firstWordEnd;
    const section: MutableHaproxySection = {
      kind: first,
      ...sectionNames(headerArgs),
      keywordSpan,
      headerSpan: { start: firstStart, end: headerEnd },
      span: { start: firstStart, end: headerEnd },
      directives: [],
      defaults: null,
    };
    sections.push(section);
    return section;
  }
  if (DOT_KEYWORDS.has(first)) {
    hidden.start = firstStart;
    hidden.end = ends[count - 1];
    return current;
  }
  let prefix: 'no' | 'default' | null = null;
  let keywordStart = firstStart;
  let keywordEnd = firstWordEnd;
  let keyword = first;
  if ((first === 'no' || first === 'default') && restStart < 0 && count > 1) {
    prefix = first;
    keywordStart = starts[1];
    keywordEnd = wordEnd(text, keywordStart, ends[1]);
    keyword = own(text.slice(keywordStart, keywordEnd));
    restStart = keywordEnd < ends[1] ? keywordEnd : -1;
    t = 2;
  }
  const args: Argument[] = [];
  let condition: HaproxyCondition | null = null;
  let end = keywordEnd;
  if (restStart >= 0) {
    args.push(toHaproxyArgument(text, restStart, ends[t - 1], own));
    end = ends[t - 1];
  }
  for (; t < count; t++) {
    const s = starts[t];
    const w = wordEnd(text, s, ends[t]);
    if (w - s === 2 || w - s === 6) {
      const word = text.slice(s, w);
      if (word === 'if' || word === 'unless') {
        const condEnd = ends[count - 1];
        const condText = own(text.slice(s, condEnd));
        condition = { kind: word, span: { start: s, end: condEnd }, text: condText };
        hidden.start = s;
        hidden.end = condEnd;
        end = condEnd;
        break;
      }
    }
    args.push(toHaproxyArgument(text, s, ends[t], own));
    end = ends[t];
  }
  const directive: HaproxyDirective = {
    prefix,
    keyword,
    keywordSpan: { start: keywordStart, end: keywordEnd },
    args,
    condition,
    span: { start: firstStart, end },
    section: current,
  };
  if (current) {
    current.directives.push(directive);
    if (end > current.span.end) current.span.end = end;
  } else {
    orphans.push(directive);
  }
  return current;
}
