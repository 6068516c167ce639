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

/** The nginx the fixes are written for, and how a fix title names it. */
export interface NginxTarget {
  readonly version: string;
  readonly flavor: 'oss' | 'plus';
  readonly assumed: boolean;
  readonly label: string;
}

export function nginxTarget(settings: LintSettings): NginxTarget {
  const flavor = settings.nginx.flavor;
  const version = settings.nginx.version ?? DEFAULT_NGINX_VERSION;
  const assumed = settings.nginx.version === null && flavor === 'oss';
  const name = flavor === 'plus' ? 'NGINX Plus' : `nginx ${version}`;
  return { version, flavor, assumed, label: assumed ? `${name} (assumed: no target set)` : name };
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
