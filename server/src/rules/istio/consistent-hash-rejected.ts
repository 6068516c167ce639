import { removePair } from '../../manifest/edits';
import { presentPair, type ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { consistentHashBlocks, httpCookieOf } from './consistentHash';

const HASH_KEYS = ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName'];

/**
 * `consistentHash` that Istio refuses: the CRD's `oneOf` rules (one of simple/consistentHash, one hash
 * key, one of ringHash/maglev; istio/api kubernetes/customresourcedefinitions.gen.yaml), `httpCookie`
 * without its required `name`, and the validation webhook's "only one of MinimumRingSize or
 * Maglev/Ringhash" (istio/istio pkg/config/validation).
 */
export const istioConsistentHashRejected: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/consistent-hash-rejected',
    dialect: 'istio',
    severity: 'error',
    summary: 'DestinationRule consistentHash Istio refuses: beside simple, two hash keys, ringHash with maglev or minimumRingSize, httpCookie without name',
    fixable: true,
  },
  checkModel(context) {
    const source = context.source;
    for (const block of consistentHashBlocks(context.config)) {
      const simple = presentPair(block.loadBalancer, 'simple');
      if (simple) {
        context.report({
          message: `'simple: ${source.slice(simple.value!.span)}' beside consistentHash in ${block.where}: a loadBalancer takes one of simple and consistentHash, so the API server rejects the DestinationRule. Remove 'simple' to keep the affinity.`,
          span: simple.key.span,
          fixes: [{ title: "Remove 'simple' (keep consistentHash)", edits: [removePair(block.loadBalancer, simple, source)], preferred: false }],
        });
      }
      const keys = HASH_KEYS.map((k) => presentPair(block.map, k)).filter((p) => p !== undefined).sort((a, b) => a.span.start - b.span.start);
      if (keys.length > 1) {
        context.report({
          message: `consistentHash in ${block.where} has ${keys.map((p) => `'${String(p.key.value)}'`).join(' and ')}: it takes one hash key, so the API server rejects the DestinationRule. Keep the one you mean.`,
          span: keys[1].key.span,
        });
      }
      const algorithms = ['ringHash', 'maglev', 'minimumRingSize'].map((k) => presentPair(block.map, k)).filter((p) => p !== undefined).sort((a, b) => a.span.start - b.span.start);
      if (algorithms.length > 1) {
        const both = algorithms.map((p) => `'${String(p.key.value)}'`).join(' and ');
        context.report({
          message: `consistentHash in ${block.where} has ${both}: ${presentPair(block.map, 'minimumRingSize') ? "the deprecated 'minimumRingSize' cannot stand beside ringHash or maglev (Istio's validation refuses it)" : 'it takes one of ringHash and maglev, so the API server rejects the DestinationRule'}.`,
          span: algorithms[1].key.span,
        });
      }
      const cookie = httpCookieOf(block);
      if (cookie && !presentPair(cookie.map, 'name')) {
        context.report({ message: `The httpCookie in ${block.where} has no 'name', which it requires: the API server rejects the DestinationRule.`, span: cookie.pair.key.span });
      }
    }
  },
};
