import type { Collection } from 'dexie';
import type { AfterSalesDb } from '../db/database';
import type { DisputeRecord, OrderRecord, ThreadRecord } from '../db/records';
import { dueLogisticsOrders } from './badge';
import { currentLogisticsFollowUp, type LogisticsFollowUp } from './logistics';
import {
  canSnoozeDispute,
  disputeUrgency,
  followUpCutoff,
  followUpDue,
  isSnoozed,
  overdueCutoff,
  replyDueAt,
  type PolicySettings,
} from './policy';
import { DAY_MS, msOf } from './time';

/**
 * The queue the side panel shows, built from records by the policy. `loadQueueInput` reads only
 * what can be in it (index ranges); `buildQueue` is pure.
 */

export interface DisputeItem {
  kind: 'dispute';
  id: string;
  urgency: 'overdue' | 'expired';
  deadline: string;
  canSnooze: boolean;
  record: DisputeRecord;
}

export interface ReplyItem {
  kind: 'reply';
  id: string;
  /** The buyer has waited since. */
  since: string;
  /** When the reply window closes (or closed). */
  dueAt: string;
  /** The reply window is over. */
  late: boolean;
  record: ThreadRecord;
}

export interface WaitingItem {
  kind: 'waiting';
  id: string;
  /** We have waited for the buyer since. */
  since: string;
  /** When a follow-up becomes due. */
  followUpAt: string;
  record: ThreadRecord;
}

export interface FollowUpItem {
  kind: 'follow_up';
  id: string;
  since: string;
  /** Buyers do not open the chat every day: the panel suggests an email too. */
  suggestEmail: true;
  record: ThreadRecord;
}

export interface LogisticsItem {
  kind: 'logistics';
  id: string;
  followUp: LogisticsFollowUp;
  record: OrderRecord;
}

export type QueueItem = DisputeItem | ReplyItem | WaitingItem | FollowUpItem | LogisticsItem;

/** Sections whose list was cut at the first-screen limit (the full list is on its way). */
export interface QueueTruncation {
  overdueDisputes?: boolean;
  repliesOwed?: boolean;
  followUps?: boolean;
  awaitingBuyer?: boolean;
}

export interface QueueSections {
  overdueDisputes: DisputeItem[];
  repliesOwed: ReplyItem[];
  awaitingBuyer: WaitingItem[];
  followUps: (FollowUpItem | LogisticsItem)[];
  truncated?: QueueTruncation;
}

export interface QueueInput {
  disputes: readonly DisputeRecord[];
  threads: readonly ThreadRecord[];
  orders: readonly OrderRecord[];
  truncated?: QueueTruncation;
}

const ABOVE_EMPTY = '\u0001';
const HIGHEST = '\uffff';

/**
 * Rows per section for the first screen. Reading 10,000 conversations takes a few hundred ms
 * even from IndexedDB's index; the first rows of each section take a few. The panel shows these
 * at once and the full lists when they arrive.
 */
export const FIRST_SCREEN_ROWS = 50;

/**
 * Read what can be in the queue, by index ranges, each already in display order (oldest wait
 * first). With `limit`, each section's query stops after that many rows and says so.
 */
export async function loadQueueInput(db: AfterSalesDb, now: Date, settings: PolicySettings, limit?: number): Promise<QueueInput> {
  const take = <T, K, I>(collection: Collection<T, K, I>): Promise<T[]> =>
    limit === undefined ? collection.toArray() : collection.limit(limit + 1).toArray();
  const threads = () => db.threads.where('[state+since]');
  const followUpFrom = followUpCutoff(now, settings.followUpAfterDays);
  const [disputes, awaitingSeller, followUpThreads, awaitingBuyer, orders] = await Promise.all([
    take(db.disputes.where('[waiting+deadline]').between([1, ABOVE_EMPTY], [1, overdueCutoff(now, settings.overdueHours)], true, false)),
    take(threads().between(['awaiting_seller', ''], ['awaiting_seller', HIGHEST])),
    take(threads().between(['awaiting_buyer', ''], ['awaiting_buyer', followUpFrom], true, true)),
    take(threads().between(['awaiting_buyer', followUpFrom], ['awaiting_buyer', HIGHEST], false, true)),
    dueLogisticsOrders(db, now, limit === undefined ? undefined : limit + 1),
  ]);
  if (limit === undefined) return { disputes, threads: [...awaitingSeller, ...followUpThreads, ...awaitingBuyer], orders };
  const cut = <T>(rows: T[]) => rows.slice(0, limit);
  return {
    disputes: cut(disputes),
    threads: [...cut(awaitingSeller), ...cut(followUpThreads), ...cut(awaitingBuyer)],
    orders: cut(orders),
    truncated: {
      overdueDisputes: disputes.length > limit,
      repliesOwed: awaitingSeller.length > limit,
      followUps: followUpThreads.length > limit || orders.length > limit,
      awaitingBuyer: awaitingBuyer.length > limit,
    },
  };
}

/** Every store (channelId) the agent has data for, for the store filter. Index keys only. */
export async function loadStores(db: AfterSalesDb): Promise<string[]> {
  const keys = await Promise.all([
    db.disputes.orderBy('channelId').uniqueKeys(),
    db.threads.orderBy('channelId').uniqueKeys(),
    db.orders.orderBy('channelId').uniqueKeys(),
  ]);
  const stores = new Set<string>();
  for (const list of keys) for (const key of list) if (typeof key === 'string' && key !== '') stores.add(key);
  return [...stores].sort();
}

const byString = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Sort and section the records. `channelId` null shows every store; a store filter hides
 * records whose store is unknown.
 */
export function buildQueue(input: QueueInput, now: Date, settings: PolicySettings, channelId: string | null = null): QueueSections {
  const inStore = (record: { channelId: string | null }) => channelId === null || record.channelId === channelId;
  const nowMs = now.getTime();

  const overdue: DisputeItem[] = [];
  const expired: DisputeItem[] = [];
  for (const record of input.disputes) {
    if (!inStore(record) || isSnoozed(record, now)) continue;
    const urgency = disputeUrgency(record, now, settings);
    if (urgency !== 'overdue' && urgency !== 'expired') continue;
    const item: DisputeItem = { kind: 'dispute', id: `dispute:${record.key}`, urgency, deadline: record.deadline, canSnooze: canSnoozeDispute(record, now), record };
    (urgency === 'overdue' ? overdue : expired).push(item);
  }
  // Still-savable ones first (soonest deadline first), then the expired (latest first: most likely still open).
  overdue.sort(byString((item) => item.deadline));
  expired.sort(byString((item) => item.deadline)).reverse();

  const repliesOwed: ReplyItem[] = [];
  const awaitingBuyer: WaitingItem[] = [];
  const threadFollowUps: FollowUpItem[] = [];
  const followUpMs = settings.followUpAfterDays * DAY_MS;
  for (const record of input.threads) {
    if (!inStore(record) || isSnoozed(record, now)) continue;
    if (record.state === 'awaiting_seller') {
      const dueAt = replyDueAt(record, settings);
      repliesOwed.push({ kind: 'reply', id: `thread:${record.threadId}`, since: record.since, dueAt, late: msOf(dueAt) <= nowMs, record });
    } else if (record.state === 'awaiting_buyer') {
      if (followUpDue(record, now, settings)) {
        threadFollowUps.push({ kind: 'follow_up', id: `thread:${record.threadId}`, since: record.since, suggestEmail: true, record });
      } else {
        const followUpAt = new Date(msOf(record.since) + followUpMs).toISOString();
        awaitingBuyer.push({ kind: 'waiting', id: `thread:${record.threadId}`, since: record.since, followUpAt, record });
      }
    }
  }
  repliesOwed.sort(byString((item) => item.since));
  awaitingBuyer.sort(byString((item) => item.since));

  const logistics: LogisticsItem[] = [];
  for (const record of input.orders) {
    if (!inStore(record) || isSnoozed(record, now)) continue;
    const followUp = currentLogisticsFollowUp(record, now);
    if (followUp) logistics.push({ kind: 'logistics', id: `order:${record.orderId}`, followUp, record });
  }
  const dueTime = (item: FollowUpItem | LogisticsItem) =>
    item.kind === 'logistics' ? item.followUp.dueAt : new Date(msOf(item.since) + followUpMs).toISOString();
  const followUps = [...threadFollowUps, ...logistics].sort(byString(dueTime));

  const sections: QueueSections = { overdueDisputes: [...overdue, ...expired], repliesOwed, awaitingBuyer, followUps };
  return input.truncated ? { ...sections, truncated: input.truncated } : sections;
}

/** Items due now (what the Queue tab's number counts): matches `queueCount(countQueue(...))`. */
export function dueCount(sections: QueueSections): number {
  return (
    sections.overdueDisputes.length +
    sections.repliesOwed.filter((item) => item.late).length +
    sections.followUps.length
  );
}
