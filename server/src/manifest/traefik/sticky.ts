import type { TextEdit } from '../../rules/types';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import { labelsOf } from '../classify';
import { fillPair, insertPair, removePair, replaceScalar, yamlString } from '../edits';
import type { ComposeLabel, K8sObject, ManifestModel, MMap, MNode, MPair, MScalar } from '../model';
import { mapAt, pairOf, textOf, valueAt } from '../model';

/**
 * Traefik's sticky-session settings wherever a manifest writes them, read once for every rule:
 * the file provider (`http.services.<name>.loadBalancer.sticky.cookie`, `weighted.sticky.cookie`),
 * the Kubernetes CRDs (IngressRoute `spec.routes[].services[].sticky.cookie`, TraefikService
 * `weighted.sticky.cookie` and the services it balances), Service annotations of the Ingress
 * provider (`traefik.ingress.kubernetes.io/service.sticky.cookie*`) and compose labels
 * (`traefik.http.services.<name>.loadbalancer.sticky.cookie*`, in `labels` and `deploy.labels`,
 * map and list form). Each cookie carries its options with their spans and the edits that add,
 * change or remove one in the form at hand, so that a rule is written once for all forms.
 */

/** The options of Traefik's `dynamic.Cookie`, spelled as the file provider and the CRDs spell them. */
export const COOKIE_OPTIONS = ['name', 'secure', 'httpOnly', 'sameSite', 'maxAge', 'path', 'domain'] as const;
export type CookieOptionName = (typeof COOKIE_OPTIONS)[number];

const BY_LOWER: ReadonlyMap<string, CookieOptionName> = new Map(COOKIE_OPTIONS.map((o) => [o.toLowerCase(), o]));

/** Where a setting is written: a YAML or TOML map, a compose label, or an annotation of a Service. */
export type TraefikForm = 'yaml' | 'toml' | 'label' | 'annotation';

export type OptionValue = string | number | boolean;

export interface CookieOption {
  /** The option Traefik reads (matched case-insensitively, as Traefik does), null for a key it does not know. */
  readonly name: CookieOptionName | null;
  /** The option as written: a map key, or the last part of a label or annotation key. */
  readonly written: string;
  /** The value as text (booleans and numbers as written), null when there is none. */
  readonly value: string | null;
  /** The value is a template expression (Helm `{{ }}`): not known until rendered, so never judged. */
  readonly templated: boolean;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** Removes the option (its whole line); null where the form has no safe removal (a flow sequence item). */
  remove(): TextEdit | null;
  /** Replaces the value, keeping its quoting. */
  replace(value: OptionValue): TextEdit;
  /** Renames a map key (YAML, TOML); null for labels and annotations. */
  rename(name: CookieOptionName): TextEdit | null;
}

export interface StickyCookie {
  readonly form: TraefikForm;
  /** What holds the cookie, for messages: `IngressRoute web`, `service web`, `compose service api`. */
  readonly owner: string;
  /** Where findings about the cookie as a whole point: the `cookie` key, the cookie label or annotation. */
  readonly span: Span;
  readonly options: readonly CookieOption[];
  /** From a `traefik.containo.us` object: Traefik 2 CRDs (v3 removed that API group). */
  readonly v2Group: boolean;
  /**
   * Option names are matched exactly (the CRDs: the API server reads JSON field names), not
   * case-insensitively as Traefik's own decoders (file provider, labels, annotations) match them.
   */
  readonly exactNames: boolean;
  /**
   * Why the cookie is only ever served over plain HTTP, when its route shows it: an IngressRoute
   * or the routers of the same labels on entry points named web / http only, with no tls. Null when
   * that cannot be seen here (routers in other files, a TLS router, entry points named otherwise).
   */
  readonly plainHttp: string | null;
  option(name: CookieOptionName): CookieOption | undefined;
  /** The option as a user writes it here: `secure`, `traefik.http.services.web.loadbalancer.sticky.cookie.secure`. */
  spell(name: CookieOptionName): string;
  /** Adds an option (never present yet) in the form at hand, in the style of what is there. */
  add(name: CookieOptionName, value: OptionValue): TextEdit;
}

/** `sticky` with no `cookie` under it: Traefik ignores it, so there is no affinity at all. */
export interface BareSticky {
  readonly form: TraefikForm;
  readonly owner: string;
  /** The `sticky` key, label key or annotation key. */
  readonly span: Span;
  /** As written, for the message. */
  readonly written: string;
  /** Turns it into `sticky.cookie` (an empty cookie: Traefik's defaults), null when no safe edit exists. */
  readonly fix: TextEdit | null;
}

/** A `traefik.ingress.kubernetes.io/service.sticky*` annotation on an Ingress, where Traefik never reads it. */
export interface MisplacedAnnotation {
  readonly ingress: string;
  readonly key: string;
  readonly keySpan: Span;
  /**
   * When the Ingress routes to one Service and that Service is in the same file: its name and the
   * edits that move every sticky annotation of the Ingress onto it (as written, quoting kept).
   */
  readonly move: { readonly service: string; readonly edits: readonly TextEdit[] } | null;
}

/** IP-based balancing: `strategy: hrw` or a `highestRandomWeight` service. */
export interface HrwUse {
  readonly form: TraefikForm;
  readonly owner: string;
  /** As written, for the message. */
  readonly written: string;
  readonly span: Span;
}

export interface TraefikAffinity {
  readonly cookies: readonly StickyCookie[];
  readonly bare: readonly BareSticky[];
  readonly misplaced: readonly MisplacedAnnotation[];
  readonly hrw: readonly HrwUse[];
}

const cache = new WeakMap<ManifestModel, TraefikAffinity>();

/** Every Traefik affinity setting of a manifest model (computed once per model). */
export function traefikAffinity(model: ManifestModel): TraefikAffinity {
  let found = cache.get(model);
  if (!found) {
    found = collect(model);
    cache.set(model, found);
  }
  return found;
}

interface Collector {
  readonly source: SourceText;
  readonly objects: readonly K8sObject[];
  /** The plain-HTTP evidence of the object or labels being read (StickyCookie.plainHttp). */
  plainHttp: string | null;
  /** Entry points the file's compose commands define, with whether each serves TLS. */
  readonly entryPoints: ReadonlyMap<string, boolean>;
  readonly cookies: StickyCookie[];
  readonly bare: BareSticky[];
  readonly misplaced: MisplacedAnnotation[];
  readonly hrw: HrwUse[];
}

function collect(model: ManifestModel): TraefikAffinity {
  const c: Collector = { source: model.source, objects: model.objects, plainHttp: null, entryPoints: definedEntryPoints(model), cookies: [], bare: [], misplaced: [], hrw: [] };
  for (const config of model.traefik) {
    const services = mapAt(config.root, 'http', 'services');
    if (!services) continue;
    for (const service of services.pairs) walkYaml(c, service.value, `service ${textOf(service.key) ?? ''}`, 'file', false, 0);
  }
  for (const object of model.objects) readObject(c, object);
  for (const service of model.compose) {
    readLabels(c, `compose service ${service.name}`, service.labelsNode, service.labels);
    const deployLabels = valueAt(service.node, 'deploy', 'labels');
    if (deployLabels && (deployLabels.kind === 'map' || deployLabels.kind === 'seq')) readLabels(c, `compose service ${service.name}`, deployLabels, labelsOf(deployLabels));
  }
  const byStart = (a: { span?: Span; keySpan?: Span }, b: { span?: Span; keySpan?: Span }): number => (a.span ?? a.keySpan)!.start - (b.span ?? b.keySpan)!.start;
  return { cookies: c.cookies.sort(byStart), bare: c.bare.sort(byStart), misplaced: c.misplaced.sort(byStart), hrw: c.hrw.sort(byStart) };
}

// ---------------------------------------------------------------------------------------------
// YAML and TOML maps: the file provider and the CRDs

const TRAEFIK_GROUPS = /^traefik\.(io|containo\.us)\//;

function readObject(c: Collector, object: K8sObject): void {
  const owner = `${object.kind} ${object.name ?? ''}`.trim();
  if (TRAEFIK_GROUPS.test(object.apiVersion)) {
    const v2Group = object.apiVersion.startsWith('traefik.containo.us/');
    if (object.kind === 'IngressRoute') {
      const routes = valueAt(object.root, 'spec', 'routes');
      c.plainHttp = ingressRoutePlainHttp(object);
      if (routes?.kind === 'seq') for (const route of routes.items) walkYaml(c, valueAt(route, 'services'), owner, 'crd', v2Group, 0);
      c.plainHttp = null;
    } else if (object.kind === 'TraefikService') {
      walkYaml(c, valueAt(object.root, 'spec'), owner, 'crd', v2Group, 0);
    }
    return;
  }
  if (object.apiVersion !== 'v1' && !object.apiVersion.startsWith('networking.k8s.io/') && !object.apiVersion.startsWith('extensions/')) return;
  const annotations = mapAt(object.root, 'metadata', 'annotations');
  if (!annotations) return;
  if (object.kind === 'Service') readAnnotations(c, owner, annotations);
  else if (object.kind === 'Ingress') {
    const sticky = annotations.pairs.filter((pair) => SERVICE_STICKY.test(textOf(pair.key) ?? ''));
    const move = sticky.length > 0 ? moveToService(c, object, annotations, sticky) : null;
    for (const pair of sticky) c.misplaced.push({ ingress: owner, key: textOf(pair.key)!, keySpan: pair.key.span, move });
  }
}

/** The names of the Services an Ingress routes to (networking.k8s.io/v1 and the older serviceName). */
function backendServices(ingress: K8sObject): Set<string> {
  const names = new Set<string>();
  const visit = (node: MNode | null | undefined, depth: number): void => {
    if (!node || depth > 10) return;
    if (node.kind === 'seq') for (const item of node.items) visit(item, depth + 1);
    if (node.kind !== 'map') return;
    for (const pair of node.pairs) {
      const key = textOf(pair.key);
      if (key === 'backend' || key === 'defaultBackend') {
        const name = textOf(valueAt(pair.value, 'service', 'name')) ?? textOf(valueAt(pair.value, 'serviceName'));
        if (name) names.add(name);
      } else visit(pair.value, depth + 1);
    }
  };
  visit(valueAt(ingress.root, 'spec'), 0);
  return names;
}

function moveToService(c: Collector, ingress: K8sObject, annotations: MMap, sticky: readonly MPair[]): MisplacedAnnotation['move'] {
  const names = backendServices(ingress);
  if (names.size !== 1 || annotations.flow) return null;
  const name = [...names][0];
  const service = c.objects.find((o) => o.kind === 'Service' && o.apiVersion === 'v1' && o.name === name && o.namespace === ingress.namespace);
  const metadata = service ? mapAt(service.root, 'metadata') : undefined;
  if (!service || !metadata) return null;
  const raw = (node: MNode | null): string => (node ? c.source.text.slice(node.span.start, node.span.end) : '""');
  const moved = sticky.map((pair) => [raw(pair.key), raw(pair.value)] as const);
  const target = mapAt(metadata, 'annotations');
  const removals = sticky.map((pair) => removePair(annotations, pair, c.source));
  let insert: TextEdit;
  if (target) {
    if (target.flow && target.pairs.length === 0) return null;
    const parts = moved.map(([k, v]) => insertPair(target, k, v, c.source));
    insert = { start: parts[0].start, end: parts[0].end, newText: parts.map((p) => p.newText).join('') };
  } else if (!pairOf(metadata, 'annotations')) {
    insert = insertPair(metadata, 'annotations', moved, c.source);
  } else return null;
  return { service: `Service ${name}`, edits: [...removals, insert] };
}

/**
 * Finds `sticky` and `strategy` under a service definition. `crd` objects are read as the API
 * server reads JSON (`cookie:` with no value is null: no cookie); the file provider takes an empty
 * `cookie:` as a cookie with Traefik's defaults.
 */
function walkYaml(c: Collector, node: MNode | null | undefined, owner: string, source: 'file' | 'crd', v2Group: boolean, depth: number): void {
  if (!node || depth > 8) return;
  if (node.kind === 'seq') {
    for (const item of node.items) walkYaml(c, item, owner, source, v2Group, depth + 1);
    return;
  }
  if (node.kind !== 'map') return;
  for (const pair of node.pairs) {
    const key = textOf(pair.key);
    if (key === 'sticky') readSticky(c, pair, owner, source, v2Group);
    else if (key === 'strategy' && pair.value?.kind === 'scalar' && textOf(pair.value)?.toLowerCase() === 'hrw') {
      const written = pair.key.syntax === 'toml' ? `${key} = ${pair.value.raw}` : `${key}: ${textOf(pair.value)}`;
      c.hrw.push({ form: pair.key.syntax, owner, written, span: pair.value.span });
    } else if (key === 'highestRandomWeight') {
      c.hrw.push({ form: pair.key.syntax, owner, written: key, span: pair.key.span });
      walkYaml(c, pair.value, owner, source, v2Group, depth + 1);
    } else if (pair.value && pair.value.kind !== 'scalar' && key !== 'healthCheck' && key !== 'servers' && key !== 'middlewares') {
      walkYaml(c, pair.value, owner, source, v2Group, depth + 1);
    }
  }
}

/** Entry point names that by Traefik's own convention (its docs and Helm chart) listen on plain HTTP. */
const PLAIN_ENTRY_POINTS = new Set(['web', 'http']);

function ingressRoutePlainHttp(object: K8sObject): string | null {
  const entryPoints = valueAt(object.root, 'spec', 'entryPoints');
  if (valueAt(object.root, 'spec', 'tls') || entryPoints?.kind !== 'seq' || entryPoints.items.length === 0) return null;
  const names = entryPoints.items.map((i) => textOf(i) ?? '');
  if (!names.every((n) => PLAIN_ENTRY_POINTS.has(n))) return null;
  return `${object.kind} ${object.name ?? ''} listens on the entry point${names.length > 1 ? 's' : ''} ${names.join(', ')} only, without tls`;
}

/**
 * The entry points a compose file's Traefik defines on its command line (`--entrypoints.web.address=:80`),
 * each with whether it serves TLS (`--entrypoints.<name>.http.tls...`, or port 443).
 */
function definedEntryPoints(model: ManifestModel): Map<string, boolean> {
  const tls = new Map<string, boolean>();
  for (const service of model.compose) {
    const command = valueAt(service.node, 'command');
    const args = command?.kind === 'seq' ? command.items.map((i) => textOf(i) ?? '') : (textOf(command) ?? '').split(/\s+/);
    for (const arg of args) {
      const m = /^--entrypoints\.([^.=]+)\.(address|http\.tls)\S*?(?:=(\S*))?$/i.exec(arg.trim());
      if (!m) continue;
      const name = m[1].toLowerCase();
      const secure = m[2].toLowerCase() === 'http.tls' ? (m[3] ?? 'true').toLowerCase() !== 'false' : /:443$/.test(m[3] ?? '');
      tls.set(name, (tls.get(name) ?? false) || secure);
    }
  }
  return tls;
}

/**
 * The routers of one set of labels: plain HTTP when none has tls and every entry point they use
 * is plain: named web / http (and not given TLS on the command line), or defined in this file
 * without TLS. A router without entrypoints uses every entry point, known only when the file defines them.
 */
function labelsPlainHttp(labels: readonly ComposeLabel[], defined: ReadonlyMap<string, boolean>): string | null {
  const routers = new Map<string, { entryPoints: string | null; tls: boolean }>();
  for (const label of labels) {
    const m = /^traefik\.http\.routers\.([^.]+)\.(.+)$/i.exec(label.key);
    if (!m) continue;
    const router = routers.get(m[1]) ?? { entryPoints: null, tls: false };
    routers.set(m[1], router);
    const rest = m[2].toLowerCase();
    if (rest === 'entrypoints') router.entryPoints = label.value;
    else if (rest === 'tls' ? label.value.trim().toLowerCase() !== 'false' : rest.startsWith('tls.')) router.tls = true;
  }
  if (routers.size === 0) return null;
  const names = new Set<string>();
  for (const router of routers.values()) {
    if (router.tls) return null;
    if (router.entryPoints === null) {
      if (defined.size === 0) return null;
      for (const n of defined.keys()) names.add(n);
    } else for (const n of router.entryPoints.split(',').map((x) => x.trim().toLowerCase())) names.add(n);
  }
  const plain = (n: string): boolean => (defined.has(n) ? !defined.get(n) : PLAIN_ENTRY_POINTS.has(n));
  if (![...names].every(plain)) return null;
  return `its routers listen on the entry point${names.size > 1 ? 's' : ''} ${[...names].join(', ')} only, without tls`;
}

function isEmptyScalar(node: MNode | null): boolean {
  return !node || (node.kind === 'scalar' && (node.value === null || node.value === ''));
}

/**
 * A node a template writes whole (`cookie: {{- toYaml .Values.cookie | nindent 8 }}`, which the
 * reader sees as an empty flow map or a scalar): not known until rendered, so not judged.
 */
function writtenByTemplate(c: Collector, node: MNode | null): boolean {
  if (!node || !(node.kind === 'scalar' || (node.kind === 'map' && node.pairs.length === 0))) return false;
  return c.source.text.slice(node.span.start, node.span.end).includes('{{');
}

function readSticky(c: Collector, sticky: MPair, owner: string, source: 'file' | 'crd', v2Group: boolean): void {
  const form = sticky.key.syntax;
  const value = sticky.value;
  if (writtenByTemplate(c, value)) return;
  const cookiePair = value?.kind === 'map' ? pairOf(value, 'cookie') : undefined;
  const cookieValue = cookiePair?.value ?? null;
  if (!cookiePair || (source === 'crd' && isEmptyScalar(cookieValue))) {
    let fix: TextEdit | null = null;
    if (value?.kind === 'map' && !cookiePair) fix = insertPair(value, 'cookie', '{}', c.source);
    else if (form === 'yaml' && cookiePair) fix = fillPair(cookiePair, '{}', c.source);
    else if (form === 'yaml' && isEmptyScalar(value)) fix = fillPair(sticky, [['cookie', '{}']], c.source);
    c.bare.push({ form, owner, span: sticky.key.span, written: cookiePair ? 'sticky.cookie: null' : 'sticky', fix });
    return;
  }
  if (cookieValue && cookieValue.kind === 'scalar' && cookieValue.value === false) return;
  if (writtenByTemplate(c, cookieValue)) return;
  const cookieMap = cookieValue?.kind === 'map' ? cookieValue : null;
  const exact = source === 'crd';
  const options: CookieOption[] = (cookieMap?.pairs ?? []).map((pair) => mapOption(c.source, cookieMap!, pair, exact));
  const stringStyle = quotingOf(cookieMap);
  c.cookies.push(
    cookie(form, owner, cookiePair.key.span, options, v2Group, exact, c.plainHttp, (name) => name, (name, v) => {
      const text = typeof v === 'string' ? yamlString(v, stringStyle) : String(v);
      return cookieMap ? insertPair(cookieMap, name, text, c.source) : fillPair(cookiePair, [[name, text]], c.source);
    }),
  );
}

/** The quoting of a map's string values (`"frontend-session"`), which new values follow. */
function quotingOf(map: MMap | null): 'plain' | 'single' | 'double' {
  for (const pair of map?.pairs ?? []) {
    const v = pair.value;
    if (v?.kind === 'scalar' && typeof v.value === 'string' && (v.style === 'single' || v.style === 'double')) return v.style;
  }
  return 'plain';
}

function mapOption(source: SourceText, map: MMap, pair: MPair, exact: boolean): CookieOption {
  const written = textOf(pair.key) ?? '';
  const value = pair.value;
  const scalar = value?.kind === 'scalar' ? value : null;
  const name = BY_LOWER.get(written.toLowerCase()) ?? null;
  return {
    name: exact && name !== written ? null : name,
    written,
    value: textOf(scalar),
    templated: value ? source.text.slice(value.span.start, value.span.end).includes('{{') : false,
    keySpan: pair.key.span,
    valueSpan: value ? value.span : pair.key.span,
    remove: () => removePair(map, pair, source),
    replace: (v) => replaceValue(scalar, pair, v),
    rename: (to) => ({ start: pair.key.span.start, end: pair.key.span.end, newText: to }),
  };
}

function replaceValue(scalar: MScalar | null, pair: MPair, v: OptionValue): TextEdit {
  if (scalar?.syntax === 'toml') return replaceScalar(scalar, v);
  const at = scalar ?? pair.value ?? pair.key;
  const quoted = scalar && (scalar.style === 'single' || scalar.style === 'double') ? scalar.style : null;
  const text = quoted ? yamlString(String(v), quoted) : typeof v !== 'string' ? String(v) : yamlString(v);
  return { start: at.span.start, end: at.span.end, newText: text };
}

function cookie(
  form: TraefikForm,
  owner: string,
  span: Span,
  options: CookieOption[],
  v2Group: boolean,
  exactNames: boolean,
  plainHttp: string | null,
  spell: (name: CookieOptionName) => string,
  add: (name: CookieOptionName, value: OptionValue) => TextEdit,
): StickyCookie {
  return {
    form,
    owner,
    span,
    options,
    v2Group,
    exactNames,
    plainHttp,
    // The last one wins when an option is repeated, as Traefik's decoders keep it.
    option: (name) => [...options].reverse().find((o) => o.name === name),
    spell,
    add,
  };
}

// ---------------------------------------------------------------------------------------------
// Labels and annotations: one key per option

const LABEL_KEY = /^(traefik\.http\.services\.[^.]+\.loadbalancer)\.(.+)$/i;
const SERVICE_STICKY = /^traefik\.ingress\.kubernetes\.io\/service\.sticky(\.|$)/;

/** One setting written as a key and a value: a label, or an annotation. */
interface KeyedEntry {
  readonly key: string;
  readonly value: string;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** The whole item or pair. */
  readonly span: Span;
  /** The map pair, or the list item (labels in list form). */
  readonly node: MPair | MScalar;
}

/** How new entries are written beside an existing one. */
interface EntryWriter {
  /** The line to add after `after` (an entry of the same group), with its text. */
  add(after: KeyedEntry, key: string, value: OptionValue): TextEdit;
  remove(entry: KeyedEntry): TextEdit | null;
  replace(entry: KeyedEntry, value: OptionValue): TextEdit;
}

/** The offset at the end of the line where `end` lies (before its line break). */
function endOfLine(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  const nl = text.indexOf('\n', at);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** A new line holding `lineText` after the line of `entrySpan`, indented as that line is. */
function lineAfter(source: SourceText, entrySpan: Span, lineText: string): TextEdit {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', entrySpan.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, entrySpan.start))![0];
  const at = endOfLine(text, entrySpan.end);
  return { start: at, end: at, newText: `${source.eol}${indent}${lineText}` };
}

/** Removes the whole line of a block entry (a flow one has no line of its own: null). */
function removeLine(source: SourceText, entry: KeyedEntry): TextEdit | null {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', entry.span.start - 1) + 1;
  if (!/^[ \t]*(- *)?["']?$/.test(text.slice(lineStart, entry.span.start))) return null;
  const lineEnd = endOfLine(text, entry.span.end);
  const after = text[lineEnd] === '\r' ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
  return { start: lineStart, end: after, newText: '' };
}

function styleOf(node: MScalar | null | undefined): 'plain' | 'single' | 'double' {
  return node?.style === 'single' || node?.style === 'double' ? node.style : 'plain';
}

const PLAIN_ITEM = /^[A-Za-z0-9_./@-][A-Za-z0-9_./@=,-]*$/;

/** A `key=value` list item in a style (plain only when it reads back as the same string). */
function itemText(item: string, style: 'plain' | 'single' | 'double'): string {
  if (style === 'plain') return PLAIN_ITEM.test(item) ? item : yamlString(item, 'double');
  return yamlString(item, style);
}

/** A label or annotation key written as its neighbour is (quoted or not). */
function keyText(key: string, like: MScalar): string {
  return like.style === 'single' || like.style === 'double' ? yamlString(key, like.style) : yamlString(key);
}

/** A list item (`- key=value`) rather than a map pair. */
function isItem(node: MPair | MScalar): node is MScalar {
  return 'kind' in node;
}

function labelWriter(source: SourceText): EntryWriter {
  return {
    add(after, key, value) {
      const v = String(value);
      if (isItem(after.node)) {
        // List form: `- key=value`, quoted as the neighbouring item is.
        return lineAfter(source, after.span, `- ${itemText(`${key}=${v}`, styleOf(after.node))}`);
      }
      const pair = after.node;
      const valueStyle = styleOf(pair.value?.kind === 'scalar' ? pair.value : null);
      const valueText = valueStyle === 'plain' ? (typeof value === 'string' ? yamlString(v) : v) : yamlString(v, valueStyle);
      return lineAfter(source, after.span, `${keyText(key, pair.key)}: ${valueText}`);
    },
    remove: (entry) => removeLine(source, entry),
    replace(entry, value) {
      const v = String(value);
      if (isItem(entry.node)) {
        const scalar = entry.node;
        const eq = entry.key.length + 1;
        const item = `${scalar.value === null ? '' : String(scalar.value).slice(0, eq)}${v}`;
        return { start: scalar.span.start, end: scalar.span.end, newText: itemText(item, styleOf(scalar)) };
      }
      return replaceValue(entry.node.value?.kind === 'scalar' ? entry.node.value : null, entry.node, value);
    },
  };
}

/** Annotation values are strings: a new one is quoted as the others of the map are, or in double quotes. */
function annotationWriter(source: SourceText, annotations: MMap): EntryWriter {
  const style = quotingOf(annotations);
  const quote = (v: string): string => yamlString(v, style === 'plain' ? 'double' : style);
  return {
    add: (after, key, value) => lineAfter(source, after.span, `${keyText(key, (after.node as MPair).key)}: ${quote(String(value))}`),
    remove: (entry) => removeLine(source, entry),
    replace: (entry, value) => {
      const pair = entry.node as MPair;
      const at = pair.value ?? pair.key;
      const own = styleOf(pair.value?.kind === 'scalar' ? pair.value : null);
      return { start: at.span.start, end: at.span.end, newText: own === 'plain' ? quote(String(value)) : yamlString(String(value), own) };
    },
  };
}

function entryOption(entry: KeyedEntry, written: string, writer: EntryWriter): CookieOption {
  return {
    name: BY_LOWER.get(written.toLowerCase()) ?? null,
    written: entry.key,
    value: entry.value,
    templated: entry.value.includes('{{'),
    keySpan: entry.keySpan,
    valueSpan: entry.valueSpan,
    remove: () => writer.remove(entry),
    replace: (v) => writer.replace(entry, v),
    rename: () => null,
  };
}

/**
 * The cookie of one group of keyed entries: `<prefix>.sticky.cookie` (the switch) and
 * `<prefix>.sticky.cookie.<option>`. `prefix` is as first written; `lower` spells new options in
 * lower case (the form's documented spelling) unless the prefix is written in camel case.
 */
function keyedCookie(
  form: TraefikForm,
  owner: string,
  plainHttp: string | null,
  prefix: string,
  switchEntry: KeyedEntry | undefined,
  optionEntries: readonly { entry: KeyedEntry; written: string }[],
  writer: EntryWriter,
): StickyCookie | null {
  // `sticky.cookie=false` alone switches it off (an option beside it still makes a cookie).
  if (optionEntries.length === 0 && switchEntry && switchEntry.value.trim().toLowerCase() === 'false') return null;
  const entries = [...(switchEntry ? [switchEntry] : []), ...optionEntries.map((o) => o.entry)].sort((a, b) => a.span.start - b.span.start);
  const anchor = switchEntry ?? entries[0];
  const last = entries[entries.length - 1];
  const camel = form === 'label' && /[A-Z]/.test(prefix);
  const spell = (name: CookieOptionName): string => `${prefix}.${camel ? name : name.toLowerCase()}`;
  const options = optionEntries.map((o) => entryOption(o.entry, o.written, writer));
  return cookie(form, owner, anchor.keySpan, options, false, false, plainHttp, spell, (name, value) => writer.add(last, spell(name), value));
}

function labelEntry(label: ComposeLabel): KeyedEntry {
  return { key: label.key, value: label.value, keySpan: label.keySpan, valueSpan: label.valueSpan, span: label.span, node: label.node };
}

function readLabels(c: Collector, owner: string, labelsNode: MNode | null, labels: readonly ComposeLabel[]): void {
  if (!labelsNode || labels.length === 0) return;
  const writer = labelWriter(c.source);
  const groups = new Map<string, { owner: string; prefix: string; switchEntry?: KeyedEntry; options: { entry: KeyedEntry; written: string }[]; bare: KeyedEntry[] }>();
  for (const label of labels) {
    const m = LABEL_KEY.exec(label.key);
    if (!m) continue;
    const rest = m[2];
    const lower = rest.toLowerCase();
    const entry = labelEntry(label);
    if (lower === 'strategy') {
      if (label.value.trim().toLowerCase() === 'hrw') c.hrw.push({ form: 'label', owner, written: `${label.key}=${label.value.trim()}`, span: label.valueSpan });
      continue;
    }
    if (lower !== 'sticky' && !lower.startsWith('sticky.')) continue;
    const id = m[1].toLowerCase();
    const group = groups.get(id) ?? { owner: `service ${m[1].split('.')[3]} (${owner})`, prefix: '', options: [], bare: [] };
    groups.set(id, group);
    if (lower === 'sticky') group.bare.push(entry);
    else if (lower === 'sticky.cookie') {
      group.switchEntry = entry;
      group.prefix = `${m[1]}.${rest}`;
    } else if (lower.startsWith('sticky.cookie.')) {
      group.options.push({ entry, written: rest.slice('sticky.cookie.'.length) });
      if (!group.prefix) group.prefix = `${m[1]}.${rest.slice(0, 'sticky.cookie'.length)}`;
    }
  }
  for (const group of groups.values()) {
    const found = group.switchEntry || group.options.length > 0 ? keyedCookie('label', group.owner, labelsPlainHttp(labels, c.entryPoints), group.prefix, group.switchEntry, group.options, writer) : null;
    if (found) c.cookies.push(found);
    else if (!group.switchEntry) {
      for (const entry of group.bare) {
        if (entry.value.trim().toLowerCase() === 'false') continue;
        c.bare.push({ form: 'label', owner: group.owner, span: entry.keySpan, written: entry.key, fix: renameKey(entry, `${entry.key}.cookie`) });
      }
    }
  }
}

/** Replaces an entry's key (a map key, or the key part of a `key=value` list item) by another. */
function renameKey(entry: KeyedEntry, key: string): TextEdit | null {
  if (isItem(entry.node)) {
    // The key's own span is exact only when the item has no escapes (classify.ts).
    if (entry.keySpan.start === entry.span.start && entry.keySpan.end === entry.span.end && entry.value !== '') return null;
    return { start: entry.keySpan.start, end: entry.keySpan.end, newText: key };
  }
  const k = entry.node.key;
  return { start: k.span.start, end: k.span.end, newText: keyText(key, k) };
}

function readAnnotations(c: Collector, owner: string, annotations: MMap): void {
  const writer = annotationWriter(c.source, annotations);
  let switchEntry: KeyedEntry | undefined;
  let prefix = 'traefik.ingress.kubernetes.io/service.sticky.cookie';
  const options: { entry: KeyedEntry; written: string }[] = [];
  const bare: KeyedEntry[] = [];
  for (const pair of annotations.pairs) {
    const key = textOf(pair.key);
    if (!key || !SERVICE_STICKY.test(key)) continue;
    const value = textOf(pair.value) ?? '';
    const entry: KeyedEntry = { key, value, keySpan: pair.key.span, valueSpan: pair.value ? pair.value.span : pair.key.span, span: pair.span, node: pair };
    const rest = key.slice('traefik.ingress.kubernetes.io/service.'.length);
    const lower = rest.toLowerCase();
    if (lower === 'sticky') bare.push(entry);
    else if (lower === 'sticky.cookie') {
      switchEntry = entry;
      prefix = key;
    } else if (lower.startsWith('sticky.cookie.')) options.push({ entry, written: rest.slice('sticky.cookie.'.length) });
  }
  const found = switchEntry || options.length > 0 ? keyedCookie('annotation', owner, null, prefix, switchEntry, options, writer) : null;
  if (found) c.cookies.push(found);
  else if (!switchEntry) {
    for (const entry of bare) {
      if (entry.value.trim().toLowerCase() === 'false') continue;
      c.bare.push({ form: 'annotation', owner, span: entry.keySpan, written: entry.key, fix: renameKey(entry, `${entry.key}.cookie`) });
    }
  }
}
