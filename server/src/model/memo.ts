const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Computes a whole-file index once per model object (a new model after each change gets a fresh
 * cache): queries that rules ask per section then cost a lookup, not another pass over the file.
 */
export function memo<T>(owner: object, key: string, compute: () => T): T {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * Gives `to` the values `from` computed for `keys` (those it has), for a caller that knows they
 * hold for `to` as well; `to`'s own values stay.
 */
export function carryMemo(from: object, to: object, keys: readonly string[]): void {
  const old = caches.get(from);
  if (!old) return;
  let cache = caches.get(to);
  for (const key of keys) {
    if (!old.has(key)) continue;
    if (!cache) {
      cache = new Map();
      caches.set(to, cache);
    }
    if (!cache.has(key)) cache.set(key, old.get(key));
  }
}

/** The value `owner` computed for `key`, if it did. */
export function memoized<T>(owner: object, key: string): T | undefined {
  return caches.get(owner)?.get(key) as T | undefined;
}
