import type { AfterSalesDb } from '../db/database';

export interface BadgeCounts {
  /** Waiting for us, deadline within the overdue window but not yet past. */
  overdue: number;
  /** Waiting for us, deadline already past, not yet seen closed. */
  expired: number;
}

/**
 * Count disputes that need action now, using the [waiting+deadline] index (no table scan).
 * A dispute is overdue when it waits for the seller and its deadline is less than
 * `overdueHours` away; past-deadline ones count too (shown as expired).
 */
export async function countOverdueDisputes(db: AfterSalesDb, now: Date, overdueHours: number): Promise<BadgeCounts> {
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() + overdueHours * 3_600_000).toISOString();
  const index = db.disputes.where('[waiting+deadline]');
  // '' (unknown deadline) sorts first: start just above it.
  const [expired, dueSoon] = await Promise.all([
    index.between([1, '\u0001'], [1, nowIso], true, true).count(),
    index.between([1, nowIso], [1, cutoff], false, false).count(),
  ]);
  return { overdue: dueSoon, expired };
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
