/**
 * Structured advice items. The advisor returns codes with parameters, never sentences, so the
 * side panel can show them in the agent's language; `describe()` turns each into a sentence.
 */

export const REASON_CODES = [
  'rule_applied',
  'band_range',
  'band_cap',
  'weight_unknown',
  'weight_outside_bands',
  'carrier_class',
  'carrier_not_given',
  'carrier_unrecognised',
  'carrier_class_assumed',
  'goods_value_converted',
  'value_is_goods_value',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const WARNING_CODES = [
  'no_rule_for_country',
  'avoid_carrier_strict_customs',
  'avoid_carrier_detained_goods',
  'avoid_carrier_buyers_want_speed',
  'goods_detained',
  'below_order_value',
  'goods_value_unknown',
  'estimate_not_in_source',
  'rule_changed',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const ERROR_CODES = ['no_country', 'bad_country', 'bad_weight', 'bad_goods_value', 'unknown_currency'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type AdviceCode = ReasonCode | WarningCode | ErrorCode;
export type AdviceParams = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  params: AdviceParams;
}
export interface Warning {
  code: WarningCode;
  params: AdviceParams;
}
export interface AdviceErrorDetail {
  code: ErrorCode;
  params: AdviceParams;
}

/** Anything `describe()` can put into words. */
export type AdviceItem = Reason | Warning | AdviceErrorDetail;
