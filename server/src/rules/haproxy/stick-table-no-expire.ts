import { parseStickTable, stickRulesUsing } from '../../model/haproxyQueries';
import { appendArgument } from '../edits';
import type { HaproxyRule } from '../types';

export const stickTableNoExpire: HaproxyRule = {
  meta: {
    id: 'haproxy/stick-table-no-expire',
    dialect: 'haproxy',
    severity: 'warning',
    summary: "stick-table without 'expire': entries never age out",
    fixable: true,
  },
  visits: { keywords: ['stick-table'] },
  check(d, context) {
    const section = d.section;
    if (!section || !['frontend', 'backend', 'listen'].includes(section.kind)) return;
    const table = parseStickTable(d);
    if (!table || table.expire) return;
    const persistence = stickRulesUsing(context.config, section).length > 0;
    const full = table.directive.args.some((a) => a.value === 'nopurge')
      ? 'once it is full (nopurge), new clients get no entry at all'
      : 'only a full table evicts the oldest entries';
    context.report({
      message: `stick-table without 'expire': entries never age out and ${full}, so ${persistence ? 'clients stay pinned to a server for as long as the table has room' : 'counters and flags outlive the traffic that set them'}.`,
      span: d.span,
      fixes: [{ title: "Add 'expire 30m' to the stick-table", edits: [appendArgument(d, 'expire 30m')], preferred: true }],
    });
  },
};
