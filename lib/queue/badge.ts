import type { AfterSalesDb } from '../db/database';
import type { DisputeRecord, OrderRecord, ThreadRecord } from '../db/records';
import { currentLogisticsFollowUp } from './logistics';
import {
  disputeUrgency,
  followUpCutoff,
  followUpDue,
  isSnoozed,
  overdueCutoff,
  replyCutoff,
  replyOwed,
  type PolicySettings,
} from './policy';

export interface BadgeCounts {
  /** Waiting for us, deadline within the overdue window but not yet past. */
  overdue: number;
  /** Waiting for us, deadline already past, not yet seen closed. */
  expired: number;
}

export interface QueueCounts extends BadgeCounts {
  /** Buyer spoke last and our reply window is over. */
  repliesOwed: number;
  /** We spoke last and the buyer has been silent long enough to nudge. */
  followUpsDue: number;
  /** Shipped orders due for a logistics follow-up. */
  logisticsDue: number;
}

/**
 * Counting reads index ranges (IDBIndex.count: no records are loaded), then subtracts the few
 * snoozed records found through the snoozedUntil index. No table is scanned.
 */

// '' (unknown deadline) sorts first: expired ones start just above it.
const ABOVE_EMPTY = '\u0001';

async function activeSnoozed<T>(table: { where(index: string): { above(value: string): { toArray(): Promise<T[]> } } }, now: Date): Promise<T[]> {
  return table.where('snoozedUntil').above(now.toISOString()).toArray();
}

/** Overdue (less than `overdueHours` left) and expired disputes that wait for us. */
export async function countOverdueDisputes(db: AfterSalesDb, now: Date, overdueHours: number): Promise<BadgeCounts> {
  const nowIso = now.toISOString();
  const index = db.disputes.where('[waiting+deadline]');
  const [expired, overdue, snoozed] = await Promise.all([
    index.between([1, ABOVE_EMPTY], [1, nowIso], true, true).count(),
    index.between([1, nowIso], [1, overdueCutoff(now, overdueHours)], false, false).count(),
    activeSnoozed<DisputeRecord>(db.disputes, now),
  ]);
  let snoozedExpired = 0;
  let snoozedOverdue = 0;
  for (const dispute of snoozed) {
    const urgency = disputeUrgency(dispute, now, { overdueHours });
    if (urgency === 'expired') snoozedExpired += 1;
    else if (urgency === 'overdue') snoozedOverdue += 1;
  }
  return { overdue: overdue - snoozedOverdue, expired: expired - snoozedExpired };
}

/** The disputes counted by `countOverdueDisputes` (few by nature; for notifications). */
export async function overdueDisputes(db: AfterSalesDb, now: Date, overdueHours: number): Promise<DisputeRecord[]> {
  const rows = await db.disputes
    .where('[waiting+deadline]')
    .between([1, ABOVE_EMPTY], [1, overdueCutoff(now, overdueHours)], true, false)
    .toArray();
  return rows.filter((dispute) => !isSnoozed(dispute, now));
}

export async function countRepliesOwed(db: AfterSalesDb, now: Date, replyWithinHours: number): Promise<number> {
  const [inRange, snoozed] = await Promise.all([
    db.threads.where('[state+since]').between(['awaiting_seller', ''], ['awaiting_seller', replyCutoff(now, replyWithinHours)], true, true).count(),
    activeSnoozed<ThreadRecord>(db.threads, now),
  ]);
  const cutoff = replyCutoff(now, replyWithinHours);
  return inRange - snoozed.filter((thread) => thread.state === 'awaiting_seller' && thread.since <= cutoff).length;
}

export async function countThreadFollowUpsDue(db: AfterSalesDb, now: Date, followUpAfterDays: number): Promise<number> {
  const cutoff = followUpCutoff(now, followUpAfterDays);
  const [inRange, snoozed] = await Promise.all([
    db.threads.where('[state+since]').between(['awaiting_buyer', ''], ['awaiting_buyer', cutoff], true, true).count(),
    activeSnoozed<ThreadRecord>(db.threads, now),
  ]);
  return inRange - snoozed.filter((thread) => thread.state === 'awaiting_buyer' && thread.since <= cutoff).length;
}

/** Orders whose next follow-up time has come, read by index (few), then judged by the policy. */
export async function dueLogisticsOrders(db: AfterSalesDb, now: Date, limit?: number): Promise<OrderRecord[]> {
  const range = db.orders.where('followUpAt').between(ABOVE_EMPTY, now.toISOString(), true, true);
  const rows = await (limit === undefined ? range : range.limit(limit)).toArray();
  return rows.filter((order) => !isSnoozed(order, now) && currentLogisticsFollowUp(order, now) !== null);
}

export async function countQueue(db: AfterSalesDb, now: Date, settings: PolicySettings): Promise<QueueCounts> {
  const [disputes, repliesOwed, followUpsDue, logistics] = await Promise.all([
    countOverdueDisputes(db, now, settings.overdueHours),
    countRepliesOwed(db, now, settings.replyWithinHours),
    countThreadFollowUpsDue(db, now, settings.followUpAfterDays),
    dueLogisticsOrders(db, now),
  ]);
  return { ...disputes, repliesOwed, followUpsDue, logisticsDue: logistics.length };
}

/**
 * The same counts by reading every record and asking the policy: the reference the index
 * counts are tested against, and the baseline of the benchmark.
 */
export async function countQueueByScan(db: AfterSalesDb, now: Date, settings: PolicySettings): Promise<QueueCounts> {
  const counts: QueueCounts = { overdue: 0, expired: 0, repliesOwed: 0, followUpsDue: 0, logisticsDue: 0 };
  await db.disputes.each((dispute) => {
    if (isSnoozed(dispute, now)) return;
    const urgency = disputeUrgency(dispute, now, settings);
    if (urgency === 'overdue') counts.overdue += 1;
    if (urgency === 'expired') counts.expired += 1;
  });
  await db.threads.each((thread) => {
    if (replyOwed(thread, now, settings)) counts.repliesOwed += 1;
    if (followUpDue(thread, now, settings)) counts.followUpsDue += 1;
  });
  await db.orders.each((order) => {
    if (!isSnoozed(order, now) && currentLogisticsFollowUp(order, now)) counts.logisticsDue += 1;
  });
  return counts;
}

/** What the toolbar badge counts: disputes that need action now. */
export function badgeCount(counts: BadgeCounts): number {
  return counts.overdue + counts.expired;
}

/** The number on the Queue tab: everything due now. */
export function queueCount(counts: QueueCounts): number {
  return counts.overdue + counts.expired + counts.repliesOwed + counts.followUpsDue + counts.logisticsDue;
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
