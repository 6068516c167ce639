import type { Finding, Fix, TextEdit } from '../rules/types';

/** Applies non-overlapping edits to a text; edits are offsets into that same text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function overlapsAny(edits: readonly TextEdit[], taken: readonly TextEdit[]): boolean {
  return edits.some((e) =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === t.start && (e.start === e.end || t.start === t.end))),
  );
}

/**
 * The preferred fixes of a set of findings that can be applied together: in source order, each
 * fix whose edits touch none already taken. What is left over is picked up by the next pass.
 */
export function compatiblePreferredFixes(findings: readonly Finding[], accept: (f: Finding) => boolean = () => true): Fix[] {
  const taken: TextEdit[] = [];
  const fixes: Fix[] = [];
  for (const finding of findings) {
    if (!accept(finding)) continue;
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix || overlapsAny(fix.edits, taken)) continue;
    taken.push(...fix.edits);
    fixes.push(fix);
  }
  return fixes;
}

/**
 * Applies preferred fixes until nothing more changes (at most `maxPasses` lint-and-fix rounds),
 * the way `--fix` and fix-all converge when two fixes touch the same line.
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<readonly Finding[]>,
  accept: (f: Finding) => boolean = () => true,
  maxPasses = 10,
): Promise<{ text: string; applied: number; passes: number }> {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    passes++;
    const fixes = compatiblePreferredFixes(await lint(current), accept);
    if (fixes.length === 0) break;
    current = applyEdits(current, fixes.flatMap((f) => f.edits));
    applied += fixes.length;
  }
  return { text: current, applied, passes };
}

/**
 * One fix doing what several do: their edits, each distinct edit once; insertions at one offset
 * joined in the order given (appending options to one line), each distinct text once. Null when
 * two edits overlap.
 */
export function mergeFixes(title: string, fixes: readonly Fix[]): Fix | null {
  const insertions = new Map<number, string[]>();
  const others: TextEdit[] = [];
  for (const e of fixes.flatMap((f) => f.edits)) {
    if (e.start === e.end) {
      const texts = insertions.get(e.start) ?? [];
      if (!texts.includes(e.newText)) insertions.set(e.start, [...texts, e.newText]);
    } else if (!others.some((x) => x.start === e.start && x.end === e.end && x.newText === e.newText)) {
      others.push(e);
    }
  }
  const joined = [...insertions].map(([at, texts]) => ({ start: at, end: at, newText: texts.join('') }));
  const edits: TextEdit[] = [];
  for (const e of [...others, ...joined]) {
    if (overlapsAny([e], edits)) return null;
    edits.push(e);
  }
  return { title, edits, preferred: false };
}

export interface CombinedFix {
  readonly fix: Fix;
  /** The findings whose fixes it applies, in order. */
  readonly findings: readonly Finding[];
}

/**
 * The combined fixes of a set of findings: for each span and `combinedTitle` that two or more
 * findings carry, one fix applying all their fixes of that title (see Fix.combinedTitle).
 */
export function combinedFixes(findings: readonly Finding[]): CombinedFix[] {
  const groups = new Map<string, { title: string; members: { part: Fix; finding: Finding }[] }>();
  for (const finding of findings) {
    const part = finding.fixes.find((f) => f.combinedTitle !== undefined);
    if (!part) continue;
    const key = `${finding.span.start}:${finding.span.end}:${part.combinedTitle}`;
    const group = groups.get(key) ?? { title: part.combinedTitle!, members: [] };
    group.members.push({ part, finding });
    groups.set(key, group);
  }
  const combined: CombinedFix[] = [];
  for (const { title, members } of groups.values()) {
    if (members.length < 2) continue;
    // By rule id, so that the combined edit does not depend on the order findings come in.
    const sorted = [...members].sort((a, b) => (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0));
    const fix = mergeFixes(title, sorted.map((m) => m.part));
    if (fix) combined.push({ fix, findings: sorted.map((m) => m.finding) });
  }
  return combined;
}
