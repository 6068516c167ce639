import type { Comment } from '../model/common';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

const DIRECTIVE = /^(?:#|\/\/|\/\*)\s*affinity-lint\s+(global\s+)?ignore\s*=\s*([^\s]+)/;

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
  // Every run asks this of every comment of the file: most are not ours, and say so cheaply.
  if (!comment.text.includes('affinity-lint')) return null;
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return null;
  const ids = m[2].split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length ? { ids, global: Boolean(m[1]), span: comment.span } : null;
}

/** The statements of a file, as suppression comments look for them. */
export interface Statements {
  /** The statement that starts first at or after `offset` (the widest of those starting there). */
  firstFrom(offset: number): Span | null;
  /** The statements that start at offsets `[from, to)`. */
  startingIn(from: number, to: number): Span[];
}

/** Statements given as a list of spans, in any order. */
export class SpanStatements implements Statements {
  private readonly sorted: Span[];

  constructor(spans: readonly Span[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
  }

  private firstIndexFrom(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  firstFrom(offset: number): Span | null {
    const first = this.firstIndexFrom(offset);
    // Among statements starting at the same offset (a section and its first line), take the widest.
    let best: Span | null = null;
    for (let i = first; i < this.sorted.length && this.sorted[i].start === this.sorted[first].start; i++) {
      if (!best || this.sorted[i].end > best.end) best = this.sorted[i];
    }
    return best;
  }

  startingIn(from: number, to: number): Span[] {
    const out: Span[] = [];
    for (let i = this.firstIndexFrom(from); i < this.sorted.length && this.sorted[i].start < to; i++) out.push(this.sorted[i]);
    return out;
  }
}

/**
 * Which findings the file's suppression comments silence. An `ignore=` comment on its own line
 * covers the statement that starts on the next line that is not a comment (a whole block or
 * section when that statement opens one); at the end of a line it covers the statements on that
 * line; `global ignore=` covers the file.
 */
export class Suppressions {
  private readonly entries: Suppression[] = [];
  /** The entries that name each rule id, so that a finding is checked against its rule's only. */
  private readonly byRule = new Map<string, Suppression[]>();

  constructor(comments: readonly Comment[], statements: readonly Span[] | Statements, source: SourceText) {
    const found = Array.isArray(statements) ? new SpanStatements(statements) : (statements as Statements);
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
        for (const s of found.startingIn(source.lineStart(line), comment.span.start)) this.entries.push({ ids: new Set(parsed.ids), span: s });
        continue;
      }
      const target = nextStatement(found, comment.span.end, line, source);
      if (target) this.entries.push({ ids: new Set(parsed.ids), span: target });
    }
    for (const e of this.entries) {
      for (const id of e.ids) {
        const list = this.byRule.get(id);
        if (list) list.push(e);
        else this.byRule.set(id, [e]);
      }
    }
  }

  isSuppressed(ruleId: string, at: Span): boolean {
    const entries = this.byRule.get(ruleId);
    return entries !== undefined && entries.some((e) => e.span === null || (at.start >= e.span.start && at.start <= e.span.end));
  }
}

function nextStatement(statements: Statements, after: number, commentLine: number, source: SourceText): Span | null {
  const best = statements.firstFrom(after);
  if (!best) return null;
  const targetLine = source.positionAt(best.start).line;
  for (let line = commentLine + 1; line < targetLine; line++) {
    const text = source.lineText(line).trim();
    if (!text.startsWith('#')) return null;
  }
  return targetLine > commentLine ? best : null;
}
