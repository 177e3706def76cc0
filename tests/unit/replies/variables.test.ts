import { describe, expect, it } from 'vitest';
import { buildVariables, buyerFirstName, shortenTitle } from '@/lib/replies/variables';
import { NOW, makeDispute, makeOrder, makeThread } from './helpers';

const SETTINGS = { storeName: 'Sunny Store', signature: 'Anna, Sunny Store', deliveryDays: '15-30' };

describe('buyerFirstName', () => {
  it.each([
    ['Ivan Petrov', 'Ivan'],
    ['IVAN PETROV', 'Ivan'],
    ['maria da silva', 'Maria'],
    ['JEAN-PIERRE Dupont', 'Jean-Pierre'],
    ['McKenzie Brown', 'McKenzie'],
    ['Mr. John Smith', 'John'],
    ['  Ольга  Иванова ', 'Ольга'],
  ])('%s → %s', (name, first) => {
    expect(buyerFirstName(name)).toBe(first);
  });

  it.each([['a***a'], ['I*** P***'], ['J. Smith'], ['user12345'], [''], [null]])('gives nothing usable for %s', (name) => {
    expect(buyerFirstName(name)).toBeNull();
  });
});

describe('buildVariables', () => {
  it('fills everything the order, dispute and settings say', () => {
    const vars = buildVariables({ order: makeOrder(), dispute: makeDispute() }, SETTINGS, 'en', NOW);
    expect(vars).toMatchObject({
      buyerFirstName: 'Ivan',
      orderId: '8190012345678901',
      items: 'Wireless earbuds',
      carrier: 'AliExpress Standard Shipping',
      trackingNumber: 'LP00123456789012',
      trackingUrl: 'https://t.17track.net/en#nums=LP00123456789012',
      deliveryDays: '15-30',
      storeName: 'Sunny Store',
      signature: 'Anna, Sunny Store',
    });
    expect(vars.refundAmount).toContain('10');
  });

  it('does not use a masked name, but takes an unmasked one shown elsewhere', () => {
    expect(buildVariables({ order: makeOrder({ buyerName: 'I*** P***' }) }, SETTINGS, 'en', NOW).buyerFirstName).toBeNull();
    const vars = buildVariables({ order: makeOrder({ buyerName: 'I*** P***' }), thread: makeThread({ buyerName: 'Ivan P' }) }, SETTINGS, 'en', NOW);
    expect(vars.buyerFirstName).toBe('Ivan');
  });

  it('formats the refund in the buyer language conventions', () => {
    const dispute = makeDispute({ buyerPlan: { type: 'refund', amount: 1234.5, currency: 'BRL' } });
    const pt = buildVariables({ order: makeOrder({ country: 'BR' }), dispute }, SETTINGS, 'pt', NOW).refundAmount;
    expect(pt).toMatch(/^R\$\s?1\.234,50$/);
    const en = buildVariables({ order: makeOrder({ country: 'US' }), dispute }, SETTINGS, 'en', NOW).refundAmount;
    expect(en).toBe('R$1,234.50');
  });

  it('takes the refund currency from the order when the plan does not give one', () => {
    const dispute = makeDispute({ buyerPlan: { type: 'refund', amount: 5, currency: null } });
    const order = makeOrder({ total: { amount: 25, currency: 'EUR' }, country: 'FR' });
    expect(buildVariables({ order, dispute }, SETTINGS, 'fr', NOW).refundAmount).toMatch(/^5,00\s€$/);
  });

  it('writes the dispute deadline as a date in the buyer language, with the time zone', () => {
    const dispute = makeDispute({ deadline: '2025-06-14T09:31:06Z' });
    const ru = buildVariables({ dispute }, SETTINGS, 'ru', NOW).disputeDeadline;
    expect(ru).toContain('14 июня 2025');
    expect(ru).toContain('UTC');
    const en = buildVariables({ dispute }, { ...SETTINGS, timeZone: 'Asia/Shanghai' }, 'en', NOW).disputeDeadline;
    expect(en).toMatch(/June 14, 2025.*05:31 PM GMT\+8/);
  });

  it('leaves out a deadline that has already passed', () => {
    const dispute = makeDispute({ deadline: '2025-06-01T00:00:00Z' });
    expect(buildVariables({ dispute }, SETTINGS, 'en', NOW).disputeDeadline).toBeNull();
  });

  it('shortens keyword-stuffed titles and lists several items', () => {
    const order = makeOrder({
      items: [
        { title: '2024 New TWS Wireless Bluetooth 5.3 Earphones HiFi Stereo Sport Waterproof Headphones With Mic', sku: null, quantity: 2, unitPrice: null },
        { title: 'USB-C cable', sku: null, quantity: 1, unitPrice: null },
      ],
    });
    const items = buildVariables({ order }, SETTINGS, 'en', NOW).items;
    expect(items).toBe('2024 New TWS Wireless Bluetooth 5.3… ×2 and USB-C cable');
    expect(buildVariables({ order }, SETTINGS, 'es', NOW).items).toContain(' y USB-C cable');
    const many = makeOrder({ items: ['A1', 'B2', 'C3', 'D4', 'E5'].map((title) => ({ title, sku: null, quantity: 1, unitPrice: null })) });
    expect(buildVariables({ order: many }, SETTINGS, 'en', NOW).items).toBe('A1, B2 (+3)');
    expect(shortenTitle('Short title')).toBe('Short title');
  });

  it('signs with the store name when there is no signature, and leaves unknowns null', () => {
    const vars = buildVariables({}, { storeName: 'Sunny Store', signature: '  ' }, 'en', NOW);
    expect(vars.signature).toBe('Sunny Store');
    expect(vars.orderId).toBeNull();
    expect(vars.trackingUrl).toBeNull();
    expect(vars.deliveryDays).toBeNull();
    expect(buildVariables({}, { storeName: '', signature: '' }, 'en', NOW).signature).toBeNull();
  });

  it('builds the tracking link from a tracking number as shown, spaces and all', () => {
    const vars = buildVariables({ order: makeOrder({ trackingNumber: ' LP 0012 3456 ' }) }, SETTINGS, 'en', NOW);
    expect(vars.trackingNumber).toBe('LP 0012 3456');
    expect(vars.trackingUrl).toBe('https://t.17track.net/en#nums=LP00123456');
  });
});
