import { RULES_FILE_VERSION, RulesFile, formatIssues, type DeclarationRule, type DetainedGoods } from './schema';

/**
 * The built-in declaration rules. Figures are the sellers' practice recorded in the source
 * document, not law; every rule says where it comes from and when it was last reviewed, and
 * `note` says what has changed since. The seller can export, edit and import them.
 */

const SEED = '000_a6fb8717591fe756.txt';
const REVIEWED_AT = '2026-11-22';

const EU_VAT_NOTE = {
  en: 'Since 1 July 2021 the EU charges import VAT on every parcel, however cheap: the old €22 VAT exemption is gone, and VAT is usually collected at checkout (IOSS). The EU has also moved to end the €150 customs-duty exemption for small parcels. The figures here are older practice; check the current rules.',
  zh_CN: '自 2021 年 7 月 1 日起，欧盟对所有进口包裹征收增值税，无论金额多低：原来 22 欧元的免税额已取消，增值税通常在下单时（IOSS）代收。欧盟也已着手取消小包裹 150 欧元的关税豁免。这里的数字来自较早的做法，请核实现行规定。',
};

/** Words for goods that customs often hold (Australia), in the languages buyers and sellers write. */
const WOOD: DetainedGoods = {
  category: 'wood',
  words: [
    'wood*', 'timber', 'plywood', 'driftwood', 'sandalwood', 'rosewood', 'bamboo*', 'rattan',
    '木', '竹制', '藤编',
    'дерев*', 'древес*', 'бамбук*',
    'madeira*', 'bambu*',
    'madera*',
    'bois', 'bambou*',
    'holz*',
  ],
};

const FEATHER: DetainedGoods = {
  category: 'feather',
  words: [
    'feather*', 'quill*',
    '羽毛', '羽绒', '鹅毛', '鸭毛', '翎',
    'перо', 'перь*', 'пух', 'пухов*',
    'pena', 'penas', 'plumagem',
    'pluma*', 'plumon',
    'plume*', 'duvet',
    'feder*', 'daune*',
  ],
};

const LATIN_AMERICA = ['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'EC', 'BO', 'PY', 'VE', 'CR', 'PA', 'GT', 'DO', 'HN', 'SV', 'NI'];

/** A rule whose whole advice is "declare below `below`" for any carrier and weight. */
function belowCap(below: number, suggest: number) {
  return [
    { id: 'any', carrier: 'any', weightKg: null, min: 5, max: below, maxIncluded: false, capBelow: null, suggest, basis: 'source' },
  ] satisfies DeclarationRule['bands'];
}

export const DEFAULT_RULES: readonly DeclarationRule[] = [
  {
    id: 'us',
    name: { en: 'United States', zh_CN: '美国' },
    countries: ['US'],
    currency: 'USD',
    bands: [
      {
        id: 'express-under-3kg', carrier: 'express', weightKg: { belowKg: 3 },
        min: 5, max: 30, maxIncluded: true, capBelow: 50, suggest: 20, basis: 'source', assumeWhenWeightUnknown: true,
      },
      // The source only speaks of express parcels under 3 kg; the other bands are our estimate.
      {
        id: 'express-3kg-and-over', carrier: 'express', weightKg: { fromKg: 3 },
        min: 5, max: 50, maxIncluded: false, capBelow: null, suggest: 30, basis: 'estimate',
      },
      {
        id: 'post', carrier: 'post', weightKg: null,
        min: 5, max: 30, maxIncluded: true, capBelow: 50, suggest: 20, basis: 'estimate',
      },
    ],
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: 'Since 2025 the US no longer lets low-value parcels in duty-free: the US$800 de-minimis exemption ended for goods from China and Hong Kong in May 2025 and for all countries on 29 August 2025. Duty is due whatever value is declared, and under-declaring is a customs offence. The figures here are older practice.',
      zh_CN: '自 2025 年起，美国不再对低价值包裹免税：800 美元的小额豁免对来自中国内地和香港的商品于 2025 年 5 月取消，对所有国家于 2025 年 8 月 29 日取消。无论申报多少都要缴税，低报属于违反海关规定。这里的数字来自较早的做法。',
    },
  },
  {
    id: 'de',
    name: { en: 'Germany', zh_CN: '德国' },
    countries: ['DE'],
    currency: 'EUR',
    bands: [
      { id: 'under-0.5kg', carrier: 'any', weightKg: { belowKg: 0.5 }, min: 5, max: 5, maxIncluded: true, capBelow: 20, suggest: 5, basis: 'source' },
      { id: '0.5kg-and-over', carrier: 'any', weightKg: { fromKg: 0.5 }, min: 10, max: 20, maxIncluded: false, capBelow: null, suggest: 15, basis: 'source' },
      // Weight unknown: only the general "below €20" applies.
      { id: 'any-weight', carrier: 'any', weightKg: null, min: 5, max: 20, maxIncluded: false, capBelow: null, suggest: 10, basis: 'source' },
    ],
    avoidCarriers: [
      // EMS parcels to Germany are delivered by Deutsche Post DHL ("DHL's German EMS").
      { carriers: ['dhl', 'ems', 'e-ems'], reason: 'strict_customs', onlyWithDetainedGoods: false },
    ],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: EU_VAT_NOTE,
  },
  {
    id: 'au',
    name: { en: 'Australia', zh_CN: '澳大利亚' },
    countries: ['AU'],
    currency: 'USD',
    bands: [
      { id: 'any', carrier: 'any', weightKg: null, min: 5, max: 1000, maxIncluded: false, capBelow: null, suggest: 'goods-value', basis: 'source' },
    ],
    avoidCarriers: [{ carriers: ['dhl'], reason: 'detained_goods', onlyWithDetainedGoods: true }],
    detainedGoods: [WOOD, FEATHER],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: "Australia's own limit is A$1,000 (about US$650), not US$1,000: above it, duty and a formal customs entry apply. Since 1 July 2018 GST on low-value imports is collected at checkout.",
      zh_CN: '澳大利亚的实际限额是 1,000 澳元（约 650 美元），不是 1,000 美元：超过后需缴关税并正式报关。自 2018 年 7 月 1 日起，低价值进口商品的消费税（GST）在下单时代收。',
    },
  },
  {
    id: 'latin-america',
    name: { en: 'Latin America', zh_CN: '拉丁美洲' },
    countries: LATIN_AMERICA,
    currency: 'USD',
    bands: belowCap(50, 40),
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: 'Rules differ from country to country and have tightened: Brazil, for example, has taxed purchases under US$50 since August 2024. Check the rules of the buyer\'s country.',
      zh_CN: '各国规定不同，而且在收紧：例如巴西自 2024 年 8 月起对 50 美元以下的订单征税。请核实买家所在国的规定。',
    },
  },
  {
    id: 'no',
    name: { en: 'Norway', zh_CN: '挪威' },
    countries: ['NO'],
    currency: 'USD',
    bands: belowCap(30, 25),
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: 'Since 1 April 2020 Norway charges VAT on cheap goods bought from abroad (VOEC scheme): the old NOK 350 exemption is gone.',
      zh_CN: '自 2020 年 4 月 1 日起，挪威对从国外购买的低价商品征收增值税（VOEC 机制），原来 350 挪威克朗的免税额已取消。',
    },
  },
  {
    id: 'fi',
    name: { en: 'Finland', zh_CN: '芬兰' },
    countries: ['FI'],
    currency: 'USD',
    bands: belowCap(30, 25),
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: EU_VAT_NOTE,
  },
  {
    id: 'pl',
    name: { en: 'Poland', zh_CN: '波兰' },
    countries: ['PL'],
    currency: 'USD',
    bands: belowCap(20, 15),
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: EU_VAT_NOTE,
  },
  {
    id: 'dk',
    name: { en: 'Denmark', zh_CN: '丹麦' },
    countries: ['DK'],
    currency: 'USD',
    bands: belowCap(13, 10),
    avoidCarriers: [],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: EU_VAT_NOTE,
  },
  {
    id: 'ru',
    name: { en: 'Russia', zh_CN: '俄罗斯' },
    countries: ['RU'],
    currency: 'EUR',
    bands: [
      // The source gives no value for Russia, only the carrier advice.
      { id: 'any', carrier: 'any', weightKg: null, min: 5, max: 200, maxIncluded: false, capBelow: null, suggest: 'goods-value', basis: 'estimate' },
    ],
    avoidCarriers: [{ carriers: ['ems', 'e-ems'], reason: 'buyers_want_speed', onlyWithDetainedGoods: false }],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: "The source gives no value figure for Russia. Russia's duty-free allowance for parcels has been €200 (and 31 kg) since 2020; above it, duty is due.",
      zh_CN: '资料没有给出俄罗斯的申报数字。自 2020 年起，俄罗斯包裹免税额为 200 欧元（且不超过 31 公斤），超过需缴关税。',
    },
  },
  {
    id: 'nz',
    name: { en: 'New Zealand', zh_CN: '新西兰' },
    countries: ['NZ'],
    currency: 'NZD',
    bands: [
      // The source gives no value for New Zealand, only the carrier advice.
      { id: 'any', carrier: 'any', weightKg: null, min: 5, max: 1000, maxIncluded: true, capBelow: null, suggest: 'goods-value', basis: 'estimate' },
    ],
    avoidCarriers: [{ carriers: ['ems', 'e-ems'], reason: 'buyers_want_speed', onlyWithDetainedGoods: false }],
    detainedGoods: [],
    source: SEED,
    reviewedAt: REVIEWED_AT,
    note: {
      en: 'The source gives no value figure for New Zealand. Since 1 December 2019 GST on imported goods up to NZ$1,000 is collected by the seller or marketplace at checkout.',
      zh_CN: '资料没有给出新西兰的申报数字。自 2019 年 12 月 1 日起，1,000 新西兰元以内进口商品的消费税（GST）由卖家或平台在下单时代收。',
    },
  },
  {
    id: 'default',
    name: { en: 'Default (no specific rule)', zh_CN: '默认（无专门规则）' },
    countries: [],
    currency: 'USD',
    bands: [
      { id: 'any', carrier: 'any', weightKg: null, min: 5, max: 1000, maxIncluded: false, capBelow: null, suggest: 'goods-value', basis: 'estimate' },
    ],
    avoidCarriers: [],
    detainedGoods: [],
    source: 'After-Sales Desk default: no source figure',
    reviewedAt: REVIEWED_AT,
    note: null,
  },
];

export type ParseRulesResult = { ok: true; rules: DeclarationRule[] } | { ok: false; error: string };

/**
 * Check an imported rules file. Any problem rejects the whole file (half a rule set would give
 * silently wrong advice); the error names the field at fault, e.g. "rules[2].bands[0].max: ...".
 */
export function parseRulesFile(json: unknown): ParseRulesResult {
  const parsed = RulesFile.safeParse(json);
  if (parsed.success) return { ok: true, rules: parsed.data.rules };
  return { ok: false, error: formatIssues(parsed.error.issues) };
}

/** The file to export (JSON.stringify it); `parseRulesFile` reads it back. */
export function exportRulesFile(rules: readonly DeclarationRule[]): RulesFile {
  return { version: RULES_FILE_VERSION, rules: rules.map((rule) => structuredClone(rule)) };
}

/** The rule for a country: its own or its region's, else the default rule. */
export function findRule(country: string, rules: readonly DeclarationRule[]): { rule: DeclarationRule; isDefault: boolean } | null {
  const own = rules.find((rule) => rule.countries.includes(country));
  if (own) return { rule: own, isDefault: false };
  const fallback = rules.find((rule) => rule.countries.length === 0);
  return fallback ? { rule: fallback, isDefault: true } : null;
}
