export { orderGoodsValue, type GoodsValueSource } from '@/lib/declaration/from-order';

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/** A number typed by the agent: "0,4" and "0.4" alike; anything else is kept to show back. */
export function parseDecimal(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const normalized = trimmed.replace(/\s/g, '').replace(',', '.');
  const value = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : Number.NaN;
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: trimmed };
}

/** Numbers as an input shows them: no float noise ("0.4", not "0.4000000001"). */
export function numberText(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Money as an input shows it: "18.40", "20". */
export function moneyText(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

/** Carriers offered while typing; any other text is accepted too. */
export const CARRIER_SUGGESTIONS = [
  'AliExpress Standard Shipping',
  'AliExpress Saver Shipping',
  'AliExpress Premium Shipping',
  'Cainiao',
  'YunExpress',
  'Yanwen',
  '4PX',
  'ePacket',
  'China Post',
  'EMS',
  'e-EMS',
  'DHL',
  'UPS',
  'FedEx',
  'SF Express',
] as const;
