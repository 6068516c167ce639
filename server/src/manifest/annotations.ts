import type { TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { insertPair, fillPair, replaceScalar, yamlString } from './edits';
import type { K8sObject, MMap, MPair } from './model';
import { mapAt, pairOf, textOf } from './model';

/** The annotations of one object, read by controllers as strings under a key prefix. */
export interface Annotations {
  readonly object: K8sObject;
  /** `metadata`, absent on an object without one. */
  readonly metadata: MMap | undefined;
  /** `metadata.annotations`, absent when the object has none (or they are not a map). */
  readonly map: MMap | undefined;
  /** The pair of an annotation by its full key (the last one when repeated, as the API server keeps it). */
  pair(key: string): MPair | undefined;
  /** An annotation's value as the controller reads it (numbers and booleans as written), null when absent. */
  value(key: string): string | null;
}

export function annotationsOf(object: K8sObject): Annotations {
  const metadata = mapAt(object.root, 'metadata');
  const map = mapAt(metadata, 'annotations');
  return {
    object,
    metadata,
    map,
    pair: (key) => pairOf(map, key),
    value: (key) => textOf(pairOf(map, key)?.value),
  };
}


/** How the file's annotation values are quoted: as the first quoted or plain string value of the map. */
function valueStyle(map: MMap | undefined): 'plain' | 'single' | 'double' {
  for (const p of map?.pairs ?? []) {
    const v = p.value;
    if (v?.kind !== 'scalar' || v.raw === '') continue;
    if (v.style === 'single' || v.style === 'double') return v.style;
  }
  // Plain values in the map, or none at all: double quotes, the style the controllers' docs use and
  // the one that keeps "true" and "3600" strings (a plain true would not be).
  return map && map.pairs.some((p) => p.value?.kind === 'scalar' && p.value.style === 'plain' && typeof p.value.value === 'string') ? 'plain' : 'double';
}

/**
 * Sets an annotation to a string value in the style of its siblings: replaces the value when the
 * key is there, adds the key after the last annotation otherwise, and adds `annotations:` under
 * `metadata` when the object has none. Null when the object has no `metadata` map to write into.
 */
export function setAnnotation(a: Annotations, key: string, value: string, source: SourceText): TextEdit | null {
  const existing = a.pair(key);
  const text = yamlString(value, valueStyle(a.map));
  if (existing) {
    if (existing.value?.kind === 'scalar' && existing.value.raw !== '') return replaceScalar(existing.value, value);
    return fillPair(existing, text, source);
  }
  if (a.map) return insertPair(a.map, key, text, source);
  if (!a.metadata) return null;
  const annotations = pairOf(a.metadata, 'annotations');
  if (annotations) return fillPair(annotations, [[key, text]], source);
  return insertPair(a.metadata, 'annotations', [[key, text]], source);
}
