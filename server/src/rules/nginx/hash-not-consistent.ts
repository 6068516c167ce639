import { enclosingUpstream } from '../../model/nginxQueries';
import { appendArgument } from '../edits';
import type { NginxRule } from '../types';

export const hashNotConsistent: NginxRule = {
  meta: {
    id: 'nginx/hash-not-consistent',
    dialect: 'nginx',
    severity: 'info',
    summary: 'hash without consistent: a change of the farm remaps almost every session',
    fixable: true,
  },
  visits: ['hash'],
  check(d, context) {
    if (!enclosingUpstream(d) || !d.args[0]) return;
    if (d.args.slice(1).some((a) => a.value === 'consistent')) return;
    context.report({
      message: `'hash ${d.args[0].raw}' without 'consistent': adding or removing one server remaps almost every key, so nearly all sessions move to another server at once.`,
      span: d.span,
      fixes: [{ title: "Append 'consistent' (ketama consistent hashing)", edits: [appendArgument(d, 'consistent')], preferred: true }],
    });
  },
};
