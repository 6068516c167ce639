import { indentUnit } from '../../manifest/edits';
import { pairOf, type ManifestModel, type MMap, type MPair } from '../../manifest/model';
import type { SourceText } from '../../text/sourceText';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { KindRule, TextEdit } from '../types';
import { consistentHashBlocks } from './consistentHash';

/** Replaces a pair by `key:` with a nested map of scalar entries, in the map's style (block or flow). */
export function replaceWithMap(map: MMap, pair: MPair, key: string, entries: readonly (readonly [string, string])[], source: SourceText): TextEdit {
  if (map.flow) return { start: pair.span.start, end: pair.span.end, newText: `${key}: { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }` };
  const indent = ' '.repeat(source.positionAt(pair.key.span.start).character) + indentUnit(source);
  return { start: pair.span.start, end: pair.span.end, newText: [`${key}:`, ...entries.map(([k, v]) => `${indent}${k}: ${v}`)].join(source.eol) };
}

/** `consistentHash.useSourceIp: true`: IP affinity, judged by the traffic profile like nginx/ip-hash. */
export const istioSourceIpHash: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/source-ip-hash',
    dialect: 'istio',
    severity: 'warning',
    summary: 'DestinationRule consistentHash on useSourceIp: affinity by client IP (NAT, mobile networks); severity by traffic profile',
    fixable: true,
  },
  checkModel(context) {
    const traffic = context.settings.traffic;
    for (const block of consistentHashBlocks(context.config)) {
      const pair = pairOf(block.map, 'useSourceIp');
      if (!pair || pair.value?.kind !== 'scalar' || pair.value.value !== true) continue;
      context.report({
        message: ipAffinityMessage(traffic, `'useSourceIp: true' in ${block.where}`, ', and behind a load balancer that source-NATs, every client of the ingress gateway hashes alike'),
        span: pair.key.span,
        severity: IP_AFFINITY_SEVERITY[traffic],
        fixes: [
          {
            title: "Hash on a cookie the sidecar sets instead (httpCookie with a ttl; HTTP only)",
            edits: [replaceWithMap(block.map, pair, 'httpCookie', [['name', 'session-affinity'], ['ttl', '3600s']], context.source)],
            preferred: false,
          },
        ],
      });
    }
  },
};
