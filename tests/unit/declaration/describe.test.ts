import { describe as group, expect, it } from 'vitest';
import { adviseDeclaration, type DeclarationInput } from '@/lib/declaration/advise';
import { ERROR_CODES, REASON_CODES, WARNING_CODES, type AdviceItem } from '@/lib/declaration/codes';
import { describe } from '@/lib/declaration/describe';

const base: DeclarationInput = { country: 'DE', weightKg: 0.4, goodsValue: { amount: 35, currency: 'USD' }, carrier: null, itemTitles: [] };

/** Scenarios that, together, make the advisor produce every code it has. */
const SCENARIOS: Partial<DeclarationInput>[] = [
  {},
  { carrier: 'DHL', weightKg: 1.2 },
  { country: 'DE', weightKg: null },
  { country: 'US', weightKg: 5, carrier: 'Blue Whale Line', goodsValue: { amount: 10, currency: 'USD' } },
  { country: 'US', weightKg: 1, carrier: 'AliExpress Standard Shipping', goodsValue: null },
  { country: 'AU', carrier: 'DHL', itemTitles: ['Wooden comb', 'Feather earrings'] },
  { country: 'RU', carrier: 'EMS' },
  { country: 'JP' },
  { country: null },
  { country: 'Germany' },
  { weightKg: -1 },
  { goodsValue: { amount: -3, currency: 'USD' } },
  { goodsValue: { amount: 3, currency: 'XYZ' } },
];

function collectItems(): AdviceItem[] {
  const items: AdviceItem[] = [];
  for (const scenario of SCENARIOS) {
    const advice = adviseDeclaration({ ...base, ...scenario });
    if (advice.ok) items.push(...advice.reasons, ...advice.warnings);
    else items.push(advice.error);
  }
  // A rule where no band covers the weight can only come from an edited rules file.
  items.push({ code: 'weight_outside_bands', params: { weightKg: 40, belowKg: 30 } });
  return items;
}

const ALL_CODES = [...REASON_CODES, ...WARNING_CODES, ...ERROR_CODES];

group('describe', () => {
  const items = collectItems();

  it('the scenarios exercise every code', () => {
    expect(new Set(items.map((item) => item.code))).toEqual(new Set(ALL_CODES));
  });

  it.each(['en', 'zh_CN'] as const)('puts every item into full %s sentences, no raw keys or gaps', (lang) => {
    for (const item of items) {
      const text = describe(item, lang);
      expect(text, item.code).not.toContain(item.code);
      expect(text, item.code).not.toMatch(/\?|undefined|NaN|\{\w+\}|\[object/);
      expect(text.length, item.code).toBeGreaterThan(10);
      if (lang === 'zh_CN') expect(text, item.code).toMatch(/\p{Script=Han}/u);
      else expect(text, item.code).toMatch(/^[“"A-Z]/);
    }
  });

  it('reads well for the German light parcel', () => {
    const advice = adviseDeclaration({ ...base, carrier: 'DHL' });
    if (!advice.ok) throw new Error('expected advice');
    const en = advice.warnings.map((warning) => describe(warning, 'en'));
    const zh = advice.warnings.map((warning) => describe(warning, 'zh_CN'));
    expect(en).toContain(
      "The suggested €5 is below what the order is worth (€30.17). The destination's customs law decides what must be declared, and the seller is responsible for the declaration.",
    );
    expect(en).toContain('Avoid DHL for Germany: customs there are strict, and sellers advise against this carrier.');
    expect(zh).toContain('寄往德国请避免使用 DHL：当地海关监管严格，卖家经验是不要用这个渠道。');
    expect(describe(advice.reasons[2] ?? { code: 'carrier_not_given', params: {} }, 'en')).toBe(
      'For parcels under 0.5 kg, the recommended declared value is €5.',
    );
  });

  it('writes money with cents when it has any, and whole amounts short', () => {
    const converted = describe(
      { code: 'goods_value_converted', params: { amount: 18.4, currency: 'USD', converted: 15.9, to: 'EUR', asOf: '2026-11-01' } },
      'en',
    );
    expect(converted).toBe("The order's US$18.40 is about €15.90 (rates of 2026-11-01).");
    expect(describe({ code: 'band_cap', params: { capBelow: 20, currency: 'EUR' } }, 'en')).toBe(
      'In any case, keep the declared value below €20.',
    );
  });

  it('writes ranges the way the seed states them', () => {
    const band = (params: Record<string, string | number>) => describe({ code: 'band_range', params }, 'en');
    expect(band({ min: 5, max: 30, maxIncluded: 1, currency: 'USD', carrierClass: 'express', belowKg: 3 })).toBe(
      'For express parcels under 3 kg, the recommended declared value is US$5–30.',
    );
    expect(band({ min: 10, max: 20, maxIncluded: 0, currency: 'EUR', carrierClass: 'any', fromKg: 0.5 })).toBe(
      'For parcels of 0.5 kg or more, the recommended declared value is from €10 to below €20.',
    );
    expect(band({ min: 5, max: 20, maxIncluded: 0, currency: 'PLN', carrierClass: 'any' })).toBe(
      'For any parcel, the recommended declared value is from 5 PLN to below 20 PLN.',
    );
  });

  it('says something sensible for a code from another version', () => {
    const stranger = { code: 'from_the_future', params: {} } as unknown as AdviceItem;
    expect(describe(stranger, 'en')).toBe('(unknown declaration advice)');
    expect(describe(stranger, 'zh_CN')).toBe('（未知的申报提示）');
  });
});
