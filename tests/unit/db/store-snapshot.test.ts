import { describe, expect, it } from 'vitest';
import { storeSnapshot } from '@/lib/queue/store-snapshot';
import { countOverdueDisputes } from '@/lib/queue/badge';
import { dispute, freshDb, order, page, STORE, thread } from './helpers';

const now = new Date('2026-11-20T08:00:00.000Z');

describe('storing page snapshots', () => {
  it('keeps orders, disputes and threads with the page URL for the "open" link', async () => {
    const db = freshDb();
    const url = 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196';
    await storeSnapshot(db, page({ page: 'order-detail', readAt: now.toISOString(), url, orders: [order()] }));
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute()] }));
    await storeSnapshot(db, page({ page: 'messages', readAt: now.toISOString(), threads: [thread()] }));

    expect(await db.orders.get('8194715118461470')).toMatchObject({ buyerName: 'Maria S.', channelId: STORE, url, firstSeenAt: now.toISOString() });
    expect(await db.disputes.get('6375657552402844')).toMatchObject({ waiting: 1, deadline: '2026-11-21T18:00:00.000Z', channelId: STORE });
    expect(await db.threads.get('session-1')).toMatchObject({ state: 'awaiting_seller', since: '2026-11-20T07:30:00.000Z', source: 'chat' });
  });

  it('is idempotent: the same snapshot from two tabs writes nothing the second time', async () => {
    const db = freshDb();
    const snapshot = page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute({ lastActor: 'buyer' })], orders: [order()], threads: [thread()] });
    const first = await storeSnapshot(db, snapshot);
    const before = { orders: await db.orders.toArray(), disputes: await db.disputes.toArray(), threads: await db.threads.toArray(), events: await db.events.count() };
    const second = await storeSnapshot(db, snapshot);
    expect(first.disputes).toBe(1);
    expect(second).toEqual({ orders: 0, disputes: 0, threads: 0, changes: [] });
    expect({ orders: await db.orders.toArray(), disputes: await db.disputes.toArray(), threads: await db.threads.toArray(), events: await db.events.count() }).toEqual(before);
  });

  it('keeps the newest observation of each field when an older snapshot arrives late', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-20T10:00:00.000Z', orders: [order({ status: 'completed', trackingNumber: 'LP001' })] }));
    // Read at 09:00 in a background tab, delivered after: it may fill gaps, never overwrite.
    await storeSnapshot(db, page({ page: 'order-list', readAt: '2026-11-20T09:00:00.000Z', orders: [order({ status: 'awaiting_receipt', trackingNumber: 'OLD', remark: 'blue please' })] }));
    const stored = await db.orders.get('8194715118461470');
    expect(stored).toMatchObject({ status: 'completed', trackingNumber: 'LP001', remark: 'blue please', lastSeenAt: '2026-11-20T10:00:00.000Z', firstSeenAt: '2026-11-20T09:00:00.000Z' });
  });

  it('does not forget a field the page no longer shows', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-20T09:00:00.000Z', orders: [order({ trackingNumber: 'LP001' })] }));
    await storeSnapshot(db, page({ page: 'order-list', readAt: '2026-11-20T10:00:00.000Z', orders: [order({ trackingNumber: null, buyerName: null })] }));
    expect(await db.orders.get('8194715118461470')).toMatchObject({ trackingNumber: 'LP001', buyerName: 'Maria S.' });
  });

  it('prefers the detail page as the "open" link', async () => {
    const db = freshDb();
    const detail = 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470';
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-20T09:00:00.000Z', url: detail, orders: [order()] }));
    await storeSnapshot(db, page({ page: 'order-list', readAt: '2026-11-20T10:00:00.000Z', orders: [order()] }));
    expect((await db.orders.get('8194715118461470'))?.url).toBe(detail);
  });

  it('stores deadlines in UTC: a Pacific-time deadline is counted by its instant', async () => {
    const db = freshDb();
    // 05:00 at -08:00 is 13:00 UTC, 53 hours after now: not overdue (its wall time sorts before the cutoff).
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute({ deadline: '2026-11-22T05:00:00-08:00' })] }));
    expect((await db.disputes.get('6375657552402844'))?.deadline).toBe('2026-11-22T13:00:00.000Z');
    expect(await countOverdueDisputes(db, now, 48)).toEqual({ overdue: 0, expired: 0 });
  });

  it('merges a dispute listed without its id with the same dispute read on its detail page', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: '2026-11-20T08:00:00.000Z', disputes: [dispute({ disputeId: null, buyerPlan: null })] }));
    expect(await db.disputes.get('order:8208460785972844')).toBeDefined();
    await storeSnapshot(db, page({ page: 'dispute-detail', readAt: '2026-11-20T09:00:00.000Z', url: 'https://csp.aliexpress.com/m_apps/dispute-management/detail?id=1', disputes: [dispute()] }));
    expect(await db.disputes.count()).toBe(1);
    // The list, read again without the id, updates the record that has it.
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: '2026-11-20T10:00:00.000Z', disputes: [dispute({ disputeId: null, status: 'awaiting_buyer' })] }));
    expect(await db.disputes.toArray()).toEqual([expect.objectContaining({ key: '6375657552402844', status: 'awaiting_buyer', waiting: 0, firstSeenAt: '2026-11-20T08:00:00.000Z' })]);
  });

  it('a dispute seen closed stops counting', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute()] }));
    expect(await countOverdueDisputes(db, now, 48)).toEqual({ overdue: 1, expired: 0 });
    await storeSnapshot(db, page({ page: 'dispute-detail', readAt: '2026-11-20T09:00:00.000Z', disputes: [dispute({ status: 'closed', deadline: null })] }));
    expect(await countOverdueDisputes(db, now, 48)).toEqual({ overdue: 0, expired: 0 });
  });

  it('tracks the dispute negotiation as a thread, closed with the dispute', async () => {
    const db = freshDb();
    const result = await storeSnapshot(db, page({ page: 'dispute-detail', readAt: '2026-11-20T08:00:00.000Z', disputes: [dispute({ lastActor: 'buyer', buyerComment: 'It never came.' })] }));
    expect(result.threads).toBe(1);
    expect(await db.threads.get('dispute:8208460785972844')).toMatchObject({
      state: 'awaiting_seller', source: 'dispute', disputeKey: '6375657552402844', lastBuyerMessage: 'It never came.', buyerName: 'Mia Thompson',
    });
    await storeSnapshot(db, page({ page: 'dispute-detail', readAt: '2026-11-20T09:00:00.000Z', disputes: [dispute({ lastActor: 'seller', status: 'awaiting_buyer' })] }));
    expect(await db.threads.get('dispute:8208460785972844')).toMatchObject({ state: 'awaiting_buyer', since: '2026-11-20T09:00:00.000Z' });
    await storeSnapshot(db, page({ page: 'dispute-detail', readAt: '2026-11-20T10:00:00.000Z', disputes: [dispute({ status: 'closed' })] }));
    expect((await db.threads.get('dispute:8208460785972844'))?.state).toBe('closed');
    expect((await db.events.where('type').equals('state').toArray()).map((event) => event.detail)).toEqual([
      'awaiting_seller->awaiting_buyer:seller_replied',
      'awaiting_buyer->closed:dispute_closed',
    ]);
  });

  it('skips pages that were not read: the security check, unknown pages', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-list', readAt: now.toISOString(), blocked: true, orders: [order()] }));
    await storeSnapshot(db, page({ page: 'unknown', readAt: now.toISOString(), orders: [order()] }));
    expect(await db.orders.count()).toBe(0);
  });

  it('schedules the logistics follow-up of a shipped order', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: now.toISOString(), orders: [order({ carrier: 'DHL', shippedAt: '2026-11-10T00:00:00.000Z' })] }));
    expect((await db.orders.get('8194715118461470'))?.followUpAt).toBe('2026-11-17T00:00:00.000Z');
  });

  it('stores no per-field times when every field was seen on the latest page', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: now.toISOString(), orders: [order({ trackingNumber: 'LP001' })] }));
    expect((await db.orders.get('8194715118461470'))?.observedAt).toEqual({});
  });

  it('lets a late snapshot fill a field with a value newer than the stored one', async () => {
    const db = freshDb();
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-20T08:00:00.000Z', orders: [order({ trackingNumber: 'FIRST' })] }));
    // The list read at 10:00 does not show tracking numbers...
    await storeSnapshot(db, page({ page: 'order-list', readAt: '2026-11-20T10:00:00.000Z', orders: [order({ trackingNumber: null })] }));
    // ...so the detail page read at 09:00 (delivered late) still has the newest tracking number.
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-20T09:00:00.000Z', orders: [order({ trackingNumber: 'SECOND', buyerName: 'Old Name' })] }));
    expect(await db.orders.get('8194715118461470')).toMatchObject({ trackingNumber: 'SECOND', buyerName: 'Maria S.', lastSeenAt: '2026-11-20T10:00:00.000Z' });
  });

  it('does not rewrite unchanged rows of a list re-read within a minute, and refreshes them later', async () => {
    const db = freshDb();
    const list = (readAt: string, status: 'awaiting_seller' | 'awaiting_buyer') =>
      page({ page: 'dispute-list', readAt, disputes: [dispute(), dispute({ disputeId: '6375657552402845', orderId: '8208460785972845', status })] });
    await storeSnapshot(db, list('2026-11-20T08:00:00.000Z', 'awaiting_seller'));
    const changed = await storeSnapshot(db, list('2026-11-20T08:00:30.000Z', 'awaiting_buyer'));
    expect(changed.disputes).toBe(1);
    expect((await db.disputes.get('6375657552402844'))?.lastSeenAt).toBe('2026-11-20T08:00:00.000Z');
    const later = await storeSnapshot(db, list('2026-11-20T08:05:00.000Z', 'awaiting_buyer'));
    expect(later.disputes).toBe(2);
    expect((await db.disputes.get('6375657552402844'))?.lastSeenAt).toBe('2026-11-20T08:05:00.000Z');
  });
});
