import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import type { DisputeSnapshot, OrderSnapshot, PageSnapshot, ThreadSnapshot } from '@/lib/model/snapshot';

const opened: AfterSalesDb[] = [];

/** A fresh fake-indexeddb database per test. */
export function freshDb(): AfterSalesDb {
  const db = openDatabase(`test-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

export const STORE = '1579196';

export function page(partial: Partial<PageSnapshot> & Pick<PageSnapshot, 'page' | 'readAt'>): PageSnapshot {
  return {
    reader: `${partial.page}.test`,
    url: `https://csp.aliexpress.com/m_apps/${partial.page}?channelId=${STORE}`,
    channelId: STORE,
    orders: [],
    disputes: [],
    threads: [],
    missing: [],
    ...partial,
  };
}

export function order(partial: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    orderId: '8194715118461470',
    buyerName: 'Maria S.',
    country: 'BR',
    carrier: 'AliExpress Standard Shipping',
    trackingNumber: null,
    total: { amount: 66.65, currency: 'USD' },
    status: 'awaiting_receipt',
    statusText: null,
    remark: null,
    items: [],
    ...partial,
  };
}

export function dispute(partial: Partial<DisputeSnapshot> = {}): DisputeSnapshot {
  return {
    disputeId: '6375657552402844',
    orderId: '8208460785972844',
    reason: 'not_received',
    reasonText: 'Item not received',
    status: 'awaiting_seller',
    statusText: 'Awaiting your response',
    deadline: '2026-11-21T18:00:00.000Z',
    buyerPlan: { type: 'refund', amount: 39.9, currency: 'USD' },
    buyerName: 'Mia Thompson',
    ...partial,
  };
}

export function thread(partial: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    threadId: 'session-1',
    buyerName: 'Ivan P.',
    orderId: null,
    lastSpeaker: 'buyer',
    lastMessageAt: '2026-11-20T07:30:00.000Z',
    lastBuyerMessage: 'Where is my parcel?',
    ...partial,
  };
}
