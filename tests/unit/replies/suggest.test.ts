import { describe, expect, it } from 'vitest';
import { pickFocus, suggestForSnapshot } from '@/lib/replies/suggest';
import { NOW, daysAgo, makeDispute, makeOrder, makeSnapshot, makeThread, testTemplates } from './helpers';

const TEMPLATES = testTemplates();
const SETTINGS = { storeName: 'Sunny Store', signature: '', deliveryDays: '15-30' };

describe('pickFocus', () => {
  it('takes the open conversation and the order it is about', () => {
    const other = makeOrder({ orderId: '1111222233334444' });
    const linked = makeOrder({ orderId: '8190012345678901' });
    const open = makeThread({ threadId: 'b', open: true });
    const snapshot = makeSnapshot({ page: 'messages', orders: [other, linked], threads: [makeThread({ threadId: 'a', open: false, orderId: null }), open] });
    expect(pickFocus(snapshot)).toEqual({ order: linked, dispute: null, thread: open });
  });

  it('takes the dispute of a dispute page and its order', () => {
    const order = makeOrder();
    const dispute = makeDispute({ reason: 'customs' });
    expect(pickFocus(makeSnapshot({ page: 'dispute-detail', disputes: [dispute], orders: [order] }))).toEqual({ order, dispute, thread: null });
  });

  it('takes the first row of a list', () => {
    const first = makeOrder({ orderId: '1000000000000001' });
    const second = makeOrder({ orderId: '1000000000000002' });
    expect(pickFocus(makeSnapshot({ page: 'order-list', orders: [first, second] })).order).toBe(first);
  });
});

describe('suggestForSnapshot', () => {
  it('answers a Russian buyer asking for the parcel in Russian, with logistics first', () => {
    const snapshot = makeSnapshot({
      page: 'messages',
      orders: [makeOrder({ country: 'US', shippedAt: daysAgo(12) })],
      threads: [makeThread({ lastBuyerMessage: 'Добрый день, где моя посылка? Уже две недели жду' })],
    });
    const result = suggestForSnapshot(snapshot, TEMPLATES, SETTINGS, NOW);
    expect(result.language).toBe('ru');
    expect(result.languageWhy).toBe('message');
    expect(result.messageLanguage).toBe('ru');
    expect(result.suggestions[0]?.scenario).toBe('logistics.in_transit');
    expect(result.suggestions[0]?.language).toBe('ru');
    expect(result.variables.buyerFirstName).toBe('Ivan');
    expect(result.variables.signature).toBe('Sunny Store');
  });

  it('uses the destination country when there is no buyer message', () => {
    const snapshot = makeSnapshot({ page: 'order-detail', orders: [makeOrder({ country: 'BR', status: 'completed' })] });
    const result = suggestForSnapshot(snapshot, TEMPLATES, SETTINGS, NOW);
    expect(result).toMatchObject({ language: 'pt', languageWhy: 'country', messageLanguage: null });
    expect(result.suggestions[0]?.scenario).toBe('followup.confirm_receipt');
  });

  it('reads the buyer comment on a dispute for language and intent', () => {
    const snapshot = makeSnapshot({
      page: 'dispute-detail',
      disputes: [makeDispute({ reason: 'other', country: 'ES', buyerComment: 'El producto llegó roto, quiero mi dinero' })],
    });
    const result = suggestForSnapshot(snapshot, TEMPLATES, SETTINGS, NOW);
    expect(result.language).toBe('es');
    expect(result.suggestions.slice(0, 2).map((suggestion) => suggestion.scenario)).toEqual(
      expect.arrayContaining(['quality.damaged', 'refund.timing']),
    );
  });

  it('follows the language the agent picked by hand', () => {
    const snapshot = makeSnapshot({ page: 'order-detail', orders: [makeOrder({ country: 'RU' })] });
    const result = suggestForSnapshot(snapshot, TEMPLATES, { ...SETTINGS, languageOverride: 'fr' }, NOW);
    expect(result).toMatchObject({ language: 'fr', languageWhy: 'override' });
    expect(result.suggestions[0]?.language).toBe('fr');
  });

  it('suggests nothing while the anti-bot check is on screen', () => {
    const snapshot = makeSnapshot({ page: 'order-detail', blocked: true, orders: [makeOrder()] });
    expect(suggestForSnapshot(snapshot, TEMPLATES, SETTINGS, NOW).suggestions).toEqual([]);
  });

  it('defaults to English on a page with nothing on it', () => {
    const result = suggestForSnapshot(makeSnapshot(), TEMPLATES, SETTINGS, NOW);
    expect(result).toMatchObject({ language: 'en', languageWhy: 'default', focus: { order: null, dispute: null, thread: null } });
  });
});
