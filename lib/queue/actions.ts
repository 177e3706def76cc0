import type { AfterSalesDb } from '../db/database';
import type { EventRecord } from '../db/records';
import { followUpsDoneAfter, nextLogisticsFollowUpAt } from './logistics';
import { machineOf } from './merge';
import { canSnoozeDispute, snoozeUntil } from './policy';
import { nextThread, type ThreadInput } from './threads';

/**
 * What the agent does from the queue ("done", "snooze 1 day") and what the reply inserter
 * records. Each is one transaction that also writes an event (for statistics).
 */

async function applyThreadInput(db: AfterSalesDb, threadId: string, input: ThreadInput, event: EventRecord): Promise<boolean> {
  return db.transaction('rw', db.threads, db.events, async () => {
    const record = await db.threads.get(threadId);
    if (!record) return false;
    const step = nextThread(machineOf(record), input);
    await db.threads.put({ ...record, ...step.machine });
    const events: EventRecord[] = [{ ...event, orderId: record.orderId ?? null }];
    if (step.change) {
      events.push({
        type: 'state',
        at: step.change.at,
        threadId,
        orderId: record.orderId ?? null,
        detail: `${step.change.from}->${step.change.to}:${step.change.reason}`,
      });
    }
    await db.events.bulkAdd(events);
    return true;
  });
}

/** The agent handled the conversation: closed until the buyer writes again. */
export function markThreadDone(db: AfterSalesDb, threadId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return applyThreadInput(db, threadId, { type: 'done', at }, { type: 'done', at, threadId });
}

export function snoozeThread(db: AfterSalesDb, threadId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const until = snoozeUntil(now);
  return applyThreadInput(db, threadId, { type: 'snoozed', at, until }, { type: 'snooze', at, threadId, detail: until });
}

export interface InsertionRecord {
  threadId?: string | null;
  orderId?: string | null;
  templateId?: string | null;
  scenario?: string | null;
  language?: string | null;
  at: Date;
}

/**
 * A reply was put into the page's reply box. Recorded as an event; the thread (if known) remembers
 * it so that the next page reading that shows our message sent moves it to "awaiting the buyer".
 */
export async function recordInsertion(db: AfterSalesDb, insertion: InsertionRecord): Promise<void> {
  const at = insertion.at.toISOString();
  const event: EventRecord = {
    type: 'insert',
    at,
    threadId: insertion.threadId ?? null,
    orderId: insertion.orderId ?? null,
    templateId: insertion.templateId ?? null,
    scenario: insertion.scenario ?? null,
    language: insertion.language ?? null,
  };
  await db.transaction('rw', db.threads, db.events, async () => {
    await db.events.add(event);
    if (!insertion.threadId) return;
    const record = await db.threads.get(insertion.threadId);
    if (!record) return;
    const step = nextThread(machineOf(record), { type: 'inserted', at });
    await db.threads.put({ ...record, ...step.machine });
  });
}

/**
 * The agent answered the dispute. It leaves the queue and the badge until a page shows it
 * waiting for us with a restarted clock, or leaving and re-entering "waiting".
 */
export async function markDisputeDone(db: AfterSalesDb, key: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return db.transaction('rw', db.disputes, db.events, async () => {
    const record = await db.disputes.get(key);
    if (!record) return false;
    await db.disputes.put({ ...record, doneAt: at, doneDeadline: record.deadline || null, waiting: 0 });
    await db.events.add({ type: 'done', at, orderId: record.orderId, detail: `dispute:${key}` });
    return true;
  });
}

/** Snoozing a dispute is refused when its deadline is a day away or less (see canSnoozeDispute). */
export async function snoozeDispute(db: AfterSalesDb, key: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const until = snoozeUntil(now);
  return db.transaction('rw', db.disputes, db.events, async () => {
    const record = await db.disputes.get(key);
    if (!record || !canSnoozeDispute(record, now)) return false;
    await db.disputes.put({ ...record, snoozedUntil: until });
    await db.events.add({ type: 'snooze', at, orderId: record.orderId, detail: `dispute:${key} until ${until}` });
    return true;
  });
}

/** The shown logistics follow-up (and any it supersedes) is done; the next stage is scheduled. */
export async function markLogisticsDone(db: AfterSalesDb, orderId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return db.transaction('rw', db.orders, db.events, async () => {
    const record = await db.orders.get(orderId);
    if (!record) return false;
    const followUpsDone = followUpsDoneAfter(record, now);
    const next = { ...record, followUpsDone };
    await db.orders.put({ ...next, followUpAt: nextLogisticsFollowUpAt(next) });
    await db.events.add({ type: 'done', at, orderId, detail: `logistics:${followUpsDone.join(',')}` });
    return true;
  });
}

export async function snoozeOrder(db: AfterSalesDb, orderId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const until = snoozeUntil(now);
  return db.transaction('rw', db.orders, db.events, async () => {
    const record = await db.orders.get(orderId);
    if (!record) return false;
    await db.orders.put({ ...record, snoozedUntil: until });
    await db.events.add({ type: 'snooze', at, orderId, detail: `logistics until ${until}` });
    return true;
  });
}
