import { describe, expect, it } from 'vitest';
import type { PageKind } from '@/lib/model/snapshot';
import { rankTemplates, type RankContext } from '@/lib/replies/rank';
import { describeReason } from '@/lib/replies/reasons';
import { DE_PL_SCENARIOS, SCENARIO_IDS, type ReplyLanguage, type ScenarioId } from '@/lib/replies/scenarios';
import { editTemplate, newUserTemplate } from '@/lib/replies/template';
import { NOW, daysAgo, makeDispute, makeOrder, makeThread, testTemplate, testTemplates } from './helpers';

/** Like the library: every scenario in the core languages, German and Polish for shipping and customs. */
const TEMPLATES = [
  ...testTemplates(),
  ...DE_PL_SCENARIOS.flatMap((scenario) => [testTemplate(scenario, 'de'), testTemplate(scenario, 'pl')]),
];

interface Case {
  name: string;
  ctx: RankContext;
  language?: ReplyLanguage;
  messageLanguage?: ReplyLanguage;
  /** The template language expected when it differs from `language` (no template in that language). */
  templateLanguage?: ReplyLanguage;
  /** The scenario that must come first. */
  first?: ScenarioId;
  /** Scenarios that must be among the top three. */
  top3?: ScenarioId[];
  /** A reason, in English, the first suggestion must give. */
  says?: string;
}

const page = (kind: PageKind) => kind;

const CASES: Case[] = [
  {
    name: 'customs dispute → held by customs, naming the dispute reason',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'customs' }) },
    first: 'logistics.customs_detained',
    says: 'Dispute reason: customs detention',
  },
  {
    name: 'Russian "where is my parcel" 12 days after shipping → in transit, in Russian',
    ctx: {
      page: page('messages'),
      order: makeOrder({ shippedAt: daysAgo(12) }),
      thread: makeThread({ lastBuyerMessage: 'Здравствуйте! Где моя посылка?' }),
    },
    language: 'ru',
    messageLanguage: 'ru',
    first: 'logistics.in_transit',
    says: 'The buyer wrote in Russian asking where the parcel is',
  },
  {
    name: 'Spanish cancel request before shipping → refund timing',
    ctx: {
      page: page('messages'),
      order: makeOrder({ status: 'awaiting_shipment', country: 'MX', trackingNumber: null }),
      thread: makeThread({ lastBuyerMessage: 'Hola, quiero cancelar mi pedido, ya no lo necesito' }),
    },
    language: 'es',
    messageLanguage: 'es',
    first: 'refund.timing',
    says: 'The buyer wrote in Spanish about cancelling the order',
  },
  {
    name: 'Portuguese refund question → refund timing',
    ctx: { page: page('messages'), thread: makeThread({ lastBuyerMessage: 'Boa tarde, quando vou receber o reembolso?' }) },
    language: 'pt',
    messageLanguage: 'pt',
    first: 'refund.timing',
  },
  {
    name: 'French broken item → damaged',
    ctx: { page: page('messages'), order: makeOrder({ country: 'FR', shippedAt: daysAgo(20) }), thread: makeThread({ lastBuyerMessage: 'Bonjour, le vase est arrivé cassé.' }) },
    language: 'fr',
    messageLanguage: 'fr',
    first: 'quality.damaged',
    says: 'The buyer wrote in French that the item arrived damaged',
  },
  {
    name: 'completed order → follow-up',
    ctx: { page: page('order-detail'), order: makeOrder({ status: 'completed', shippedAt: daysAgo(25) }) },
    first: 'followup.confirm_receipt',
    says: 'Order status: completed',
  },
  {
    name: 'remark on an order awaiting shipment → acknowledge it',
    ctx: { page: page('order-detail'), order: makeOrder({ status: 'awaiting_shipment', remark: 'Please send the blue one, not black', trackingNumber: null }) },
    top3: ['order.remark_ack', 'order.thanks'],
  },
  {
    name: 'awaiting shipment without remark → thanks and shipping notice',
    ctx: { page: page('order-list'), order: makeOrder({ status: 'awaiting_shipment', trackingNumber: null }) },
    first: 'order.thanks',
    top3: ['ship.notice'],
  },
  {
    name: 'shipped 45 days ago → not received after 40 days',
    ctx: { page: page('order-detail'), order: makeOrder({ shippedAt: daysAgo(45) }) },
    first: 'logistics.over_40_days',
    says: 'Shipped 45 days ago',
  },
  {
    name: 'shipped yesterday → shipping notice, tracking not updated yet',
    ctx: { page: page('order-detail'), order: makeOrder({ shippedAt: daysAgo(1) }) },
    top3: ['ship.notice', 'logistics.no_update_just_shipped'],
  },
  {
    name: 'not-received dispute 5 days after shipping → tracking not updated yet',
    ctx: { page: page('dispute-detail'), order: makeOrder({ shippedAt: daysAgo(5), status: 'in_dispute' }), dispute: makeDispute({ reason: 'not_received' }) },
    first: 'logistics.no_update_just_shipped',
    says: 'Dispute reason: item not received',
  },
  {
    name: 'not-received dispute 50 days after shipping → over 40 days',
    ctx: { page: page('dispute-detail'), order: makeOrder({ shippedAt: daysAgo(50), status: 'in_dispute' }), dispute: makeDispute({ reason: 'not_received' }) },
    first: 'logistics.over_40_days',
  },
  {
    name: 'not-as-described dispute',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'not_as_described' }) },
    first: 'quality.not_as_described',
  },
  {
    name: 'counterfeit dispute → authenticity',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'counterfeit' }) },
    first: 'quality.fake_claim',
  },
  {
    name: 'changed mind → return without a fault',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'changed_mind' }) },
    first: 'return.no_reason',
  },
  {
    name: 'short shipment dispute',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'short_shipment' }) },
    first: 'quality.short_shipment',
  },
  {
    name: 'return on its way back to the seller → refund timing',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'not_as_described', status: 'awaiting_return_receipt' }) },
    first: 'refund.timing',
    says: 'Dispute status: waiting for you to confirm the returned item',
  },
  {
    name: 'customs dispute wins over a generic "where is it" comment',
    ctx: { page: page('dispute-detail'), dispute: makeDispute({ reason: 'customs', buyerComment: 'where is my parcel???' }) },
    first: 'logistics.customs_detained',
  },
  {
    name: 'German buyer asked to pay at the post office → post-office fee claim',
    ctx: { page: page('messages'), thread: makeThread({ lastBuyerMessage: 'Die Post will, dass ich eine Gebühr bezahle' }) },
    language: 'de',
    messageLanguage: 'de',
    templateLanguage: 'en',
    first: 'malicious.post_office_fee',
  },
  {
    name: 'Polish tracking not updated 3 days after shipping',
    ctx: { page: page('messages'), order: makeOrder({ country: 'PL', shippedAt: daysAgo(3) }), thread: makeThread({ lastBuyerMessage: 'Brak informacji o przesyłce, nie aktualizuje się' }) },
    language: 'pl',
    messageLanguage: 'pl',
    first: 'logistics.no_update_just_shipped',
  },
  {
    name: 'delivered in tracking but not received',
    ctx: { page: page('messages'), order: makeOrder({ shippedAt: daysAgo(20) }), thread: makeThread({ lastBuyerMessage: 'Tracking says delivered but I never received it' }) },
    first: 'logistics.delivered_not_received',
  },
  {
    name: 'thanks after delivery → thank and invite back',
    ctx: { page: page('messages'), order: makeOrder({ status: 'completed' }), thread: makeThread({ lastBuyerMessage: 'Got it today, thank you so much, love it!' }) },
    top3: ['review.thanks', 'followup.confirm_receipt'],
  },
  {
    name: 'a thank-you inside a complaint is not praise',
    ctx: { page: page('messages'), thread: makeThread({ lastBuyerMessage: 'Thank you, but the item does not work' }) },
    first: 'quality.not_working',
  },
  {
    name: 'conversation with nothing to go on → welcome',
    ctx: { page: page('messages'), thread: makeThread({ lastBuyerMessage: 'Hello', orderId: null }) },
    first: 'welcome.auto_reply',
  },
];

describe('rankTemplates', () => {
  it.each(CASES)('$name', (testCase) => {
    const language = testCase.language ?? 'en';
    const suggestions = rankTemplates(TEMPLATES, testCase.ctx, { language, now: NOW, messageLanguage: testCase.messageLanguage ?? null });
    const [best] = suggestions;
    if (testCase.first) expect(best?.scenario).toBe(testCase.first);
    for (const scenario of testCase.top3 ?? []) {
      expect(suggestions.slice(0, 3).map((suggestion) => suggestion.scenario)).toContain(scenario);
    }
    if (testCase.says) expect(best?.reasons.map((reason) => describeReason(reason, 'en'))).toContain(testCase.says);
    expect(best?.language).toBe(testCase.templateLanguage ?? language);
  });

  it('returns one suggestion per scenario, best first, scores within 0..1', () => {
    const suggestions = rankTemplates(TEMPLATES, { page: 'dispute-detail', dispute: makeDispute({ reason: 'damaged' }) }, { language: 'en', now: NOW });
    expect(suggestions).toHaveLength(SCENARIO_IDS.length);
    expect(new Set(suggestions.map((suggestion) => suggestion.scenario)).size).toBe(SCENARIO_IDS.length);
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((score) => score >= 0 && score < 1)).toBe(true);
  });

  it('puts the reason names in Chinese for a Chinese UI', () => {
    const [best] = rankTemplates(
      TEMPLATES,
      { page: 'messages', order: makeOrder({ shippedAt: daysAgo(12) }), thread: makeThread({ lastBuyerMessage: 'где моя посылка?' }) },
      { language: 'ru', now: NOW, messageLanguage: 'ru' },
    );
    expect(best?.reasons.map((reason) => describeReason(reason, 'zh_CN'))).toContain('买家用俄语询问包裹在哪里');
    const [customs] = rankTemplates(TEMPLATES, { page: 'dispute-detail', dispute: makeDispute({ reason: 'customs' }) }, { language: 'en', now: NOW });
    expect(describeReason(customs!.reasons[0]!, 'zh_CN')).toBe('纠纷原因：海关扣关');
  });

  it("prefers the agent's own template, then the agent's edit, over the built-in", () => {
    const edited = editTemplate(testTemplate('logistics.customs_detained', 'en'), { body: 'My customs text {{orderId}}' }, NOW);
    const own = newUserTemplate({ scenario: 'logistics.customs_detained', language: 'en', body: 'Own {{orderId}}' }, NOW, 'user:own');
    const ctx: RankContext = { page: 'dispute-detail', dispute: makeDispute({ reason: 'customs' }) };
    const withEdit = rankTemplates([...TEMPLATES.filter((template) => template.id !== edited.id), edited], ctx, { language: 'en', now: NOW });
    expect(withEdit[0]?.templateId).toBe(edited.id);
    const withOwn = rankTemplates([...TEMPLATES, own], ctx, { language: 'en', now: NOW });
    expect(withOwn[0]?.templateId).toBe('user:own');
  });

  it('falls back to English when the reply language has no template, and says so', () => {
    const suggestions = rankTemplates(TEMPLATES, { page: 'dispute-detail', dispute: makeDispute({ reason: 'damaged' }) }, { language: 'de', now: NOW });
    const [best] = suggestions;
    expect(best?.scenario).toBe('quality.damaged');
    expect(best?.language).toBe('en');
    expect(best?.reasons.map((reason) => describeReason(reason, 'en'))).toContain('No German template yet: showing the English one');
    const notice = suggestions.find((suggestion) => suggestion.scenario === 'ship.notice');
    expect(notice?.language).toBe('de');
    expect(notice?.reasons.map((reason) => reason.code)).not.toContain('language_fallback');
  });

  it('skips hidden templates', () => {
    const hidden = TEMPLATES.map((template) => (template.scenario === 'quality.damaged' ? { ...template, deleted: true } : template));
    const suggestions = rankTemplates(hidden, { page: 'dispute-detail', dispute: makeDispute({ reason: 'damaged' }) }, { language: 'en', now: NOW });
    expect(suggestions.map((suggestion) => suggestion.scenario)).not.toContain('quality.damaged');
  });

  it('lists nothing without templates', () => {
    expect(rankTemplates([], { page: 'unknown' }, { language: 'en', now: NOW })).toEqual([]);
  });
});
