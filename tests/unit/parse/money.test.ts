import { describe, expect, it } from 'vitest';
import { parseAllMoney, parseAmount, parseLocaleNumber, parseMoney } from '@/lib/pages/parse/money';

describe('parseMoney', () => {
  it.each([
    ['US $ 10.00', 10, 'USD'],
    ['US$0.01(EUR € 0.01)', 0.01, 'USD'],
    ['Plan Refund only US $ 0.01', 0.01, 'USD'],
    ['CN￥ 235.87', 235.87, 'CNY'],
    ['￥235.87', 235.87, 'CNY'],
    ['¥ 99', 99, 'CNY'],
    ['235.87元', 235.87, 'CNY'],
    ['RMB 12.50', 12.5, 'CNY'],
    ['R$ 407,47', 407.47, 'BRL'],
    ['R$ 1.407,47', 1407.47, 'BRL'],
    ['€ 5,00', 5, 'EUR'],
    ['5,00 €', 5, 'EUR'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['$1,234.56', 1234.56, 'USD'],
    ['$1,234', 1234, 'USD'],
    ['RUB 1 234,50', 1234.5, 'RUB'],
    ['1 234,50 ₽', 1234.5, 'RUB'],
    ['1\u00A0234,50\u00A0₽', 1234.5, 'RUB'],
    ['1\u202F234,50 ₽', 1234.5, 'RUB'],
    ['1\u2009234.50 RUB', 1234.5, 'RUB'],
    ['150 руб.', 150, 'RUB'],
    ['zł 12,99', 12.99, 'PLN'],
    ['12,99 zł', 12.99, 'PLN'],
    ['£3.50', 3.5, 'GBP'],
    ['A$ 12.00', 12, 'AUD'],
    ['AU $12.00', 12, 'AUD'],
    ['C$ 5', 5, 'CAD'],
    ['MX$ 1,299.00', 1299, 'MXN'],
    ['KRW ₩ 12,000', 12000, 'KRW'],
    ['₩12,000', 12000, 'KRW'],
    ['USD 66.65', 66.65, 'USD'],
    ['66.65 USD', 66.65, 'USD'],
    ['USD66.65', 66.65, 'USD'],
    ['Total: 1,234,567.89 USD', 1234567.89, 'USD'],
    ['1.234.567,89 EUR', 1234567.89, 'EUR'],
    ['12 TL', 12, 'TRY'],
    ['Valor do pedido: R$ 0,50', 0.5, 'BRL'],
    ['Сумма заказа: 2 500 ₽', 2500, 'RUB'],
    ['订单金额：US $ 33.00', 33, 'USD'],
    ['-US $5.00', -5, 'USD'],
    ['US $-5.00', -5, 'USD'],
    ['Order 8194715118461470 US $10', 10, 'USD'],
    ['2024-10-28 US $5', 5, 'USD'],
    ['x2 US $3.00', 3, 'USD'],
  ])('%j -> %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each([
    [''],
    ['hello'],
    ['66.65'],
    ['TOTAL 5'],
    ['Order 8194715118461470'],
    ['LP00123456789CN'],
    ['<script>alert("US $")</script>'],
    ['😀💸'],
    ['\u202Eمرحبا'],
    ['US $'],
  ])('%j -> null', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('parseAllMoney', () => {
  it.each([
    ['US$0.01(EUR € 0.01)', [{ amount: 0.01, currency: 'USD' }, { amount: 0.01, currency: 'EUR' }]],
    ['5,00 € 3,00 €', [{ amount: 5, currency: 'EUR' }, { amount: 3, currency: 'EUR' }]],
    ['R$ 407,47 USD 66.65', [{ amount: 407.47, currency: 'BRL' }, { amount: 66.65, currency: 'USD' }]],
    ['66.65 USD 407,47 BRL', [{ amount: 66.65, currency: 'USD' }, { amount: 407.47, currency: 'BRL' }]],
    ['US $10.00 - US $20.00', [{ amount: 10, currency: 'USD' }, { amount: 20, currency: 'USD' }]],
    ['nothing here', []],
  ])('%j', (text, expected) => {
    expect(parseAllMoney(text)).toEqual(expected);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['407,47', 407.47],
    ['1,234', 1234],
    ['1.234', 1234],
    ['0.123', 0.123],
    ['1,5', 1.5],
    ['12.3456', 12.3456],
    ['1 234 567', 1234567],
    ['1,234,567', 1234567],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['abc', null],
  ])('%j -> %s', (raw, expected) => {
    expect(parseLocaleNumber(raw)).toBe(expected);
  });
});

describe('parseAmount', () => {
  it.each([
    ['66.65', 66.65],
    ['1 234,50', 1234.5],
    ['-3.00', -3],
    ['none', null],
  ])('%j -> %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});
