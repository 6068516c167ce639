import type { HaproxySection } from '../../model/haproxy';
import { parseStickTable, peersInUse, peersSections, stickRulesUsing, type StickRule } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import { SHARED_STORE_GUIDE } from '../docs';
import { appendArgument, deleteLine, replace, SHARED_STORE_COMMENT } from '../edits';
import type { Fix, HaproxyRule, TextEdit } from '../types';

/** Each section's first stick rule becomes the shared-store comment; its other stick rules go. */
function removeStickRules(source: SourceText, rules: readonly StickRule[]): TextEdit[] {
  const commented = new Set<HaproxySection>();
  return rules.map((r) => {
    const section = r.directive.section!;
    if (commented.has(section)) return deleteLine(source, r.directive.span);
    commented.add(section);
    return replace(r.directive.span, SHARED_STORE_COMMENT);
  });
}

export const stickTableNoPeers: HaproxyRule = {
  meta: {
    id: 'haproxy/stick-table-no-peers',
    dialect: 'haproxy',
    severity: 'info',
    summary: "persistence stick-table without 'peers': a reload or a load-balancer failover empties it",
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  visits: { keywords: ['stick-table'] },
  check(d, context) {
    const section = d.section;
    if (!section || !['frontend', 'backend', 'listen'].includes(section.kind)) return;
    const table = parseStickTable(d);
    if (!table || table.peers) return;
    const rules = stickRulesUsing(context.config, section);
    if (rules.length === 0) return;
    // A peers section that lists no peer is dropped by HAProxy, and a table naming it is refused.
    const peers = peersSections(context.config).filter((p) => p.name && p.directives.some((x) => x.prefix === null && (x.keyword === 'peer' || x.keyword === 'server')));
    const uses = [...new Set(rules.map((r) => `'${r.keyword}'`))].join(', ');
    // A peers section another table already syncs with lists this load balancer (HAProxy refuses to
    // start otherwise), so joining it is safe; an unused one may not list it yet.
    const inUse = peersInUse(context.config);
    const target = peers.find((p) => inUse.has(p.name!)) ?? peers[0];
    const fixes: Fix[] = [];
    if (target) {
      const live = inUse.has(target.name!);
      fixes.push({
        title:
          `Sync the table with peers section '${target.name}'` +
          (peers.length > 1 ? ` (${live ? 'the one other tables use' : 'the first'} of ${peers.length} peers sections)` : '') +
          (live ? '' : '; it must list this load balancer as a peer, or HAProxy refuses to start'),
        edits: [appendArgument(d, `peers ${target.name}`)],
        preferred: live && peers.length === 1,
      });
    }
    fixes.push({
      title: 'Remove affinity: sessions live in a shared store (drop the stick rules)',
      edits: removeStickRules(context.source, rules),
      preferred: false,
    });
    context.report({
      message:
        peers.length > 0
          ? `stick-table used for persistence (${uses}) is not synced, although the file defines peers section '${target!.name}': a reload or a failover to another load balancer starts from an empty table and every client is balanced again.`
          : `stick-table used for persistence (${uses}) has no 'peers': its entries live in one HAProxy process only, so a reload or a failover to another load balancer loses every client's server. Define a peers section that lists every load balancer and add 'peers <name>' to the table.`,
      span: d.span,
      severity: peers.length > 0 ? 'warning' : 'info',
      fixes,
    });
  },
};
