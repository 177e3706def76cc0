import { describe, expect, it } from 'vitest';
import { adviseDeclaration, type DeclarationAdvice, type DeclarationInput } from '@/lib/declaration/advise';
import type { WarningCode } from '@/lib/declaration/codes';
import { DEFAULT_RATES, convert } from '@/lib/declaration/rates';

function input(overrides: Partial<DeclarationInput>): DeclarationInput {
  return { country: 'DE', weightKg: 0.4, goodsValue: { amount: 35, currency: 'USD' }, carrier: null, itemTitles: [], ...overrides };
}

function advise(overrides: Partial<DeclarationInput>): DeclarationAdvice {
  const advice = adviseDeclaration(input(overrides));
  if (!advice.ok) throw new Error(`expected advice, got error ${advice.error.code}`);
  return advice;
}

const warningCodes = (advice: DeclarationAdvice) => advice.warnings.map((warning) => warning.code);
const reasonCodes = (advice: DeclarationAdvice) => advice.reasons.map((reason) => reason.code);
const usd = (amount: number) => ({ amount, currency: 'USD' });

interface DomainRow {
  name: string;
  given: Partial<DeclarationInput>;
  ruleId: string;
  currency: string;
  range: [number, number];
  value: number;
  warns?: WarningCode[];
  neverWarns?: WarningCode[];
}

/** One row per line of the DOMAIN table "Customs declaration value" (seed 000). */
const DOMAIN_ROWS: DomainRow[] = [
  {
    name: 'Germany, light parcel (0.4 kg): €5',
    given: { country: 'DE', weightKg: 0.4, goodsValue: usd(35) },
    ruleId: 'de', currency: 'EUR', range: [5, 5], value: 5, warns: ['below_order_value'],
  },
  {
    name: 'Germany, heavier parcel (1.2 kg): €10-20, below €20',
    given: { country: 'DE', weightKg: 1.2, goodsValue: usd(35) },
    ruleId: 'de', currency: 'EUR', range: [10, 19.5], value: 15, warns: ['below_order_value'],
  },
  {
    name: 'Germany by DHL: avoid DHL',
    given: { country: 'DE', weightKg: 0.4, carrier: 'DHL Express' },
    ruleId: 'de', currency: 'EUR', range: [5, 5], value: 5, warns: ['avoid_carrier_strict_customs'],
  },
  {
    name: "Germany by EMS (DHL's German EMS): avoid it too",
    given: { country: 'DE', weightKg: 0.4, carrier: 'EMS' },
    ruleId: 'de', currency: 'EUR', range: [5, 5], value: 5, warns: ['avoid_carrier_strict_customs'],
  },
  {
    name: 'Germany by China Post: no carrier warning',
    given: { country: 'DE', weightKg: 0.4, carrier: 'China Post Registered Air Mail' },
    ruleId: 'de', currency: 'EUR', range: [5, 5], value: 5, neverWarns: ['avoid_carrier_strict_customs'],
  },
  {
    name: 'United States, express under 3 kg: under US$50, mostly 5-30',
    given: { country: 'US', weightKg: 1, carrier: 'DHL', goodsValue: usd(100) },
    ruleId: 'us', currency: 'USD', range: [5, 30], value: 20, warns: ['below_order_value'], neverWarns: ['estimate_not_in_source'],
  },
  {
    name: 'United States, express 3 kg and over: an estimate, flagged as such',
    given: { country: 'US', weightKg: 4, carrier: 'FedEx', goodsValue: usd(100) },
    ruleId: 'us', currency: 'USD', range: [5, 49.5], value: 30, warns: ['estimate_not_in_source'],
  },
  {
    name: 'United States by post: the source has express figures only',
    given: { country: 'US', weightKg: 1, carrier: 'AliExpress Standard Shipping', goodsValue: usd(100) },
    ruleId: 'us', currency: 'USD', range: [5, 30], value: 20, warns: ['estimate_not_in_source'],
  },
  {
    name: 'Latin America (Brazil): below US$50',
    given: { country: 'BR', weightKg: 0.3, goodsValue: usd(120) },
    ruleId: 'latin-america', currency: 'USD', range: [5, 49.5], value: 40, warns: ['below_order_value'],
  },
  {
    name: 'Latin America (Mexico), cheaper order: the order value itself',
    given: { country: 'MX', weightKg: 0.3, goodsValue: usd(30) },
    ruleId: 'latin-america', currency: 'USD', range: [5, 49.5], value: 30, neverWarns: ['below_order_value'],
  },
  {
    name: 'Norway: below US$30',
    given: { country: 'NO', weightKg: 0.3, goodsValue: usd(60) },
    ruleId: 'no', currency: 'USD', range: [5, 29.5], value: 25, warns: ['below_order_value'],
  },
  {
    name: 'Finland: below US$30',
    given: { country: 'FI', weightKg: 0.3, goodsValue: usd(60) },
    ruleId: 'fi', currency: 'USD', range: [5, 29.5], value: 25, warns: ['below_order_value'],
  },
  {
    name: 'Poland: below US$20',
    given: { country: 'PL', weightKg: 0.3, goodsValue: usd(60) },
    ruleId: 'pl', currency: 'USD', range: [5, 19.5], value: 15, warns: ['below_order_value'],
  },
  {
    name: 'Denmark: below US$13',
    given: { country: 'DK', weightKg: 0.3, goodsValue: usd(60) },
    ruleId: 'dk', currency: 'USD', range: [5, 12.5], value: 10, warns: ['below_order_value'],
  },
  {
    name: 'Australia, wooden goods by DHL: goods and carrier warnings',
    given: { country: 'AU', weightKg: 0.5, carrier: 'DHL', goodsValue: usd(35), itemTitles: ['Handmade wooden comb'] },
    ruleId: 'au', currency: 'USD', range: [5, 999.5], value: 35, warns: ['goods_detained', 'avoid_carrier_detained_goods'],
  },
  {
    name: 'Australia, plain goods by DHL: no warning about DHL',
    given: { country: 'AU', weightKg: 0.5, carrier: 'DHL', goodsValue: usd(35), itemTitles: ['Stainless steel comb'] },
    ruleId: 'au', currency: 'USD', range: [5, 999.5], value: 35,
    neverWarns: ['goods_detained', 'avoid_carrier_detained_goods', 'below_order_value'],
  },
  {
    name: 'Australia, feathers by post: goods warning, no carrier warning',
    given: { country: 'AU', weightKg: 0.2, carrier: 'Cainiao Super Economy', goodsValue: usd(8), itemTitles: ['Серьги с перьями'] },
    ruleId: 'au', currency: 'USD', range: [5, 999.5], value: 8, warns: ['goods_detained'], neverWarns: ['avoid_carrier_detained_goods'],
  },
  {
    name: 'Russia by EMS: avoid EMS, buyers want speed',
    given: { country: 'RU', weightKg: 0.5, carrier: 'EMS', goodsValue: usd(20) },
    ruleId: 'ru', currency: 'EUR', range: [5, 199.5], value: 17, warns: ['avoid_carrier_buyers_want_speed'],
  },
  {
    name: 'Russia by AliExpress Standard: no carrier warning',
    given: { country: 'RU', weightKg: 0.5, carrier: 'AliExpress Standard Shipping', goodsValue: usd(20) },
    ruleId: 'ru', currency: 'EUR', range: [5, 199.5], value: 17, neverWarns: ['avoid_carrier_buyers_want_speed'],
  },
  {
    name: 'New Zealand by e-EMS: avoid EMS, buyers want speed',
    given: { country: 'NZ', weightKg: 0.5, carrier: 'e-EMS', goodsValue: usd(20) },
    ruleId: 'nz', currency: 'NZD', range: [5, 1000], value: 34, warns: ['avoid_carrier_buyers_want_speed'],
  },
];

describe('adviseDeclaration: the DOMAIN table', () => {
  it.each(DOMAIN_ROWS)('$name', (row) => {
    const advice = advise(row.given);
    expect(advice.ruleId).toBe(row.ruleId);
    expect(advice.currency).toBe(row.currency);
    expect(advice.range).toEqual(row.range);
    expect(advice.value).toBe(row.value);
    for (const code of row.warns ?? []) expect(warningCodes(advice)).toContain(code);
    for (const code of row.neverWarns ?? []) expect(warningCodes(advice)).not.toContain(code);
    expect(advice.source).toBe('000_a6fb8717591fe756.txt');
    expect(advice.reviewedAt).toBe('2026-11-22');
  });

  it('names the carrier to avoid and, for Australia, the word that made the goods suspect', () => {
    const germany = advise({ country: 'DE', carrier: 'dhl express worldwide' });
    expect(germany.warnings).toContainEqual({ code: 'avoid_carrier_strict_customs', params: { carrier: 'DHL', country: 'DE' } });

    const australia = advise({ country: 'AU', carrier: 'DHL', itemTitles: ['Phone case', '木质梳子'] });
    expect(australia.warnings).toContainEqual(
      expect.objectContaining({ code: 'goods_detained', params: expect.objectContaining({ word: '木', item: '木质梳子', category: 'wood' }) }),
    );
    expect(australia.warnings).toContainEqual({ code: 'avoid_carrier_detained_goods', params: { carrier: 'DHL', country: 'AU', word: '木' } });
  });

  it('lists the changed-rule notes for the US (de minimis) and the EU (VAT since 2021)', () => {
    const us = advise({ country: 'US', carrier: 'UPS', weightKg: 1 });
    const note = us.warnings.find((warning) => warning.code === 'rule_changed');
    expect(String(note?.params.note_en)).toMatch(/2025/);
    const germany = advise({ country: 'DE' });
    expect(String(germany.warnings.find((warning) => warning.code === 'rule_changed')?.params.note_en)).toMatch(/VAT.*2021|2021.*VAT/);
  });
});

describe('adviseDeclaration: never above the order', () => {
  it('suggests the order value itself when it is below the rule figure', () => {
    const advice = advise({ country: 'US', weightKg: 1, carrier: 'DHL', goodsValue: usd(12.8) });
    expect(advice.value).toBe(12.5);
    expect(reasonCodes(advice)).toContain('value_is_goods_value');
    expect(warningCodes(advice)).not.toContain('below_order_value');
  });

  it('goes below the range rather than above a very cheap order', () => {
    const advice = advise({ country: 'US', weightKg: 1, carrier: 'DHL', goodsValue: usd(3) });
    expect(advice.range).toEqual([5, 30]);
    expect(advice.value).toBe(3);
  });

  it('keeps cents for orders worth less than half a unit', () => {
    expect(advise({ country: 'PL', goodsValue: usd(0.37) }).value).toBe(0.37);
  });

  it('says plainly when the suggestion is below the order value, with both amounts', () => {
    const advice = advise({ country: 'DK', goodsValue: usd(60) });
    expect(advice.warnings).toContainEqual({ code: 'below_order_value', params: { value: 10, goodsValue: 60, currency: 'USD' } });
  });

  const countries = ['DE', 'US', 'AU', 'BR', 'NO', 'FI', 'PL', 'DK', 'RU', 'NZ', 'JP'];
  const amounts = [
    { amount: 0.8, currency: 'USD' },
    { amount: 4.99, currency: 'EUR' },
    { amount: 13, currency: 'USD' },
    { amount: 47.3, currency: 'GBP' },
    { amount: 250, currency: 'BRL' },
    { amount: 999, currency: 'CNY' },
    { amount: 5000, currency: 'USD' },
    { amount: 90000, currency: 'RUB' },
  ];
  it.each(countries)('never exceeds the order value for %s, whatever the currency', (country) => {
    for (const goodsValue of amounts) {
      for (const weightKg of [0.1, 0.5, 2.9, 3, 12, null]) {
        const advice = advise({ country, goodsValue, weightKg, carrier: 'DHL' });
        const goods = convert(goodsValue, advice.currency, DEFAULT_RATES).amount;
        expect(advice.value).toBeLessThanOrEqual(goods);
        expect(advice.value).toBeGreaterThan(0);
        expect(advice.value).toBeLessThanOrEqual(advice.range[1]);
      }
    }
  });
});

describe('adviseDeclaration: currency conversion', () => {
  it('converts a USD order into the euros of the German rule and says so', () => {
    const advice = advise({ country: 'DE', weightKg: 1.2, goodsValue: usd(12) });
    // 12 USD at 1.16 USD per EUR is about €10.34, below the €15 suggestion: declare €10.
    expect(advice.value).toBe(10);
    expect(advice.reasons).toContainEqual({
      code: 'goods_value_converted',
      params: { amount: 12, currency: 'USD', converted: 10.34, to: 'EUR', asOf: '2026-11-01' },
    });
  });

  it('uses the rate table it is given', () => {
    const rates = { asOf: '2026-12-01', usdPer: { USD: 1, EUR: 2 } };
    const advice = adviseDeclaration(input({ country: 'DE', weightKg: 1.2, goodsValue: usd(12) }), undefined, rates);
    expect(advice.ok && advice.value).toBe(6);
  });

  it('does not mention conversion when the order is already in the rule currency', () => {
    expect(reasonCodes(advise({ country: 'US', goodsValue: usd(10) }))).not.toContain('goods_value_converted');
  });
});

describe('adviseDeclaration: missing facts', () => {
  it('uses the default rule for a country without one, and warns', () => {
    const advice = advise({ country: 'JP', goodsValue: usd(40) });
    expect(advice.ruleId).toBe('default');
    expect(advice.value).toBe(40);
    expect(advice.warnings).toContainEqual({ code: 'no_rule_for_country', params: { country: 'JP' } });
  });

  it('accepts lower-case codes and UK for Great Britain', () => {
    expect(advise({ country: ' de ' }).ruleId).toBe('de');
    expect(advise({ country: 'uk' }).country).toBe('GB');
  });

  it('without a weight, uses the German range for any weight and says so', () => {
    const advice = advise({ country: 'DE', weightKg: null, goodsValue: usd(100) });
    expect(advice.bandId).toBe('any-weight');
    expect(advice.range).toEqual([5, 19.5]);
    expect(advice.reasons).toContainEqual({ code: 'weight_unknown', params: {} });
  });

  it('without a weight, assumes the US express band under 3 kg and names it', () => {
    const advice = advise({ country: 'US', weightKg: null, carrier: 'DHL', goodsValue: usd(100) });
    expect(advice.bandId).toBe('express-under-3kg');
    expect(advice.reasons).toContainEqual({ code: 'weight_unknown', params: { belowKg: 3 } });
  });

  it('does not mention the weight where it changes nothing', () => {
    expect(reasonCodes(advise({ country: 'PL', weightKg: null }))).not.toContain('weight_unknown');
  });

  it('without a carrier, assumes express where the rule distinguishes, and says carriers were not checked', () => {
    const advice = advise({ country: 'US', weightKg: 1, carrier: null });
    expect(advice.bandId).toBe('express-under-3kg');
    expect(reasonCodes(advice)).toEqual(expect.arrayContaining(['carrier_not_given', 'carrier_class_assumed']));
  });

  it('reports a carrier it does not know instead of guessing its class silently', () => {
    const advice = advise({ country: 'US', weightKg: 1, carrier: 'Blue Whale Line' });
    expect(advice.reasons).toContainEqual({ code: 'carrier_unrecognised', params: { carrier: 'Blue Whale Line' } });
    expect(advice.carrierClass).toBeNull();
  });

  it('without the order value, suggests the rule figure and warns it could not be checked', () => {
    const advice = advise({ country: 'DE', weightKg: 1.2, goodsValue: null });
    expect(advice.value).toBe(15);
    expect(warningCodes(advice)).toContain('goods_value_unknown');
  });
});

describe('adviseDeclaration: nonsense input suggests nothing', () => {
  it.each([
    ['no country', { country: null }, 'no_country'],
    ['empty country', { country: '  ' }, 'no_country'],
    ['a country name instead of a code', { country: 'Germany' }, 'bad_country'],
    ['negative weight', { weightKg: -1 }, 'bad_weight'],
    ['zero weight', { weightKg: 0 }, 'bad_weight'],
    ['NaN weight', { weightKg: Number.NaN }, 'bad_weight'],
    ['infinite weight', { weightKg: Number.POSITIVE_INFINITY }, 'bad_weight'],
    ['negative value', { goodsValue: usd(-5) }, 'bad_goods_value'],
    ['NaN value', { goodsValue: usd(Number.NaN) }, 'bad_goods_value'],
    ['unknown currency', { goodsValue: { amount: 5, currency: 'XYZ' } }, 'unknown_currency'],
  ] as const)('%s', (_name, given, code) => {
    const advice = adviseDeclaration(input(given));
    expect(advice.ok).toBe(false);
    expect(advice).not.toHaveProperty('value');
    if (!advice.ok) expect(advice.error.code).toBe(code);
  });
});
