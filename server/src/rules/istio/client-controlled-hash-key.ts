import { pairOf, type ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { consistentHashBlocks } from './consistentHash';

const KEYS: Readonly<Record<string, string>> = { httpHeaderName: 'request header', httpQueryParameterName: 'query parameter' };

/** `consistentHash` on a request header or query parameter: a key the client writes. */
export const istioClientControlledHashKey: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/client-controlled-hash-key',
    dialect: 'istio',
    severity: 'warning',
    summary: 'DestinationRule consistentHash on httpHeaderName or httpQueryParameterName: the client chooses its backend',
    fixable: false,
  },
  checkModel(context) {
    for (const block of consistentHashBlocks(context.config)) {
      for (const [key, what] of Object.entries(KEYS)) {
        const pair = pairOf(block.map, key);
        if (!pair || pair.value?.kind !== 'scalar' || pair.value.value === null || pair.value.value === '') continue;
        context.report({
          message: `'${key}: ${String(pair.value.value)}' in ${block.where} hashes on a ${what} the client writes: a client can pick its backend or pile requests onto one, and requests without it get no hash and a random backend. Hash on a cookie (httpCookie with a ttl), unless a trusted proxy in front sets this ${what}.`,
          span: pair.key.span,
        });
      }
    }
  },
};
