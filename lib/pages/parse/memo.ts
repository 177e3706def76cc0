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
