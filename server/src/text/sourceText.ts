import type { Span } from './span';

/** Zero-based line and UTF-16 column, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * A document's text with a line index: converts offsets to positions and back, and answers the
 * layout questions fixes need (indentation, line ends) so that edits keep the file's own style.
 */
export class SourceText {
  private readonly lineStarts: number[];
  readonly eol: '\n' | '\r\n';

  constructor(readonly text: string) {
    const starts = [0];
    let crlf = 0;
    let lf = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        starts.push(i + 1);
        if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
        else lf++;
      }
    }
    this.lineStarts = starts;
    this.eol = crlf > lf ? '\r\n' : '\n';
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of the line's content, before its CR LF or LF. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length + 1;
    let end = next - 1;
    if (end > this.text.length) end = this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The whitespace that starts the line holding `offset`. */
  indentAt(offset: number): string {
    const line = this.positionAt(offset).line;
    return /^[ \t]*/.exec(this.lineText(line))?.[0] ?? '';
  }

  /** One level of indentation as the file writes it (the smallest non-empty indent seen). */
  indentUnit(): string {
    let best: string | undefined;
    for (let line = 0; line < this.lineCount && line < 2000; line++) {
      const indent = /^[ \t]+(?=\S)/.exec(this.lineText(line))?.[0];
      if (indent && (!best || indent.length < best.length)) best = indent;
    }
    return best ?? '    ';
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }
}
