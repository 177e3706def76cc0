import type { DisputeSnapshot, OrderSnapshot } from '@/lib/model/snapshot';
import type { ReplyLanguage } from '@/lib/replies/scenarios';
import { buildVariables, type VariableContext, type VariableSettings, type VariableValues } from '@/lib/replies/variables';

const SAMPLE_COUNTRY: Record<ReplyLanguage, string> = { en: 'US', ru: 'RU', es: 'ES', pt: 'BR', fr: 'FR', de: 'DE', pl: 'PL' };
const SAMPLE_NAME: Record<ReplyLanguage, string> = {
  en: 'Emily Carter',
  ru: 'Ольга Смирнова',
  es: 'Lucía Gómez',
  pt: 'Mariana Souza',
  fr: 'Camille Martin',
  de: 'Jonas Becker',
  pl: 'Katarzyna Nowak',
};

/** Made-up order and dispute for previews when no real order is at hand. */
export function sampleContext(language: ReplyLanguage, now: Date): VariableContext {
  const order: OrderSnapshot = {
    orderId: '8100234567891234',
    buyerName: SAMPLE_NAME[language],
    country: SAMPLE_COUNTRY[language],
    carrier: 'AliExpress Standard Shipping',
    trackingNumber: 'LP00123456789012',
    total: { amount: 24.9, currency: 'USD' },
    status: 'awaiting_receipt',
    statusText: null,
    remark: null,
    items: [{ title: 'Wireless earbuds with charging case', sku: 'Color: White', quantity: 1, unitPrice: { amount: 24.9, currency: 'USD' } }],
  };
  const dispute: DisputeSnapshot = {
    disputeId: '5000123456789012',
    orderId: order.orderId,
    reason: 'not_received',
    reasonText: null,
    status: 'awaiting_seller',
    statusText: null,
    deadline: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
    buyerPlan: { type: 'refund', amount: 24.9, currency: 'USD' },
  };
  return { order, dispute, thread: null };
}

/**
 * Variable values for a preview. With sample data, an unset store name and signature get a
 * sample too; with a real order they stay missing, as they would in the panel.
 */
export function previewVariables(
  context: VariableContext,
  settings: VariableSettings,
  language: ReplyLanguage,
  now: Date,
  sample: boolean,
): VariableValues {
  if (!sample) return buildVariables(context, settings, language, now);
  const storeName = settings.storeName.trim() || 'Sunny Home Store';
  return buildVariables(context, { ...settings, storeName, signature: settings.signature.trim() || storeName }, language, now);
}
