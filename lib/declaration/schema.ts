import { z } from 'zod';
import { CARRIER_CLASSES, CARRIER_IDS } from './carriers';

/**
 * Customs declaration rules as data. The seller can export, review, edit and import them, so
 * this schema is the single source of truth and checks everything an edited file could get wrong.
 * All amounts are in the rule's own `currency`.
 */

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals, e.g. "DE"');
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code in capitals, e.g. "USD"');
export const IsoDate = z.iso.date('must be a date written YYYY-MM-DD');

export const CarrierClass = z.enum(CARRIER_CLASSES);
export const CarrierId = z.enum(CARRIER_IDS);
export const BandCarrier = z.enum(['any', ...CARRIER_CLASSES]);
export type BandCarrier = z.infer<typeof BandCarrier>;

const Kg = z.number().finite().nonnegative();

/** Weight condition of a band: from `fromKg` (inclusive) to below `belowKg`. */
export const WeightRange = z
  .object({ fromKg: Kg.optional(), belowKg: Kg.positive().optional() })
  .refine((w) => w.fromKg !== undefined || w.belowKg !== undefined, 'give fromKg, belowKg or both (or set weightKg to null)')
  .refine((w) => w.fromKg === undefined || w.belowKg === undefined || w.fromKg < w.belowKg, 'fromKg must be below belowKg');
export type WeightRange = z.infer<typeof WeightRange>;

const Amount = z.number().finite().nonnegative();

/** Highest value on the half-unit grid that a band allows: "below 20" allows 19.5. */
export function bandTop(band: Pick<ValueBand, 'max' | 'maxIncluded'>): number {
  return band.maxIncluded ? band.max : Math.ceil(band.max * 2) / 2 - 0.5;
}

export const ValueBand = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots or dashes'),
    carrier: BandCarrier,
    /** null: any weight. */
    weightKg: WeightRange.nullable(),
    /** Bottom of the recommended range. */
    min: Amount,
    /** Top of the recommended range; `maxIncluded: false` means "below max". */
    max: Amount.positive(),
    maxIncluded: z.boolean(),
    /** The source's hard "keep it below" figure when it differs from the usual range (US: under 50, usually 5-30). */
    capBelow: Amount.positive().nullable(),
    /** A fixed suggestion, or "goods-value": declare what the order is worth, up to the top of the range. */
    suggest: z.union([Amount, z.literal('goods-value')]),
    /** "source": figures from the seed; "estimate": the source gives none, we filled the gap. */
    basis: z.enum(['source', 'estimate']),
    /** The band to use when the parcel's weight is not known. */
    assumeWhenWeightUnknown: z.boolean().optional(),
  })
  .superRefine((band, ctx) => {
    const top = bandTop(band);
    if (band.min > top) ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${band.min} is above the highest allowed value ${top}` });
    if (typeof band.suggest === 'number' && (band.suggest < band.min || band.suggest > top)) {
      ctx.addIssue({ code: 'custom', path: ['suggest'], message: `suggest ${band.suggest} is outside the range ${band.min}-${top}` });
    }
    if (band.capBelow !== null && band.capBelow <= top) {
      ctx.addIssue({ code: 'custom', path: ['capBelow'], message: `capBelow ${band.capBelow} must be above the range's top ${top}` });
    }
  });
export type ValueBand = z.infer<typeof ValueBand>;

export const AVOID_REASONS = ['strict_customs', 'detained_goods', 'buyers_want_speed'] as const;
export const AvoidReason = z.enum(AVOID_REASONS);
export type AvoidReason = z.infer<typeof AvoidReason>;

export const AvoidCarriers = z.object({
  carriers: z.array(CarrierId).min(1),
  reason: AvoidReason,
  /** Only a problem when the goods match one of the rule's detained-goods lists (Australia: DHL with wood/feathers). */
  onlyWithDetainedGoods: z.boolean(),
});
export type AvoidCarriers = z.infer<typeof AvoidCarriers>;

export const GOODS_CATEGORIES = ['wood', 'feather', 'other'] as const;
export const GoodsCategory = z.enum(GOODS_CATEGORIES);
export type GoodsCategory = z.infer<typeof GoodsCategory>;

/**
 * Words that mark goods customs often hold, in several languages. A word matches at the start of
 * a word in the item title; a trailing "*" also matches longer words ("wood*" matches "wooden").
 * Chinese words match anywhere (Chinese has no spaces between words).
 */
export const DetainedGoods = z.object({
  category: GoodsCategory,
  words: z.array(z.string().trim().min(1).max(60)).min(1),
});
export type DetainedGoods = z.infer<typeof DetainedGoods>;

export const LocalizedText = z.object({ en: z.string().trim().min(1), zh_CN: z.string().trim().min(1).optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const DeclarationRule = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits or dashes'),
    name: LocalizedText,
    /** Countries the rule covers; the default rule (used for every other country) has none. */
    countries: z.array(CountryCode),
    /** Currency the declaration is written in, and of every amount in the bands. */
    currency: CurrencyCode,
    bands: z.array(ValueBand).min(1),
    avoidCarriers: z.array(AvoidCarriers),
    detainedGoods: z.array(DetainedGoods),
    /** Where the figures come from (seed file name). */
    source: z.string().trim().min(1),
    reviewedAt: IsoDate,
    /** What changed since the source was written; shown to the agent as a warning. */
    note: LocalizedText.nullable(),
  })
  .superRefine((rule, ctx) => {
    const ids = new Set<string>();
    rule.bands.forEach((band, index) => {
      if (ids.has(band.id)) ctx.addIssue({ code: 'custom', path: ['bands', index, 'id'], message: `duplicate band id "${band.id}"` });
      ids.add(band.id);
    });
    // Every carrier class needs a band, or a parcel sent that way would get no advice.
    for (const carrierClass of CARRIER_CLASSES) {
      const applicable = rule.bands.filter((band) => band.carrier === 'any' || band.carrier === carrierClass);
      if (applicable.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['bands'], message: `no band applies to ${carrierClass} parcels (add one, or use carrier "any")` });
      }
      if (applicable.filter((band) => band.assumeWhenWeightUnknown).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['bands'], message: `only one band for ${carrierClass} parcels can be assumed when the weight is unknown` });
      }
    }
    if (rule.avoidCarriers.some((entry) => entry.onlyWithDetainedGoods) && rule.detainedGoods.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['avoidCarriers'], message: 'onlyWithDetainedGoods needs a detainedGoods list' });
    }
  });
export type DeclarationRule = z.infer<typeof DeclarationRule>;

export const RULES_FILE_VERSION = 1;

/** The file the seller exports and imports. */
export const RulesFile = z
  .object({
    version: z.literal(RULES_FILE_VERSION),
    rules: z.array(DeclarationRule).min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const countries = new Map<string, string>();
    file.rules.forEach((rule, index) => {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}"` });
      ids.set(rule.id, index);
      rule.countries.forEach((country, countryIndex) => {
        const other = countries.get(country);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['rules', index, 'countries', countryIndex], message: `${country} is already covered by rule "${other}"` });
        }
        countries.set(country, rule.id);
      });
    });
    const defaults = file.rules.filter((rule) => rule.countries.length === 0);
    if (defaults.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['rules'], message: `exactly one default rule (with an empty countries list) is needed, found ${defaults.length}` });
    }
  });
export type RulesFile = z.infer<typeof RulesFile>;

/**
 * Zod issues as one readable line, each with the path to the field at fault, e.g.
 * "rules[3].bands[0].max: Invalid input: expected number, received string".
 */
export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}
