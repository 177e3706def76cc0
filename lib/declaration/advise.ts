import type { Money } from '@/lib/model/snapshot';
import { classifyCarrier, type CarrierClass } from './carriers';
import type { AdviceErrorDetail, AdviceParams, Reason, Warning, WarningCode } from './codes';
import { findDetainedGoods } from './goods';
import { DEFAULT_RATES, convert, hasRate, type RateTable } from './rates';
import { DEFAULT_RULES, findRule } from './rules';
import { bandTop, type AvoidReason, type DeclarationRule, type ValueBand, type WeightRange } from './schema';

export interface DeclarationInput {
  /** ISO 3166 alpha-2 code of the destination, e.g. "DE". */
  country: string | null;
  weightKg: number | null;
  /** What the order's goods are worth (without shipping), in any currency of the rate table. */
  goodsValue: Money | null;
  /** Carrier as the page shows it ("DHL Express", "AliExpress Standard Shipping"). */
  carrier: string | null;
  itemTitles: string[];
}

export interface DeclarationAdvice {
  ok: true;
  country: string;
  ruleId: string;
  bandId: string;
  /** Currency of the declaration, and of value and range. */
  currency: string;
  /** The suggested declared value: inside the range, never above the order's value. */
  value: number;
  range: [number, number];
  carrierClass: CarrierClass | null;
  reasons: Reason[];
  warnings: Warning[];
  source: string;
  reviewedAt: string;
}

export interface DeclarationError {
  ok: false;
  error: AdviceErrorDetail;
}

const AVOID_WARNING: Record<AvoidReason, WarningCode> = {
  strict_customs: 'avoid_carrier_strict_customs',
  detained_goods: 'avoid_carrier_detained_goods',
  buyers_want_speed: 'avoid_carrier_buyers_want_speed',
};

/** Buyers and pages sometimes write UK for the United Kingdom; ISO says GB. */
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/**
 * Suggest a customs declaration value for one parcel, with the reasons behind it and the
 * warnings the agent must see. Figures come from `rules` (the sellers' practice, not law).
 */
export function adviseDeclaration(
  input: DeclarationInput,
  rules: readonly DeclarationRule[] = DEFAULT_RULES,
  rates: RateTable = DEFAULT_RATES,
): DeclarationAdvice | DeclarationError {
  const checked = checkInput(input, rates);
  if (!checked.ok) return checked;
  const { country } = checked;

  const found = findRule(country, rules);
  if (!found) return fail('no_country', {});
  const { rule, isDefault } = found;
  if (!hasRate(rule.currency, rates)) return fail('unknown_currency', { currency: rule.currency, asOf: rates.asOf });

  const reasons: Reason[] = [];
  const warnings: Warning[] = [];
  const reason = (code: Reason['code'], params: AdviceParams = {}) => reasons.push({ code, params });
  const warn = (code: Warning['code'], params: AdviceParams = {}) => warnings.push({ code, params });

  reason('rule_applied', {
    country,
    ruleId: rule.id,
    ruleName_en: rule.name.en,
    ruleName_zh_CN: rule.name.zh_CN ?? rule.name.en,
  });
  if (isDefault) warn('no_rule_for_country', { country });

  // Carrier: its class picks the band; its brand is checked against the carriers to avoid.
  const carrierText = input.carrier?.trim() ?? '';
  const carrier = carrierText === '' ? null : classifyCarrier(carrierText);
  if (carrierText === '') reason('carrier_not_given');
  else if (!carrier) reason('carrier_unrecognised', { carrier: carrierText });
  else reason('carrier_class', { carrier: carrier.name, carrierClass: carrier.class });

  const picked = pickBand(rule, carrier?.class ?? null, input.weightKg);
  const { band } = picked;
  if (picked.assumedClass) reason('carrier_class_assumed', { carrierClass: picked.assumedClass });
  // Only worth saying when the weight would have changed the range.
  const weightMatters = rule.bands.some((candidate) => candidate.weightKg !== null);
  if (input.weightKg === null) {
    if (weightMatters) reason('weight_unknown', weightParams(band.weightKg));
  } else if (picked.weightOutside) {
    reason('weight_outside_bands', { weightKg: input.weightKg, ...weightParams(band.weightKg) });
  }

  const min = band.min;
  const top = bandTop(band);
  reason('band_range', {
    min,
    max: band.max,
    maxIncluded: band.maxIncluded ? 1 : 0,
    currency: rule.currency,
    carrierClass: band.carrier,
    ...weightParams(band.weightKg),
  });
  if (band.capBelow !== null) reason('band_cap', { capBelow: band.capBelow, currency: rule.currency });
  if (band.basis === 'estimate') warn('estimate_not_in_source', { ruleId: rule.id });

  // The value: the rule's figure, but never more than the order is worth.
  const target = band.suggest === 'goods-value' ? top : band.suggest;
  let value: number;
  if (input.goodsValue === null) {
    value = band.suggest === 'goods-value' ? min : target;
    warn('goods_value_unknown', { value, currency: rule.currency });
  } else {
    const goods = convert(input.goodsValue, rule.currency, rates).amount;
    if (input.goodsValue.currency !== rule.currency) {
      reason('goods_value_converted', {
        amount: input.goodsValue.amount,
        currency: input.goodsValue.currency,
        converted: roundCents(goods),
        to: rule.currency,
        asOf: rates.asOf,
      });
    }
    const goodsRounded = roundDownToHalf(goods);
    if (goodsRounded <= target) {
      value = goodsRounded;
      reason('value_is_goods_value', { goodsValue: roundCents(goods), currency: rule.currency });
    } else {
      value = target;
      warn('below_order_value', { value, goodsValue: roundCents(goods), currency: rule.currency });
    }
  }

  // Goods customs often hold, and carriers to avoid for this destination.
  const detained = findDetainedGoods(input.itemTitles, rule.detainedGoods);
  for (const match of detained) warn('goods_detained', { country, category: match.category, word: match.word, item: match.item });
  if (carrier) {
    for (const entry of rule.avoidCarriers) {
      if (!entry.carriers.includes(carrier.id)) continue;
      if (entry.onlyWithDetainedGoods && detained.length === 0) continue;
      const params: AdviceParams = { carrier: carrier.name, country };
      if (entry.onlyWithDetainedGoods && detained[0]) params.word = detained[0].word;
      warn(AVOID_WARNING[entry.reason], params);
    }
  }

  if (rule.note) warn('rule_changed', { ruleId: rule.id, note_en: rule.note.en, note_zh_CN: rule.note.zh_CN ?? rule.note.en });

  return {
    ok: true,
    country,
    ruleId: rule.id,
    bandId: band.id,
    currency: rule.currency,
    value,
    range: [min, top],
    carrierClass: carrier?.class ?? null,
    reasons,
    warnings,
    source: rule.source,
    reviewedAt: rule.reviewedAt,
  };
}

function fail(code: AdviceErrorDetail['code'], params: AdviceParams): DeclarationError {
  return { ok: false, error: { code, params } };
}

function checkInput(input: DeclarationInput, rates: RateTable): { ok: true; country: string } | DeclarationError {
  const rawCountry = input.country?.trim().toUpperCase() ?? '';
  if (rawCountry === '') return fail('no_country', {});
  const country = COUNTRY_ALIASES[rawCountry] ?? rawCountry;
  if (!/^[A-Z]{2}$/.test(country)) return fail('bad_country', { country: input.country ?? '' });
  if (input.weightKg !== null && !(Number.isFinite(input.weightKg) && input.weightKg > 0)) {
    return fail('bad_weight', { weight: String(input.weightKg) });
  }
  if (input.goodsValue !== null) {
    const { amount, currency } = input.goodsValue;
    if (!(Number.isFinite(amount) && amount > 0)) return fail('bad_goods_value', { amount: String(amount) });
    if (!hasRate(currency, rates)) return fail('unknown_currency', { currency, asOf: rates.asOf });
  }
  return { ok: true, country };
}

interface PickedBand {
  band: ValueBand;
  /** Set when the carrier's class was unknown and the rule's bands depend on it. */
  assumedClass: CarrierClass | null;
  /** The weight is known but no band covers it. */
  weightOutside: boolean;
}

function pickBand(rule: DeclarationRule, carrierClass: CarrierClass | null, weightKg: number | null): PickedBand {
  let candidates = rule.bands.filter((band) => band.carrier === 'any' || band.carrier === carrierClass);
  let assumedClass: CarrierClass | null = null;
  if (carrierClass === null && !rule.bands.every((band) => band.carrier === 'any')) {
    // The seed's figures are for express parcels, so they are the safer guess.
    assumedClass = 'express';
    candidates = rule.bands.filter((band) => band.carrier === 'any' || band.carrier === 'express');
  }
  if (candidates.length === 0) candidates = rule.bands;

  if (weightKg !== null) {
    const fitting = candidates.find((band) => band.weightKg !== null && weightFits(band.weightKg, weightKg))
      ?? candidates.find((band) => band.weightKg === null);
    if (fitting) return { band: fitting, assumedClass, weightOutside: false };
  }
  const assumed = candidates.find((band) => band.assumeWhenWeightUnknown)
    ?? candidates.find((band) => band.weightKg === null)
    ?? candidates[0]
    ?? rule.bands[0];
  if (!assumed) throw new Error(`rule "${rule.id}" has no bands`);
  return { band: assumed, assumedClass, weightOutside: weightKg !== null };
}

function weightFits(range: WeightRange, weightKg: number): boolean {
  return (range.fromKg === undefined || weightKg >= range.fromKg) && (range.belowKg === undefined || weightKg < range.belowKg);
}

function weightParams(range: WeightRange | null): AdviceParams {
  const params: AdviceParams = {};
  if (range?.fromKg !== undefined) params.fromKg = range.fromKg;
  if (range?.belowKg !== undefined) params.belowKg = range.belowKg;
  return params;
}

/** Declared values are whole or half units, rounded down so they never exceed the order. */
function roundDownToHalf(amount: number): number {
  const half = Math.floor(amount * 2 + 1e-9) / 2;
  // Below half a unit, keep cents rather than declare zero.
  return half > 0 ? half : Math.floor(amount * 100 + 1e-9) / 100;
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
