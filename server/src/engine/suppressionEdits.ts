import type { TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';

const LINE_IGNORE = /^([ \t]*(?:#|\/\/)\s*affinity-lint\s+ignore\s*=\s*)(\S+)/;
const GLOBAL_IGNORE = /^([ \t]*(?:#|\/\/)\s*affinity-lint\s+global\s+ignore\s*=\s*)(\S+)/;

/** How a line comment starts: `#` in configurations, YAML and TOML, `//` in JavaScript and TypeScript. */
export type LineComment = '#' | '//';

function extend(source: SourceText, line: number, pattern: RegExp, ruleId: string): TextEdit | null {
  const m = pattern.exec(source.lineText(line));
  if (!m) return null;
  const ids = m[2].split(',');
  const at = source.lineStart(line) + m[1].length + m[2].length;
  return ids.includes(ruleId) ? { start: at, end: at, newText: '' } : { start: at, end: at, newText: `,${ruleId}` };
}

/** Writes `# affinity-lint ignore=<id>` above the line of `offset`, or adds the id to one already there. */
export function disableForLine(source: SourceText, ruleId: string, offset: number, comment: LineComment = '#'): TextEdit {
  const line = source.positionAt(offset).line;
  if (line > 0) {
    const extended = extend(source, line - 1, LINE_IGNORE, ruleId);
    if (extended) return extended;
  }
  const start = source.lineStart(line);
  return { start, end: start, newText: `${source.indentAt(offset)}${comment} affinity-lint ignore=${ruleId}${source.eol}` };
}

/** Writes `# affinity-lint global ignore=<id>` at the top of the file, or adds the id to one already there. */
export function disableForFile(source: SourceText, ruleId: string, comment: LineComment = '#'): TextEdit {
  for (let line = 0; line < source.lineCount; line++) {
    const extended = extend(source, line, GLOBAL_IGNORE, ruleId);
    if (extended) return extended;
  }
  // After a shebang line, which must stay first.
  const start = source.text.startsWith('#!') ? source.lineStart(1) : 0;
  return { start, end: start, newText: `${comment} affinity-lint global ignore=${ruleId}${source.eol}` };
}
