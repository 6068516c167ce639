import type { KindHover } from '../kinds/fileKind';
import { contains, type Span } from '../text/span';
import { annotationFact, factMarkdown, fieldFact, labelFact, versionWarning, withArticle, type FactContext } from './knowledge/lookup';
import type { ManifestModel, MNode, MPair } from './model';

/** The `platforms` setting: a version per platform id. */
type Platforms = Readonly<Record<string, string>>;

interface Located {
  readonly path: string[];
  readonly pair: MPair;
  /** The key, or the scalar value, under the offset. */
  readonly span: Span;
}

/** The pair whose key or scalar value holds the offset, with the keys that lead to it (`[]` for an item). */
function locate(root: MNode, offset: number): Located | null {
  const path: string[] = [];
  let at: MNode | null = root;
  let last: MPair | null = null;
  while (at) {
    if (at.kind === 'scalar') return last && contains(at.span, offset) ? { path, pair: last, span: at.span } : null;
    if (at.kind === 'seq') {
      const item: MNode | undefined = at.items.find((i) => contains(i.span, offset));
      if (!item) return null;
      path.push('[]');
      at = item;
      continue;
    }
    const pair: MPair | undefined = at.pairs.find((p) => contains(p.key.span, offset) || (p.value !== null && contains(p.value.span, offset)));
    if (!pair) return null;
    path.push(String(pair.key.value));
    if (contains(pair.key.span, offset)) return { path, pair, span: pair.key.span };
    last = pair;
    at = pair.value;
  }
  return null;
}

function hoverIn(context: FactContext, root: MNode, offset: number, platforms: Platforms): KindHover | null {
  const found = locate(root, offset);
  if (!found) return null;
  const { path } = found;
  if (context !== 'traefik-file' && path.length === 3 && path[0] === 'metadata' && (path[1] === 'annotations' || path[1] === 'labels')) {
    const label = path[1] === 'labels';
    const fact = annotationFact(path[2], label);
    if (!fact) return null;
    const where = `${label ? 'label' : 'annotation'} on ${withArticle(fact.on)}`;
    const warning = fact.on !== context.kind ? `This ${label ? 'label' : 'annotation'} is read on ${withArticle(fact.on)}: on ${withArticle(context.kind)} it is ignored.` : undefined;
    return { markdown: factMarkdown(`\`${fact.key}\``, where, fact, warning, versionWarning(fact, platforms)), span: found.span };
  }
  const fact = fieldFact(context, path);
  if (!fact) return null;
  const where = context === 'traefik-file' ? 'file provider' : context.kind;
  return { markdown: factMarkdown(`\`${path.filter((k) => k !== '[]').slice(-2).join('.')}\``, where, fact, versionWarning(fact, platforms)), span: found.span };
}

/**
 * Markdown for the affinity annotation, label or field under the offset: what it does, its default,
 * its values and the upstream page (knowledge/affinityFacts.ts). Null anywhere else.
 */
export function manifestHover(model: ManifestModel, offset: number, platforms: Platforms = {}): KindHover | null {
  for (const o of model.objects) {
    if (contains(o.root.span, offset)) return hoverIn({ apiVersion: o.apiVersion, kind: o.kind }, o.root, offset, platforms);
  }
  for (const t of model.traefik) {
    if (contains(t.root.span, offset)) return hoverIn('traefik-file', t.root, offset, platforms);
  }
  for (const service of model.compose) {
    for (const label of service.labels) {
      if (!contains(label.keySpan, offset) && !contains(label.valueSpan, offset)) continue;
      const fact = labelFact(label.key);
      const span = contains(label.keySpan, offset) ? label.keySpan : label.valueSpan;
      return fact ? { markdown: factMarkdown(`\`${label.key}\``, 'label', fact, versionWarning(fact, platforms)), span } : null;
    }
  }
  return null;
}
