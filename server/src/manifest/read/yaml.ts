import { Alias, Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, Scalar, type Document, type Node as YamlNode } from 'yaml';
import type { Comment } from '../../model/common';
import type { Span } from '../../text/span';
import type { ManifestDocument, MNode, MPair, ScalarStyle } from '../model';

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
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {}

  node(n: unknown, at: number, depth = 0): MNode | null {
    if (n === null || n === undefined || depth > 200) return null;
    if (isAlias(n)) return this.node((n as Alias).resolve(this.doc) ?? null, at, depth + 1);
    const cached = this.done.get(n as YamlNode);
    if (cached) return cached;
    let out: MNode | null = null;
    if (isScalar(n)) {
      const span = spanOf(n, at);
      const v = n.value;
      out = {
        kind: 'scalar',
        value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v),
        raw: this.text.slice(span.start, span.end),
        style: styleOf(n),
        span,
        syntax: 'yaml',
      };
    } else if (isMap(n)) {
      const span = spanOf(n, at);
      const pairs: MPair[] = [];
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const keyNode = this.node(item.key, span.start, depth + 1);
        if (!keyNode || keyNode.kind !== 'scalar') continue;
        const value = this.node(item.value, keyNode.span.end, depth + 1);
        const pair: MPair = { key: keyNode, value, span: { start: keyNode.span.start, end: value ? Math.max(value.span.end, keyNode.span.end) : keyNode.span.end } };
        pairs.push(pair);
        this.statements.push(pair.span);
      }
      out = { kind: 'map', pairs, flow: Boolean(n.flow), span, syntax: 'yaml' };
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

/** Every comment token of the concrete syntax tree, in source order. */
function commentsOf(tokens: readonly unknown[]): Comment[] {
  const comments: Comment[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ text: token.source, span: { start: token.offset, end: token.offset + token.source.length } });
      return;
    }
    for (const v of Object.values(value)) walk(v);
  };
  for (const token of tokens) walk(token);
  return comments.sort((a, b) => a.span.start - b.span.start);
}

/** Reads a YAML text (every document), never throwing: what cannot be read is in `errors`. */
export function readYaml(text: string): YamlReading {
  const documents: ManifestDocument[] = [];
  const statements: Span[] = [];
  const errors: YamlReading['errors'] = [];
  // One lex and parse for both the documents and the comments: what parseAllDocuments does, with
  // its tokens kept (parsing the text a second time for the comments cost as much as the documents).
  const tokens = Array.from(new Parser().parse(text));
  const comments = commentsOf(tokens);
  const list = Array.from(new Composer({ uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'silent' }).compose(tokens));
  list.forEach((doc, index) => {
    for (const e of doc.errors) errors.push({ message: e.message.split('\n')[0], span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) } });
    const converter = new Converter(text, doc);
    const span = spanOf(doc as unknown as { range: [number, number, number] }, 0);
    documents.push({ index, root: converter.node(doc.contents, span.start), span });
    statements.push(...converter.statements);
  });
  return { documents, comments, statements, errors };
}
