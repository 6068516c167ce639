import type { Argument } from '../model/common';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../model/haproxy';
import { ownString } from '../text/ownString';
import { haproxyLinesFromText, type MutableHaproxySection } from './haproxyText';
import type { TextChange } from './nginxIncremental';
import { shiftSpan, spliceComments, type MutableSpan } from './spanShift';

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

/**
 * Where a change lies in the body of a section: the lines after its header line, up to the line of
 * the next section's header. Offsets are of the new text; `laterShift` is what to add to the
 * offsets of the sections after the change (the length change while they are not yet moved, 0 once
 * they are). Null when the change touches a header line or the text before the first section.
 */
export function sectionBodyHolding(sections: readonly HaproxySection[], text: string, change: TextChange, laterShift: number): { index: number; bodyStart: number; bodyEnd: number } | null {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].keywordSpan.start <= change.start) low = mid + 1;
    else high = mid;
  }
  const index = low - 1;
  if (index < 0) return null;
  // The header line ends before the change (the text before the change is the same in both).
  const headerLineEnd = text.indexOf('\n', sections[index].headerSpan.end);
  if (headerLineEnd < 0 || headerLineEnd >= change.start) return null;
  // The next header's line starts after the change, its line break included.
  const next = sections[index + 1];
  let bodyEnd = text.length;
  if (next) {
    bodyEnd = text.lastIndexOf('\n', next.keywordSpan.start + laterShift - 1) + 1;
    if (bodyEnd - 1 < change.newEnd) return null;
  }
  return { index, bodyStart: headerLineEnd + 1, bodyEnd };
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
  const body = sectionBodyHolding(sections, text, change, delta);
  if (!body) return null;
  const { index: at, bodyStart, bodyEnd } = body;
  const section = sections[at] as MutableHaproxySection;
  section.directives = [];
  section.span = { start: section.span.start, end: section.headerSpan.end };
  // The re-read body outlives this version of the text: its tokens are copies (ownString).
  const read = haproxyLinesFromText(text, bodyStart, bodyEnd, section, ownString);
  if (read.sections.length || read.orphans.length) return null;
  if (delta !== 0) for (let i = at + 1; i < sections.length; i++) shiftSection(sections[i], delta);
  const comments = spliceComments(old.comments, bodyStart, bodyEnd - delta, read.comments, delta);
  return { dialect: 'haproxy', sections, orphans: old.orphans, comments, syntaxProblems: [] };
}
