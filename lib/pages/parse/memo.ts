/**
 * The content script re-reads the same page several times a second, and the same texts
 * (statuses, dates, country names) come back each time. Pure text → value parsers are
 * memoised with a bounded map so a re-read costs lookups, not regexes and Intl calls.
 */
export function memoizeText<T>(parse: (text: string) => T, limit = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = parse(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * A map for one synchronous read: emptied at the next microtask, so the next read sees the
 * page as it is then. Readers are pure and never yield mid-read, so answers stay valid inside one.
 */
export function readScopedMap<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  let flushQueued = false;
  const set = map.set.bind(map);
  map.set = (key: K, value: V) => {
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(() => {
        map.clear();
        flushQueued = false;
      });
    }
    return set(key, value);
  };
  return map;
}
