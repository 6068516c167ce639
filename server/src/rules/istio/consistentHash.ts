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
  /** `DestinationRule web (subset v2, port 8080)`: where a message says it stands. */
  readonly where: string;
}

/** A traffic policy's own block and those of its `portLevelSettings`, with the parts of their place (`subset v2`, `port 8080`). */
function fromPolicy(policy: MNode | undefined, place: readonly string[], out: { map: MMap; place: readonly string[] }[]): void {
  const own = mapAt(policy, 'loadBalancer', 'consistentHash');
  if (own) out.push({ map: own, place });
  const ports = valueAt(policy, 'portLevelSettings');
  if (ports?.kind !== 'seq') return;
  ports.items.forEach((item, i) => {
    const map = mapAt(item, 'loadBalancer', 'consistentHash');
    const number = textOf(valueAt(item, 'port', 'number'));
    if (map) out.push({ map, place: [...place, number !== null ? `port ${number}` : `portLevelSettings ${i + 1}`] });
  });
}

/** Every `consistentHash` block of the file's DestinationRules. */
export function consistentHashBlocks(model: ManifestModel): ConsistentHashBlock[] {
  const out: ConsistentHashBlock[] = [];
  for (const object of model.objects) {
    if (object.kind !== 'DestinationRule' || !object.apiVersion.startsWith('networking.istio.io/')) continue;
    const found: { map: MMap; place: readonly string[] }[] = [];
    fromPolicy(valueAt(object.root, 'spec', 'trafficPolicy'), [], found);
    const subsets = valueAt(object.root, 'spec', 'subsets');
    if (subsets?.kind === 'seq') {
      subsets.items.forEach((subset, i) => fromPolicy(valueAt(subset, 'trafficPolicy'), [`subset ${textOf(valueAt(subset, 'name')) ?? i + 1}`], found));
    }
    const name = `DestinationRule ${object.name ?? '(unnamed)'}`;
    for (const { map, place } of found) out.push({ object, map, where: place.length ? `${name} (${place.join(', ')})` : name });
  }
  return out;
}

/** The `httpCookie` pair of a block, when it is a map. */
export function httpCookieOf(block: ConsistentHashBlock): { pair: MPair; map: MMap } | null {
  const pair = pairOf(block.map, 'httpCookie');
  return pair?.value?.kind === 'map' ? { pair, map: pair.value } : null;
}
