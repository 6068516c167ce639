import * as path from 'path';
import type { ComposeLabel, ComposeService, K8sObject, ManifestDocument, MMap, MNode, TraefikFileConfig } from './model';
import { mapAt, pairOf, textOf, valueAt } from './model';

/** A scalar's text, null when a template writes it (`name: {{ include "app.fullname" . }}`): no name to match. */
function writtenText(node: MNode | null | undefined): string | null {
  return node?.kind === 'scalar' && node.templated ? null : textOf(node);
}

/** Kubernetes objects of a document: the document itself, or each item of a `kind: List`. */
export function objectsOf(document: ManifestDocument): K8sObject[] {
  const out: K8sObject[] = [];
  const visit = (node: MNode | null, depth: number): void => {
    if (!node || node.kind !== 'map' || depth > 2) return;
    const apiVersion = textOf(valueAt(node, 'apiVersion'));
    const kind = textOf(valueAt(node, 'kind'));
    if (!apiVersion || !kind) return;
    if (kind.endsWith('List')) {
      const items = valueAt(node, 'items');
      if (items?.kind === 'seq') for (const item of items.items) visit(item, depth + 1);
      return;
    }
    out.push({ apiVersion, kind, name: writtenText(valueAt(node, 'metadata', 'name')), namespace: writtenText(valueAt(node, 'metadata', 'namespace')), root: node, document });
  };
  visit(document.root, 0);
  return out;
}

/** Traefik's dynamic configuration: a root with `http:` or `tcp:` holding routers, services or middlewares. */
export function traefikOf(document: ManifestDocument): TraefikFileConfig | null {
  const root = document.root;
  if (!root || root.kind !== 'map' || pairOf(root, 'apiVersion')) return null;
  for (const protocol of ['http', 'tcp', 'udp']) {
    const section = mapAt(root, protocol);
    if (section && ['routers', 'services', 'middlewares', 'serversTransports'].some((k) => pairOf(section, k))) return { root, document };
  }
  return null;
}

const COMPOSE_NAME = /^(docker-)?compose(\.[\w-]+)*\.ya?ml$/;

/** Whether a file's name is one Docker Compose reads by default (compose.yaml, docker-compose.override.yml, ...). */
export function isComposeName(file: string): boolean {
  return COMPOSE_NAME.test(path.basename(file));
}

/** The labels of a `labels:` node (map or list form), each with the spans of its key and value. */
export function labelsOf(node: MMap | MNode | null | undefined): ComposeLabel[] {
  if (!node) return [];
  const out: ComposeLabel[] = [];
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      const key = textOf(pair.key);
      if (key === null) continue;
      const valueSpan = pair.value ? pair.value.span : { start: pair.key.span.end, end: pair.key.span.end };
      out.push({ key, value: textOf(pair.value) ?? '', form: 'map', node: pair, keySpan: pair.key.span, valueSpan, span: pair.span });
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
      const eq = item.value.indexOf('=');
      const key = eq < 0 ? item.value : item.value.slice(0, eq);
      const value = eq < 0 ? '' : item.value.slice(eq + 1);
      // Offsets inside the scalar: exact for plain and quoted scalars without escapes, the usual label.
      const open = item.style === 'single' || item.style === 'double' ? 1 : 0;
      const exact = item.raw.length - 2 * open === item.value.length;
      const keyStart = item.span.start + open;
      const keySpan = exact ? { start: keyStart, end: keyStart + key.length } : item.span;
      const valueSpan = exact && eq >= 0 ? { start: keyStart + eq + 1, end: keyStart + item.value.length } : item.span;
      out.push({ key: key.trim(), value, form: 'list', node: item, keySpan, valueSpan, span: item.span });
    }
  }
  return out;
}

/** The services of a compose file: a root with `services:` mapping names to maps. */
export function composeOf(document: ManifestDocument, file: string): ComposeService[] {
  const root = document.root;
  if (!root || root.kind !== 'map' || pairOf(root, 'apiVersion')) return [];
  const services = mapAt(root, 'services');
  if (!services) return [];
  const serviceMaps = services.pairs.filter((p) => p.value?.kind === 'map');
  if (!isComposeName(file) && !serviceMaps.some((p) => ['image', 'build', 'labels', 'ports'].some((k) => pairOf(p.value, k)))) return [];
  return serviceMaps.map((p) => {
    const node = p.value as MMap;
    const labelsNode = valueAt(node, 'labels');
    const labels = labelsNode && (labelsNode.kind === 'map' || labelsNode.kind === 'seq') ? labelsNode : null;
    return { name: textOf(p.key) ?? '', node, labelsNode: labels, labels: labelsOf(labels) };
  });
}
