import { removePair } from '../../manifest/edits';
import { cookieAffinityRule, PREFIX } from './common';

export const affinityWithHash = cookieAffinityRule(
  {
    id: 'ingress-nginx/affinity-with-hash',
    severity: 'warning',
    summary: 'affinity cookie and upstream-hash-by on one Ingress: the hash is ignored',
    fixable: true,
  },
  (ingress, affinity, context) => {
    const hash = ingress.pair('upstream-hash-by');
    const map = ingress.annotations.map;
    if (!hash || !map || !ingress.value('upstream-hash-by')?.trim()) return;
    context.report({
      message: `${PREFIX}upstream-hash-by is ignored: with ${PREFIX}affinity: cookie on the same Ingress, ingress-nginx balances by the affinity cookie and never reads the hash key. Keep one of the two.`,
      span: hash.key.span,
      related: [{ message: 'the cookie affinity that wins', span: affinity.key.span }],
      fixes: [{ title: `Remove ${PREFIX}upstream-hash-by (cookie affinity already decides)`, edits: [removePair(map, hash, context.source)], preferred: false }],
    });
  },
);
