import type { DeclarationRule } from '@/lib/declaration';
import type { AvoidReason, BandCarrier, GoodsCategory } from '@/lib/declaration/schema';

/**
 * A rule as the edit form holds it: every number as the text the seller typed, so nothing is
 * lost or reformatted while typing. `draftToRule` turns it back into plain data for the zod
 * check, which alone decides whether it may be saved (and says why not).
 */
export interface BandDraft {
  id: string;
  carrier: BandCarrier;
  fromKg: string;
  belowKg: string;
  min: string;
  max: string;
  maxIncluded: boolean;
  capBelow: string;
  suggest: string;
  suggestGoodsValue: boolean;
  basis: 'source' | 'estimate';
  assumeWhenWeightUnknown: boolean;
}

export interface AvoidDraft {
  carriers: string;
  reason: AvoidReason;
  onlyWithDetainedGoods: boolean;
}

export interface GoodsDraft {
  category: GoodsCategory;
  words: string;
}

export interface RuleDraft {
  id: string;
  nameEn: string;
  nameZh: string;
  countries: string;
  currency: string;
  bands: BandDraft[];
  avoid: AvoidDraft[];
  goods: GoodsDraft[];
  source: string;
  reviewedAt: string;
  noteEn: string;
  noteZh: string;
}

const text = (value: number | undefined | null) => (value === undefined || value === null ? '' : String(value));

export function ruleToDraft(rule: DeclarationRule): RuleDraft {
  return {
    id: rule.id,
    nameEn: rule.name.en,
    nameZh: rule.name.zh_CN ?? '',
    countries: rule.countries.join(', '),
    currency: rule.currency,
    bands: rule.bands.map((band) => ({
      id: band.id,
      carrier: band.carrier,
      fromKg: text(band.weightKg?.fromKg),
      belowKg: text(band.weightKg?.belowKg),
      min: text(band.min),
      max: text(band.max),
      maxIncluded: band.maxIncluded,
      capBelow: text(band.capBelow),
      suggest: band.suggest === 'goods-value' ? '' : text(band.suggest),
      suggestGoodsValue: band.suggest === 'goods-value',
      basis: band.basis,
      assumeWhenWeightUnknown: band.assumeWhenWeightUnknown ?? false,
    })),
    avoid: rule.avoidCarriers.map((entry) => ({
      carriers: entry.carriers.join(', '),
      reason: entry.reason,
      onlyWithDetainedGoods: entry.onlyWithDetainedGoods,
    })),
    goods: rule.detainedGoods.map((entry) => ({ category: entry.category, words: entry.words.join(', ') })),
    source: rule.source,
    reviewedAt: rule.reviewedAt,
    noteEn: rule.note?.en ?? '',
    noteZh: rule.note?.zh_CN ?? '',
  };
}

export function newBandDraft(index: number): BandDraft {
  return {
    id: `band-${index + 1}`,
    carrier: 'any',
    fromKg: '',
    belowKg: '',
    min: '5',
    max: '20',
    maxIncluded: false,
    capBelow: '',
    suggest: '10',
    suggestGoodsValue: false,
    basis: 'estimate',
    assumeWhenWeightUnknown: false,
  };
}

export function newRuleDraft(existingIds: readonly string[], today: string): RuleDraft {
  let id = 'new-rule';
  for (let n = 2; existingIds.includes(id); n += 1) id = `new-rule-${n}`;
  return {
    id,
    nameEn: '',
    nameZh: '',
    countries: '',
    currency: 'USD',
    bands: [newBandDraft(0)],
    avoid: [],
    goods: [],
    source: '',
    reviewedAt: today,
    noteEn: '',
    noteZh: '',
  };
}

/** Text typed as a number: "" is "not given"; anything unreadable becomes NaN for the check to name. */
function number(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function list(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Plain data shaped like a DeclarationRule; only the zod check says whether it is one. */
export function draftToRule(draft: RuleDraft): Record<string, unknown> {
  const noteEn = draft.noteEn.trim();
  const noteZh = draft.noteZh.trim();
  return {
    id: draft.id.trim(),
    name: draft.nameZh.trim() ? { en: draft.nameEn.trim(), zh_CN: draft.nameZh.trim() } : { en: draft.nameEn.trim() },
    countries: list(draft.countries.toUpperCase(), /[\s,;，、]+/),
    currency: draft.currency.trim().toUpperCase(),
    bands: draft.bands.map((band) => {
      const fromKg = number(band.fromKg);
      const belowKg = number(band.belowKg);
      const weightKg =
        fromKg === undefined && belowKg === undefined
          ? null
          : { ...(fromKg !== undefined ? { fromKg } : {}), ...(belowKg !== undefined ? { belowKg } : {}) };
      return {
        id: band.id.trim(),
        carrier: band.carrier,
        weightKg,
        min: number(band.min) ?? Number.NaN,
        max: number(band.max) ?? Number.NaN,
        maxIncluded: band.maxIncluded,
        capBelow: number(band.capBelow) ?? null,
        suggest: band.suggestGoodsValue ? 'goods-value' : (number(band.suggest) ?? Number.NaN),
        basis: band.basis,
        ...(band.assumeWhenWeightUnknown ? { assumeWhenWeightUnknown: true } : {}),
      };
    }),
    avoidCarriers: draft.avoid.map((entry) => ({
      carriers: list(entry.carriers.toLowerCase(), /[\s,;，、]+/),
      reason: entry.reason,
      onlyWithDetainedGoods: entry.onlyWithDetainedGoods,
    })),
    detainedGoods: draft.goods.map((entry) => ({ category: entry.category, words: list(entry.words, /[,\n，、]+/) })),
    source: draft.source.trim(),
    reviewedAt: draft.reviewedAt.trim(),
    note: noteEn === '' && noteZh === '' ? null : noteZh ? { en: noteEn, zh_CN: noteZh } : { en: noteEn },
  };
}
