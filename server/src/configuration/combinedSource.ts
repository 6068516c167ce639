import { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

/** One file of a configuration, placed in the joined text at `base`. */
export interface SourcePart {
  /** The file's absolute path. */
  readonly file: string;
  /** How messages name it: its path from the configuration's folder (`conf.d/shop.conf`). */
  readonly label: string;
  readonly base: number;
  readonly source: SourceText;
}

/**
 * The texts of a configuration's files joined into one (each followed by a line end), so that the
 * rules read a configuration of many files as they read one: the joined model's offsets are
 * offsets into this text, and every finding, edit and related location maps back to its file.
 */
export class CombinedSource extends SourceText {
  constructor(readonly parts: readonly SourcePart[]) {
    super(parts.map((p) => p.source.text).join('\n'));
  }

  /** The file holding `offset` (an offset just past a file's text belongs to that file). */
  partAt(offset: number): SourcePart {
    let low = 0;
    let high = this.parts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.parts[mid].base <= offset) low = mid;
      else high = mid - 1;
    }
    return this.parts[low];
  }

  /** A span of the joined text as a span of its file; null when it runs across files. */
  toLocal(span: Span): { part: SourcePart; span: Span } | null {
    const part = this.partAt(span.start);
    const end = span.end - part.base;
    if (end > part.source.text.length) return null;
    return { part, span: { start: span.start - part.base, end } };
  }

  override sameFile(a: number, b: number): boolean {
    return this.partAt(a) === this.partAt(b);
  }

  protected override lineNumberAt(offset: number): number {
    const part = this.partAt(offset);
    return part.source.positionAt(offset - part.base).line + 1;
  }

  protected override fileLabelAt(offset: number): string | null {
    return this.parts.length > 1 ? this.partAt(offset).label : null;
  }
}

/** A span moved by `by` characters. */
export function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
