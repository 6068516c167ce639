import type { Argument, Comment } from '../model/common';
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
  const index = sectionAtOrBefore(sections, change.start);
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

/** The sections whose header an edit may change the name in without a new model (see renameInHeader). */
const RENAMABLE: ReadonlySet<string> = new Set(['frontend', 'backend', 'listen']);

/** The index of the last section whose keyword starts at or before `offset`, or -1. */
function sectionAtOrBefore(sections: readonly HaproxySection[], offset: number): number {
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
 * The proxy whose header a change lies in, after the section keyword and within the header's words
 * (old offsets: `headerEnd` is the old end of its last word), with no line break typed: the edit
 * of a proxy's name or of the words after it. Offsets of the change are of the new text.
 */
export function headerHolding(sections: readonly HaproxySection[], text: string, change: TextChange, headerEnd: (s: HaproxySection) => number): number {
  const index = sectionAtOrBefore(sections, change.start);
  if (index < 0) return -1;
  const section = sections[index];
  if (!RENAMABLE.has(section.kind) || change.start <= section.keywordSpan.end || change.oldEnd > headerEnd(section)) return -1;
  return text.slice(change.start, change.newEnd).includes('\n') ? -1 : index;
}

/**
 * A change inside a proxy's header (see headerHolding) that leaves it a proxy of the same kind,
 * with a name and the same `from`: the header line is read again and the section takes its new
 * name and spans in place; its directives and the sections after it move. Returns the comments of
 * the new text; null (the model left as it was) for any other change.
 */
function renameInHeader(old: HaproxyConfig, text: string, change: TextChange, delta: number): Comment[] | null {
  const sections = old.sections as MutableHaproxySection[];
  const at = headerHolding(sections, text, change, (s) => s.headerSpan.end);
  if (at < 0) return null;
  const section = sections[at];
  const lineStart = text.lastIndexOf('\n', section.keywordSpan.start - 1) + 1;
  const lineBreak = text.indexOf('\n', change.newEnd);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak + 1;
  const read = haproxyLinesFromText(text, lineStart, lineEnd, null, ownString);
  const header = read.sections[0];
  if (read.sections.length !== 1 || read.orphans.length || header.directives.length) return null;
  if (header.kind !== section.kind || header.fromName !== section.fromName || header.name === null || section.name === null) return null;
  if (header.keywordSpan.start !== section.keywordSpan.start) return null;
  const writable = section as { -readonly [K in keyof MutableHaproxySection]: MutableHaproxySection[K] };
  writable.name = header.name;
  writable.keywordSpan = header.keywordSpan;
  writable.headerSpan = header.headerSpan;
  writable.span = { start: section.span.start, end: section.directives.length ? section.span.end + delta : header.headerSpan.end };
  if (delta !== 0) {
    for (const d of section.directives) shiftDirective(d, delta);
    for (let i = at + 1; i < sections.length; i++) shiftSection(sections[i], delta);
  }
  return spliceComments(old.comments, lineStart, lineEnd - delta, read.comments, delta);
}

/**
 * The model of the new text, made from the old model by re-reading only the body of the section a
 * change is in: the lines after its header line, up to the next section's header line; or only the
 * header line of a proxy whose name the change edits (see renameInHeader). Null when the change
 * touches another header line or the text before the first section, or when a line of the re-read
 * body now starts a section; the caller then builds the model from scratch.
 *
 * The old model is updated in place and must not be used afterwards. Only for texts whose tree
 * has no error (both before and after the change): the result then equals a full build.
 */
export function updateHaproxyConfig(old: HaproxyConfig, text: string, change: TextChange): HaproxyConfig | null {
  if (old.syntaxProblems.length) return null;
  const delta = change.newEnd - change.oldEnd;
  const sections = old.sections as HaproxySection[];
  const body = sectionBodyHolding(sections, text, change, delta);
  if (!body) {
    const comments = renameInHeader(old, text, change, delta);
    return comments && { dialect: 'haproxy', sections, orphans: old.orphans, comments, syntaxProblems: [] };
  }
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
