import type { Tree, TreeCursor } from 'web-tree-sitter';
import type { Argument, Comment } from '../model/common';
import type { HaproxyCondition, HaproxyConfig, HaproxyDirective, HaproxySection } from '../model/haproxy';
import { haproxyFromText, haproxyLinesFromText, sectionNames, toHaproxyArgument, unquoteHaproxy, type MutableHaproxySection } from './haproxyText';
import { collectSyntaxProblems } from './syntaxProblems';

export { unquoteHaproxy };

const toArgument = toHaproxyArgument;

interface MutableSection extends HaproxySection {
  directives: HaproxyDirective[];
  defaults: HaproxySection | null;
  span: { start: number; end: number };
}

/**
 * The model is read with one TreeCursor over the tree: every Node object or children array would
 * cost a call into WebAssembly and an allocation, which made the walk dearer than the parse.
 */
class HaproxyTreeReader {
  readonly comments: Comment[] = [];

  constructor(
    private readonly cursor: TreeCursor,
    private readonly text: string,
  ) {}

  private slice(): string {
    return this.text.slice(this.cursor.startIndex, this.cursor.endIndex);
  }

  private comment(): void {
    this.comments.push({ text: this.slice(), span: { start: this.cursor.startIndex, end: this.cursor.endIndex } });
  }

  /** At a `directive` node; leaves the cursor there. */
  directive(section: HaproxySection | null): HaproxyDirective {
    const c = this.cursor;
    const nodeStart = c.startIndex;
    let prefix: string | null = null;
    let prefixStart: number | null = null;
    let keyword: { raw: string; start: number; end: number } | null = null;
    let condition: HaproxyCondition | null = null;
    const args: Argument[] = [];
    if (c.gotoFirstChild()) {
      do {
        const field = c.currentFieldName;
        if (field === 'argument') args.push(toArgument(this.text, c.startIndex, c.endIndex));
        else if (field === 'keyword') keyword = { raw: this.slice(), start: c.startIndex, end: c.endIndex };
        else if (field === 'prefix') {
          prefix = this.slice();
          prefixStart = c.startIndex;
        } else if (field === 'condition') {
          const text = this.slice();
          condition = { kind: text.startsWith('unless') ? 'unless' : 'if', span: { start: c.startIndex, end: c.endIndex }, text };
        } else if (c.nodeType === 'comment') this.comment();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    const kw = keyword as { raw: string; start: number; end: number } | null;
    let end = kw?.end ?? nodeStart;
    for (const a of args) end = Math.max(end, a.span.end);
    const cond = condition as HaproxyCondition | null;
    if (cond) end = Math.max(end, cond.span.end);
    return {
      prefix: prefix === 'no' || prefix === 'default' ? prefix : null,
      keyword: kw ? unquoteHaproxy(kw.raw).value : '',
      keywordSpan: kw ? { start: kw.start, end: kw.end } : { start: nodeStart, end: nodeStart },
      args,
      condition: cond,
      span: { start: prefixStart ?? kw?.start ?? nodeStart, end },
      section,
    };
  }

  /** At a `section` node; leaves the cursor there. */
  section(): MutableSection {
    const c = this.cursor;
    const nodeStart = c.startIndex;
    const nodeEnd = c.endIndex;
    let keyword: { raw: string; start: number; end: number } | null = null;
    const headerArgs: Argument[] = [];
    const section: MutableSection = {
      kind: '',
      name: null,
      fromName: null,
      keywordSpan: { start: nodeStart, end: nodeStart },
      headerSpan: { start: nodeStart, end: nodeStart },
      span: { start: nodeStart, end: nodeEnd },
      directives: [],
      defaults: null,
    };
    if (c.gotoFirstChild()) {
      do {
        const field = c.currentFieldName;
        if (field === 'keyword') keyword = { raw: this.slice(), start: c.startIndex, end: c.endIndex };
        else if (field === 'argument') headerArgs.push(toArgument(this.text, c.startIndex, c.endIndex));
        else this.line(section, section.directives);
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    const kw = keyword as { raw: string; start: number; end: number } | null;
    const keywordSpan = kw ? { start: kw.start, end: kw.end } : { start: nodeStart, end: nodeStart };
    const headerEnd = headerArgs.length ? headerArgs[headerArgs.length - 1].span.end : keywordSpan.end;
    let end = headerEnd;
    for (const d of section.directives) end = Math.max(end, d.span.end);
    Object.assign(section, { kind: kw?.raw ?? '', ...sectionNames(headerArgs), keywordSpan, headerSpan: { start: keywordSpan.start, end: headerEnd }, span: { start: keywordSpan.start, end } });
    return section;
  }

  /** A line inside a section (or inside an ERROR there). */
  private line(section: HaproxySection | null, into: HaproxyDirective[]): void {
    const c = this.cursor;
    const type = c.nodeType;
    if (type === 'directive') into.push(this.directive(section));
    else if (type === 'comment') this.comment();
    else if (type === 'ERROR' && c.gotoFirstChild()) {
      do this.line(section, into);
      while (c.gotoNextSibling());
      c.gotoParent();
    }
  }

  /** The children of the file (or of an ERROR at its top level). */
  top(sections: MutableSection[], orphans: HaproxyDirective[]): void {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return;
    do {
      const type = c.nodeType;
      if (type === 'section') sections.push(this.section());
      else if (type === 'directive') orphans.push(this.directive(null));
      else if (type === 'comment') this.comment();
      else if (type === 'ERROR') this.top(sections, orphans);
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
}

/**
 * HAProxy's inheritance: a section with `from X` takes the defaults section named X; a proxy
 * without `from` takes the last defaults section before it; a defaults section without `from`
 * starts from HAProxy's built-in values.
 */
export function resolveDefaults(sections: readonly MutableSection[]): void {
  // One pass in file order: what a section may inherit from is always above it.
  let lastDefaults: MutableSection | null = null;
  const namedSoFar = new Map<string, MutableSection>();
  for (const section of sections) {
    const proxy = section.kind === 'frontend' || section.kind === 'backend' || section.kind === 'listen';
    if (proxy || section.kind === 'defaults') {
      // HAProxy 2.6 refuses `from X` naming a defaults section that comes later ("not found").
      if (section.fromName !== null) section.defaults = namedSoFar.get(section.fromName) ?? null;
      else if (proxy) section.defaults = lastDefaults;
    }
    if (section.kind === 'defaults') {
      lastDefaults = section;
      if (section.name !== null) namedSoFar.set(section.name, section);
    }
  }
}

/**
 * The model of a syntax tree. With the tree's `text`, a tree without errors is read from the text
 * (haproxyText.ts: same result, a fraction of the cost); otherwise from the tree.
 */
export function buildHaproxyConfig(tree: Tree, text?: string): HaproxyConfig {
  if (text !== undefined && !tree.rootNode.hasError) {
    const { sections, orphans, comments } = haproxyFromText(text);
    resolveDefaults(sections);
    return { dialect: 'haproxy', sections, orphans, comments, syntaxProblems: [] };
  }
  // Without the text, the root node's text stands in: it starts at the first token, so the
  // whitespace before it is padded back to keep offsets true.
  text ??= ' '.repeat(tree.rootNode.startIndex) + tree.rootNode.text;
  const sections: MutableSection[] = [];
  const orphans: HaproxyDirective[] = [];
  const cursor = tree.walk();
  const reader = new HaproxyTreeReader(cursor, text);
  try {
    reader.top(sections, orphans);
  } finally {
    cursor.delete();
  }
  resolveDefaults(sections);
  const comments = reader.comments.sort((a, b) => a.span.start - b.span.start);
  const syntaxProblems = collectSyntaxProblems(tree.rootNode, () => '');
  return { dialect: 'haproxy', sections, orphans, comments, syntaxProblems };
}

/** Text read per step by haproxyConfigInSteps before it asks whether to pause. */
const STEP_CHARS = 64 * 1024;

/**
 * The same model as buildHaproxyConfig, for a text whose tree has no error, read a few thousand
 * lines at a time, pausing (yielding) between them whenever `pause` says so. Falls back to
 * buildHaproxyConfig (in one run) when the tree has an error.
 */
export function* haproxyConfigInSteps(tree: Tree, text: string, pause: () => boolean): Generator<void, HaproxyConfig> {
  if (tree.rootNode.hasError) return buildHaproxyConfig(tree, text);
  const sections: MutableHaproxySection[] = [];
  const orphans: HaproxyDirective[] = [];
  const comments: Comment[] = [];
  let current: MutableHaproxySection | null = null;
  for (let pos = 0; pos < text.length; ) {
    const lineEnd = text.indexOf('\n', Math.min(text.length, pos + STEP_CHARS));
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    const read = haproxyLinesFromText(text, pos, to, current);
    sections.push(...read.sections);
    orphans.push(...read.orphans);
    comments.push(...read.comments);
    current = read.sections.length ? read.sections[read.sections.length - 1] : current;
    pos = to;
    if (pause()) yield;
  }
  resolveDefaults(sections);
  return { dialect: 'haproxy', sections, orphans, comments, syntaxProblems: [] };
}
