import { describe, expect, it } from 'vitest';
import { adviseDeclaration } from '@/lib/declaration/advise';
import { DEFAULT_RULES, exportRulesFile, findRule, parseRulesFile } from '@/lib/declaration/rules';

/** An exported rules file as the seller would edit it: plain JSON. */
function exportedJson(): { version: number; rules: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(exportRulesFile(DEFAULT_RULES))) as { version: number; rules: Record<string, unknown>[] };
}

function ruleIndex(file: { rules: Record<string, unknown>[] }, id: string): number {
  const index = file.rules.findIndex((rule) => rule.id === id);
  if (index < 0) throw new Error(`no rule ${id}`);
  return index;
}

describe('DEFAULT_RULES', () => {
  it('pass their own schema after a JSON round trip (export then import)', () => {
    const parsed = parseRulesFile(exportedJson());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.rules).toEqual(DEFAULT_RULES);
  });

  it('cover every destination of the seed, plus a default', () => {
    const ids = ['US', 'AU', 'DE', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'NO', 'FI', 'PL', 'DK', 'RU', 'NZ'].map(
      (country) => findRule(country, DEFAULT_RULES)?.rule.id,
    );
    expect(ids).toEqual(['us', 'au', 'de', 'latin-america', 'latin-america', 'latin-america', 'latin-america', 'latin-america', 'latin-america', 'no', 'fi', 'pl', 'dk', 'ru', 'nz']);
    expect(findRule('JP', DEFAULT_RULES)).toMatchObject({ isDefault: true, rule: { id: 'default' } });
  });

  it('each say where they come from and when they were reviewed', () => {
    for (const rule of DEFAULT_RULES) {
      expect(rule.source).not.toBe('');
      expect(rule.reviewedAt).toBe('2026-11-22');
      if (rule.id !== 'default') expect(rule.source).toBe('000_a6fb8717591fe756.txt');
    }
  });

  it('carry notes where the law has changed, in both languages', () => {
    for (const id of ['us', 'de', 'fi', 'pl', 'dk', 'no', 'au']) {
      const note = DEFAULT_RULES.find((rule) => rule.id === id)?.note;
      expect(note?.en, id).toBeTruthy();
      expect(note?.zh_CN, id).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('parseRulesFile', () => {
  it('rejects the whole file when one row among good ones is wrong, naming the field', () => {
    const file = exportedJson();
    const index = ruleIndex(file, 'dk');
    const bands = file.rules[index]?.bands as Record<string, unknown>[];
    bands[0] = { ...bands[0], max: 'thirteen' };
    const parsed = parseRulesFile(file);
    expect(parsed.ok).toBe(false);
    expect(parsed).not.toHaveProperty('rules');
    if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(`^rules\\[${index}\\]\\.bands\\[0\\]\\.max: .*number`));
  });

  it.each([
    ['a country in two rules', (file: ReturnType<typeof exportedJson>) => {
      (file.rules[ruleIndex(file, 'pl')]?.countries as string[]).push('DE');
    }, /rules\[\d+\]\.countries\[1\]: DE is already covered by rule "de"/],
    ['no default rule', (file: ReturnType<typeof exportedJson>) => {
      file.rules.splice(ruleIndex(file, 'default'), 1);
    }, /exactly one default rule/],
    ['a suggestion outside its range', (file: ReturnType<typeof exportedJson>) => {
      const bands = file.rules[ruleIndex(file, 'pl')]?.bands as Record<string, unknown>[];
      bands[0] = { ...bands[0], suggest: 25 };
    }, /bands\[0\]\.suggest: suggest 25 is outside the range 5-19.5/],
    ['a carrier we do not know', (file: ReturnType<typeof exportedJson>) => {
      const avoid = file.rules[ruleIndex(file, 'ru')]?.avoidCarriers as Record<string, unknown>[];
      avoid[0] = { ...avoid[0], carriers: ['pigeon'] };
    }, /avoidCarriers\[0\]\.carriers\[0\]/],
    ['a review date that is not a date', (file: ReturnType<typeof exportedJson>) => {
      const rule = file.rules[ruleIndex(file, 'us')];
      if (rule) rule.reviewedAt = '22/11/2026';
    }, /reviewedAt: must be a date written YYYY-MM-DD/],
    ['a country name instead of a code', (file: ReturnType<typeof exportedJson>) => {
      const rule = file.rules[ruleIndex(file, 'no')];
      if (rule) rule.countries = ['Norway'];
    }, /countries\[0\]: must be a two-letter country code/],
    ['a missing source', (file: ReturnType<typeof exportedJson>) => {
      const rule = file.rules[ruleIndex(file, 'au')];
      if (rule) delete rule.source;
    }, /source/],
  ])('rejects %s', (_name, damage, message) => {
    const file = exportedJson();
    damage(file);
    const parsed = parseRulesFile(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it.each([null, 'rules', [], { version: 2, rules: [] }])('rejects something that is not a rules file: %j', (json) => {
    const parsed = parseRulesFile(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(5);
  });

  it('lets an edited rule change the advice', () => {
    const file = exportedJson();
    const bands = file.rules[ruleIndex(file, 'dk')]?.bands as Record<string, unknown>[];
    bands[0] = { ...bands[0], max: 22, suggest: 18 };
    const parsed = parseRulesFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const advice = adviseDeclaration(
      { country: 'DK', weightKg: 0.3, goodsValue: { amount: 60, currency: 'USD' }, carrier: null, itemTitles: [] },
      parsed.rules,
    );
    expect(advice).toMatchObject({ ok: true, value: 18, range: [5, 21.5] });
  });
});
