import type { KindCompletion } from '../kinds/fileKind';
import { PLATFORM_NAMES, type AffinityFact } from './knowledge/affinityFacts';
import { annotationFact, annotationsFor, childFields, factMarkdown, fieldFact, versionWarning, withArticle, type FactContext } from './knowledge/lookup';

/** One line of block YAML as completion reads it: where its key starts, the key, and what follows. */
interface LineShape {
  /** Column of the last `- ` item marker, or null. */
  readonly dash: number | null;
  readonly keyCol: number;
  /** The key, when the line is `key:` or `key: value`. */
  readonly key: string | null;
  /** What follows `key:` (comments and anchors stripped), or the whole text when there is no key. */
  readonly rest: string;
}

const KEY_VALUE = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s'"#:-][^:#]*?|-[^\s:][^:#]*?)\s*:(?:\s+(.*))?$/;

function shapeOf(line: string): LineShape {
  const m = /^( *)((?:-\s+)*)(.*)$/s.exec(line.replace(/\r$/, '')) as RegExpExecArray;
  const keyCol = m[1].length + m[2].length;
  const dash = m[2].length > 0 ? m[1].length + m[2].trimEnd().lastIndexOf('-') : null;
  const kv = KEY_VALUE.exec(m[3]);
  if (!kv) return { dash, keyCol, key: null, rest: m[3] };
  const key = /^["']/.test(kv[1]) ? kv[1].slice(1, -1) : kv[1].trim();
  return { dash, keyCol, key, rest: (kv[2] ?? '').replace(/(^|\s)#.*$/, '').replace(/^&\S+\s*/, '').trim() };
}

function isBlank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/**
 * The keys from the document's root to the map the current line is in (`[]` for an item of a
 * sequence), read from indentation alone so that it works while the document is being typed.
 */
function parentsOf(lines: readonly string[], current: LineShape): string[] | null {
  const path: string[] = [];
  let col = current.keyCol;
  let inItem = false;
  if (current.dash !== null) {
    path.unshift('[]');
    col = current.dash;
    inItem = true;
  }
  for (let i = lines.length - 1; i >= 0 && (col > 0 || inItem); i--) {
    if (isBlank(lines[i])) continue;
    const s = shapeOf(lines[i]);
    const start = s.dash ?? s.keyCol;
    if (inItem) {
      if (start > col || s.dash === col) continue;
    } else if (start >= col && !(s.dash !== null && s.keyCol === col)) {
      continue;
    }
    if (s.dash !== null && s.keyCol === col && !inItem) {
      path.unshift('[]');
      col = s.dash;
      inItem = true;
      continue;
    }
    if (s.key === null || s.rest !== '' || (inItem ? s.keyCol > col : s.keyCol >= col)) return null;
    path.unshift(s.key);
    if (s.dash !== null) {
      path.unshift('[]');
      col = s.dash;
      inItem = true;
    } else {
      col = s.keyCol;
      inItem = false;
    }
  }
  return path;
}

/** The keys already written in the map the current line belongs to (above and below it), so they are not offered again. */
function siblingKeys(lines: readonly string[], current: number, shape: LineShape): Set<string> {
  const keys = new Set<string>();
  if (shape.dash !== null) return keys;
  const col = shape.keyCol;
  for (let i = current - 1; i >= 0; i--) {
    if (isBlank(lines[i])) continue;
    const s = shapeOf(lines[i]);
    if (s.keyCol === col && s.key !== null) keys.add(s.key);
    if (s.dash !== null ? s.dash < col : s.keyCol < col) break;
  }
  for (let i = current + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const s = shapeOf(lines[i]);
    if ((s.dash ?? s.keyCol) < col) break;
    if (s.keyCol === col && s.key !== null && s.dash === null) keys.add(s.key);
  }
  return keys;
}

/** The object the document is (its top-level `apiVersion` and `kind`), or Traefik's file provider. */
function contextOf(doc: readonly string[]): FactContext | null {
  let apiVersion: string | null = null;
  let kind: string | null = null;
  let traefik = false;
  for (const line of doc) {
    const s = /^(apiVersion|kind|http):\s*["']?([^"'#\s]*)/.exec(line);
    if (!s) continue;
    if (s[1] === 'apiVersion') apiVersion = s[2];
    else if (s[1] === 'kind') kind = s[2];
    else traefik = true;
  }
  if (apiVersion && kind) return { apiVersion, kind };
  return traefik ? 'traefik-file' : null;
}

function detailOf(fact: AffinityFact, platforms: Readonly<Record<string, string>>): string {
  const detail = fact.default ? `${PLATFORM_NAMES[fact.platform]}, default ${fact.default.replace(/`/g, '')}` : PLATFORM_NAMES[fact.platform];
  return versionWarning(fact, platforms) ? `${detail} (not in the configured version)` : detail;
}

/**
 * Completion in block YAML manifests: annotation and label keys inside `metadata.annotations` /
 * `metadata.labels` (those read on this kind of object), affinity field names inside the maps that
 * hold them, and the values of both after `key: `.
 */
export function manifestCompletion(text: string, offset: number, platforms: Readonly<Record<string, string>> = {}): KindCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // An offset between a CR and its LF (no editor puts the cursor there) reads as the end of the line.
  const before = text.slice(lineStart, offset).replace(/\r$/, '');
  if (/(^|\s)#/.test(before) || /[{}[\]]/.test(before)) return [];
  const all = text.slice(0, lineStart).split('\n').slice(0, -1);
  let docStart = 0;
  all.forEach((l, i) => {
    if (/^---/.test(l)) docStart = i + 1;
  });
  const docEnd = text.slice(lineStart).search(/\n---/);
  const docText = [...all.slice(docStart), ...text.slice(lineStart, docEnd < 0 ? undefined : lineStart + docEnd).split('\n')];
  const context = contextOf(docText);
  if (!context) return [];
  const shape = shapeOf(before);
  const valueMode = shape.key !== null && /:\s/.test(before);
  const parents = parentsOf(all.slice(docStart), shape);
  if (!parents) return [];
  const metadata = context !== 'traefik-file' && parents.length === 2 && parents[0] === 'metadata' && (parents[1] === 'annotations' || parents[1] === 'labels');
  const label = parents[1] === 'labels';

  if (valueMode) {
    const key = shape.key as string;
    const written = /^(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^:]*?)\s*:\s+(.*)$/s.exec(before.slice(shape.keyCol));
    if (!written) return [];
    const prefix = written[1];
    const span = { start: offset - prefix.length, end: offset };
    const fact = metadata ? annotationFact(key, label) : fieldFact(context, [...parents, key]);
    return (fact?.values ?? []).map((v) => ({ label: v, insertText: v, detail: detailOf(fact as AffinityFact, platforms), span }));
  }
  if (shape.key !== null) return [];
  const prefix = shape.rest;
  const span = { start: offset - prefix.length, end: offset };
  const taken = siblingKeys(docText, all.length - docStart, shape);
  if (metadata) {
    return annotationsFor((context as { kind: string }).kind, label).filter((a) => !taken.has(a.key)).map((a) => ({
      label: a.key,
      insertText: `${a.key}: `,
      detail: detailOf(a, platforms),
      documentation: factMarkdown(`\`${a.key}\``, `${label ? 'label' : 'annotation'} on ${withArticle(a.on)}`, a, versionWarning(a, platforms)),
      span,
    }));
  }
  const where = context === 'traefik-file' ? 'file provider' : context.kind;
  return childFields(context, parents).filter(({ name }) => !taken.has(name)).map(({ name, fact }) => ({
    label: name,
    insertText: fact.values || fact.valueHint ? `${name}: ` : `${name}:`,
    detail: detailOf(fact, platforms),
    documentation: factMarkdown(`\`${name}\``, where, fact, versionWarning(fact, platforms)),
    span,
  }));
}
