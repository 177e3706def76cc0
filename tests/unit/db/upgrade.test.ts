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
