import type { Argument, Comment } from '../model/common';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../model/haproxy';
import { ownString } from '../text/ownString';
import { haproxyLinesFromText, type MutableHaproxySection } from './haproxyText';
import type { TextChange } from './nginxIncremental';

type MutableSpan = { start: number; end: number };

function shiftSpan(s: MutableSpan, delta: number): void {
  s.start += delta;
  s.end += delta;
}

function shiftDirective(d: HaproxyDirective, delta: number): void {
  shiftSpan(d.keywordSpan as MutableSpan, delta);
  shiftSpan(d.span as MutableSpan, delta);
  for (const a of d.args as Argument[]) shiftSpan(a.span as MutableSpan, delta);
  if (d.condition) shiftSpan(d.condition.span as MutableSpan, delta);
}

function shiftSection(s: HaproxySection, delta: number): void {
  shiftSpan(s.keywordSpan as MutableSpan, delta);
  shiftSpan(s.headerSpan as MutableSpan, delta);
  shiftSpan(s.span as MutableSpan, delta);
  for (const d of s.directives) shiftDirective(d, delta);
}

/** The index of the last section whose keyword starts at or before `offset` (-1: none). */
function sectionAt(sections: readonly HaproxySection[], offset: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].keywordSpan.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * The model of the new text, made from the old model by re-reading only the body of the section a
 * change is in: the lines after its header line, up to the next section's header line. Null when
 * the change touches a header line or the text before the first section, or when a line of the
 * re-read body now starts a section; the caller then builds the model from scratch.
 *
 * The old model is updated in place and must not be used afterwards. Only for texts whose tree
 * has no error (both before and after the change): the result then equals a full build.
 */
export function updateHaproxyConfig(old: HaproxyConfig, text: string, change: TextChange): HaproxyConfig | null {
  if (old.syntaxProblems.length) return null;
  const delta = change.newEnd - change.oldEnd;
  const sections = old.sections as HaproxySection[];
  const at = sectionAt(sections, change.start);
  if (at < 0) return null;
  const section = sections[at] as MutableHaproxySection;
  // The header line ends before the change (the text before the change is the same in both).
  const headerLineEnd = text.indexOf('\n', section.headerSpan.end);
  if (headerLineEnd < 0 || headerLineEnd >= change.start) return null;
  const bodyStart = headerLineEnd + 1;
  // The next header's line starts after the change, its line break included.
  const next = sections[at + 1];
  let bodyEnd = text.length;
  if (next) {
    bodyEnd = text.lastIndexOf('\n', next.keywordSpan.start + delta - 1) + 1;
    if (bodyEnd - 1 < change.newEnd) return null;
  }
  section.directives = [];
  section.span = { start: section.span.start, end: section.headerSpan.end };
  // The re-read body outlives this version of the text: its tokens are copies (ownString).
  const read = haproxyLinesFromText(text, bodyStart, bodyEnd, section, ownString);
  if (read.sections.length || read.orphans.length) return null;
  if (delta !== 0) for (let i = at + 1; i < sections.length; i++) shiftSection(sections[i], delta);
  const comments = spliceComments(old.comments, bodyStart, bodyEnd - delta, read.comments, delta);
  return { dialect: 'haproxy', sections, orphans: old.orphans, comments, syntaxProblems: [] };
}

/** The comments with those of the old `[start, end)` replaced and those after it moved. */
function spliceComments(old: readonly Comment[], start: number, end: number, replacement: readonly Comment[], delta: number): Comment[] {
  const out: Comment[] = [];
  for (const c of old) {
    if (c.span.start < start) out.push(c);
  }
  for (const c of replacement) out.push(c);
  for (const c of old) {
    if (c.span.start < end) continue;
    if (delta !== 0) shiftSpan(c.span as MutableSpan, delta);
    out.push(c);
  }
  return out;
}
