import { platformTarget, type PlatformTarget } from '../../engine/versions';
import type { LintSettings } from '../../engine/settings';
import { mapAt, pairOf, textOf, valueAt, type K8sObject, type ManifestModel, type MMap, type MNode, type MPair } from '../../manifest/model';

/**
 * Istio DestinationRule consistent-hash load balancing (istio/api networking/v1alpha3/destination_rule.proto,
 * served as networking.istio.io v1alpha3, v1beta1 and v1): where the `consistentHash` blocks stand.
 */

/** The release assumed when `platforms.istio` is not set: 1.28, the first with `httpCookie.attributes`. */
export const DEFAULT_ISTIO_VERSION = '1.28';

export function istioTarget(settings: LintSettings): PlatformTarget {
  return platformTarget(settings, 'istio', 'Istio', DEFAULT_ISTIO_VERSION);
}

export interface ConsistentHashBlock {
  readonly object: K8sObject;
  /** The `consistentHash` map. */
  readonly map: MMap;
  /** The `loadBalancer` map that holds it (Istio takes a loadBalancer whole: no field of it is inherited). */
  readonly loadBalancer: MMap;
  /**
   * The `outlierDetection` in effect where the block applies: its own policy's, else, for a subset's
   * top-level policy, the DestinationRule's (a port-level policy inherits nothing; istio/istio
   * `MergeTrafficPolicy`).
   */
  readonly outlierDetection: MPair | null;
  /** `DestinationRule web (subset v2, port 8080)`: where a message says it stands. */
  readonly where: string;
}

interface Found {
  readonly map: MMap;
  readonly loadBalancer: MMap;
  readonly outlierDetection: MPair | null;
  readonly place: readonly string[];
}

/** A traffic policy's own block and those of its `portLevelSettings`, with the parts of their place (`subset v2`, `port 8080`). */
function fromPolicy(policy: MNode | undefined, inheritedOutlier: MPair | null, place: readonly string[], out: Found[]): void {
  const loadBalancer = mapAt(policy, 'loadBalancer');
  const own = mapAt(loadBalancer, 'consistentHash');
  if (loadBalancer && own) out.push({ map: own, loadBalancer, outlierDetection: pairOf(policy, 'outlierDetection') ?? inheritedOutlier, place });
  const ports = valueAt(policy, 'portLevelSettings');
  if (ports?.kind !== 'seq') return;
  ports.items.forEach((item, i) => {
    const portBalancer = mapAt(item, 'loadBalancer');
    const map = mapAt(portBalancer, 'consistentHash');
    const number = textOf(valueAt(item, 'port', 'number'));
    if (portBalancer && map) {
      out.push({ map, loadBalancer: portBalancer, outlierDetection: pairOf(item, 'outlierDetection') ?? null, place: [...place, number !== null ? `port ${number}` : `portLevelSettings ${i + 1}`] });
    }
  });
}

/** Every `consistentHash` block of the file's DestinationRules. */
export function consistentHashBlocks(model: ManifestModel): ConsistentHashBlock[] {
  const out: ConsistentHashBlock[] = [];
  for (const object of model.objects) {
    if (object.kind !== 'DestinationRule' || !object.apiVersion.startsWith('networking.istio.io/')) continue;
    const found: Found[] = [];
    const top = valueAt(object.root, 'spec', 'trafficPolicy');
    fromPolicy(top, null, [], found);
    const subsets = valueAt(object.root, 'spec', 'subsets');
    if (subsets?.kind === 'seq') {
      const topOutlier = pairOf(top, 'outlierDetection') ?? null;
      subsets.items.forEach((subset, i) => fromPolicy(valueAt(subset, 'trafficPolicy'), topOutlier, [`subset ${textOf(valueAt(subset, 'name')) ?? i + 1}`], found));
    }
    const name = `DestinationRule ${object.name ?? '(unnamed)'}`;
    for (const f of found) out.push({ object, map: f.map, loadBalancer: f.loadBalancer, outlierDetection: f.outlierDetection, where: f.place.length ? `${name} (${f.place.join(', ')})` : name });
  }
  return out;
}

/** The `httpCookie` pair of a block, when it is a map. */
export function httpCookieOf(block: ConsistentHashBlock): { pair: MPair; map: MMap } | null {
  const pair = pairOf(block.map, 'httpCookie');
  return pair?.value?.kind === 'map' ? { pair, map: pair.value } : null;
}
