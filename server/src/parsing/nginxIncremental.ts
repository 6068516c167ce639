import type { Argument, Comment } from '../model/common';
import type { NginxConfig, NginxDirective } from '../model/nginx';
import { applyFragmentProtocol, forgetEvidence } from './nginxFragmentProtocol';
import { ownString } from '../text/ownString';
import { nginxRegionFromText, type MutableNginxDirective } from './nginxText';
import { shiftSpan, spliceComments, type MutableSpan } from './spanShift';

/** One replacement in a text: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}


/** Two changes in a row as one: the smallest old range whose replacement gives the final text. */
export function combineChanges(first: TextChange, next: TextChange): TextChange {
  const start = Math.min(first.start, next.start);
  const end = Math.max(first.newEnd, next.oldEnd);
  const oldEnd = end === first.newEnd ? first.oldEnd : first.oldEnd + (end - first.newEnd);
  return { start, oldEnd: Math.max(oldEnd, first.oldEnd), newEnd: end + (next.newEnd - next.oldEnd) };
}

/** The index of the first directive of `list` (in source order) whose span ends at or after `offset`. */
function firstEndingFrom(list: readonly NginxDirective[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].span.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the directive of `list` that starts at `offset` (or the first one after it). */
function indexStartingAt(list: readonly NginxDirective[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A Lua block's body is code, not directives: an edit in it re-reads the whole directive. */
function isLuaBlock(d: NginxDirective): boolean {
  return d.name.includes('lua') || d.nameSpan.end - d.nameSpan.start !== d.name.length;
}

/** Moves a directive and everything inside it by `delta` characters. */
function shiftDirective(d: NginxDirective, delta: number): void {
  const m = d as MutableNginxDirective;
  shiftSpan(m.nameSpan, delta);
  shiftSpan(m.span, delta);
  if (m.bodySpan) shiftSpan(m.bodySpan, delta);
  for (const a of m.args as Argument[]) shiftSpan(a.span as MutableSpan, delta);
  if (m.children) for (const c of m.children) shiftDirective(c, delta);
}

/**
 * The model of the new text, made from the old model by re-reading only the directives a change
 * touched: the innermost block that holds the change keeps its other children (moved by the
 * change's length), and the part of the block between the untouched neighbours is read again from
 * the text. When that part does not read as whole directives there (a brace or a quote typed that
 * changes the block structure), the block itself is re-read in its parent, and so on up to the file.
 *
 * The old model is updated in place and must not be used afterwards. Only for texts whose tree
 * has no error (both before and after the change): the result then equals a full build.
 */
export function updateNginxConfig(old: NginxConfig, text: string, change: TextChange): NginxConfig | null {
  if (old.syntaxProblems.length) return null;
  const delta = change.newEnd - change.oldEnd;
  const oldLength = text.length - delta;
  const top = old.directives as MutableNginxDirective[];

  // The innermost block whose body strictly holds the change.
  let container: MutableNginxDirective | null = null;
  let list: NginxDirective[] = top;
  for (;;) {
    const i = firstEndingFrom(list, change.oldEnd);
    const d = list[i] as MutableNginxDirective | undefined;
    if (!d || !d.children || !d.bodySpan || isLuaBlock(d)) break;
    if (!(change.start > d.bodySpan.start && change.oldEnd < d.bodySpan.end)) break;
    container = d;
    list = d.children as NginxDirective[];
  }

  let rangeStart = change.start;
  let rangeEnd = change.oldEnd;
  for (;;) {
    const first = firstEndingFrom(list, rangeStart);
    let last = first - 1;
    while (last + 1 < list.length && list[last + 1].span.start <= rangeEnd) last++;
    const regionStart = first > 0 ? list[first - 1].span.end : container ? container.bodySpan!.start + 1 : 0;
    const regionEnd = last + 1 < list.length ? list[last + 1].span.start : container ? container.bodySpan!.end - 1 : oldLength;
    const comments: Comment[] = [];
    // The re-read directives outlive this version of the text: their tokens are copies (ownString).
    const region = nginxRegionFromText(text, regionStart, regionEnd + delta, container, comments, ownString);
    if (region) {
      // The top-level directive whose inside changed in place reads as other evidence now.
      let unit = container;
      while (unit?.parent) unit = unit.parent as MutableNginxDirective;
      if (unit) forgetEvidence(unit);
      list.splice(first, last - first + 1, ...region);
      if (delta !== 0) {
        for (let i = first + region.length; i < list.length; i++) shiftDirective(list[i], delta);
        for (let a: MutableNginxDirective | null = container; a; a = a.parent as MutableNginxDirective | null) {
          a.span.end += delta;
          a.bodySpan!.end += delta;
          const siblings = (a.parent ? a.parent.children : top) as NginxDirective[];
          for (let i = indexStartingAt(siblings, a.span.start) + 1; i < siblings.length; i++) shiftDirective(siblings[i], delta);
        }
      }
      const config: NginxConfig = { dialect: 'nginx', directives: top, comments: spliceComments(old.comments, regionStart, regionEnd, comments, delta), syntaxProblems: [] };
      applyFragmentProtocol(top);
      return config;
    }
    if (!container) return null;
    rangeStart = container.span.start;
    rangeEnd = container.span.end;
    container = container.parent as MutableNginxDirective | null;
    list = (container ? container.children : top) as NginxDirective[];
  }
}
