import type { Comment } from '../model/common';
import type { KindModel } from '../kinds/fileKind';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

/** The syntax a manifest is written in: YAML (manifests, compose files, Traefik files) or TOML (Traefik files). */
export type ManifestSyntax = 'yaml' | 'toml';

/** How a scalar is written, which an edit of it keeps. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/** A value as written: a string, number, boolean or null, with the text it was read from. */
export interface MScalar {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  /** The source text of the scalar (quotes included). */
  readonly raw: string;
  readonly style: ScalarStyle;
  readonly span: Span;
  readonly syntax: ManifestSyntax;
  /**
   * Written (partly) by a Helm / Go template action (`{{ .Values.x }}`): `value` is the text as
   * written, not what the template will make of it; rules should not judge it.
   */
  readonly templated?: boolean;
}

export interface MPair {
  readonly key: MScalar;
  /** Null for a key with nothing after its colon. */
  readonly value: MNode | null;
  /** From the key's start to the value's end. */
  readonly span: Span;
  /**
   * Brought in by a YAML merge key (`<<: *base`): the pair is written in the anchored map, so its
   * spans are there, and an edit of it changes every map that merges that anchor.
   */
  readonly merged?: boolean;
}

export interface MMap {
  readonly kind: 'map';
  readonly pairs: readonly MPair[];
  /** `{ a: 1 }` (YAML flow style, TOML inline table) rather than one key per line. */
  readonly flow: boolean;
  readonly span: Span;
  readonly syntax: ManifestSyntax;
}

export interface MSeq {
  readonly kind: 'seq';
  readonly items: readonly MNode[];
  readonly flow: boolean;
  readonly span: Span;
  readonly syntax: ManifestSyntax;
}

export type MNode = MMap | MSeq | MScalar;

/** One document of a file (YAML's `---` separates them; a TOML file is one). */
export interface ManifestDocument {
  /** 0-based. */
  readonly index: number;
  readonly root: MNode | null;
  readonly span: Span;
}

/** A Kubernetes object: a document (or an item of a `List`) with `apiVersion` and `kind`. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name`, null when absent or not a plain string (a template, say). */
  readonly name: string | null;
  readonly namespace: string | null;
  readonly root: MMap;
  readonly document: ManifestDocument;
}

/** Traefik's dynamic configuration as the file provider reads it (top-level `http:` / `tcp:`). */
export interface TraefikFileConfig {
  readonly root: MMap;
  readonly document: ManifestDocument;
}

/** One label of a compose service, in either form (`labels: {k: v}` or `labels: ["k=v"]`). */
export interface ComposeLabel {
  readonly key: string;
  readonly value: string;
  readonly form: 'map' | 'list';
  /** The map pair (map form) or the list item (list form) that holds the label. */
  readonly node: MPair | MScalar;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  readonly span: Span;
}

export interface ComposeService {
  readonly name: string;
  readonly node: MMap;
  /** The `labels` node, absent when the service has none. */
  readonly labelsNode: MMap | MSeq | null;
  readonly labels: readonly ComposeLabel[];
}

/** A manifest file read: its documents and what they hold that rules read. */
export interface ManifestModel extends KindModel {
  readonly file: string;
  readonly syntax: ManifestSyntax;
  readonly source: SourceText;
  readonly documents: readonly ManifestDocument[];
  readonly objects: readonly K8sObject[];
  readonly traefik: readonly TraefikFileConfig[];
  readonly compose: readonly ComposeService[];
  readonly comments: readonly Comment[];
  readonly statements: readonly Span[];
  /** What the reader could not read (reported by `manifest/syntax`). */
  readonly syntaxErrors: readonly { readonly message: string; readonly span: Span }[];
  /** Templated documents that could not be read even with their template actions masked (reported by `manifest/templated`). */
  readonly skipped: readonly SkippedDocument[];
}

/** A document of a Helm / Go template that could not be read with its `{{ }}` actions masked. */
export interface SkippedDocument {
  /** 0-based. */
  readonly index: number;
  /** The document's text, up to the next document. */
  readonly span: Span;
  /** Where a finding about it points: the first affinity setting in it, else its first line. */
  readonly at: Span;
  /** That affinity setting as written (`sessionAffinity`, `sticky`), null when it has none. */
  readonly setting: string | null;
}

/** The pair of a map with this key, if any (the last one when a key is repeated, as parsers keep it). */
export function pairOf(map: MNode | null | undefined, key: string): MPair | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i].key.value === key) return map.pairs[i];
  return undefined;
}

/** The value under a path of keys, if every step is a map that has it. */
export function valueAt(node: MNode | null | undefined, ...keys: string[]): MNode | undefined {
  let at: MNode | null | undefined = node;
  for (const key of keys) {
    at = pairOf(at, key)?.value;
    if (!at) return undefined;
  }
  return at ?? undefined;
}

export function mapAt(node: MNode | null | undefined, ...keys: string[]): MMap | undefined {
  const v = valueAt(node, ...keys);
  return v?.kind === 'map' ? v : undefined;
}

export function scalarAt(node: MNode | null | undefined, ...keys: string[]): MScalar | undefined {
  const v = valueAt(node, ...keys);
  return v?.kind === 'scalar' ? v : undefined;
}

/** A scalar's value as a string (numbers and booleans as written), null for null or a non-scalar. */
export function textOf(node: MNode | null | undefined): string | null {
  if (!node || node.kind !== 'scalar' || node.value === null) return null;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

/** The pair of a key whose value is written (not empty, not null). */
export function presentPair(map: MNode | null | undefined, key: string): MPair | undefined {
  const pair = pairOf(map, key);
  return pair?.value && !(pair.value.kind === 'scalar' && pair.value.value === null) ? pair : undefined;
}
