/**
 * The part of the queue benchmark that runs INSIDE an extension page of the built extension
 * (real Chromium IndexedDB, extension origin). scripts/bench/queue.ts bundles this file with
 * esbuild and calls `globalThis.__queueBench`.
 */
import { openDatabase, type AfterSalesDb } from '../../lib/db/database';
import type { DisputeRecord, ThreadRecord } from '../../lib/db/records';
import type { PageSnapshot } from '../../lib/model/snapshot';
import { countOverdueDisputes, countQueue, countQueueByScan, countRepliesOwed } from '../../lib/queue/badge';
import { disputeUrgency, isSnoozed, replyOwed } from '../../lib/queue/policy';
import { storeSnapshot } from '../../lib/queue/store-snapshot';

const HOUR = 3_600_000;
const SETTINGS = { overdueHours: 48, replyWithinHours: 24, followUpAfterDays: 3 };
const STATUSES = ['awaiting_seller', 'awaiting_buyer', 'awaiting_return', 'awaiting_return_receipt', 'platform', 'closed'] as const;
const STATES = ['awaiting_seller', 'awaiting_buyer', 'closed'] as const;
const CHANNELS = ['1579196', '2000001', '2000102'];
const CHUNK = 10_000;

export interface PageResults {
  seedMs: number;
  counts: { indexed: unknown; scanned: unknown };
  badgeIndexedSamples: number[];
  badgeScanSamples: number[];
  queueIndexedSamples: number[];
  queueScanSamples: number[];
  storeDisputeSamples: number[];
  storeThreadSamples: number[];
  storeOneDisputeSamples: number[];
  storeOneThreadSamples: number[];
  badgeNumberSamples: number[];
  badgeNumberScanSamples: number[];
}

function randomFrom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const iso = (ms: number) => new Date(ms).toISOString();

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export type Mix = 'realistic' | 'stress';

/**
 * realistic: a store's history. Almost every dispute closed; about 2% waiting for us with
 * deadlines from 2 days past to 5 days ahead; 3% of conversations owe the buyer a reply,
 * 27% wait for the buyer; a few dozen snoozed.
 * stress: statuses and states drawn uniformly (a third of everything waiting), 1% snoozed.
 * Counting by index costs per matching row; a scan costs per stored row.
 */
function disputeStatus(random: () => number, mix: Mix): DisputeRecord['status'] {
  if (mix === 'stress') return STATUSES[Math.floor(random() * STATUSES.length)]!;
  const r = random();
  if (r < 0.955) return 'closed';
  if (r < 0.97) return 'awaiting_buyer';
  if (r < 0.975) return 'platform';
  if (r < 0.978) return 'awaiting_return';
  if (r < 0.993) return 'awaiting_seller';
  return 'awaiting_return_receipt';
}

function threadState(random: () => number, mix: Mix): ThreadRecord['state'] {
  if (mix === 'stress') return STATES[Math.floor(random() * STATES.length)]!;
  const r = random();
  return r < 0.7 ? 'closed' : r < 0.97 ? 'awaiting_buyer' : 'awaiting_seller';
}

export async function seed(db: AfterSalesDb, disputes: number, threads: number, now: number, mix: Mix): Promise<void> {
  const random = randomFrom(42);
  const snoozeRate = mix === 'stress' ? 0.01 : 0.0005;
  for (let start = 0; start < disputes; start += CHUNK) {
    const rows: DisputeRecord[] = [];
    for (let i = start; i < Math.min(disputes, start + CHUNK); i += 1) {
      const status = disputeStatus(random, mix);
      const waiting = status === 'awaiting_seller' || status === 'awaiting_return_receipt' ? 1 : 0;
      const key = String(6_000_000_000_000_000 + i);
      const deadline =
        random() < 0.05 ? '' : mix === 'stress' || !waiting ? iso(now + (random() * 20 - 10) * 24 * HOUR) : iso(now + (random() * 7 - 2) * 24 * HOUR);
      rows.push({
        key, disputeId: key, orderId: String(8_000_000_000_000_000 + i), reason: 'not_received', reasonText: 'Item not received',
        status, statusText: null, deadline, buyerPlan: { type: 'refund', amount: 19.9, currency: 'USD' }, buyerName: `Buyer ${i}`,
        channelId: CHANNELS[i % 3]!, waiting, snoozedUntil: random() < snoozeRate ? iso(now + 12 * HOUR) : null,
        firstSeenAt: iso(now - 5 * 24 * HOUR), lastSeenAt: iso(now - HOUR),
        url: 'https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1579196',
      });
    }
    await db.disputes.bulkPut(rows);
  }
  for (let start = 0; start < threads; start += CHUNK) {
    const rows: ThreadRecord[] = [];
    for (let i = start; i < Math.min(threads, start + CHUNK); i += 1) {
      const state = threadState(random, mix);
      const since = iso(now - random() * 60 * 24 * HOUR);
      rows.push({
        threadId: `session-${i}`, buyerName: `Buyer ${i}`, orderId: null, lastSpeaker: state === 'awaiting_buyer' ? 'seller' : 'buyer',
        lastMessageAt: since, lastBuyerMessage: 'Hello, where is my parcel? It has been a while since I ordered.', channelId: CHANNELS[i % 3]!,
        state, since, snoozedUntil: random() < snoozeRate ? iso(now + 12 * HOUR) : null, source: 'chat',
        firstSeenAt: since, lastSeenAt: since, url: 'https://csp.aliexpress.com/m_apps/im-chat/im?channelId=1579196#/window',
      });
    }
    await db.threads.bulkPut(rows);
  }
}

/** What the worker computes for the badge and its tooltip, with the indexes. */
function badgeIndexed(db: AfterSalesDb, now: Date) {
  return Promise.all([countOverdueDisputes(db, now, SETTINGS.overdueHours), countRepliesOwed(db, now, SETTINGS.replyWithinHours)]);
}

async function disputeScan(db: AfterSalesDb, now: Date) {
  let count = 0;
  await db.disputes.each((row) => {
    if (isSnoozed(row, now)) return;
    const urgency = disputeUrgency(row, now, SETTINGS);
    if (urgency === 'overdue' || urgency === 'expired') count += 1;
  });
  return count;
}

/** The same numbers by reading every record and asking the policy. */
async function badgeScan(db: AfterSalesDb, now: Date) {
  let overdue = 0;
  let expired = 0;
  let replies = 0;
  await db.disputes.each((row) => {
    if (isSnoozed(row, now)) return;
    const urgency = disputeUrgency(row, now, SETTINGS);
    if (urgency === 'overdue') overdue += 1;
    else if (urgency === 'expired') expired += 1;
  });
  await db.threads.each((row) => {
    if (replyOwed(row, now, SETTINGS)) replies += 1;
  });
  return [{ overdue, expired }, replies] as const;
}

export async function measure({ disputes, threads, mix }: { disputes: number; threads: number; mix: Mix }): Promise<PageResults> {
  const name = 'after-sales-desk-bench';
  await openDatabase(name).delete();
  const db = openDatabase(name);
  await db.open();
  const nowMs = Date.now();
  const now = new Date(nowMs);

  const seedStart = performance.now();
  await seed(db, disputes, threads, nowMs, mix);
  const seedMs = performance.now() - seedStart;

  await time(5, () => badgeIndexed(db, now)); // warm up
  const badgeIndexedSamples = await time(30, () => badgeIndexed(db, now));
  const badgeScanSamples = await time(5, () => badgeScan(db, now));
  // The number on the badge alone (overdue + expired disputes), without the tooltip's replies count.
  const badgeNumberSamples = await time(30, () => countOverdueDisputes(db, now, SETTINGS.overdueHours));
  const badgeNumberScanSamples = await time(5, () => disputeScan(db, now));
  const queueIndexedSamples = await time(15, () => countQueue(db, now, SETTINGS));
  const queueScanSamples = await time(3, () => countQueueByScan(db, now, SETTINGS));
  const [indexed, scanned] = await Promise.all([badgeIndexed(db, now), badgeScan(db, now)]);

  // One snapshot as the content script sends it: a dispute list of 20 (lists do not show who acted
  // last), or a chat list of 20.
  let tick = 0;
  const disputePage = (): PageSnapshot => {
    tick += 1;
    return {
      page: 'dispute-list', reader: 'dispute-list.m_apps', url: 'https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1579196',
      readAt: iso(nowMs + tick * 1000), channelId: '1579196', orders: [], threads: [], missing: [],
      disputes: Array.from({ length: 20 }, (_, j) => {
        const index = (tick * 20 + j) % disputes;
        return {
          disputeId: String(6_000_000_000_000_000 + index), orderId: String(8_000_000_000_000_000 + index), reason: 'not_received' as const,
          reasonText: 'Item not received', status: tick % 2 ? ('awaiting_seller' as const) : ('awaiting_buyer' as const), statusText: 'Awaiting your response',
          deadline: iso(nowMs + (30 + j) * HOUR), buyerPlan: { type: 'refund' as const, amount: 19.9, currency: 'USD' }, buyerName: `Buyer ${j}`,
        };
      }),
    };
  };
  const chatPage = (): PageSnapshot => {
    tick += 1;
    const readAt = iso(nowMs + tick * 1000);
    return {
      page: 'messages', reader: 'messages.im-chat', url: 'https://csp.aliexpress.com/m_apps/im-chat/im?channelId=1579196#/window',
      readAt, channelId: '1579196', orders: [], disputes: [], missing: [],
      threads: Array.from({ length: 20 }, (_, j) => ({
        threadId: `session-${(tick * 20 + j) % threads}`, buyerName: `Buyer ${j}`, orderId: null,
        lastSpeaker: (tick + j) % 2 ? ('buyer' as const) : ('seller' as const), lastMessageAt: readAt, lastBuyerMessage: 'Thank you!',
      })),
    };
  };
  for (let i = 0; i < 5; i += 1) {
    await storeSnapshot(db, disputePage());
    await storeSnapshot(db, chatPage());
  }
  const storeDisputeSamples = await time(40, () => storeSnapshot(db, disputePage()));
  const storeThreadSamples = await time(40, () => storeSnapshot(db, chatPage()));

  // The usual case: the content script re-sends a list when one row changed; the other 19 are as before.
  const base = disputePage();
  const chatBase = chatPage();
  let step = 0;
  const oneRowChanged = (): PageSnapshot => {
    step += 1;
    const row = step % 20;
    return {
      ...base,
      readAt: iso(nowMs + 3_600_000 + step * 1000),
      disputes: base.disputes.map((dispute, j) => (j === row ? { ...dispute, status: step % 40 < 20 ? 'awaiting_buyer' : 'awaiting_seller' } : dispute)),
    };
  };
  const oneChatChanged = (): PageSnapshot => {
    step += 1;
    const readAt = iso(nowMs + 3_600_000 + step * 1000);
    const row = step % 20;
    return {
      ...chatBase,
      readAt,
      threads: chatBase.threads.map((thread, j) => (j === row ? { ...thread, lastSpeaker: thread.lastSpeaker === 'buyer' ? 'seller' : 'buyer', lastMessageAt: readAt } : thread)),
    };
  };
  await storeSnapshot(db, oneRowChanged());
  await storeSnapshot(db, oneChatChanged());
  const storeOneDisputeSamples = await time(40, () => storeSnapshot(db, oneRowChanged()));
  const storeOneThreadSamples = await time(40, () => storeSnapshot(db, oneChatChanged()));
  db.close();
  await openDatabase(name).delete();
  return {
    seedMs, counts: { indexed, scanned }, badgeIndexedSamples, badgeScanSamples, badgeNumberSamples, badgeNumberScanSamples,
    queueIndexedSamples, queueScanSamples, storeDisputeSamples, storeThreadSamples, storeOneDisputeSamples, storeOneThreadSamples,
  };
}

/** 10,000 conversations awaiting the buyer in the extension's own database (the panel reads it). */
export async function seedPanelThreads(count: number): Promise<void> {
  const db = openDatabase();
  const now = Date.now();
  const rows: ThreadRecord[] = Array.from({ length: count }, (_, i) => {
    const since = iso(now - (i % 70) * HOUR - i * 1000);
    return {
      threadId: `panel-${i}`, buyerName: `Buyer ${i}`, orderId: null, lastSpeaker: 'seller', lastMessageAt: since,
      lastBuyerMessage: 'Thanks, waiting for it.', channelId: '1579196', state: 'awaiting_buyer', since, source: 'chat',
      firstSeenAt: since, lastSeenAt: since, url: 'https://csp.aliexpress.com/m_apps/im-chat/im?channelId=1579196#/window',
    };
  });
  await db.threads.bulkPut(rows);
  db.close();
}

/**
 * In the side panel page: click the Queue tab and time until the frame that shows the first
 * queue row.
 */
export function timeQueueTab(): Promise<number> {
  return new Promise((resolve) => {
    const tab = document.getElementById('tab-queue');
    if (!tab) throw new Error('no Queue tab');
    if (tab.getAttribute('aria-selected') === 'true') throw new Error('the Queue tab is already open: nothing to time');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.queue-row')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    tab.click();
  });
}

Object.assign(globalThis, { __queueBench: { measure, seedPanelThreads, timeQueueTab } });
