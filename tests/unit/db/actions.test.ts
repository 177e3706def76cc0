import { describe, expect, it } from 'vitest';
import { markDisputeDone, markLogisticsDone, markThreadDone, recordInsertion, snoozeDispute, snoozeThread } from '@/lib/queue/actions';
import { countOverdueDisputes, countQueue } from '@/lib/queue/badge';
import { storeSnapshot } from '@/lib/queue/store-snapshot';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { dispute, freshDb, order, page, thread } from './helpers';

const now = new Date('2026-11-20T08:00:00.000Z');
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('queue actions', () => {
  it('an insertion followed by a page showing our message sent moves the thread to awaiting the buyer', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'messages', readAt: now.toISOString(), threads: [thread()] }));
    await recordInsertion(db, { threadId: 'session-1', templateId: 'builtin:where_is_my_order:en', at: later(0.1) });
    expect((await db.threads.get('session-1'))?.state).toBe('awaiting_seller');

    await storeSnapshot(db, page({ page: 'messages', readAt: later(0.2).toISOString(), threads: [thread({ lastSpeaker: 'seller', lastMessageAt: later(0.15).toISOString() })] }));
    expect(await db.threads.get('session-1')).toMatchObject({ state: 'awaiting_buyer', since: later(0.15).toISOString(), pendingInsertAt: null });
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((event) => [event.type, event.detail ?? null])).toEqual([
      ['insert', null],
      ['state', 'awaiting_seller->awaiting_buyer:reply_sent_after_insert'],
    ]);
  });

  it('recognises an insertion the reply panel recorded as a plain event', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'messages', readAt: now.toISOString(), threads: [thread()] }));
    await db.events.add({ type: 'insert', at: later(0.1).toISOString(), threadId: 'session-1', templateId: 'builtin:ship.notice:en' });
    await storeSnapshot(db, page({ page: 'messages', readAt: later(0.2).toISOString(), threads: [thread({ lastSpeaker: 'seller', lastMessageAt: later(0.15).toISOString() })] }));
    expect(await db.threads.get('session-1')).toMatchObject({ state: 'awaiting_buyer', pendingInsertAt: null });
    expect((await db.events.where('type').equals('state').first())?.detail).toBe('awaiting_seller->awaiting_buyer:reply_sent_after_insert');
  });

  it('done closes a thread until the buyer writes again; snooze hides it for a day', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'messages', readAt: now.toISOString(), threads: [thread({ lastMessageAt: later(-30).toISOString() })] }));
    expect((await countQueue(db, now, DEFAULT_SETTINGS)).repliesOwed).toBe(1);

    await snoozeThread(db, 'session-1', now);
    expect((await countQueue(db, now, DEFAULT_SETTINGS)).repliesOwed).toBe(0);
    expect((await countQueue(db, later(24), DEFAULT_SETTINGS)).repliesOwed).toBe(1);

    await markThreadDone(db, 'session-1', now);
    expect((await db.threads.get('session-1'))?.state).toBe('closed');
    await storeSnapshot(db, page({ page: 'messages', readAt: later(1).toISOString(), threads: [thread({ lastMessageAt: later(-30).toISOString() })] }));
    expect((await db.threads.get('session-1'))?.state).toBe('closed');
    await storeSnapshot(db, page({ page: 'messages', readAt: later(3).toISOString(), threads: [thread({ lastMessageAt: later(2).toISOString() })] }));
    expect(await db.threads.get('session-1')).toMatchObject({ state: 'awaiting_seller', since: later(2).toISOString() });
  });

  it('a dispute marked done leaves the badge until the buyer restarts the clock', async () => {
    const db = freshDb();
    const deadline = later(20).toISOString();
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute({ deadline })] }));
    await markDisputeDone(db, '6375657552402844', later(0.5));
    expect(await countOverdueDisputes(db, later(0.5), 48)).toEqual({ overdue: 0, expired: 0 });

    // The same page re-read (countdown a few seconds off): still done.
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: later(1).toISOString(), disputes: [dispute({ deadline: new Date(Date.parse(deadline) + 20_000).toISOString() })] }));
    expect(await countOverdueDisputes(db, later(1), 48)).toEqual({ overdue: 0, expired: 0 });

    // The buyer changed the request: a new 5-day clock, waiting for us again.
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: later(5).toISOString(), disputes: [dispute({ deadline: later(5 + 120).toISOString() })] }));
    expect((await db.disputes.get('6375657552402844'))).toMatchObject({ waiting: 1, doneAt: null });
  });

  it('refuses to snooze a dispute whose deadline is a day away or less', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute({ deadline: later(20).toISOString() })] }));
    expect(await snoozeDispute(db, '6375657552402844', now)).toBe(false);
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: later(0.1).toISOString(), disputes: [dispute({ deadline: later(40).toISOString() })] }));
    expect(await snoozeDispute(db, '6375657552402844', now)).toBe(true);
    expect(await countOverdueDisputes(db, later(1), 48)).toEqual({ overdue: 0, expired: 0 });
    expect(await countOverdueDisputes(db, later(24), 48)).toEqual({ overdue: 1, expired: 0 });
  });

  it('a logistics follow-up marked done moves on to the next stage', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: now.toISOString(), orders: [order({ country: 'US', carrier: 'China Post', shippedAt: later(-31 * 24).toISOString() })] }));
    expect((await countQueue(db, now, DEFAULT_SETTINGS)).logisticsDue).toBe(1);
    await markLogisticsDone(db, '8194715118461470', now);
    expect((await countQueue(db, now, DEFAULT_SETTINGS)).logisticsDue).toBe(0);
    expect((await countQueue(db, later(9 * 24), DEFAULT_SETTINGS)).logisticsDue).toBe(1);
  });
});
