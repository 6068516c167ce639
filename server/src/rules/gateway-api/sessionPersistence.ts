import { atLeast, platformTarget, type PlatformTarget } from '../../engine/versions';
import type { LintSettings } from '../../engine/settings';
import type { SourceText } from '../../text/sourceText';
import { isTemplated } from '../k8s/objects';
import { mapAt, pairOf, valueAt, type K8sObject, type ManifestModel, type MMap, type MScalar } from '../../manifest/model';

/**
 * Gateway API session persistence (GEP-1619, experimental channel): where `sessionPersistence`
 * blocks stand and which shape the targeted release gives them.
 *
 * Shapes, from kubernetes-sigs/gateway-api `apis/v1/shared_types.go` at each tag:
 * - 1.1–1.5: `sessionName`, `absoluteTimeout`, `idleTimeout`, `type`, `cookieConfig.lifetimeType`.
 * - 1.6: `idleTimeout` removed (#4771).
 * - main after 1.6.1 (taken here as 1.7, unreleased): `sessionName` and `cookieConfig` replaced by
 *   `cookie: {name, path, lifetimeType}` and `header: {name}` (#4873, #5046).
 */

/** The release assumed when `platforms.gateway-api` is not set: the newest release (1.6.1, July 2026). */
export const DEFAULT_GATEWAY_API_VERSION = '1.6';

export function gatewayApiTarget(settings: LintSettings): PlatformTarget {
  return platformTarget(settings, 'gateway-api', 'Gateway API', DEFAULT_GATEWAY_API_VERSION);
}

/** The union shape of main after 1.6.1 (`cookie` / `header` blocks). */
export function hasUnionShape(target: PlatformTarget): boolean {
  return atLeast(target.version, '1.7');
}

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const GATEWAY_X_GROUP = 'gateway.networking.x-k8s.io';

/** The API group of an `apiVersion` (`gateway.networking.k8s.io/v1` -> `gateway.networking.k8s.io`). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export interface SessionPersistenceBlock {
  readonly object: K8sObject;
  /** The `sessionPersistence` map. */
  readonly map: MMap;
  /** Its key, where findings about the block as a whole stand. */
  readonly key: MScalar;
  /** `HTTPRoute rule 1`, `XBackendTrafficPolicy` — where a message says it stands. */
  readonly where: string;
}

/** Every `sessionPersistence` map of the file's Gateway API objects. */
export function sessionPersistenceBlocks(model: ManifestModel): SessionPersistenceBlock[] {
  const out: SessionPersistenceBlock[] = [];
  for (const object of model.objects) {
    const group = groupOf(object.apiVersion);
    if ((object.kind === 'HTTPRoute' || object.kind === 'GRPCRoute') && group === GATEWAY_GROUP) {
      const rules = valueAt(object.root, 'spec', 'rules');
      if (rules?.kind !== 'seq') continue;
      rules.items.forEach((rule, i) => {
        const pair = pairOf(rule, 'sessionPersistence');
        if (pair?.value?.kind === 'map') out.push({ object, map: pair.value, key: pair.key, where: `${object.kind} rule ${i + 1}` });
      });
    } else if ((object.kind === 'BackendLBPolicy' && group === GATEWAY_GROUP) || (object.kind === 'XBackendTrafficPolicy' && group === GATEWAY_X_GROUP)) {
      const pair = pairOf(mapAt(object.root, 'spec'), 'sessionPersistence');
      if (pair?.value?.kind === 'map') out.push({ object, map: pair.value, key: pair.key, where: object.kind });
    }
  }
  return out;
}

/** The session type as the API server defaults it (`Cookie` when absent or null), the text written, or null for a template. */
export function sessionType(map: MMap, source: SourceText): string | null {
  const t = pairOf(map, 'type')?.value;
  if (!t || (t.kind === 'scalar' && t.value === null)) return 'Cookie';
  return t.kind === 'scalar' && !isTemplated(t, source) ? String(t.value) : null;
}

/** The cookie block of the targeted shape: `cookieConfig` (up to 1.6) or `cookie` (1.7). */
export function cookieBlockKey(target: PlatformTarget): 'cookieConfig' | 'cookie' {
  return hasUnionShape(target) ? 'cookie' : 'cookieConfig';
}
