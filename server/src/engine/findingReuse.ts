import type { Comment } from '../model/common';
import type { TextChange } from '../parsing/nginxIncremental';
import type { Finding, TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { LintOutcome, Unit, UnitReuse } from './linter';
import { parseIgnoreComment } from './suppressions';

/**
 * What the findings of every unit may depend on besides the units themselves: line numbers (in
 * messages), indentation and line ends (in fixes), and suppression comments.
 */
export interface TextLayout {
  readonly ignores: string;
  readonly lineCount: number;
  readonly eol: string;
  readonly indentUnit: string;
}

export function textLayout(comments: readonly Comment[], source: SourceText): TextLayout {
  return {
    ignores: comments
      .filter((c) => parseIgnoreComment(c) !== null)
      .map((c) => c.text)
      .join('\n'),
    lineCount: source.lineCount,
    eol: source.eol,
    indentUnit: source.indentUnit(),
  };
}

export function sameTextLayout(a: TextLayout, b: TextLayout): boolean {
  return a.ignores === b.ignores && a.lineCount === b.lineCount && a.eol === b.eol && a.indentUnit === b.indentUnit;
}

/** Whether a suppression comment stands in `span`: it may target the statement after it, in another unit. */
export function suppressionCommentIn(comments: readonly Comment[], span: Span): boolean {
  return comments.some((c) => c.span.start >= span.start && c.span.start < span.end && parseIgnoreComment(c) !== null);
}

/** How a run lints a changed document, given what the last run left (see nginxReuse.ts, haproxyReuse.ts). */
export interface ReusePlan<M> {
  readonly reuse: UnitReuse | null;
  /** The units checked again (null: all), for the tests and the benchmark. */
  readonly rechecked: ReadonlySet<Unit> | null;
  /** Why the whole file is checked again, when it is. */
  readonly fullBecause: string | null;
  /**
   * Work of a run over the whole file to do before its rules, in steps that pause whenever `pause`
   * says so (indexes, what to remember): in a big file it would otherwise make long stretches
   * without a pause. Absent when the run reuses findings (such a run does not pause).
   */
  prepare?(pause: () => boolean): Generator<void, void>;
  remember(outcome: LintOutcome): M | null;
}

/** What a planner keeps for the next run: `now` with the run's findings per unit (null when it had none). */
export function withUnitFindings<M>(now: M, outcome: LintOutcome): (M & { readonly unitFindings: Map<Unit, readonly Finding[]> }) | null {
  return outcome.unitFindings ? { ...now, unitFindings: outcome.unitFindings } : null;
}

/**
 * Reuse of the last run's findings for every unit but `rechecked`, moved by the change; null when
 * a finding to move reaches into the changed text (its unit must have read it).
 *
 * The findings are moved in place, not copied: a keystroke in a big file would otherwise copy most
 * of its findings (and their fixes) every time. So the last run's findings then belong to the new
 * text, and the run that takes this reuse must not be dropped halfway (it must not pause: see
 * DocumentLinter.lintInSteps), and nothing may keep the last run's findings for its own text.
 */
export function reuseExcept(unitFindings: ReadonlyMap<Unit, readonly Finding[]>, rechecked: ReadonlySet<Unit>, change: TextChange): UnitReuse | null {
  const { start, oldEnd } = change;
  for (const [u, findings] of unitFindings) {
    if (rechecked.has(u)) continue;
    const r = reachOf(findings);
    if (r === null || r.last < start || r.first > oldEnd) continue;
    for (const f of findings) if (reaches(f, change)) return null;
  }
  const delta = change.newEnd - oldEnd;
  if (delta !== 0) {
    for (const [u, findings] of unitFindings) {
      if (rechecked.has(u)) continue;
      const r = reachOf(findings);
      if (r === null || r.last < oldEnd) continue;
      for (const f of findings) moveInPlace(f, oldEnd, delta);
      if (r.first >= oldEnd) r.first += delta;
      r.last += delta;
    }
  }
  return {
    recheck: (u) => rechecked.has(u) || !unitFindings.has(u),
    cached: (u) => unitFindings.get(u)!,
  };
}

/** The first and last offsets a unit's findings reach (spans, fix edits, related spans), kept with its list of findings. */
const reachOfList = new WeakMap<readonly Finding[], { first: number; last: number } | null>();

/**
 * Where a list of findings reaches, null when it is empty: a keystroke then reads one pair per unit,
 * not every finding of the file. Only reuseExcept moves findings, and it moves this pair with them.
 */
function reachOf(findings: readonly Finding[]): { first: number; last: number } | null {
  let r = reachOfList.get(findings);
  if (r !== undefined) return r;
  let first = Infinity;
  let last = -Infinity;
  for (const f of findings) {
    first = Math.min(first, f.span.start);
    last = Math.max(last, f.span.end);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if (e.file !== undefined) continue;
        first = Math.min(first, e.start);
        last = Math.max(last, e.end);
      }
    }
    for (const r of f.related ?? []) {
      if (r.file !== undefined) continue;
      first = Math.min(first, r.span.start);
      last = Math.max(last, r.span.end);
    }
  }
  r = findings.length ? { first, last } : null;
  reachOfList.set(findings, r);
  return r;
}

/**
 * Whether a finding, an edit of its fixes or a related location reaches the changed text (old
 * offsets). Edits and locations in another file (`file`, set by the configuration linter) do not.
 */
function reaches(f: Finding, change: TextChange): boolean {
  const { start, oldEnd } = change;
  if (f.span.start <= oldEnd && f.span.end >= start) return true;
  for (const fix of f.fixes) {
    for (const e of fix.edits) if (e.file === undefined && e.start <= oldEnd && e.end >= start) return true;
  }
  for (const r of f.related ?? []) if (r.file === undefined && r.span.start <= oldEnd && r.span.end >= start) return true;
  return false;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Moves what of a finding lies after the changed text (`from` on, old offsets) by `delta`. The
 * linter gives every finding its own span, fixes, edits and related spans (copies of the rule's), so
 * each moves once.
 */
function moveInPlace(f: Finding, from: number, delta: number): void {
  const span = f.span as Mutable<Finding['span']>;
  if (span.start >= from) span.start += delta;
  if (span.end >= from) span.end += delta;
  for (const fix of f.fixes) {
    for (const e of fix.edits) {
      if (e.file !== undefined) continue;
      const edit = e as Mutable<TextEdit>;
      if (edit.start >= from) edit.start += delta;
      if (edit.end >= from) edit.end += delta;
    }
  }
  for (const r of f.related ?? []) {
    if (r.file !== undefined) continue;
    const at = r.span as Mutable<Finding['span']>;
    if (at.start >= from) at.start += delta;
    if (at.end >= from) at.end += delta;
  }
}
