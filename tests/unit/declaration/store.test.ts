import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import { DEFAULT_RATES, DEFAULT_RULES, exportRulesFile } from '@/lib/declaration';
import {
  RATES_CONFIG_KEY,
  RULES_CONFIG_KEY,
  loadRates,
  loadRememberedWeight,
  loadRules,
  rememberWeight,
  resetRates,
  resetRules,
  saveRates,
  saveRules,
  weightKeyOf,
} from '@/lib/declaration/store';
import type { OrderItem } from '@/lib/model/snapshot';

const opened: AfterSalesDb[] = [];
let counter = 0;
function freshDb(): AfterSalesDb {
  counter += 1;
  const db = openDatabase(`declaration-store-test-${counter}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const earbuds: OrderItem = {
  title: 'TWS Wireless Earbuds Bluetooth 5.3',
  sku: 'Color: Black',
  quantity: 1,
  unitPrice: { amount: 18.4, currency: 'USD' },
};

function germanyCapRaisedTo(value: number) {
  return DEFAULT_RULES.map((rule) =>
    rule.id === 'de' ? { ...rule, bands: rule.bands.map((band) => (band.id === 'under-0.5kg' ? { ...band, min: value, max: value, suggest: value } : band)) } : rule,
  );
}

describe('declaration rules in the config table', () => {
  it('uses the built-in rules when nothing was saved', async () => {
    const loaded = await loadRules(freshDb());
    expect(loaded).toEqual({ rules: DEFAULT_RULES, custom: false, problem: null });
  });

  it('reads back edited rules after a save', async () => {
    const db = freshDb();
    const edited = germanyCapRaisedTo(7);
    expect(await saveRules(db, edited)).toEqual({ ok: true });
    const loaded = await loadRules(db);
    expect(loaded.custom).toBe(true);
    expect(loaded.problem).toBeNull();
    expect(loaded.rules.find((rule) => rule.id === 'de')?.bands[0]?.suggest).toBe(7);
  });

  it('refuses to save an invalid rule set and keeps what was saved before', async () => {
    const db = freshDb();
    await saveRules(db, germanyCapRaisedTo(7));
    const withoutDefault = DEFAULT_RULES.filter((rule) => rule.countries.length > 0);
    const result = await saveRules(db, withoutDefault);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/exactly one default rule/);
    expect((await loadRules(db)).rules.find((rule) => rule.id === 'de')?.bands[0]?.suggest).toBe(7);
  });

  it('falls back to the built-in rules, with the reason, when the stored rules are damaged', async () => {
    const db = freshDb();
    const damaged = exportRulesFile(DEFAULT_RULES) as { rules: unknown[] };
    (damaged.rules[1] as { bands: { max: unknown }[] }).bands[0]!.max = 'twenty';
    await db.config.put({ key: RULES_CONFIG_KEY, value: damaged, updatedAt: '2026-11-20T08:00:00.000Z' });
    const loaded = await loadRules(db);
    expect(loaded.rules).toEqual(DEFAULT_RULES);
    expect(loaded.custom).toBe(false);
    expect(loaded.problem).toMatch(/rules\[1\]\.bands\[0\]\.max/);
  });

  it('treats something that is not a rules file at all as damaged too', async () => {
    const db = freshDb();
    await db.config.put({ key: RULES_CONFIG_KEY, value: 'garbage', updatedAt: '2026-11-20T08:00:00.000Z' });
    const loaded = await loadRules(db);
    expect(loaded.rules).toEqual(DEFAULT_RULES);
    expect(loaded.problem).not.toBeNull();
  });

  it('goes back to the built-in rules on reset', async () => {
    const db = freshDb();
    await saveRules(db, germanyCapRaisedTo(7));
    await resetRules(db);
    expect(await loadRules(db)).toEqual({ rules: DEFAULT_RULES, custom: false, problem: null });
  });
});

describe('exchange rates in the config table', () => {
  it('saves, reads back and resets an edited table', async () => {
    const db = freshDb();
    expect((await loadRates(db)).rates).toEqual(DEFAULT_RATES);
    const edited = { asOf: '2026-12-01', usdPer: { ...DEFAULT_RATES.usdPer, EUR: 1.2 } };
    expect(await saveRates(db, edited)).toEqual({ ok: true });
    expect(await loadRates(db)).toEqual({ rates: edited, custom: true, problem: null });
    await resetRates(db);
    expect((await loadRates(db)).rates).toEqual(DEFAULT_RATES);
  });

  it('refuses a table where the dollar is not 1', async () => {
    const db = freshDb();
    const result = await saveRates(db, { asOf: '2026-12-01', usdPer: { USD: 2, EUR: 1.2 } });
    expect(result.ok).toBe(false);
    expect((await loadRates(db)).custom).toBe(false);
  });

  it('falls back to the built-in rates, with the reason, when the stored table is damaged', async () => {
    const db = freshDb();
    await db.config.put({ key: RATES_CONFIG_KEY, value: { asOf: 'yesterday', usdPer: { USD: 1 } }, updatedAt: '2026-11-20T08:00:00.000Z' });
    const loaded = await loadRates(db);
    expect(loaded.rates).toEqual(DEFAULT_RATES);
    expect(loaded.problem).toMatch(/asOf/);
  });
});

describe('parcel weights remembered per product', () => {
  it('remembers a weight for the same product and SKU in a later order', async () => {
    const db = freshDb();
    const key = weightKeyOf({ items: [earbuds] });
    expect(key).not.toBeNull();
    await rememberWeight(db, key!, 0.4);
    // A later order of the same product, its title spaced and cased differently.
    const later = weightKeyOf({ items: [{ ...earbuds, title: '  tws wireless  earbuds bluetooth 5.3 ', unitPrice: null }] });
    expect(later).toBe(key);
    expect(await loadRememberedWeight(db, later!)).toBe(0.4);
  });

  it('keeps other SKUs and quantities apart', async () => {
    const db = freshDb();
    await rememberWeight(db, weightKeyOf({ items: [earbuds] })!, 0.4);
    expect(await loadRememberedWeight(db, weightKeyOf({ items: [{ ...earbuds, sku: 'Color: White' }] })!)).toBeNull();
    expect(await loadRememberedWeight(db, weightKeyOf({ items: [{ ...earbuds, quantity: 3 }] })!)).toBeNull();
  });

  it('finds the weight of a multi-item order whatever the item order on the page', () => {
    const comb: OrderItem = { title: 'Wooden comb', sku: null, quantity: 1, unitPrice: null };
    expect(weightKeyOf({ items: [earbuds, comb] })).toBe(weightKeyOf({ items: [comb, earbuds] }));
  });

  it('has nothing to remember a weight by when the page lists no products', () => {
    expect(weightKeyOf({ items: [] })).toBeNull();
  });

  it('refuses a weight of zero or less', async () => {
    const db = freshDb();
    await expect(rememberWeight(db, 'items:x', 0)).rejects.toThrow(RangeError);
    await expect(rememberWeight(db, 'items:x', -1)).rejects.toThrow(RangeError);
  });
});
