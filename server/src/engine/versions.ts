import type { HaproxyConfig } from '../model/haproxy';
import type { NginxConfig } from '../model/nginx';
import { plusInference } from '../model/nginxQueries';
import type { SourceText } from '../text/sourceText';
import { DEFAULT_HAPROXY_VERSION, DEFAULT_NGINX_VERSION, type LintSettings } from './settings';

/** Compares dotted versions numerically: `1.29.6` > `1.22`; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function atLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}

/** Why a configuration is taken for NGINX Plus when no flavor is set: its first Plus-only directive. */
export interface PlusInference {
  /** The feature as a message names it: `health_check`, `sticky ... sync`. */
  readonly feature: string;
  /** 1-based. */
  readonly line: number;
}

/** The nginx the fixes are written for, and how a fix title names it. */
export interface NginxTarget {
  readonly version: string;
  readonly flavor: 'oss' | 'plus';
  /** No version set, and open source: nginx at the default version. */
  readonly assumed: boolean;
  /** No flavor set (nor detected), and nothing inferred: open source is an assumption too. */
  readonly flavorAssumed: boolean;
  /** Set when the flavor is NGINX Plus because the configuration says so, not a setting. */
  readonly inferred: PlusInference | null;
  readonly label: string;
}

/**
 * The NGINX Plus inference that applies to a configuration under these settings: an nginx file,
 * no flavor set (nor detected, see features/targetStatus.ts), and a Plus-only directive in it.
 */
export function inferredNginxPlus(config: NginxConfig | HaproxyConfig, source: SourceText, settings: LintSettings): PlusInference | null {
  return config.dialect === 'nginx' && settings.nginx.flavor === null ? plusInference(config, source) : null;
}

export function inferenceNote(inference: PlusInference): string {
  return `inferred from ${inference.feature} at line ${inference.line}`;
}

/**
 * The target a lint writes for. The flavor, first match wins: a setting (editor, `.affinity-lint.json`,
 * `--nginx-flavor`), then what the installed binary says (the language server puts it into the
 * settings), then `inference` (the configuration's own Plus-only directives), then open source.
 */
export function nginxTarget(settings: LintSettings, inference: PlusInference | null = null): NginxTarget {
  const inferred = settings.nginx.flavor === null ? inference : null;
  const flavor = settings.nginx.flavor ?? (inferred ? 'plus' : 'oss');
  const version = settings.nginx.version ?? DEFAULT_NGINX_VERSION;
  const assumed = settings.nginx.version === null && flavor === 'oss';
  const name = flavor === 'plus' ? 'NGINX Plus' : `nginx ${version}`;
  const label = inferred ? `${name} (${inferenceNote(inferred)})` : assumed ? `${name} (assumed: no target set)` : name;
  return { version, flavor, assumed, flavorAssumed: settings.nginx.flavor === null && !inferred, inferred, label };
}

/** `sticky cookie|route|learn`: NGINX Plus, and open-source nginx since 1.29.6. */
export function nginxHasSticky(target: NginxTarget): boolean {
  return target.flavor === 'plus' || atLeast(target.version, '1.29.6');
}

/** `samesite=` on `sticky cookie`: since 1.19.4. */
export function nginxHasStickySamesite(target: NginxTarget): boolean {
  return target.flavor === 'plus' ? true : atLeast(target.version, '1.19.4');
}

export interface HaproxyTarget {
  readonly version: string;
  readonly assumed: boolean;
  readonly label: string;
}

export function haproxyTarget(settings: LintSettings): HaproxyTarget {
  const version = settings.haproxy.version ?? DEFAULT_HAPROXY_VERSION;
  const assumed = settings.haproxy.version === null;
  return { version, assumed, label: assumed ? `HAProxy ${version} (assumed: no target set)` : `HAProxy ${version}` };
}

/** `cookie ... attr`: since HAProxy 2.2. */
export function haproxyHasCookieAttr(target: HaproxyTarget): boolean {
  return atLeast(target.version, '2.2');
}

/** The release of a platform of the manifest rules (Gateway API, Istio, …) that rules gate on. */
export interface PlatformTarget {
  readonly version: string;
  /** No version set in `platforms`: the rule's documented default. */
  readonly assumed: boolean;
  /** `Gateway API 1.6` or `Gateway API 1.6 (assumed: no platforms.gateway-api set)`. */
  readonly label: string;
}

/** The target of a platform: `settings.platforms[id]`, else the default the rule family documents. */
export function platformTarget(settings: LintSettings, id: string, name: string, defaultVersion: string): PlatformTarget {
  const set = settings.platforms[id];
  const version = set ?? defaultVersion;
  return { version, assumed: set === undefined, label: set === undefined ? `${name} ${version} (assumed: no platforms.${id} set)` : `${name} ${version}` };
}
