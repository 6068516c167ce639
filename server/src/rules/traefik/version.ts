import { atLeast, compareVersions } from '../../engine/versions';
import type { LintSettings } from '../../engine/settings';
import type { ManifestModel, MNode } from '../../manifest/model';
import { textOf } from '../../manifest/model';
import type { CookieOptionName, StickyCookie } from '../../manifest/traefik/sticky';

/**
 * The Traefik release assumed when neither the settings nor the file name one: the current one
 * (3.7), so that no option is reported missing from a release nobody said is in use.
 */
export const DEFAULT_TRAEFIK_VERSION = '3.7';

/** The release the sticky cookie options first appeared in (the `dynamic.Cookie` struct at each tag). */
export const COOKIE_OPTION_SINCE: Readonly<Partial<Record<CookieOptionName, string>>> = { sameSite: '2.2', maxAge: '3.0', path: '3.3', domain: '3.4' };

export interface TraefikTarget {
  readonly version: string;
  /** For messages and fix titles: `Traefik 3.2 (platforms.traefik)`. */
  readonly label: string;
  /** Neither the settings nor the file say which release: DEFAULT_TRAEFIK_VERSION is assumed. */
  readonly assumed: boolean;
}

const IMAGE = /(?:^|\/)traefik:v?(\d+(?:\.\d+){0,2})(?:[-@.]|$)/;

/** imageVersion's answers per model: each cookie asks, and a walk per cookie made a file with many cookies quadratic. */
const imageVersions = new WeakMap<ManifestModel, string | null>();

/** The lowest Traefik release an `image: traefik:<tag>` of the file names (compose services, Pod templates). */
function imageVersion(model: ManifestModel): string | null {
  const known = imageVersions.get(model);
  if (known !== undefined) return known;
  const lowest = lowestImageVersion(model);
  imageVersions.set(model, lowest);
  return lowest;
}

function lowestImageVersion(model: ManifestModel): string | null {
  let lowest: string | null = null;
  const visit = (node: MNode | null, depth: number): void => {
    if (!node || depth > 12) return;
    if (node.kind === 'seq') for (const item of node.items) visit(item, depth + 1);
    if (node.kind !== 'map') return;
    for (const pair of node.pairs) {
      if (textOf(pair.key) === 'image') {
        const m = IMAGE.exec(textOf(pair.value) ?? '');
        if (m && (lowest === null || compareVersions(m[1], lowest) < 0)) lowest = m[1];
      } else visit(pair.value, depth + 1);
    }
  };
  for (const document of model.documents) visit(document.root, 0);
  return lowest;
}

/**
 * The Traefik release a cookie is judged for: `platforms.traefik` in the settings; else the
 * lowest `traefik:<version>` image of the file; else Traefik 2 for the `traefik.containo.us` CRDs
 * (which v3 removed); else DEFAULT_TRAEFIK_VERSION.
 */
export function traefikTarget(model: ManifestModel, settings: LintSettings, cookie?: StickyCookie): TraefikTarget {
  const set = settings.platforms.traefik;
  if (set) return { version: set, label: `Traefik ${set} (platforms.traefik)`, assumed: false };
  const image = imageVersion(model);
  if (image) return { version: image, label: `Traefik ${image} (the traefik:${image} image in this file)`, assumed: false };
  if (cookie?.v2Group) return { version: '2.11', label: 'Traefik 2 (the traefik.containo.us API group, removed in v3)', assumed: false };
  return { version: DEFAULT_TRAEFIK_VERSION, label: `Traefik ${DEFAULT_TRAEFIK_VERSION} (assumed; set platforms.traefik)`, assumed: true };
}

/** Whether the target release has a cookie option. */
export function hasCookieOption(target: TraefikTarget, name: CookieOptionName): boolean {
  const since = COOKIE_OPTION_SINCE[name];
  return since === undefined || atLeast(target.version, since);
}
