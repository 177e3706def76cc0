import type { AfterSalesDb } from '../db/database';
import type { DisputeRecord, EventRecord, OrderRecord, ThreadRecord } from '../db/records';
import type { PageSnapshot, ThreadSnapshot } from '../model/snapshot';
import {
  disputeKeyOf,
  disputeThreadId,
  foldDisputeRecords,
  mergeChatThread,
  mergeDispute,
  mergeDisputeThread,
  mergeOrder,
  type MergeContext,
} from './merge';
import type { ThreadChange } from './threads';
import { msOf, toUtcIso } from './time';

export interface StoreResult {
  orders: number;
  disputes: number;
  threads: number;
  /** Thread state changes this snapshot caused (also written to `events`). */
  changes: { threadId: string; change: ThreadChange }[];
}

const NOTHING: StoreResult = { orders: 0, disputes: 0, threads: 0, changes: [] };

/**
 * Merge one page snapshot into the database: orders, disputes, chat threads and dispute
 * negotiation threads, in ONE read-write transaction with bulk reads and writes.
 * Idempotent: storing the same snapshot twice (two tabs on the same page) writes nothing the
 * second time. Each field keeps its newest observation (see merge.ts).
 */
export async function storeSnapshot(db: AfterSalesDb, snapshot: PageSnapshot): Promise<StoreResult> {
  if (snapshot.blocked || snapshot.page === 'unknown') return NOTHING;
  const readAt = toUtcIso(snapshot.readAt);
  if (!readAt) return NOTHING;
  const ctx: MergeContext = { readAt, channelId: snapshot.channelId, url: snapshot.url, page: snapshot.page };
  const orders = uniqueBy(snapshot.orders, (order) => order.orderId);
  const disputes = uniqueBy(snapshot.disputes, disputeKeyOf);
  const threads = uniqueBy(snapshot.threads, (thread) => thread.threadId);

  return db.transaction('rw', [db.orders, db.disputes, db.threads, db.events], async () => {
    // Reads first, all in bulk. One index read finds every stored dispute of these orders: the
    // record under its dispute id, a placeholder "order:<id>" from a list without ids, or both.
    const orderIdsInDispute = [...new Set(disputes.map((d) => d.orderId))];
    // A dispute's negotiation thread matters only when the page shows who acted last, or the dispute closed.
    const threadIds = [
      ...threads.map((t) => t.threadId),
      ...disputes.filter((d) => d.lastActor || d.status === 'closed').map((d) => disputeThreadId(d.orderId)),
    ];
    const [storedOrders, candidates, storedThreads] = await Promise.all([
      orders.length > 0 ? db.orders.bulkGet(orders.map((order) => order.orderId)) : Promise.resolve<(OrderRecord | undefined)[]>([]),
      orderIdsInDispute.length > 0 ? db.disputes.where('orderId').anyOf(orderIdsInDispute).toArray() : Promise.resolve<DisputeRecord[]>([]),
      threadIds.length > 0 ? db.threads.bulkGet(threadIds) : Promise.resolve<(ThreadRecord | undefined)[]>([]),
    ]);

    const orderPuts: OrderRecord[] = [];
    orders.forEach((order, index) => {
      const existing = storedOrders[index];
      const merged = mergeOrder(existing, order, ctx);
      if (!sameRecord(existing, merged)) orderPuts.push(merged);
    });

    const disputePuts: DisputeRecord[] = [];
    const disputeDeletes: string[] = [];
    const mergedDisputes: DisputeRecord[] = [];
    const storedByKey = new Map(candidates.map((record) => [record.key, record]));
    for (const dispute of disputes) {
      const placeholderKey = `order:${dispute.orderId}`;
      let key = disputeKeyOf(dispute);
      let existing = storedByKey.get(key);
      let folded = false;
      if (dispute.disputeId !== null) {
        // A list page stored it without its id; the detail page now names it: one record.
        const placeholder = storedByKey.get(placeholderKey);
        if (placeholder) {
          existing = foldDisputeRecords(placeholder, existing, key);
          disputeDeletes.push(placeholderKey);
          folded = true;
        }
      } else {
        // The list hides the id, but we may know this order's dispute by id already.
        const known = newestOpen(candidates.filter((record) => record.orderId === dispute.orderId && record.disputeId !== null));
        if (known) {
          key = known.key;
          existing = known;
        }
      }
      const merged = mergeDispute(existing, dispute, key, ctx);
      mergedDisputes.push(merged);
      if (folded || !sameRecord(existing, merged)) disputePuts.push(merged);
    }

    const threadPuts: ThreadRecord[] = [];
    const changes: StoreResult['changes'] = [];
    const storedThreadById = new Map(storedThreads.filter(isDefined).map((record) => [record.threadId, record]));
    const take = (existing: ThreadRecord | undefined, result: { record: ThreadRecord; change: ThreadChange | null } | null) => {
      if (!result) return;
      storedThreadById.set(result.record.threadId, result.record);
      if (!sameRecord(existing, result.record)) threadPuts.push(result.record);
      if (result.change) changes.push({ threadId: result.record.threadId, change: result.change });
    };
    await notePendingInsertions(db, threads, storedThreadById);
    for (const thread of threads) {
      const existing = storedThreadById.get(thread.threadId);
      take(existing, mergeChatThread(existing, thread, ctx));
    }
    disputes.forEach((dispute, index) => {
      const merged = mergedDisputes[index]!;
      const existing = storedThreadById.get(disputeThreadId(merged.orderId));
      take(existing, mergeDisputeThread(existing, merged, dispute.lastActor, ctx));
    });

    const events: EventRecord[] = changes.map(({ threadId, change }) => ({
      type: 'state',
      at: change.at,
      threadId,
      orderId: storedThreadById.get(threadId)?.orderId ?? null,
      detail: `${change.from}->${change.to}:${change.reason}`,
    }));

    await Promise.all([
      orderPuts.length > 0 ? db.orders.bulkPut(orderPuts) : null,
      disputeDeletes.length > 0 ? db.disputes.bulkDelete(disputeDeletes) : null,
      disputePuts.length > 0 ? db.disputes.bulkPut(lastPerKey(disputePuts)) : null,
      threadPuts.length > 0 ? db.threads.bulkPut(lastPerThread(threadPuts)) : null,
      events.length > 0 ? db.events.bulkAdd(events) : null,
    ]);
    return { orders: orderPuts.length, disputes: disputePuts.length, threads: threadPuts.length, changes };
  });
}

/**
 * Insertions are recorded as events by whoever inserts (the reply panel writes them directly).
 * When a page now shows us as the last speaker in a thread that waited for us, look for an
 * insertion into it since it started waiting: the thread machine then knows the message sent is
 * the inserted reply. Only such threads cost a read (of recent insert events, by index).
 */
async function notePendingInsertions(db: AfterSalesDb, threads: readonly ThreadSnapshot[], stored: Map<string, ThreadRecord>): Promise<void> {
  const waiting = threads
    .filter((thread) => thread.lastSpeaker === 'seller')
    .map((thread) => stored.get(thread.threadId))
    .filter((record): record is ThreadRecord => record !== undefined && record.state === 'awaiting_seller' && !record.pendingInsertAt);
  if (waiting.length === 0) return;
  const from = waiting.reduce((earliest, record) => (record.since < earliest ? record.since : earliest), waiting[0]!.since);
  const inserts = await db.events.where('[type+at]').between(['insert', from], ['insert', '\uffff'], true, true).toArray();
  for (const record of waiting) {
    const latest = inserts.filter((event) => event.threadId === record.threadId && event.at >= record.since).at(-1);
    if (latest) stored.set(record.threadId, { ...record, pendingInsertAt: latest.at });
  }
}

/**
 * A list page is sent again whenever one row changes; the other rows come back unchanged but
 * with a newer time of reading. Rewriting all of them only to move `lastSeenAt` costs most of the
 * write time, so a record whose values did not change and that was seen less than this long ago
 * is left as it is (its `lastSeenAt` is then at most this stale).
 */
export const REFRESH_SEEN_AFTER_MS = 60_000;

const BOOKKEEPING = ['lastSeenAt', 'firstSeenAt', 'observedAt', 'speakerSeenAt'] as const;

function withoutBookkeeping(record: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const field of BOOKKEEPING) delete copy[field];
  return copy;
}

/** Nothing worth writing: the same record, or the same values seen again moments later. */
function sameRecord(existing: { lastSeenAt: string } | undefined, merged: { lastSeenAt: string }): boolean {
  if (existing === undefined) return false;
  if (sameValue(existing, merged)) return true;
  const age = msOf(merged.lastSeenAt) - msOf(existing.lastSeenAt);
  return age >= 0 && age < REFRESH_SEEN_AFTER_MS && sameValue(withoutBookkeeping(existing), withoutBookkeeping(merged));
}

/** Structural equality of stored values (plain objects, arrays, primitives); key order ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Absent and undefined are the same to IndexedDB (structured clone keeps undefined, but readers never differ on it).
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function newestOpen(records: DisputeRecord[]): DisputeRecord | undefined {
  const open = records.filter((record) => record.status !== 'closed');
  const pool = open.length > 0 ? open : records;
  return pool.sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1))[0];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(key(item), item);
  return [...seen.values()];
}

function lastPerKey(records: DisputeRecord[]): DisputeRecord[] {
  return [...new Map(records.map((record) => [record.key, record])).values()];
}

function lastPerThread(records: ThreadRecord[]): ThreadRecord[] {
  return [...new Map(records.map((record) => [record.threadId, record])).values()];
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
