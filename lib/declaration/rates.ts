import { z } from 'zod';
import type { Money } from '@/lib/model/snapshot';
import { CurrencyCode, IsoDate, formatIssues } from './schema';

/**
 * Exchange rates for turning the order's value into the declaration's currency.
 * The extension never fetches rates (no network from pure logic, and the agent must be able to
 * see which rates were used): the table is edited by the seller, and `asOf` says when it was set.
 */
export const RateTable = z
  .object({
    asOf: IsoDate,
    /** How many US dollars one unit of each currency is worth. */
    usdPer: z.record(CurrencyCode, z.number().finite().positive()),
  })
  .refine((table) => table.usdPer.USD === 1, { message: 'USD must be 1 (rates are in US dollars)', path: ['usdPer', 'USD'] });
export type RateTable = z.infer<typeof RateTable>;

/**
 * Defaults to be edited by the seller: approximate mid-market values, set by hand on `asOf`.
 * They are not live rates, and nothing here updates them over the network.
 */
export const DEFAULT_RATES: RateTable = {
  asOf: '2026-11-01',
  usdPer: {
    USD: 1,
    EUR: 1.16,
    GBP: 1.33,
    AUD: 0.65,
    NZD: 0.58,
    BRL: 0.185,
    MXN: 0.054,
    RUB: 0.0125,
    PLN: 0.273,
    DKK: 0.155,
    NOK: 0.099,
    SEK: 0.105,
    CHF: 1.25,
    CAD: 0.72,
    CNY: 0.14,
    JPY: 0.0066,
    KRW: 0.0007,
    CLP: 0.00105,
    COP: 0.00025,
    ARS: 0.0007,
  },
};

export class UnknownCurrencyError extends Error {
  constructor(
    readonly currency: string,
    readonly asOf: string,
  ) {
    super(`Unknown currency "${currency}": it is not in the rate table (rates of ${asOf}). Add it to the table first.`);
    this.name = 'UnknownCurrencyError';
  }
}

export function hasRate(currency: string, rates: RateTable): boolean {
  return Object.hasOwn(rates.usdPer, currency);
}

function usdPer(currency: string, rates: RateTable): number {
  const rate = hasRate(currency, rates) ? rates.usdPer[currency] : undefined;
  if (rate === undefined) throw new UnknownCurrencyError(currency, rates.asOf);
  return rate;
}

/**
 * Convert money into another currency through US dollars. The amount is not rounded: callers
 * round for display, and the advisor rounds down so a declaration never exceeds the order.
 * Throws UnknownCurrencyError when either currency is missing from the table.
 */
export function convert(money: Money, toCurrency: string, rates: RateTable): Money {
  const fromRate = usdPer(money.currency, rates);
  const toRate = usdPer(toCurrency, rates);
  if (money.currency === toCurrency) return { amount: money.amount, currency: toCurrency };
  return { amount: (money.amount * fromRate) / toRate, currency: toCurrency };
}

export type ParseRatesResult = { ok: true; rates: RateTable } | { ok: false; error: string };

/** Check an edited rate table; the whole table is rejected with the first problem found. */
export function parseRatesFile(json: unknown): ParseRatesResult {
  const parsed = RateTable.safeParse(json);
  if (parsed.success) return { ok: true, rates: parsed.data };
  return { ok: false, error: formatIssues(parsed.error.issues) };
}
