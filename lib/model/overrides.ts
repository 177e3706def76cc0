import type { OrderSnapshot } from './snapshot';

/** Order fields the agent may correct or fill by hand from the side panel. */
export const EDITABLE_ORDER_FIELDS = ['buyerName', 'country', 'carrier', 'trackingNumber', 'weightKg'] as const;
export type EditableOrderField = (typeof EDITABLE_ORDER_FIELDS)[number];

export type OrderOverrideFields = Partial<Record<EditableOrderField, string | number | null>>;

/**
 * The order as the agent should see it: page values, with hand-entered values winning.
 * Returns which fields came from the agent so the panel can mark them.
 */
export function applyOrderOverrides(
  order: OrderSnapshot,
  fields: OrderOverrideFields | undefined,
): { order: OrderSnapshot; manual: Set<EditableOrderField> } {
  const manual = new Set<EditableOrderField>();
  if (!fields) return { order, manual };
  const next: OrderSnapshot = { ...order };
  for (const key of EDITABLE_ORDER_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null || value === '') continue;
    manual.add(key);
    if (key === 'weightKg') {
      const weight = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      if (Number.isFinite(weight) && weight > 0) next.weightKg = weight;
      else manual.delete(key);
    } else if (key === 'country') {
      const code = String(value).trim().toUpperCase();
      if (/^[A-Z]{2}$/.test(code)) next.country = code;
      else manual.delete(key);
    } else {
      next[key] = String(value);
    }
  }
  return { order: next, manual };
}
