import type { NginxConfig } from '../../model/nginx';
import type { DocumentRule } from '../types';

export const nginxSyntax: DocumentRule<NginxConfig> = {
  meta: {
    id: 'nginx/syntax',
    dialect: 'nginx',
    severity: 'error',
    summary: 'Text the NGINX parser cannot read',
    fixable: false,
  },
  checkDocument(context) {
    for (const problem of context.config.syntaxProblems) context.report({ message: problem.message, span: problem.span });
  },
};
