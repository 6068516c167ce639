import type { K8sObject, ManifestModel, MMap, MPair, MScalar } from '../../manifest/model';
import { mapAt, scalarAt, textOf, valueAt } from '../../manifest/model';
import { setScalar } from '../../manifest/edits';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import type { TextEdit } from '../types';
import { isTemplated } from '../k8s/objects';

/** The ALB target group attributes annotation (Ingress, or a Service behind an ALB Ingress). */
export const ALB_TG_ATTRIBUTES = 'alb.ingress.kubernetes.io/target-group-attributes';
/** The NLB target group attributes annotation of a LoadBalancer Service. */
export const NLB_TG_ATTRIBUTES = 'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes';
export const ALB_TARGET_TYPE = 'alb.ingress.kubernetes.io/target-type';
export const NLB_TARGET_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type';
const NLB_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-type';

/** The smallest and largest stickiness durations ELBv2 takes (one week), and its default (one day). */
export const MIN_DURATION = 1;
export const MAX_DURATION = 604800;
export const DEFAULT_DURATION = 86400;

/** One `key=value` of a target-group-attributes annotation, with spans inside the scalar where they are exact. */
export interface TgAttribute {
  readonly key: string;
  readonly value: string;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** `key=value` as written. */
  readonly span: Span;
}

/** A target-group-attributes annotation of one object, read as the controller's stringMap parser reads it. */
export interface TgAttributes {
  readonly object: K8sObject;
  readonly lb: 'alb' | 'nlb';
  readonly annotations: MMap;
  readonly pair: MPair;
  readonly scalar: MScalar;
  readonly entries: readonly TgAttribute[];
  /** Whether the entries' spans are exact (a plain or quoted scalar without escapes or folding), not the whole scalar's. */
  readonly exact: boolean;
  /** The entry that decides a key (the last one written, as the controller keeps it). */
  get(key: string): TgAttribute | undefined;
}

/** The offset in the file of each character of a scalar's value, when the value is its text between the quotes. */
function offsetsOf(scalar: MScalar): ((i: number) => number) | null {
  const value = typeof scalar.value === 'string' ? scalar.value : null;
  if (value === null || scalar.style === 'block') return null;
  const open = scalar.style === 'plain' ? 0 : 1;
  const inner = scalar.raw.slice(open, scalar.raw.length - open);
  if (inner !== value) return null;
  return (i) => scalar.span.start + open + i;
}

/** Splits `k1=v1,k2=v2` (the controller trims spaces around keys and values; parts without `=` are not pairs). */
export function parseAttributes(scalar: MScalar): TgAttribute[] {
  const value = typeof scalar.value === 'string' ? scalar.value : textOf(scalar) ?? '';
  const at = offsetsOf(scalar);
  const spanOf = (from: number, to: number): Span => (at ? { start: at(from), end: at(to) } : scalar.span);
  const out: TgAttribute[] = [];
  let from = 0;
  for (const part of value.split(',')) {
    const partStart = from;
    from += part.length + 1;
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const rawKey = part.slice(0, eq);
    const rawValue = part.slice(eq + 1);
    const keyStart = partStart + (rawKey.length - rawKey.trimStart().length);
    const key = rawKey.trim();
    const valueStart = partStart + eq + 1 + (rawValue.length - rawValue.trimStart().length);
    const v = rawValue.trim();
    if (!key) continue;
    out.push({ key, value: v, keySpan: spanOf(keyStart, keyStart + key.length), valueSpan: spanOf(valueStart, valueStart + v.length), span: spanOf(keyStart, valueStart + v.length) });
  }
  return out;
}

const PER_PORT = /^service\.beta\.kubernetes\.io\/aws-load-balancer-target-group-attributes\.\d+$/;

const INGRESS_API = /^(networking\.k8s\.io\/(v1|v1beta1)|extensions\/v1beta1)$/;

/** Every target-group-attributes annotation of the file, ALB (Ingress or Service) and NLB (Service). */
export function tgAttributesOf(model: ManifestModel, source: SourceText): TgAttributes[] {
  const out: TgAttributes[] = [];
  for (const object of model.objects) {
    const isIngress = object.kind === 'Ingress' && INGRESS_API.test(object.apiVersion);
    const isService = object.kind === 'Service' && object.apiVersion === 'v1';
    if (!isIngress && !isService) continue;
    const annotations = mapAt(object.root, 'metadata', 'annotations');
    if (!annotations) continue;
    for (const pair of annotations.pairs) {
      const name = pair.key.value;
      // The NLB annotation also comes per port (`...-target-group-attributes.3306`), overriding the global one there.
      const lb = name === ALB_TG_ATTRIBUTES ? 'alb' : isService && typeof name === 'string' && (name === NLB_TG_ATTRIBUTES || PER_PORT.test(name)) ? 'nlb' : null;
      const scalar = pair.value;
      if (!lb || !scalar || scalar.kind !== 'scalar' || typeof scalar.value !== 'string' || isTemplated(scalar, source)) continue;
      const entries = parseAttributes(scalar);
      out.push({ object, lb, annotations, pair, scalar, entries, exact: offsetsOf(scalar) !== null, get: (key) => [...entries].reverse().find((e) => e.key === key) });
    }
  }
  return out;
}

/** An annotation's text on an object, null when absent. */
export function annotationOf(object: K8sObject, name: string): string | null {
  return textOf(scalarAt(mapAt(object.root, 'metadata', 'annotations'), name));
}

/** Whether stickiness is switched on (`stickiness.enabled=true`; ELBv2 takes true and false). */
export function stickinessOn(attrs: TgAttributes): TgAttribute | undefined {
  const e = attrs.get('stickiness.enabled');
  return e && e.value.toLowerCase() === 'true' ? e : undefined;
}

/** The names of the Services an Ingress routes to (networking.k8s.io/v1 and the older serviceName form). */
export function backendServices(ingress: K8sObject): string[] {
  const names: string[] = [];
  const add = (backend: unknown): void => {
    const b = backend as MMap | undefined;
    const name = textOf(scalarAt(b, 'service', 'name')) ?? textOf(scalarAt(b, 'serviceName'));
    if (name) names.push(name);
  };
  const spec = valueAt(ingress.root, 'spec');
  add(valueAt(spec, 'defaultBackend') ?? valueAt(spec, 'backend'));
  const rules = valueAt(spec, 'rules');
  if (rules?.kind === 'seq') {
    for (const rule of rules.items) {
      const paths = valueAt(rule, 'http', 'paths');
      if (paths?.kind === 'seq') for (const p of paths.items) add(valueAt(p, 'backend'));
    }
  }
  return names;
}

/** The target type the controller gives the target groups of an annotation, and why (the annotation, or the default). */
export function targetTypeOf(attrs: TgAttributes, model: ManifestModel): { type: string; written: MScalar | undefined } {
  const { object } = attrs;
  if (attrs.lb === 'nlb') {
    const written = scalarAt(attrs.annotations, NLB_TARGET_TYPE);
    if (annotationOf(object, NLB_TYPE) === 'nlb-ip') return { type: 'ip', written: scalarAt(attrs.annotations, NLB_TYPE) };
    return { type: textOf(written) ?? 'instance', written };
  }
  const written = scalarAt(attrs.annotations, ALB_TARGET_TYPE);
  if (written) return { type: textOf(written) ?? 'instance', written };
  // The controller merges a backend Service's annotations over its Ingress's. An Ingress whose
  // backend Services (all in this file) say ip has ip target groups; a Service whose Ingresses
  // (all that route to it in this file) say ip has too.
  const sameNamespace = (o: K8sObject): boolean => (o.namespace ?? null) === (object.namespace ?? null);
  if (object.kind === 'Ingress') {
    const names = backendServices(object);
    const services = model.objects.filter((o) => o.kind === 'Service' && o.name !== null && names.includes(o.name) && sameNamespace(o));
    if (names.length > 0 && names.every((n) => services.some((s) => s.name === n && annotationOf(s, ALB_TARGET_TYPE) === 'ip'))) return { type: 'ip', written: undefined };
  } else {
    const ingresses = model.objects.filter((o) => o.kind === 'Ingress' && sameNamespace(o) && object.name !== null && backendServices(o).includes(object.name));
    if (ingresses.length > 0 && ingresses.every((i) => annotationOf(i, ALB_TARGET_TYPE) === 'ip')) return { type: 'ip', written: undefined };
  }
  return { type: 'instance', written: undefined };
}

/** Replaces the text of one entry's value inside the annotation (exact spans only). */
export function replaceValue(attrs: TgAttributes, entry: TgAttribute, text: string): TextEdit | null {
  if (!attrs.exact) return null;
  return { start: entry.valueSpan.start, end: entry.valueSpan.end, newText: text };
}

/** Sets an annotation of the same object. */
export function setAnnotation(attrs: TgAttributes, name: string, value: string, source: SourceText): TextEdit {
  return setScalar(attrs.annotations, name, value, source);
}
