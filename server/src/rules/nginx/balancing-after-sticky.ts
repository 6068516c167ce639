import { parseSticky } from '../../model/nginxSticky';
import { BALANCING_DIRECTIVES, enclosingUpstream } from '../../model/nginxQueries';
import type { NginxRule } from '../types';
import { moveAbove } from './nginxEdits';

export const balancingAfterSticky: NginxRule = {
  meta: {
    id: 'nginx/balancing-after-sticky',
    dialect: 'nginx',
    severity: 'error',
    summary: 'A balancing method after sticky in the same upstream replaces it: affinity silently lost',
    fixable: true,
  },
  visits: [...BALANCING_DIRECTIVES],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    if (!upstream) return;
    const siblings = upstream.children ?? [];
    const sticky = siblings.slice(0, siblings.indexOf(d)).find((s) => s.name === 'sticky' && parseSticky(s) !== null);
    if (!sticky) return;
    const line = context.source.positionAt(sticky.span.start).line + 1;
    context.report({
      message: `'${d.name}' after 'sticky' (line ${line}) replaces the sticky method: nginx only warns "load balancing method redefined", and affinity is silently lost.`,
      span: d.span,
      fixes: [{ title: `Move '${d.name}' above 'sticky', where sticky keeps it as the method for new clients`, edits: moveAbove(context.source, d.span, sticky.span), preferred: true }],
    });
  },
};
