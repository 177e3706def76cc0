import type { DisputeSnapshot, OrderSnapshot, PageSnapshot, ThreadSnapshot } from '@/lib/model/snapshot';
import { SCENARIO_IDS, type ReplyLanguage, type ScenarioId } from '@/lib/replies/scenarios';
import { builtInId, type Template } from '@/lib/replies/template';

export const NOW = new Date('2025-06-10T08:00:00Z');

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

export function makeOrder(fields: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    orderId: '8190012345678901',
    buyerName: 'Ivan Petrov',
    country: 'RU',
    carrier: 'AliExpress Standard Shipping',
    trackingNumber: 'LP00123456789012',
    total: { amount: 25.9, currency: 'USD' },
    status: 'awaiting_receipt',
    statusText: null,
    remark: null,
    items: [{ title: 'Wireless earbuds', sku: 'Black', quantity: 1, unitPrice: { amount: 25.9, currency: 'USD' } }],
    ...fields,
  };
}

export function makeDispute(fields: Partial<DisputeSnapshot> = {}): DisputeSnapshot {
  return {
    disputeId: '5012345678901234',
    orderId: '8190012345678901',
    reason: 'not_received',
    reasonText: null,
    status: 'awaiting_seller',
    statusText: null,
    deadline: '2025-06-14T09:31:06Z',
    buyerPlan: { type: 'refund', amount: 10, currency: 'USD' },
    ...fields,
  };
}

export function makeThread(fields: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    threadId: 'session-42',
    buyerName: 'Ivan Petrov',
    orderId: '8190012345678901',
    lastSpeaker: 'buyer',
    lastMessageAt: daysAgo(0),
    lastBuyerMessage: null,
    open: true,
    ...fields,
  };
}

export function makeSnapshot(fields: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    page: 'unknown',
    reader: null,
    url: 'https://csp.aliexpress.com/',
    readAt: NOW.toISOString(),
    channelId: null,
    orders: [],
    disputes: [],
    threads: [],
    missing: [],
    ...fields,
  };
}

/** Small stand-in templates so ranking tests do not depend on the library texts. */
export function testTemplate(scenario: ScenarioId, language: ReplyLanguage, fields: Partial<Template> = {}): Template {
  return {
    id: builtInId(scenario, language),
    scenario,
    language,
    body: `[${scenario} ${language}] Hi {{buyerFirstName}}, {{signature}}`,
    tags: [],
    builtIn: true,
    builtInVersion: 1,
    editedAt: null,
    ...fields,
  };
}

export function testTemplates(languages: readonly ReplyLanguage[] = ['en', 'ru', 'es', 'pt', 'fr']): Template[] {
  return languages.flatMap((language) => SCENARIO_IDS.map((scenario) => testTemplate(scenario, language)));
}
