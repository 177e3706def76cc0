import { describe, expect, it } from 'vitest';
import type { DisputeRecord, ThreadRecord } from '@/lib/db/records';
import { badgeCount, badgeText, countOverdueDisputes, countQueue, countQueueByScan, queueCount } from '@/lib/queue/badge';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { freshDb } from './helpers';

const now = new Date('2026-11-20T08:00:00.000Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

function disputeRecord(key: string, deadline: string, extra: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    key, disputeId: key, orderId: `82000000000${key.padStart(5, '0')}`, reason: 'not_received', reasonText: null, status: 'awaiting_seller',
    statusText: null, deadline, buyerPlan: null, channelId: '1', waiting: 1, firstSeenAt: at(-100), lastSeenAt: at(-1), url: null, ...extra,
  };
}

function threadRecord(threadId: string, state: ThreadRecord['state'], since: string, extra: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    threadId, buyerName: 'B', orderId: null, lastSpeaker: state === 'awaiting_buyer' ? 'seller' : 'buyer', lastMessageAt: since,
    lastBuyerMessage: null, channelId: '1', state, since, firstSeenAt: since, lastSeenAt: since, url: null, ...extra,
  };
}

describe('badge counts', () => {
  it('counts disputes due in 10 hours and past due, not the one due in 4 days', async () => {
    const db = freshDb();
    await db.disputes.bulkPut([disputeRecord('1', at(10)), disputeRecord('2', at(-2)), disputeRecord('3', at(96))]);
    const counts = await countOverdueDisputes(db, now, 48);
    expect(counts).toEqual({ overdue: 1, expired: 1 });
    expect(badgeText(badgeCount(counts))).toBe('2');
  });

  it('treats exactly 48 hours left as not yet overdue, and the deadline itself as expired', async () => {
    const db = freshDb();
    await db.disputes.bulkPut([disputeRecord('1', at(48)), disputeRecord('2', at(0))]);
    expect(await countOverdueDisputes(db, now, 48)).toEqual({ overdue: 0, expired: 1 });
  });

  it('leaves out disputes not waiting for us, with no deadline, marked done or snoozed', async () => {
    const db = freshDb();
    await db.disputes.bulkPut([
      disputeRecord('1', at(5), { waiting: 0, status: 'awaiting_buyer' }),
      disputeRecord('2', ''),
      disputeRecord('3', at(5), { waiting: 0, doneAt: at(-1) }),
      disputeRecord('4', at(30), { snoozedUntil: at(20) }),
      disputeRecord('5', at(30), { snoozedUntil: at(-1) }),
    ]);
    expect(await countOverdueDisputes(db, now, 48)).toEqual({ overdue: 1, expired: 0 });
  });

  it('shows "99+" above 99 and nothing at zero', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });

  it('counts replies owed and follow-ups due from the indexes, snoozed ones left out', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('a', 'awaiting_seller', at(-30)),
      threadRecord('b', 'awaiting_seller', at(-24)),
      threadRecord('c', 'awaiting_seller', at(-2)),
      threadRecord('d', 'awaiting_seller', at(-50), { snoozedUntil: at(3) }),
      threadRecord('e', 'awaiting_buyer', at(-80)),
      threadRecord('f', 'awaiting_buyer', at(-70)),
      threadRecord('g', 'closed', at(-500)),
    ]);
    const counts = await countQueue(db, now, DEFAULT_SETTINGS);
    expect(counts).toMatchObject({ repliesOwed: 2, followUpsDue: 1 });
    expect(queueCount(counts)).toBe(3);
  });

  it('agrees with a full scan through the policy on varied data', async () => {
    const db = freshDb();
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const states: ThreadRecord['state'][] = ['awaiting_seller', 'awaiting_buyer', 'closed'];
    const disputes: DisputeRecord[] = [];
    const threads: ThreadRecord[] = [];
    for (let i = 0; i < 400; i += 1) {
      const deadline = random() < 0.1 ? '' : at(Math.round((random() * 200 - 60) * 4) / 4);
      disputes.push(disputeRecord(String(i), deadline, {
        waiting: random() < 0.7 ? 1 : 0,
        snoozedUntil: random() < 0.1 ? at(random() * 40 - 20) : null,
      }));
      threads.push(threadRecord(`t${i}`, states[Math.floor(random() * 3)]!, at(-Math.round(random() * 150)), {
        snoozedUntil: random() < 0.1 ? at(random() * 40 - 20) : null,
      }));
    }
    await db.disputes.bulkPut(disputes);
    await db.threads.bulkPut(threads);
    for (const hours of [0, 13, 47.5]) {
      const when = new Date(now.getTime() + hours * 3_600_000);
      expect(await countQueue(db, when, DEFAULT_SETTINGS)).toEqual(await countQueueByScan(db, when, DEFAULT_SETTINGS));
    }
  });
});
