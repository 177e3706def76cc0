import type { Money, OrderSnapshot } from '../model/snapshot';
import type { DeclarationInput } from './advise';

export type GoodsValueSource = 'subtotal' | 'total';

/**
 * What the order's goods are worth, as the page shows it. The item subtotal (unit price ×
 * quantity) is preferred: the order total may include shipping and tax, which are not goods.
 * The side panel's Customs card and the `inspect` CLI both use this.
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

/** The advisor's input for an order as read (and corrected by hand). */
export function declarationInputFromOrder(order: OrderSnapshot, weightKg: number | null = order.weightKg ?? null): DeclarationInput {
  return {
    country: order.country,
    weightKg,
    goodsValue: orderGoodsValue(order)?.value ?? null,
    carrier: order.carrier,
    itemTitles: order.items.map((item) => item.title),
  };
}
