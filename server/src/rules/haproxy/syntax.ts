import type { HaproxyConfig } from '../../model/haproxy';
import { sampleExpressionProblems } from '../../model/sampleExpression';
import { SECTION_KEYWORDS } from '../../parsing/haproxyText';
import type { DocumentRule, HaproxyRule } from '../types';

/**
 * The whole file's problems (a last line without LF, what the parser could not read, lines before
 * any section) once per run; malformed sample expressions section by section, so that a keystroke
 * re-checks only the section it is in.
 */
export const haproxySyntax: DocumentRule<HaproxyConfig> & Pick<HaproxyRule, 'visits' | 'checkSection'> = {
  meta: {
    id: 'haproxy/syntax',
    dialect: 'haproxy',
    severity: 'error',
    summary: 'Text the HAProxy parser cannot read: a malformed line or sample expression, a line outside any section',
    fixable: false,
  },
  visits: { sections: [...SECTION_KEYWORDS] },
  checkSection(section, context) {
    // A tree with errors has its own findings; its arguments may be cut anywhere.
    if (context.config.syntaxProblems.length) return;
    for (const d of section.directives) {
      for (const arg of d.args) {
        for (const p of sampleExpressionProblems(arg.raw)) {
          const start = arg.span.start + p.offset;
          context.report({ message: `Syntax error: ${p.message}: HAProxy refuses the line.`, span: { start, end: start + p.length } });
        }
      }
    }
  },
  checkDocument(context) {
    const { config, source } = context;
    const text = source.text;
    if (text.length > 0 && !text.endsWith('\n')) {
      const lastLine = source.lineCount - 1;
      context.report({
        message: 'The last line has no line end: HAProxy (2.x) refuses the file as possibly truncated ("Missing LF on last line").',
        span: { start: source.lineStart(lastLine), end: text.length },
      });
    }
    for (const problem of config.syntaxProblems) context.report({ message: problem.message, span: problem.span });
    for (const orphan of config.orphans) {
      context.report({
        message: `'${orphan.keyword}' stands before any section: HAProxy accepts configuration lines only inside a section (global, defaults, frontend, backend, listen, ...).`,
        span: orphan.span,
      });
    }
  },
};
