import { insertPair } from '../../manifest/edits';
import { mapAt, pairOf, textOf, type ManifestModel } from '../../manifest/model';
import type { Fix, KindRule, Related } from '../types';
import { consistentHashBlocks } from './consistentHash';

/**
 * `consistentHash` where locality load balancing applies: an explicit `localityLbSetting` (not
 * disabled) beside it, or `outlierDetection`, which turns on locality failover under the mesh default
 * (`localityLbSetting.enabled: true`). Proxies in different localities then see the endpoints at
 * different priorities and hash the same key to different pods.
 */
export const istioHashWithLocalityLb: KindRule<ManifestModel> = {
  meta: {
    id: 'istio/hash-with-locality-lb',
    dialect: 'istio',
    severity: 'info',
    summary: 'DestinationRule consistentHash with locality load balancing (outlierDetection or localityLbSetting): proxies in other zones hash the same key to other pods',
    fixable: true,
  },
  checkModel(context) {
    for (const block of consistentHashBlocks(context.config)) {
      const locality = pairOf(block.loadBalancer, 'localityLbSetting');
      const localityMap = mapAt(block.loadBalancer, 'localityLbSetting');
      const enabled = pairOf(localityMap, 'enabled')?.value;
      if (locality && enabled?.kind === 'scalar' && (enabled.value === false || textOf(enabled) === 'false')) continue;
      const explicit = localityMap && ['distribute', 'failover', 'failoverPriority'].some((k) => pairOf(localityMap, k));
      if (!explicit && !block.outlierDetection) continue;
      const related: Related[] = explicit || !block.outlierDetection ? [] : [{ message: 'the outlierDetection that turns on locality failover', span: block.outlierDetection.key.span }];
      const fixes: Fix[] = locality
        ? []
        : [{ title: "Turn locality load balancing off for this hash: 'localityLbSetting: {enabled: false}'", edits: [insertPair(block.loadBalancer, 'localityLbSetting', [['enabled', 'false']], context.source)], preferred: false }];
      context.report({
        message: explicit
          ? `consistentHash in ${block.where} stands beside a 'localityLbSetting' that weights or orders localities: proxies in different localities see the endpoints at different priorities, so the same key lands on different pods depending on where the request enters. Istio supports the two together only when all proxies share one locality.`
          : `consistentHash in ${block.where} with 'outlierDetection': under the mesh default (localityLbSetting enabled), outlier detection turns on locality failover, so proxies in different zones or regions see the endpoints at different priorities and hash the same key to different pods. Harmless in a single-zone mesh; otherwise set 'localityLbSetting: {enabled: false}' beside consistentHash.`,
        span: pairOf(block.loadBalancer, 'consistentHash')?.key.span ?? block.map.span,
        related,
        fixes,
      });
    }
  },
};
