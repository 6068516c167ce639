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
