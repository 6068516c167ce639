import type { Span } from '../../text/span';

/**
 * Helm charts and Traefik's file provider run files through Go templates: `{{ ... }}` actions the
 * YAML and TOML readers cannot read. Before reading, each action is masked with text of the same
 * length, so every offset stays exact: a line that holds nothing but actions (`{{- if .Values.x }}`,
 * `{{ include "labels" . | indent 4 }}`) becomes blank, an action inside a line
 * (`name: {{ .Release.Name }}-web`) becomes underscores. Line breaks inside an action stay.
 */

export const TEMPLATE_FILL = '_';

export interface MaskedText {
  /** The text with every action masked (the text itself when it has none). */
  readonly text: string;
  /** The actions, in order (`{{` to `}}`, or to the line's end when never closed). */
  readonly actions: readonly Span[];
}

/** Whether a text holds a Go template action. */
export function hasTemplate(text: string): boolean {
  return text.includes('{{');
}

export function maskTemplates(text: string): MaskedText {
  const actions: Span[] = [];
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at)) {
    const close = text.indexOf('}}', at + 2);
    if (close < 0) {
      const nl = text.indexOf('\n', at);
      actions.push({ start: at, end: nl < 0 ? text.length : nl });
      break;
    }
    actions.push({ start: at, end: close + 2 });
    at = close + 2;
  }
  if (actions.length === 0) return { text, actions };
  const chars = text.split('');
  const inAction = new Uint8Array(text.length);
  const fill = (start: number, end: number, ch: string): void => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ch;
  };
  for (const a of actions) {
    fill(a.start, a.end, TEMPLATE_FILL);
    inAction.fill(1, a.start, a.end);
  }
  // One rendering: the first branch of every {{ if }} / {{ with }} / {{ range }}. What stands after its
  // {{ else }} (up to the matching {{ end }}) is blanked, so branches that exclude each other (an
  // `httpHeaderName` in one, an `httpCookie` in the other) are never read side by side.
  for (const region of elseBranches(text, actions)) fill(region.start, region.end, ' ');
  // Lines left with nothing but masked actions and spaces are blanked whole.
  let lineStart = 0;
  while (lineStart <= chars.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let masked = false;
    let other = false;
    for (let i = lineStart; i < lineEnd && !other; i++) {
      const c = chars[i];
      if (inAction[i]) masked = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') other = true;
    }
    if (masked && !other) fill(lineStart, lineEnd, ' ');
    lineStart = lineEnd + 1;
  }
  return { text: chars.join(''), actions };
}

/** The keyword an action starts with (`if`, `else`, `end`, ...), after `{{`, a trim marker and spaces. */
function keywordOf(text: string, action: Span): string {
  const m = /^\{\{-?\s*([a-z]+)/.exec(text.slice(action.start, Math.min(action.end, action.start + 40)));
  return m ? m[1] : '';
}

/** The text of every `{{ else }}` branch: from the end of its first `else` to the start of the matching `end`. */
export function elseBranches(text: string, actions: readonly Span[]): Span[] {
  const regions: Span[] = [];
  const stack: { elseEnd: number }[] = [];
  for (const a of actions) {
    const keyword = keywordOf(text, a);
    if (keyword === 'if' || keyword === 'with' || keyword === 'range' || keyword === 'block' || keyword === 'define') stack.push({ elseEnd: -1 });
    else if (keyword === 'else') {
      const top = stack[stack.length - 1];
      if (top && top.elseEnd < 0) top.elseEnd = a.end;
    } else if (keyword === 'end') {
      const top = stack.pop();
      if (top && top.elseEnd >= 0 && a.start > top.elseEnd) regions.push({ start: top.elseEnd, end: a.start });
    }
  }
  return regions;
}

/** Whether a span overlaps one of the actions (sorted by start). */
export function overlapsAction(actions: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = actions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actions[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < actions.length && actions[lo].start < Math.max(span.end, span.start + 1);
}
