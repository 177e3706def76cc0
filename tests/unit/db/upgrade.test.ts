import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase } from '@/lib/db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/lib/db/schema';

/**
 * The upgrade pattern: for every version after the first, write data with the previous
 * version's schema, reopen with the latest, and find every record intact.
 * Later versions add their own sample data to SAMPLES_BY_VERSION.
 */
const SAMPLES_BY_VERSION: Record<number, Record<string, unknown[]>> = {
  1: {
    orders: [
      {
        orderId: '8194715118461470', buyerName: 'Maria S.', country: 'BR', carrier: 'AliExpress Standard Shipping',
        trackingNumber: 'LP00123456789012', total: { amount: 66.65, currency: 'USD' }, status: 'awaiting_receipt',
        statusText: '等待买家收货', remark: null, items: [], channelId: '1579196',
        firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
      },
    ],
    disputes: [
      {
        key: '6375657552402844', disputeId: '6375657552402844', orderId: '8208460785972844', reason: 'customs',
        reasonText: 'Customs Detention', status: 'awaiting_seller', statusText: 'Dispute Negotiation',
        deadline: '2026-11-26T09:31:06.000Z', buyerPlan: null, channelId: null, waiting: 1,
        firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
      },
    ],
    threads: [
      {
        threadId: 'session-1', buyerName: 'Ivan P.', orderId: null, lastSpeaker: 'buyer',
        lastMessageAt: '2026-11-20T07:30:00.000Z', lastBuyerMessage: 'Где моя посылка?', channelId: '1579196',
        state: 'awaiting_seller', since: '2026-11-20T07:30:00.000Z', snoozedUntil: null,
        firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
      },
    ],
    events: [{ id: 1, type: 'insert', at: '2026-11-20T08:01:00.000Z', threadId: 'session-1', templateId: 'builtin:where_is_my_order:ru' }],
    templates: [{ id: 'mine-1', scenario: 'thanks', language: 'en', body: 'Thank you!', tags: [], builtIn: false }],
    overrides: [{ orderId: '8194715118461470', fields: { weightKg: 0.4 }, updatedAt: '2026-11-20T08:00:00.000Z' }],
    skuWeights: [{ key: 'comb-blue', weightKg: 0.05, updatedAt: '2026-11-20T08:00:00.000Z' }],
    config: [{ key: 'customs.rules', value: { version: 3 }, updatedAt: '2026-11-20T08:00:00.000Z' }],
  },
  2: {
    orders: [
      {
        orderId: '8194715118461471', buyerName: 'João P.', country: 'BR', carrier: 'China Post', trackingNumber: null,
        total: null, status: 'awaiting_receipt', statusText: null, remark: null, items: [], channelId: '1579196',
        shippedAt: '2026-10-01T00:00:00.000Z', protectionEndsAt: '2026-12-01T00:00:00.000Z',
        firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
        observedAt: { status: '2026-11-20T08:00:00.000Z' }, followUpAt: '2026-10-31T00:00:00.000Z', followUpsDone: [], snoozedUntil: null,
      },
    ],
    disputes: [
      {
        key: '6375657552402845', disputeId: '6375657552402845', orderId: '8208460785972845', reason: 'damaged',
        reasonText: null, status: 'awaiting_seller', statusText: null, deadline: '2026-11-21T09:31:06.000Z', buyerPlan: null,
        channelId: '1579196', waiting: 0, firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
        snoozedUntil: null, doneAt: '2026-11-20T09:00:00.000Z', doneDeadline: '2026-11-21T09:31:06.000Z',
      },
    ],
    threads: [
      {
        threadId: 'dispute:8208460785972845', buyerName: null, orderId: '8208460785972845', lastSpeaker: 'seller',
        lastMessageAt: null, lastBuyerMessage: null, channelId: '1579196', state: 'awaiting_buyer',
        since: '2026-11-20T08:00:00.000Z', snoozedUntil: '2026-11-21T08:00:00.000Z', source: 'dispute',
        disputeKey: '6375657552402845', speakerSeenAt: '2026-11-20T08:00:00.000Z', pendingInsertAt: null,
        firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
      },
    ],
  },
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database schema versions', () => {
  it('are numbered upwards without gaps', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => expect(schema.version).toBe(index + 1));
  });

  it('opens at the latest version with every table', async () => {
    const name = `db-latest-${Math.random()}`;
    names.push(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(SCHEMA_VERSIONS.at(-1)!.stores).sort(),
    );
    db.close();
  });

  it.each(SCHEMA_VERSIONS.map((schema) => schema.version))(
    'keeps every record written by version %i when opened by the latest',
    async (version) => {
      const name = `db-upgrade-${version}-${Math.random()}`;
      names.push(name);
      const old = openDatabase(name, version);
      const samples = SAMPLES_BY_VERSION[version] ?? {};
      for (const [table, rows] of Object.entries(samples)) await old.table(table).bulkAdd(rows);
      old.close();

      const latest = openDatabase(name);
      for (const [table, rows] of Object.entries(samples)) {
        const stored = await latest.table(table).toArray();
        expect(stored).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row as object))));
      }
      latest.close();
    },
  );
});

describe('upgrade to version 2', () => {
  it('rewrites instants in UTC so deadline ranges compare correctly, and schedules logistics follow-ups', async () => {
    const name = `db-v2-utc-${Math.random()}`;
    names.push(name);
    const old = openDatabase(name, 1);
    await old.table('disputes').add({
      key: 'd1', disputeId: 'd1', orderId: '8208460785972846', reason: 'other', reasonText: null, status: 'awaiting_seller',
      statusText: null, deadline: '2026-11-22T05:00:00-08:00', buyerPlan: null, channelId: null, waiting: 1,
      firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
    });
    await old.table('orders').add({
      orderId: '8194715118461472', buyerName: null, country: 'US', carrier: 'DHL', trackingNumber: null, total: null,
      status: 'awaiting_receipt', statusText: null, remark: null, items: [], channelId: null,
      shippedAt: '2026-11-01T08:00:00+08:00', firstSeenAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-20T08:00:00.000Z', url: null,
    });
    old.close();

    const latest = openDatabase(name);
    expect((await latest.disputes.get('d1'))?.deadline).toBe('2026-11-22T13:00:00.000Z');
    const order = await latest.orders.get('8194715118461472');
    expect(order?.shippedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(order?.followUpAt).toBe('2026-11-08T00:00:00.000Z');
    latest.close();
  });
});
