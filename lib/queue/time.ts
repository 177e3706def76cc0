/**
 * Instants in the queue are UTC ISO strings ("2026-11-20T08:00:00.000Z"): IndexedDB ranges
 * compare them as strings, which is only chronological when every value has the same offset.
 * Pages and readers may give "-08:00" (the seller center's Pacific time); normalise on entry.
 *
 * Durations (48 hours, 3 days, 7 days …) are exact multiples of 24 hours, not calendar days in
 * some zone: a deadline does not move by an hour because the agent's clock changed to summer time.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** UTC ISO for any parseable instant; null for null, empty or unparseable input. */
export function toUtcIso(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  const time = date.getTime();
  return Number.isNaN(time) ? null : date.toISOString();
}

export function msOf(iso: string): number {
  return new Date(iso).getTime();
}

export function plusMs(iso: string, ms: number): string {
  return new Date(msOf(iso) + ms).toISOString();
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}
