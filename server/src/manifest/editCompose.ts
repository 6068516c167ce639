import type { TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { appendItem, fillPair, insertPair, replaceScalar, yamlString } from './edits';
import type { ComposeLabel, ComposeService, MScalar, ScalarStyle } from './model';

/**
 * Edits of compose labels in both forms, keeping how the file writes them: map form
 * (`traefik.x: "value"`, the values' quoting as the other labels have it, double quotes when none
 * are quoted) and list form (`- "traefik.x=value"`, the items' quoting kept).
 */

const PLAIN_KEY = /^[A-Za-z0-9_./-]+$/;

function quoted(style: ScalarStyle): 'single' | 'double' | null {
  return style === 'single' || style === 'double' ? style : null;
}

/** The quoting the labels of a service use: of the last quoted label, else none (list form) / double (map form). */
function labelStyle(service: ComposeService, form: 'map' | 'list'): 'plain' | 'single' | 'double' {
  for (let i = service.labels.length - 1; i >= 0; i--) {
    const label = service.labels[i];
    const node = label.node;
    const scalar: MScalar | null = 'kind' in node ? node : node.value?.kind === 'scalar' ? node.value : null;
    if (scalar && label.form === form) return quoted(scalar.style) ?? (form === 'map' ? 'double' : 'plain');
  }
  return form === 'map' ? 'double' : 'plain';
}

/** Whether a text reads back as the same string written plain as an item of a block (or flow) sequence. */
function plainItem(text: string, flow: boolean): boolean {
  if (text === '' || /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) || /\s$|:$|[\r\n]|: | #/.test(text)) return false;
  // A `key=value` text never reads as a number, boolean or null.
  return !(flow && /[,[\]{}]/.test(text));
}

/** A list item `key=value` in a quoting style (plain only where it reads back as the same string). */
function listItem(key: string, value: string, style: 'plain' | 'single' | 'double', flow = false): string {
  const text = `${key}=${value}`;
  if (style === 'plain') return plainItem(text, flow) ? text : yamlString(text, 'double');
  return yamlString(text, style);
}

/** Replaces the value of a label, keeping its form and quoting. */
export function setLabelValue(service: ComposeService, label: ComposeLabel, value: string, source: SourceText): TextEdit {
  const node = label.node;
  if (!('kind' in node)) {
    // Map form: the pair's value (or nothing after the colon).
    if (node.value?.kind === 'scalar' && node.value.raw !== '') return replaceScalar(node.value, value);
    return fillPair(node, yamlString(value, 'double'), source);
  }
  // List form: the text after `=` inside the item when its offsets are exact, else the whole item again.
  const style = node.style === 'single' || node.style === 'double' ? node.style : 'plain';
  const inner = node.style === 'double' ? JSON.stringify(value).slice(1, -1) : node.style === 'single' ? value.replace(/'/g, "''") : value;
  const flow = service.labelsNode?.kind === 'seq' && service.labelsNode.flow;
  const whole = listItem(label.key, value, style, flow);
  const exact = label.valueSpan !== node.span && label.valueSpan.start > node.span.start && label.valueSpan.end <= node.span.end;
  if (exact && (style !== 'plain' || whole === `${label.key}=${value}`)) return { start: label.valueSpan.start, end: label.valueSpan.end, newText: inner };
  return { start: node.span.start, end: node.span.end, newText: whole };
}

/** Adds a label to a service: to its labels in their form and quoting, or a new `labels:` map. */
export function addLabel(service: ComposeService, key: string, value: string, source: SourceText): TextEdit {
  const labels = service.labelsNode;
  if (!labels) return insertPair(service.node, 'labels', [[PLAIN_KEY.test(key) ? key : yamlString(key, 'double'), yamlString(value, 'double')]], source);
  if (labels.kind === 'seq') return appendItem(labels, listItem(key, value, labelStyle(service, 'list'), labels.flow), source);
  const style = labelStyle(service, 'map');
  return insertPair(labels, PLAIN_KEY.test(key) ? key : yamlString(key, 'double'), yamlString(value, style), source);
}

/** Sets a label of a service: replaces the value of the last label with that key, or adds the label. */
export function setLabel(service: ComposeService, key: string, value: string, source: SourceText): TextEdit {
  for (let i = service.labels.length - 1; i >= 0; i--) if (service.labels[i].key === key) return setLabelValue(service, service.labels[i], value, source);
  return addLabel(service, key, value, source);
}
