import type { Comment } from '../model/common';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

const DIRECTIVE = /^#\s*affinity-lint\s+(global\s+)?ignore\s*=\s*([^\s]+)/;

interface Suppression {
  readonly ids: ReadonlySet<string>;
  /** Null for the whole file. */
  readonly span: Span | null;
}

/** A parsed `# affinity-lint [global] ignore=...` comment. */
export interface IgnoreComment {
  readonly ids: readonly string[];
  readonly global: boolean;
  readonly span: Span;
}

export function parseIgnoreComment(comment: Comment): IgnoreComment | null {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return null;
  const ids = m[2].split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length ? { ids, global: Boolean(m[1]), span: comment.span } : null;
}

/**
 * Which findings the file's suppression comments silence. An `ignore=` comment on its own line
 * covers the statement that starts on the next line that is not a comment (a whole block or
 * section when that statement opens one); at the end of a line it covers the statements on that
 * line; `global ignore=` covers the file.
 */
export class Suppressions {
  private readonly entries: Suppression[] = [];

  constructor(comments: readonly Comment[], statements: readonly Span[], source: SourceText) {
    const sorted = [...statements].sort((a, b) => a.start - b.start);
    for (const comment of comments) {
      const parsed = parseIgnoreComment(comment);
      if (!parsed) continue;
      if (parsed.global) {
        this.entries.push({ ids: new Set(parsed.ids), span: null });
        continue;
      }
      const line = source.positionAt(comment.span.start).line;
      const before = source.text.slice(source.lineStart(line), comment.span.start);
      if (before.trim() !== '') {
        for (const s of sorted) {
          if (source.positionAt(s.start).line === line && s.start < comment.span.start) this.entries.push({ ids: new Set(parsed.ids), span: s });
        }
        continue;
      }
      const target = nextStatement(sorted, comment.span.end, line, source);
      if (target) this.entries.push({ ids: new Set(parsed.ids), span: target });
    }
  }

  isSuppressed(ruleId: string, at: Span): boolean {
    return this.entries.some((e) => e.ids.has(ruleId) && (e.span === null || (at.start >= e.span.start && at.start <= e.span.end)));
  }
}

function nextStatement(sorted: readonly Span[], after: number, commentLine: number, source: SourceText): Span | null {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < after) low = mid + 1;
    else high = mid;
  }
  // Among statements starting at the same offset (a section and its first line), take the widest.
  let best: Span | null = null;
  for (let i = low; i < sorted.length && sorted[i].start === sorted[low].start; i++) {
    if (!best || sorted[i].end > best.end) best = sorted[i];
  }
  if (!best) return null;
  const targetLine = source.positionAt(best.start).line;
  for (let line = commentLine + 1; line < targetLine; line++) {
    const text = source.lineText(line).trim();
    if (!text.startsWith('#')) return null;
  }
  return targetLine > commentLine ? best : null;
}
