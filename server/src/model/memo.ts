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
