import type { Money, OrderSnapshot } from '@/lib/model/snapshot';

export type GoodsValueSource = 'subtotal' | 'total';

/**
 * What the order's goods are worth, as the page shows it. The item subtotal (unit price ×
 * quantity) is preferred: the order total may include shipping and tax, which are not goods.
 */
export function orderGoodsValue(order: OrderSnapshot): { value: Money; source: GoodsValueSource } | null {
  const items = order.items;
  const priced = items.length > 0 && items.every((item) => item.unitPrice !== null && item.quantity !== null && item.quantity > 0);
  if (priced) {
    const currency = items[0]?.unitPrice?.currency;
    if (currency && items.every((item) => item.unitPrice?.currency === currency)) {
      const cents = items.reduce((sum, item) => sum + Math.round((item.unitPrice?.amount ?? 0) * 100) * (item.quantity ?? 0), 0);
      if (cents > 0) return { value: { amount: cents / 100, currency }, source: 'subtotal' };
    }
  }
  if (order.total && order.total.amount > 0) return { value: order.total, source: 'total' };
  return null;
}

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
