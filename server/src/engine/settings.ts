import type { Severity } from '../rules/types';

export type SeveritySetting = Severity | 'off';
export type Traffic = 'public' | 'mobile' | 'internal';
export type NginxFlavor = 'oss' | 'plus';

/** Everything that changes what the engine reports, normalized with defaults. */
export interface LintSettings {
  /** Per-rule severity overrides; a rule not listed keeps its default. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /**
   * `flavor` null: not set, so the target is inferred (NGINX Plus when the configuration uses a
   * Plus-only directive, else open source); an explicit `oss` never is.
   */
  readonly nginx: { readonly version: string | null; readonly flavor: NginxFlavor | null };
  readonly haproxy: { readonly version: string | null };
  readonly traffic: Traffic;
  /**
   * The versions of the platforms in use, by platform id (`kubernetes`, `ingress-nginx`,
   * `nginx-ingress`, `gateway-api`, `istio`, `traefik`, `aws-lbc`): rules gate on them. A platform
   * not listed is assumed at the version its rules document as their default.
   */
  readonly platforms: Readonly<Record<string, string>>;
}

/** The platform ids `platforms` may name. */
export const PLATFORM_IDS: readonly string[] = ['kubernetes', 'ingress-nginx', 'nginx-ingress', 'gateway-api', 'istio', 'traefik', 'aws-lbc'];

/**
 * The targets assumed when none is set: what Debian 12 ships (nginx 1.22 open source,
 * HAProxy 2.6), the oldest release a fix should still suit. Fix titles name them.
 */
export const DEFAULT_NGINX_VERSION = '1.22';
export const DEFAULT_HAPROXY_VERSION = '2.6';

export const DEFAULT_SETTINGS: LintSettings = {
  rules: {},
  nginx: { version: null, flavor: null },
  haproxy: { version: null },
  traffic: 'public',
  platforms: {},
};

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);
const TRAFFIC: ReadonlySet<string> = new Set(['public', 'mobile', 'internal']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return /^\d+(\.\d+){0,2}$/.test(trimmed) ? trimmed : null;
}

/** Problems found while normalizing, for the log or the CLI's stderr. */
export interface Normalized {
  readonly settings: LintSettings;
  readonly warnings: readonly string[];
}

/**
 * Reads settings from an untyped source (VS Code's configuration, `.affinity-lint.json`, CLI flags)
 * over a base, keeping the base's value wherever the source says nothing usable.
 */
export function normalizeSettings(raw: unknown, base: LintSettings = DEFAULT_SETTINGS): Normalized {
  const warnings: string[] = [];
  if (!isRecord(raw)) return { settings: base, warnings };
  const rules: Record<string, SeveritySetting> = { ...base.rules };
  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as SeveritySetting;
      else warnings.push(`rules.${id}: expected one of error, warning, info, hint, off`);
    }
  }
  const nginxRaw = isRecord(raw.nginx) ? raw.nginx : {};
  const haproxyRaw = isRecord(raw.haproxy) ? raw.haproxy : {};
  let nginxVersion = base.nginx.version;
  if (nginxRaw.version !== undefined && nginxRaw.version !== null && nginxRaw.version !== '') {
    nginxVersion = versionOrNull(nginxRaw.version);
    if (nginxVersion === null) warnings.push(`nginx.version: "${String(nginxRaw.version)}" is not a version such as 1.22 or 1.29.6`);
  }
  let haproxyVersion = base.haproxy.version;
  if (haproxyRaw.version !== undefined && haproxyRaw.version !== null && haproxyRaw.version !== '') {
    haproxyVersion = versionOrNull(haproxyRaw.version);
    if (haproxyVersion === null) warnings.push(`haproxy.version: "${String(haproxyRaw.version)}" is not a version such as 2.6 or 3.0`);
  }
  let flavor = base.nginx.flavor;
  if (nginxRaw.flavor !== undefined && nginxRaw.flavor !== null && nginxRaw.flavor !== '') {
    if (nginxRaw.flavor === 'oss' || nginxRaw.flavor === 'plus') flavor = nginxRaw.flavor;
    else warnings.push('nginx.flavor: expected oss or plus');
  }
  let traffic = base.traffic;
  if (raw.traffic !== undefined) {
    if (typeof raw.traffic === 'string' && TRAFFIC.has(raw.traffic)) traffic = raw.traffic as Traffic;
    else warnings.push('traffic: expected public, mobile or internal');
  }
  const platforms: Record<string, string> = { ...base.platforms };
  if (isRecord(raw.platforms)) {
    for (const [id, value] of Object.entries(raw.platforms)) {
      if (!PLATFORM_IDS.includes(id)) {
        warnings.push(`platforms.${id}: not a platform (expected one of ${PLATFORM_IDS.join(', ')})`);
        continue;
      }
      if (value === null || value === '') {
        delete platforms[id];
        continue;
      }
      const version = versionOrNull(value);
      if (version === null) warnings.push(`platforms.${id}: "${String(value)}" is not a version such as 1.4 or 3.3.0`);
      else platforms[id] = version;
    }
  } else if (raw.platforms !== undefined) {
    warnings.push('platforms: expected an object of versions, such as { "traefik": "3.3" }');
  }
  return {
    settings: { rules, nginx: { version: nginxVersion, flavor }, haproxy: { version: haproxyVersion }, traffic, platforms },
    warnings,
  };
}
