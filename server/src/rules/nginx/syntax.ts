import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { NEVER_BLOCK } from '../../model/nginxSimpleDirectives';
import type { DocumentRule, NginxRule, RuleContext } from '../types';

/**
 * A directive that never takes a block, followed by one: its ';' was forgotten, and the directive
 * on the next line was read as its arguments (nginx: directive "listen" is not terminated by ";").
 * Reported where the ';' belongs: after the last argument on the directive's own line.
 */
function blockOnSimpleDirective(d: NginxDirective, context: RuleContext<NginxConfig>): void {
  if (d.children === null || d.bodySpan === null) return;
  const { source } = context;
  const line = source.positionAt(d.nameSpan.start).line;
  const own = d.args.filter((a) => source.positionAt(a.span.start).line === line);
  const taken = d.args.slice(own.length);
  const at = own.length ? own[own.length - 1].span.end : d.nameSpan.end;
  const after = source.slice({ start: d.nameSpan.start, end: at });
  const read = taken.length ? `'${source.slice({ start: taken[0].span.start, end: d.bodySpan.start }).trim()} {'` : `the '{' after it`;
  context.report({
    message: `Syntax error: missing ';' after '${after}': '${d.name}' takes no block, so ${read} was read as part of it (nginx: directive "${d.name}" is not terminated by ";")`,
    span: { start: at, end: at },
  });
}

export const nginxSyntax: DocumentRule<NginxConfig> & NginxRule = {
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
  // The grammar takes a block after any name; which directives take none is nginx's knowledge.
  visits: [...NEVER_BLOCK],
  check: blockOnSimpleDirective,
};
