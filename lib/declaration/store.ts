import type { AfterSalesDb } from '@/lib/db/database';
import type { OrderItem, OrderSnapshot } from '@/lib/model/snapshot';
import { DEFAULT_RATES, parseRatesFile, type RateTable } from './rates';
import { DEFAULT_RULES, exportRulesFile, parseRulesFile } from './rules';
import type { DeclarationRule } from './schema';

/**
 * The seller's edited customs rules and rate table, kept in the `config` table, and the parcel
 * weights remembered per product in `skuWeights`. Everything read back is checked again: a
 * damaged entry (older version, hand-edited database, half-written import) must never feed the
 * advisor, so it falls back to the built-in data and says why.
 */

export const RULES_CONFIG_KEY = 'declaration.rules';
export const RATES_CONFIG_KEY = 'declaration.rates';

export interface LoadedRules {
  rules: readonly DeclarationRule[];
  /** True when the seller's own rules are in use (not the built-in ones). */
  custom: boolean;
  /** Why the stored rules were not used, when they were damaged; null when all is well. */
  problem: string | null;
}

export interface LoadedRates {
  rates: RateTable;
  custom: boolean;
  problem: string | null;
}

export type SaveResult = { ok: true } | { ok: false; error: string };

export async function loadRules(db: AfterSalesDb): Promise<LoadedRules> {
  const entry = await db.config.get(RULES_CONFIG_KEY);
  if (!entry) return { rules: DEFAULT_RULES, custom: false, problem: null };
  const parsed = parseRulesFile(entry.value);
  if (!parsed.ok) return { rules: DEFAULT_RULES, custom: false, problem: parsed.error };
  return { rules: parsed.rules, custom: true, problem: null };
}

/** Saves the whole rule set, or nothing: the same check as an imported file. */
export async function saveRules(db: AfterSalesDb, rules: readonly DeclarationRule[], now = new Date()): Promise<SaveResult> {
  const file = exportRulesFile(rules);
  const parsed = parseRulesFile(file);
  if (!parsed.ok) return parsed;
  await db.config.put({ key: RULES_CONFIG_KEY, value: exportRulesFile(parsed.rules), updatedAt: now.toISOString() });
  return { ok: true };
}

export async function resetRules(db: AfterSalesDb): Promise<void> {
  await db.config.delete(RULES_CONFIG_KEY);
}

export async function loadRates(db: AfterSalesDb): Promise<LoadedRates> {
  const entry = await db.config.get(RATES_CONFIG_KEY);
  if (!entry) return { rates: DEFAULT_RATES, custom: false, problem: null };
  const parsed = parseRatesFile(entry.value);
  if (!parsed.ok) return { rates: DEFAULT_RATES, custom: false, problem: parsed.error };
  return { rates: parsed.rates, custom: true, problem: null };
}

export async function saveRates(db: AfterSalesDb, rates: RateTable, now = new Date()): Promise<SaveResult> {
  const parsed = parseRatesFile(rates);
  if (!parsed.ok) return parsed;
  await db.config.put({ key: RATES_CONFIG_KEY, value: parsed.rates, updatedAt: now.toISOString() });
  return { ok: true };
}

export async function resetRates(db: AfterSalesDb): Promise<void> {
  await db.config.delete(RATES_CONFIG_KEY);
}

// Parcel weights remembered per product.

const MAX_TITLE_IN_KEY = 200;

function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function itemKey(item: OrderItem): string {
  const title = normalizeText(item.title).slice(0, MAX_TITLE_IN_KEY);
  const sku = item.sku ? normalizeText(item.sku) : '';
  // Two of a product weigh more than one: the quantity is part of what was weighed.
  const quantity = item.quantity !== null && item.quantity > 1 ? ` ×${item.quantity}` : '';
  return `${title} | ${sku}${quantity}`;
}

/**
 * The key under which an order's parcel weight is remembered: its products (title, SKU and
 * quantity), so the same product in a later order finds the weight again. Null when the page
 * listed no products (nothing to remember it by).
 */
export function weightKeyOf(order: Pick<OrderSnapshot, 'items'>): string | null {
  const items = order.items.filter((item) => item.title.trim() !== '');
  if (items.length === 0) return null;
  return `items:${items.map(itemKey).sort().join('\n')}`;
}

export async function loadRememberedWeight(db: AfterSalesDb, key: string): Promise<number | null> {
  const entry = await db.skuWeights.get(key);
  // A damaged entry is as good as none: the agent is asked again.
  return entry && Number.isFinite(entry.weightKg) && entry.weightKg > 0 ? entry.weightKg : null;
}

export async function rememberWeight(db: AfterSalesDb, key: string, weightKg: number, now = new Date()): Promise<void> {
  if (!(Number.isFinite(weightKg) && weightKg > 0)) throw new RangeError(`weight must be above zero, got ${weightKg}`);
  await db.skuWeights.put({ key, weightKg, updatedAt: now.toISOString() });
}
