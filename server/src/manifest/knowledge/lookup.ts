import { atLeast } from '../../engine/versions';
import { ANNOTATION_FACTS, FIELD_FACTS, LABEL_FACTS, PLATFORM_NAMES, type AffinityFact, type AnnotationFact, type FieldFact } from './affinityFacts';

/** Where a key stands: in a Kubernetes object (`apiVersion`, `kind`) or in Traefik's file provider. */
export type FactContext = { readonly apiVersion: string; readonly kind: string } | 'traefik-file';

/** Keys from an object's root: map keys, and `[]` for an item of a sequence. */
export type KeyPath = readonly string[];

function objectMatches(objects: readonly string[], context: FactContext): boolean {
  if (context === 'traefik-file') return objects.includes('traefik-file');
  return objects.some((o) => {
    const [apiVersion, kind] = o.split(' ');
    if (kind !== context.kind) return false;
    return apiVersion.endsWith('/*') ? context.apiVersion.startsWith(apiVersion.slice(0, -1)) : apiVersion === context.apiVersion;
  });
}

/** Whether a path of keys matches a pattern (`[]` an item, `*` one key, `**` any run). */
export function pathMatches(pattern: readonly string[], path: KeyPath): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') return pathMatches(rest, path) || (path.length > 0 && pathMatches(pattern, path.slice(1)));
  if (path.length === 0) return false;
  const ok = head === '*' ? path[0] !== '[]' : head === path[0];
  return ok && pathMatches(rest, path.slice(1));
}

const PATTERNS = new Map<FieldFact, string[]>(FIELD_FACTS.map((f) => [f, f.path.split('.')]));

/** The fact of the field at this path, if it is one we know. */
export function fieldFact(context: FactContext, path: KeyPath): FieldFact | undefined {
  return FIELD_FACTS.find((f) => objectMatches(f.objects, context) && pathMatches(PATTERNS.get(f) ?? [], path));
}

/** The fields we know that can stand in the map at this path: their names and facts. */
export function childFields(context: FactContext, path: KeyPath): { readonly name: string; readonly fact: FieldFact }[] {
  const out = new Map<string, FieldFact>();
  for (const f of FIELD_FACTS) {
    const pattern = PATTERNS.get(f) ?? [];
    const name = pattern[pattern.length - 1];
    if (!out.has(name) && objectMatches(f.objects, context) && pathMatches(pattern.slice(0, -1), path)) out.set(name, f);
  }
  return [...out].map(([name, fact]) => ({ name, fact }));
}

export function annotationFact(key: string, label: boolean): AnnotationFact | undefined {
  return ANNOTATION_FACTS.find((a) => a.key === key && Boolean(a.label) === label);
}

/** The annotations (or labels) that belong on this kind of object. */
export function annotationsFor(kind: string, label: boolean): readonly AnnotationFact[] {
  return ANNOTATION_FACTS.filter((a) => a.on === kind && Boolean(a.label) === label);
}

const LABEL_PATTERNS = LABEL_FACTS.map((f) => ({
  fact: f,
  re: new RegExp(`^${f.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<service>', '[^.]+')}$`, 'i'),
}));

/** The fact of a docker/compose label key (`traefik.http.services.<service>.loadbalancer.sticky.cookie...`). */
export function labelFact(key: string): (AffinityFact & { readonly key: string }) | undefined {
  return LABEL_PATTERNS.find((p) => p.re.test(key))?.fact;
}

/** What the configured version of the platform (the `platforms` setting) lacks, if anything. */
export function versionWarning(fact: AffinityFact, platforms: Readonly<Record<string, string>>): string | undefined {
  const version = platforms[fact.platform];
  if (!version) return undefined;
  const name = PLATFORM_NAMES[fact.platform];
  if (fact.minVersion && !atLeast(version, fact.minVersion)) return `Needs ${name} ${fact.minVersion} or later: the configured version is ${version}.`;
  if (fact.removedIn && atLeast(version, fact.removedIn)) return `Gone since ${name} ${fact.removedIn}: the configured version is ${version}.`;
  return undefined;
}

/** `an Ingress`, `a Service`. */
export function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Hover and completion documentation: what it does, default, values, since, a trap, the link. */
export function factMarkdown(title: string, where: string, fact: AffinityFact, ...warnings: (string | undefined)[]): string {
  const lines = [`**${title}** (${PLATFORM_NAMES[fact.platform]} ${where})`, '', fact.what, ''];
  for (const warning of warnings) if (warning) lines.push(`**${warning}**`, '');
  if (fact.default) lines.push(`- Default: ${fact.default}`);
  if (fact.values && fact.values.length > 0) lines.push(`- Values: ${fact.values.map((v) => `\`${v}\``).join(', ')}`);
  if (fact.valueHint) lines.push(`- Value: ${fact.valueHint}`);
  if (fact.since) lines.push(`- Since: ${fact.since}`);
  if (fact.note) lines.push(`- Note: ${fact.note}`);
  lines.push('', `[${PLATFORM_NAMES[fact.platform]} documentation](${fact.docs})`);
  return lines.join('\n');
}
