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
  /** Line ends counted by kind, kept so that an edited copy need not count them again. */
  private readonly crlf: number;
  private readonly lf: number;

  constructor(readonly text: string, index?: { lineStarts: number[]; crlf: number; lf: number }) {
    if (index) {
      this.lineStarts = index.lineStarts;
      this.crlf = index.crlf;
      this.lf = index.lf;
    } else {
      const starts = [0];
      let crlf = 0;
      let lf = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts.push(i + 1);
        if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
        else lf++;
      }
      this.lineStarts = starts;
      this.crlf = crlf;
      this.lf = lf;
    }
    this.eol = this.crlf > this.lf ? '\r\n' : '\n';
  }

  /**
   * The text with `[start, end)` replaced by `insert`, its line index updated from this one rather
   * than recounted: a keystroke in a 100k-line file costs a copy of the line starts, not a scan.
   */
  withEdit(start: number, end: number, insert: string): SourceText {
    const text = this.text.slice(0, start) + insert + this.text.slice(end);
    const delta = insert.length - (end - start);
    const starts = this.lineStarts;
    const first = this.firstStartAfter(start);
    const past = this.firstStartAfter(end);
    const lineStarts = starts.slice(0, first);
    for (let i = insert.indexOf('\n'); i >= 0; i = insert.indexOf('\n', i + 1)) lineStarts.push(start + i + 1);
    for (let i = past; i < starts.length; i++) lineStarts.push(starts[i] + delta);
    // Only line ends from `start` to just past the edit can change kind (the one right after it
    // may gain or lose the CR before it).
    const before = countLineEnds(this.text, start, Math.min(end + 1, this.text.length));
    const after = countLineEnds(text, start, Math.min(start + insert.length + 1, text.length));
    return new SourceText(text, { lineStarts, crlf: this.crlf - before.crlf + after.crlf, lf: this.lf - before.lf + after.lf });
  }

  /** The index of the first line start greater than `offset`. */
  private firstStartAfter(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
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
    // The text never changes: the first answer holds (rules ask once per finding).
    this.indentUnitCache ??= this.findIndentUnit();
    return this.indentUnitCache;
  }

  private indentUnitCache: string | undefined;

  private findIndentUnit(): string {
    let best: string | undefined;
    for (let line = 0; line < this.lineCount && line < 2000; line++) {
      const indent = /^[ \t]+(?=\S)/.exec(this.lineText(line))?.[0];
      if (indent && (!best || indent.length < best.length)) best = indent;
    }
    return best ?? '    ';
  }

  /**
   * How a message names the line holding `offset`: "line 12". A configuration of several files
   * names the file too (configuration/combinedSource.ts).
   */
  lineLabel(offset: number): string {
    return this.linesLabel([offset]);
  }

  /** "line 12", "lines 12, 30" (each line once, in order); per file for a configuration of several. */
  linesLabel(offsets: readonly number[]): string {
    const byFile = new Map<string, number[]>();
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      const file = this.fileLabelAt(offset) ?? '';
      const lines = byFile.get(file) ?? [];
      const line = this.lineNumberAt(offset);
      if (!lines.includes(line)) lines.push(line);
      byFile.set(file, lines);
    }
    return [...byFile]
      .map(([file, lines]) => `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${file ? ` of ${file}` : ''}`)
      .join(', ');
  }

  /** Whether two offsets lie in the same file (always, but for a configuration of several files). */
  sameFile(_a: number, _b: number): boolean {
    return true;
  }

  /** The 1-based line of an offset as its file counts it. */
  protected lineNumberAt(offset: number): number {
    return this.positionAt(offset).line + 1;
  }

  /** The file an offset lies in, when the text joins several (configuration/combinedSource.ts). */
  protected fileLabelAt(_offset: number): string | null {
    return null;
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }
}

/** The LF line ends at offsets `[from, to)` of `text`, by whether a CR precedes them. */
function countLineEnds(text: string, from: number, to: number): { crlf: number; lf: number } {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return { crlf, lf };
}
