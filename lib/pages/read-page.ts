import type { PageSnapshot } from '../model/snapshot';
import type { PageReader } from './reader';

export function findReaderIn(readers: readonly PageReader[], url: URL): PageReader | null {
  return readers.find((reader) => reader.matches(url)) ?? null;
}

/** `?channelId=` is the store id on almost every csp/gsp URL (also inside the #/ hash on the chat page). */
export function channelIdOf(url: URL): string | null {
  const fromQuery = url.searchParams.get('channelId');
  const fromHash = new URLSearchParams(url.hash.split('?')[1] ?? '').get('channelId');
  const id = fromQuery ?? fromHash;
  return id && /^\d{1,20}$/.test(id) ? id : null;
}

/** Read a page with the reader its URL selects among `readers`; no such reader yields kind "unknown". */
export function readPageWith(readers: readonly PageReader[], root: ParentNode, url: URL, now: Date): PageSnapshot {
  const reader = findReaderIn(readers, url);
  const base = { url: url.href, readAt: now.toISOString(), channelId: channelIdOf(url) };
  if (!reader) {
    return { ...base, page: 'unknown', reader: null, orders: [], disputes: [], threads: [], missing: [] };
  }
  return { ...base, page: reader.kind, reader: reader.id, ...reader.read(root, { now, url }) };
}
