import type { PageSnapshot } from '../model/snapshot';

/**
 * A key that changes only when what the page shows changes. Countdowns tick every second,
 * so deadlines (read time + countdown) jitter by milliseconds: compare them to the minute.
 */
export function snapshotChangeKey(snapshot: PageSnapshot): string {
  return JSON.stringify(snapshot, (key, value: unknown) => {
    if (key === 'readAt') return undefined;
    if (key === 'deadline' && typeof value === 'string') return value.slice(0, 16);
    return value;
  });
}
