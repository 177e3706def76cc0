import type { Money, OrderSnapshot } from '../model/snapshot';
import type { DeclarationInput } from './advise';

/**
 * What the goods of an order are worth, without shipping: the items' subtotal when every item
 * shows a unit price in one currency, else the order total (which may include shipping).
 */
export function goodsValueOf(order: OrderSnapshot): { value: Money | null; basis: 'items' | 'total' | 'none' } {
  const priced = order.items.filter((item) => item.unitPrice !== null);
  const currencies = new Set(priced.map((item) => item.unitPrice!.currency));
  if (priced.length > 0 && priced.length === order.items.length && currencies.size === 1) {
    const amount = priced.reduce((sum, item) => sum + item.unitPrice!.amount * (item.quantity ?? 1), 0);
    return { value: { amount: Math.round(amount * 100) / 100, currency: [...currencies][0]! }, basis: 'items' };
  }
  if (order.total) return { value: order.total, basis: 'total' };
  return { value: null, basis: 'none' };
}

/** The advisor's input for an order as read (and corrected by hand). */
export function declarationInputFromOrder(order: OrderSnapshot, weightKg: number | null = order.weightKg ?? null): DeclarationInput {
  return {
    country: order.country,
    weightKg,
    goodsValue: goodsValueOf(order).value,
    carrier: order.carrier,
    itemTitles: order.items.map((item) => item.title),
  };
}
