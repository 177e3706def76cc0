import { describe, expect, it } from 'vitest';
import { DEFAULT_RATES, UnknownCurrencyError, convert, parseRatesFile } from '@/lib/declaration/rates';

describe('rate table', () => {
  it('has every currency the advisor is expected to meet, dated', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'AUD', 'NZD', 'BRL', 'MXN', 'RUB', 'PLN', 'DKK', 'NOK', 'SEK', 'CHF', 'CAD', 'CNY', 'JPY', 'KRW', 'CLP', 'COP', 'ARS']) {
      expect(DEFAULT_RATES.usdPer[code], code).toBeGreaterThan(0);
    }
    expect(DEFAULT_RATES.asOf).toBe('2026-11-01');
    expect(parseRatesFile(DEFAULT_RATES).ok).toBe(true);
  });

  it('converts through US dollars', () => {
    const rates = { asOf: '2026-11-01', usdPer: { USD: 1, EUR: 1.25, PLN: 0.25 } };
    expect(convert({ amount: 10, currency: 'EUR' }, 'USD', rates)).toEqual({ amount: 12.5, currency: 'USD' });
    expect(convert({ amount: 10, currency: 'USD' }, 'EUR', rates)).toEqual({ amount: 8, currency: 'EUR' });
    expect(convert({ amount: 10, currency: 'EUR' }, 'PLN', rates)).toEqual({ amount: 50, currency: 'PLN' });
    expect(convert({ amount: 7, currency: 'PLN' }, 'PLN', rates)).toEqual({ amount: 7, currency: 'PLN' });
  });

  it('refuses a currency it has no rate for, saying which', () => {
    expect(() => convert({ amount: 10, currency: 'XYZ' }, 'USD', DEFAULT_RATES)).toThrow(UnknownCurrencyError);
    expect(() => convert({ amount: 10, currency: 'USD' }, 'XYZ', DEFAULT_RATES)).toThrow(/"XYZ".*rates of 2026-11-01/);
    // Inherited object keys are not currencies.
    expect(() => convert({ amount: 10, currency: 'USD' }, 'constructor', DEFAULT_RATES)).toThrow(UnknownCurrencyError);
  });

  it.each([
    [{ asOf: '2026-11-01', usdPer: { USD: 2 } }, /usdPer\.USD: USD must be 1/],
    [{ asOf: '2026-11-01', usdPer: { USD: 1, EUR: -1 } }, /usdPer\.EUR/],
    [{ asOf: '2026-11-01', usdPer: { USD: 1, euro: 1.1 } }, /usdPer/],
    [{ usdPer: { USD: 1 } }, /asOf/],
  ])('rejects an edited table with a reason: %j', (json, message) => {
    const parsed = parseRatesFile(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
