import { annotationsOf, type Annotations } from '../../manifest/annotations';
import { insertPair, setScalar } from '../../manifest/edits';
import type { K8sObject, ManifestModel, MMap, MNode, MPair, MScalar } from '../../manifest/model';
import { mapAt, pairOf, textOf, valueAt } from '../../manifest/model';
import type { Argument } from '../../model/common';
import { readStickyArguments, type StickyDirective } from '../../model/nginxSticky';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import type { TextEdit } from '../types';

/** The annotation for NGINX open source (controller 5.4 and later) and the one NGINX Plus always had. */
export const ORG_STICKY = 'nginx.org/sticky-cookie-services';
export const COM_STICKY = 'nginx.com/sticky-cookie-services';

/** The CRDs whose `spec.upstreams[]` take `sessionCookie` and `lb-method`. */
export function isVirtualServer(o: K8sObject): boolean {
  return o.apiVersion.startsWith('k8s.nginx.org/') && (o.kind === 'VirtualServer' || o.kind === 'VirtualServerRoute');
}

/** The upstreams of a VirtualServer or VirtualServerRoute. */
export function upstreamsOf(o: K8sObject): MMap[] {
  const upstreams = valueAt(o.root, 'spec', 'upstreams');
  return upstreams?.kind === 'seq' ? upstreams.items.filter((u): u is MMap => u.kind === 'map') : [];
}

/**
 * A sticky cookie of the NGINX Ingress Controller, wherever it is written: the controller renders
 * both forms into nginx's `sticky cookie`, so the rules judge its words (StickyDirective).
 */
export interface NicStickyCookie {
  readonly origin: 'virtualserver' | 'annotation';
  /** How a message names it: `sessionCookie of upstream "tea"`, `nginx.org/sticky-cookie-services (serviceName=tea-svc)`. */
  readonly label: string;
  readonly sticky: StickyDirective;
  readonly span: Span;
  /** The VirtualServer form's `sessionCookie` map. */
  readonly map?: MMap;
  /**
   * An edit that adds a word of `sticky cookie` (`secure`, `samesite=lax`) or replaces the one with
   * the same key; null where the text cannot be edited exactly (an escaped or folded annotation).
   */
  set(word: string, source: SourceText): TextEdit | null;
}

/** `sessionCookie` fields by the `sticky cookie` word they render (nginx.virtualserver.tmpl). */
const FIELDS: Readonly<Record<string, string>> = { path: 'path', expires: 'expires', domain: 'domain', samesite: 'samesite', httponly: 'httpOnly', secure: 'secure' };

function argument(value: string, node: MScalar | MPair): Argument {
  const span = 'key' in node ? node.key.span : node.span;
  return { raw: value, value, span, quoted: false };
}

function isTrue(node: MNode | null | undefined): boolean {
  return textOf(node)?.toLowerCase() === 'true';
}

function virtualServerCookie(upstream: MMap): NicStickyCookie | null {
  const pair = pairOf(upstream, 'sessionCookie');
  const map = mapAt(upstream, 'sessionCookie');
  if (!pair || !map || !isTrue(valueAt(map, 'enable'))) return null;
  const words: Argument[] = [];
  const name = valueAt(map, 'name');
  words.push(argument(textOf(name) ?? '', name?.kind === 'scalar' ? name : pair));
  for (const [word, field] of Object.entries(FIELDS)) {
    const fieldPair = pairOf(map, field);
    const value = fieldPair?.value;
    if (!fieldPair || !value || value.kind !== 'scalar') continue;
    if (word === 'httponly' || word === 'secure') {
      if (isTrue(value)) words.push(argument(word, value));
    } else if (textOf(value)) {
      words.push(argument(`${word}=${textOf(value)}`, value));
    }
  }
  const upstreamName = textOf(valueAt(upstream, 'name'));
  return {
    origin: 'virtualserver',
    label: `sessionCookie of upstream ${upstreamName ? `"${upstreamName}"` : '(unnamed)'}`,
    sticky: readStickyArguments('cookie', words),
    span: pair.key.span,
    map,
    set(word, source) {
      const eq = word.indexOf('=');
      const field = FIELDS[eq < 0 ? word : word.slice(0, eq)];
      if (eq < 0) return setScalar(map, field, 'true', source, true);
      const value = word.slice(eq + 1);
      return pairOf(map, field) ? setScalar(map, field, value, source) : insertPair(map, field, value, source);
    },
  };
}

/** The text of a scalar when offsets inside its value are offsets inside its source (no escapes, no folding). */
function exactText(node: MScalar): { text: string; start: number } | null {
  if (node.style === 'block' || typeof node.value !== 'string' || node.raw.includes('\n')) return null;
  const open = node.style === 'plain' ? 0 : 1;
  const inner = node.raw.slice(open, node.raw.length - open);
  return inner === node.value ? { text: inner, start: node.span.start + open } : null;
}

/** One `serviceName=<svc> <cookie> [params]` entry of a sticky-cookie-services value, as the controller splits it. */
export interface StickyServiceEntry {
  readonly text: string;
  /** Offset of the entry in the value. */
  readonly offset: number;
  /** The service, null when the entry is malformed (the controller then ignores the whole annotation). */
  readonly service: string | null;
  /** Why the controller refuses the entry, if it does. */
  readonly error: string | null;
}

/** Splits the value as ParseStickyServiceList does: on `;`, then at the first space, then `serviceName=<svc>`. */
export function stickyServiceEntries(value: string): StickyServiceEntry[] {
  const out: StickyServiceEntry[] = [];
  let offset = 0;
  for (const text of value.split(';')) {
    const space = text.indexOf(' ');
    const head = space < 0 ? text : text.slice(0, space);
    const parts = head.split('=');
    const params = space < 0 ? '' : text.slice(space + 1);
    let error: string | null = null;
    if (space < 0) error = text === '' ? 'an empty entry (a stray ";")' : `"${text}" has no cookie after the service`;
    else if (parts.length !== 2) error = head === '' ? `"${text}" starts with a space` : `"${head}" is not serviceName=<service>`;
    else if (!/^([^"$\\]|\\[^$])*$/.test(params)) error = `"${params}" holds a character the controller refuses (", $ or \\)`;
    out.push({ text, offset, service: error ? null : parts[1], error });
    offset += text.length + 1;
  }
  return out;
}

/** The sticky-cookie-services annotation the controller reads: nginx.org wins when both are set. */
export function stickyAnnotation(a: Annotations): { key: string; pair: MPair } | null {
  for (const key of [ORG_STICKY, COM_STICKY]) {
    const pair = a.pair(key);
    if (pair?.value?.kind === 'scalar') return { key, pair };
  }
  return null;
}

function annotationCookies(o: K8sObject): NicStickyCookie[] {
  const found = stickyAnnotation(annotationsOf(o));
  const scalar = found?.pair.value;
  if (!found || scalar?.kind !== 'scalar' || typeof scalar.value !== 'string') return [];
  const entries = stickyServiceEntries(scalar.value);
  if (entries.some((e) => e.error)) return [];
  const exact = exactText(scalar);
  const out: NicStickyCookie[] = [];
  for (const entry of entries) {
    const base = entry.offset + entry.text.indexOf(' ') + 1;
    const words: Argument[] = [];
    for (const m of entry.text.slice(base - entry.offset).matchAll(/\S+/g)) {
      const at = base + (m.index ?? 0);
      const span = exact ? { start: exact.start + at, end: exact.start + at + m[0].length } : scalar.span;
      words.push({ raw: m[0], value: m[0], span, quoted: false });
    }
    const last = words[words.length - 1];
    out.push({
      origin: 'annotation',
      label: `${found.key} (serviceName=${entry.service})`,
      sticky: readStickyArguments('cookie', words),
      span: exact ? { start: exact.start + entry.offset, end: exact.start + entry.offset + entry.text.trimEnd().length } : scalar.span,
      set(word) {
        if (!exact || !last) return null;
        const eq = word.indexOf('=');
        const existing = eq > 0 ? words.find((w) => w.value.toLowerCase().startsWith(word.slice(0, eq + 1))) : undefined;
        if (existing) return { start: existing.span.start, end: existing.span.end, newText: word };
        return { start: last.span.end, end: last.span.end, newText: ` ${word}` };
      },
    });
  }
  return out;
}

/** Every sticky cookie the NGINX Ingress Controller would render from a file. */
export function nicStickyCookies(model: ManifestModel): NicStickyCookie[] {
  const out: NicStickyCookie[] = [];
  for (const o of model.objects) {
    if (isVirtualServer(o)) for (const u of upstreamsOf(o)) {
      const c = virtualServerCookie(u);
      if (c) out.push(c);
    }
    else if (o.kind === 'Ingress') out.push(...annotationCookies(o));
  }
  return out;
}
