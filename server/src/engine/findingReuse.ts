import type { Comment } from '../model/common';
import type { TextChange } from '../parsing/nginxIncremental';
import type { Finding, Fix, TextEdit } from '../rules/types';
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
  remember(outcome: LintOutcome): M | null;
}

/** What a planner keeps for the next run: `now` with the run's findings per unit (null when it had none). */
export function withUnitFindings<M>(now: M, outcome: LintOutcome): (M & { readonly unitFindings: Map<Unit, readonly Finding[]> }) | null {
  return outcome.unitFindings ? { ...now, unitFindings: outcome.unitFindings } : null;
}

/**
 * Reuse of the last run's findings for every unit but `rechecked`, moved by the change; null when
 * a finding to move reaches into the changed text (its unit must have read it).
 */
export function reuseExcept(unitFindings: ReadonlyMap<Unit, readonly Finding[]>, rechecked: ReadonlySet<Unit>, change: TextChange): UnitReuse | null {
  const cached = new Map<Unit, readonly Finding[]>();
  for (const [u, findings] of unitFindings) {
    if (rechecked.has(u)) continue;
    const movedFindings: Finding[] = [];
    for (const f of findings) {
      const m = moveFinding(f, change);
      if (!m) return null;
      movedFindings.push(m);
    }
    cached.set(u, movedFindings);
  }
  return {
    recheck: (u) => !cached.has(u),
    cached: (u) => cached.get(u)!,
  };
}

function moved(offset: number, change: TextChange): number {
  return offset >= change.oldEnd ? offset + change.newEnd - change.oldEnd : offset;
}

/** A finding of the old text as it reads in the new one; null when it reaches the changed text. */
function moveFinding(f: Finding, change: TextChange): Finding | null {
  const touches = (start: number, end: number): boolean => start <= change.oldEnd && end >= change.start;
  if (touches(f.span.start, f.span.end)) return null;
  let after = f.span.start >= change.oldEnd;
  for (const fix of f.fixes) {
    for (const e of fix.edits) {
      if (touches(e.start, e.end)) return null;
      if (e.start >= change.oldEnd) after = true;
    }
  }
  if (!after) return f;
  const edit = (e: TextEdit): TextEdit => ({ start: moved(e.start, change), end: moved(e.end, change), newText: e.newText });
  const fix = (x: Fix): Fix => ({ ...x, edits: x.edits.map(edit) });
  return { ...f, span: { start: moved(f.span.start, change), end: moved(f.span.end, change) }, fixes: f.fixes.map(fix) };
}

