import { Alias, Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, Scalar, visit, type CST, type Document, type Node as YamlNode } from 'yaml';
import type { Comment } from '../../model/common';
import type { Span } from '../../text/span';
import type { ManifestDocument, MNode, MPair, ScalarStyle } from '../model';
import { overlapsAction } from './template';

/** A YAML text read into documents of MNodes with exact spans, its comments, and its syntax errors. */
export interface YamlReading {
  readonly documents: ManifestDocument[];
  readonly comments: Comment[];
  /** Every pair of every map: the statements an ignore comment can stand before. */
  readonly statements: Span[];
  readonly errors: { readonly message: string; readonly span: Span }[];
}

function styleOf(scalar: Scalar): ScalarStyle {
  switch (scalar.type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    default:
      return 'plain';
  }
}

function spanOf(node: { range?: [number, number, number] | null }, fallback: number): Span {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: fallback, end: fallback };
}

/** Converts the `yaml` package's document tree into MNodes; an alias reads as the node it names. */
class Converter {
  private readonly done = new Map<YamlNode, MNode>();
  readonly statements: Span[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    /** The text as written (before template actions were masked, see read/template). */
    private readonly original: string,
    /** The masked actions: scalars over them read as written. */
    private readonly actions: readonly Span[] = [],
  ) {}

  /** Anchored nodes by name, in source order: built once (the yaml package's Alias.resolve walks the whole document per alias). */
  private anchors: Map<string, YamlNode[]> | null = null;

  /** The node an alias names: the last node anchored with that name before it. */
  private resolve(alias: Alias): unknown {
    if (!this.anchors) {
      const anchors = new Map<string, YamlNode[]>();
      visit(this.doc, {
        Node: (_key, node) => {
          if (!isAlias(node) && node.anchor) {
            const list = anchors.get(node.anchor) ?? [];
            list.push(node);
            anchors.set(node.anchor, list);
          }
        },
      });
      this.anchors = anchors;
    }
    const list = this.anchors.get(alias.source);
    if (!list) return null;
    const at = alias.range?.[0] ?? Infinity;
    let found: YamlNode | null = null;
    for (const node of list) if ((node.range?.[0] ?? 0) < at) found = node;
    return found;
  }

  /** The pairs a merge key (`<<: *base`, `<<: [*a, *b]`) brings in: the first map's keys win. */
  private merged(value: unknown, at: number, depth: number): MPair[] {
    const sources = isSeq(value) ? value.items : [value];
    const out: MPair[] = [];
    const seen = new Set<unknown>();
    for (const s of sources) {
      const node = this.node(s, at, depth + 1);
      if (node?.kind !== 'map') continue;
      for (const p of node.pairs) {
        if (seen.has(p.key.value)) continue;
        seen.add(p.key.value);
        out.push(p.merged ? p : { ...p, merged: true });
      }
    }
    return out;
  }

  node(n: unknown, at: number, depth = 0): MNode | null {
    if (n === null || n === undefined || depth > 200) return null;
    if (isAlias(n)) return this.node(this.resolve(n as Alias), at, depth + 1);
    const cached = this.done.get(n as YamlNode);
    if (cached) return cached;
    let out: MNode | null = null;
    if (isScalar(n)) {
      const span = spanOf(n, at);
      const v = n.value;
      const style = styleOf(n);
      const raw = this.original.slice(span.start, span.end);
      if (this.actions.length > 0 && overlapsAction(this.actions, span)) {
        // A value (partly) written by the template: its text as written, never what the mask made of it.
        const written = style === 'single' || style === 'double' ? raw.slice(1, -1) : raw;
        out = { kind: 'scalar', value: written, raw, style, span, syntax: 'yaml', templated: true };
      } else
        out = {
          kind: 'scalar',
          value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v),
          raw,
          style,
          span,
          syntax: 'yaml',
        };
    } else if (isMap(n)) {
      const span = spanOf(n, at);
      const pairs: MPair[] = [];
      let merged: MPair[] = [];
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const keyNode = this.node(item.key, span.start, depth + 1);
        if (!keyNode || keyNode.kind !== 'scalar') continue;
        if (keyNode.value === '<<' && keyNode.style === 'plain' && (isAlias(item.value) || isSeq(item.value) || isMap(item.value))) {
          const more = this.merged(item.value, keyNode.span.end, depth);
          merged = [...merged, ...more.filter((p) => !merged.some((m) => m.key.value === p.key.value))];
        }
        const value = this.node(item.value, keyNode.span.end, depth + 1);
        const pair: MPair = { key: keyNode, value, span: { start: keyNode.span.start, end: value ? Math.max(value.span.end, keyNode.span.end) : keyNode.span.end } };
        pairs.push(pair);
        this.statements.push(pair.span);
      }
      // Merged keys first: the map's own keys win over them wherever they are written (pairOf takes the last).
      const own = new Set(pairs.map((p) => p.key.value));
      const all = merged.length ? [...merged.filter((p) => !own.has(p.key.value)), ...pairs] : pairs;
      out = { kind: 'map', pairs: all, flow: Boolean(n.flow), span, syntax: 'yaml' };
    } else if (isSeq(n)) {
      const span = spanOf(n, at);
      const items: MNode[] = [];
      for (const item of n.items) {
        const m = this.node(item, span.start, depth + 1);
        if (m) {
          items.push(m);
          this.statements.push(m.span);
        }
      }
      out = { kind: 'seq', items, flow: Boolean(n.flow), span, syntax: 'yaml' };
    }
    if (out) this.done.set(n as YamlNode, out);
    return out;
  }
}

/** Collects the comment tokens of a concrete syntax tree token (the tree has no cycles). */
function collectComments(value: unknown, comments: Comment[], depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 10000) return;
  if (Array.isArray(value)) {
    for (const v of value) collectComments(v, comments, depth + 1);
    return;
  }
  const token = value as { type?: unknown; offset?: unknown; source?: unknown };
  if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
    comments.push({ text: token.source, span: { start: token.offset, end: token.offset + token.source.length } });
    return;
  }
  for (const v of Object.values(value)) collectComments(v, comments, depth + 1);
}

/**
 * Reads a YAML text (every document), never throwing: what cannot be read is in `errors`. For a
 * text with template actions masked (read/template), `original` is the text as written and
 * `actions` where the actions are: scalars over them keep their written text (`templated`).
 */
export function readYaml(text: string, original: string = text, actions: readonly Span[] = []): YamlReading {
  const documents: ManifestDocument[] = [];
  const statements: Span[] = [];
  const errors: YamlReading['errors'] = [];
  // One pass over the text: the parser's tokens give the comments on their way to the composer
  // (parseAllDocuments would parse, and a second Parser run would be needed for the comments).
  const comments: Comment[] = [];
  const tokens = new Parser().parse(text);
  function* tapped(): Generator<CST.Token> {
    for (const token of tokens) {
      collectComments(token, comments);
      yield token;
    }
  }
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'silent' });
  const list: Document.Parsed[] = Array.from(composer.compose(tapped(), true, text.length));
  list.forEach((doc, index) => {
    for (const e of doc.errors) {
      // The yaml package may place an error at the end of the text one past it.
      const start = Math.min(e.pos[0], text.length);
      errors.push({ message: e.message.split('\n')[0], span: { start, end: Math.min(Math.max(e.pos[1], start), text.length) } });
    }
    const converter = new Converter(doc, original, actions);
    const span = spanOf(doc as unknown as { range: [number, number, number] }, 0);
    documents.push({ index, root: converter.node(doc.contents, span.start), span });
    statements.push(...converter.statements);
  });
  return { documents, comments: comments.sort((a, b) => a.span.start - b.span.start), statements, errors };
}
