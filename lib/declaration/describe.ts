import type { AdviceCode, AdviceItem, AdviceParams } from './codes';

/** Languages the advice can be read in (the extension's UI languages). */
export type DescribeLanguage = 'en' | 'zh_CN';

type Sentence = (p: Params) => string;

/** Typed access to an item's params; a missing value shows as "?" rather than breaking the sentence. */
class Params {
  constructor(private readonly params: AdviceParams) {}

  has(key: string): boolean {
    return this.params[key] !== undefined && this.params[key] !== '';
  }

  text(key: string): string {
    const value = this.params[key];
    return value === undefined || value === '' ? '?' : String(value);
  }

  number(key: string): number {
    const value = this.params[key];
    return typeof value === 'number' ? value : Number(value ?? Number.NaN);
  }
}

const SYMBOLS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', AUD: 'A$', NZD: 'NZ$', CAD: 'C$', CNY: 'CN¥', JPY: 'JP¥' };
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function amount(value: number): string {
  return Number.isFinite(value) ? NUMBER.format(value) : '?';
}

const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money reads "US$18.40", not "US$18.4"; whole amounts stay short ("€5"). */
function moneyAmount(value: number): string {
  return Number.isFinite(value) && !Number.isInteger(value) ? CENTS.format(value) : amount(value);
}

function money(value: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${moneyAmount(value)}` : `${moneyAmount(value)} ${currency}`;
}

/** "US$5–30", "€5", "15–20 PLN": the currency written once. */
function moneyRange(min: number, max: number, currency: string): string {
  if (min === max) return money(min, currency);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${moneyAmount(min)}–${moneyAmount(max)}` : `${moneyAmount(min)}–${moneyAmount(max)} ${currency}`;
}

const REGION_NAMES = new Map<DescribeLanguage, Intl.DisplayNames>();
function countryName(code: string, lang: DescribeLanguage): string {
  let names = REGION_NAMES.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang === 'zh_CN' ? 'zh-Hans-CN' : 'en'], { type: 'region', fallback: 'code' });
    REGION_NAMES.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function weightBand(p: Params, lang: DescribeLanguage): string {
  const from = p.has('fromKg') ? p.number('fromKg') : null;
  const below = p.has('belowKg') ? p.number('belowKg') : null;
  if (lang === 'zh_CN') {
    if (from !== null && from > 0 && below !== null) return `${amount(from)}–${amount(below)} 公斤`;
    if (below !== null) return `${amount(below)} 公斤以下`;
    if (from !== null) return `${amount(from)} 公斤及以上`;
    return '任意重量';
  }
  if (from !== null && from > 0 && below !== null) return `from ${amount(from)} to under ${amount(below)} kg`;
  if (below !== null) return `under ${amount(below)} kg`;
  if (from !== null) return `of ${amount(from)} kg or more`;
  return 'any weight';
}

/** "the range for parcels under 3 kg", or "the range for any weight". */
function parcelsOfWeight(p: Params): string {
  const weight = weightBand(p, 'en');
  return weight === 'any weight' ? 'the range for any weight' : `the range for parcels ${weight}`;
}

function carrierClass(value: string, lang: DescribeLanguage): string {
  if (lang === 'zh_CN') return value === 'express' ? '快递' : value === 'post' ? '邮政小包/经济类' : '任意渠道';
  return value === 'express' ? 'express' : value === 'post' ? 'postal/economy' : 'any';
}

function goodsKind(category: string, lang: DescribeLanguage): string {
  if (lang === 'zh_CN') return category === 'wood' ? '木制品' : category === 'feather' ? '动物羽毛制品' : '易被扣留的商品';
  return category === 'wood' ? 'a wooden product' : category === 'feather' ? 'an animal-feather product' : 'a restricted kind of product';
}

function rangeEn(p: Params): string {
  const currency = p.text('currency');
  if (p.number('maxIncluded') === 1) return moneyRange(p.number('min'), p.number('max'), currency);
  return `from ${money(p.number('min'), currency)} to below ${money(p.number('max'), currency)}`;
}

function rangeZh(p: Params): string {
  const currency = p.text('currency');
  if (p.number('maxIncluded') === 1) return moneyRange(p.number('min'), p.number('max'), currency);
  return `${money(p.number('min'), currency)} 起，低于 ${money(p.number('max'), currency)}`;
}

function bandScopeEn(p: Params): string {
  const cls = p.text('carrierClass');
  const weight = weightBand(p, 'en');
  if (cls === 'any' && weight === 'any weight') return 'For any parcel';
  const kind = cls === 'any' ? 'parcels' : `${carrierClass(cls, 'en')} parcels`;
  return weight === 'any weight' ? `For ${kind}` : `For ${kind} ${weight}`;
}

function bandScopeZh(p: Params): string {
  const cls = p.text('carrierClass');
  const weight = weightBand(p, 'zh_CN');
  const kind = cls === 'any' ? '' : `${carrierClass(cls, 'zh_CN')}`;
  if (kind === '' && weight === '任意重量') return '所有包裹';
  return `${weight === '任意重量' ? '' : weight}${kind}包裹`;
}

const SENTENCES: Record<AdviceCode, Record<DescribeLanguage, Sentence>> = {
  // Reasons
  rule_applied: {
    en: (p) => `Destination ${countryName(p.text('country'), 'en')}: using the “${p.text('ruleName_en')}” rule.`,
    zh_CN: (p) => `目的地${countryName(p.text('country'), 'zh_CN')}：采用“${p.text('ruleName_zh_CN')}”规则。`,
  },
  band_range: {
    en: (p) => `${bandScopeEn(p)}, the recommended declared value is ${rangeEn(p)}.`,
    zh_CN: (p) => `${bandScopeZh(p)}的建议申报价值为 ${rangeZh(p)}。`,
  },
  band_cap: {
    en: (p) => `In any case, keep the declared value below ${money(p.number('capBelow'), p.text('currency'))}.`,
    zh_CN: (p) => `无论如何，申报价值应低于 ${money(p.number('capBelow'), p.text('currency'))}。`,
  },
  weight_unknown: {
    en: (p) => `The parcel's weight is not known, so ${parcelsOfWeight(p)} was assumed.`,
    zh_CN: (p) => `包裹重量未知，按“${weightBand(p, 'zh_CN')}”的范围计算。`,
  },
  weight_outside_bands: {
    en: (p) => `No range covers ${amount(p.number('weightKg'))} kg, so ${parcelsOfWeight(p)} was used.`,
    zh_CN: (p) => `没有适用于 ${amount(p.number('weightKg'))} 公斤的范围，改按“${weightBand(p, 'zh_CN')}”的范围计算。`,
  },
  carrier_class: {
    en: (p) => (p.text('carrierClass') === 'express'
      ? `${p.text('carrier')} is an express carrier.`
      : `${p.text('carrier')} is a postal/economy service.`),
    zh_CN: (p) => `${p.text('carrier')} 属于${carrierClass(p.text('carrierClass'), 'zh_CN')}渠道。`,
  },
  carrier_not_given: {
    en: () => 'No carrier was given, so carriers to avoid could not be checked.',
    zh_CN: () => '未提供物流渠道，无法检查需要避开的渠道。',
  },
  carrier_unrecognised: {
    en: (p) => `“${p.text('carrier')}” is not a carrier we know, so it could not be checked against the carriers to avoid.`,
    zh_CN: (p) => `无法识别物流渠道“${p.text('carrier')}”，因此未能检查是否属于需要避开的渠道。`,
  },
  carrier_class_assumed: {
    en: (p) => `The carrier's type is unknown, so the ${carrierClass(p.text('carrierClass'), 'en')} range was used.`,
    zh_CN: (p) => `物流渠道类型未知，按${carrierClass(p.text('carrierClass'), 'zh_CN')}的范围计算。`,
  },
  goods_value_converted: {
    en: (p) => `The order's ${money(p.number('amount'), p.text('currency'))} is about ${money(p.number('converted'), p.text('to'))} (rates of ${p.text('asOf')}).`,
    zh_CN: (p) => `订单金额 ${money(p.number('amount'), p.text('currency'))} 约合 ${money(p.number('converted'), p.text('to'))}（汇率日期 ${p.text('asOf')}）。`,
  },
  value_is_goods_value: {
    en: (p) => `The order is worth ${money(p.number('goodsValue'), p.text('currency'))}, within the rule's figure, so the suggestion is the order's own value (rounded down).`,
    zh_CN: (p) => `订单价值 ${money(p.number('goodsValue'), p.text('currency'))}，未超过规则给出的数值，因此建议按订单本身的价值申报（向下取整）。`,
  },

  // Warnings
  no_rule_for_country: {
    en: (p) => `There is no specific rule for ${countryName(p.text('country'), 'en')}; the general default was used. Check that country's customs rules yourself.`,
    zh_CN: (p) => `没有针对${countryName(p.text('country'), 'zh_CN')}的专门规则，已使用默认规则。请自行核实该国的海关规定。`,
  },
  avoid_carrier_strict_customs: {
    en: (p) => `Avoid ${p.text('carrier')} for ${countryName(p.text('country'), 'en')}: customs there are strict, and sellers advise against this carrier.`,
    zh_CN: (p) => `寄往${countryName(p.text('country'), 'zh_CN')}请避免使用 ${p.text('carrier')}：当地海关监管严格，卖家经验是不要用这个渠道。`,
  },
  avoid_carrier_detained_goods: {
    en: (p) => `Avoid ${p.text('carrier')} for these goods (“${p.text('word')}”) to ${countryName(p.text('country'), 'en')}: parcels like this are often held by customs there.`,
    zh_CN: (p) => `此类商品（“${p.text('word')}”）寄往${countryName(p.text('country'), 'zh_CN')}请避免使用 ${p.text('carrier')}：这类包裹常被当地海关扣留。`,
  },
  avoid_carrier_buyers_want_speed: {
    en: (p) => `Avoid ${p.text('carrier')} for ${countryName(p.text('country'), 'en')}: buyers there care a lot about delivery speed, and this carrier is a poor fit.`,
    zh_CN: (p) => `寄往${countryName(p.text('country'), 'zh_CN')}请避免使用 ${p.text('carrier')}：当地买家很看重时效，这个渠道不合适。`,
  },
  goods_detained: {
    en: (p) => `“${p.text('item')}” looks like ${goodsKind(p.text('category'), 'en')} (it says “${p.text('word')}”): customs in ${countryName(p.text('country'), 'en')} often hold such goods.`,
    zh_CN: (p) => `“${p.text('item')}”疑似${goodsKind(p.text('category'), 'zh_CN')}（含“${p.text('word')}”）：${countryName(p.text('country'), 'zh_CN')}海关常扣留此类商品。`,
  },
  below_order_value: {
    en: (p) => `The suggested ${money(p.number('value'), p.text('currency'))} is below what the order is worth (${money(p.number('goodsValue'), p.text('currency'))}). The destination's customs law decides what must be declared, and the seller is responsible for the declaration.`,
    zh_CN: (p) => `建议申报值 ${money(p.number('value'), p.text('currency'))} 低于订单的实际价值（${money(p.number('goodsValue'), p.text('currency'))}）。应申报多少以目的地海关法规为准，申报责任由卖家承担。`,
  },
  goods_value_unknown: {
    en: () => "The order's value is not known, so this suggestion could not be checked against it. Never declare more than the order is worth.",
    zh_CN: () => '订单价值未知，无法据此核对建议值。申报价值切勿超过订单实际价值。',
  },
  estimate_not_in_source: {
    en: () => 'The source gives no figure for this case: this range is an estimate. Check it before use.',
    zh_CN: () => '资料没有给出这种情况的数字：此范围为估计值，使用前请核实。',
  },
  rule_changed: {
    en: (p) => `Rules have changed: ${p.text('note_en')}`,
    zh_CN: (p) => `规则已有变化：${p.has('note_zh_CN') ? p.text('note_zh_CN') : p.text('note_en')}`,
  },

  // Errors
  no_country: {
    en: () => 'The destination country is missing: no value can be suggested without it.',
    zh_CN: () => '缺少目的地国家，无法给出申报建议。',
  },
  bad_country: {
    en: (p) => `“${p.text('country')}” is not a two-letter country code (such as DE or US).`,
    zh_CN: (p) => `“${p.text('country')}”不是两位字母的国家代码（例如 DE、US）。`,
  },
  bad_weight: {
    en: (p) => `The weight must be a number of kilograms above zero (got ${p.text('weight')}).`,
    zh_CN: (p) => `重量必须是大于零的公斤数（收到的是 ${p.text('weight')}）。`,
  },
  bad_goods_value: {
    en: (p) => `The order's value must be a number above zero (got ${p.text('amount')}).`,
    zh_CN: (p) => `订单价值必须是大于零的数字（收到的是 ${p.text('amount')}）。`,
  },
  unknown_currency: {
    en: (p) => `The currency ${p.text('currency')} is not in the rate table (rates of ${p.text('asOf')}); add it to the table first.`,
    zh_CN: (p) => `汇率表中没有货币 ${p.text('currency')}（汇率日期 ${p.text('asOf')}），请先把它加入汇率表。`,
  },
};

/** One advice item (reason, warning or error) as a sentence in the agent's language. */
export function describe(item: AdviceItem, lang: DescribeLanguage): string {
  const sentences = (SENTENCES as Partial<Record<string, Record<DescribeLanguage, Sentence>>>)[item.code];
  // Items saved by an older or newer version may carry a code this one does not know.
  if (!sentences) return lang === 'zh_CN' ? '（未知的申报提示）' : '(unknown declaration advice)';
  return sentences[lang](new Params(item.params));
}
