import { atLeast, type HaproxyTarget } from '../../engine/versions';

/** The bare `redispatch` keyword: refused since HAProxy 2.1 ("Use 'option redispatch'"). */
export function haproxyHasRedispatchKeyword(target: HaproxyTarget): boolean {
  return !atLeast(target.version, '2.1');
}

/** `appsession`: refused since HAProxy 1.6. */
export function haproxyHasAppsession(target: HaproxyTarget): boolean {
  return !atLeast(target.version, '1.6');
}

/** The algorithm a backend without `balance` uses: roundrobin, and random from HAProxy 3.3. */
export function haproxyDefaultBalance(target: HaproxyTarget): 'roundrobin' | 'random' {
  return atLeast(target.version, '3.3') ? 'random' : 'roundrobin';
}
