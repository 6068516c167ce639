import type { HaproxyConfig } from '../../model/haproxy';
import type { DocumentRule } from '../types';

export const haproxySyntax: DocumentRule<HaproxyConfig> = {
  meta: {
    id: 'haproxy/syntax',
    dialect: 'haproxy',
    severity: 'error',
    summary: 'Text the HAProxy parser cannot read, or a line outside any section',
    fixable: false,
  },
  checkDocument(context) {
    const { config } = context;
    for (const problem of config.syntaxProblems) context.report({ message: problem.message, span: problem.span });
    for (const orphan of config.orphans) {
      context.report({
        message: `'${orphan.keyword}' stands before any section: HAProxy accepts configuration lines only inside a section (global, defaults, frontend, backend, listen, ...).`,
        span: orphan.span,
      });
    }
  },
};
