import { describe, expect, it } from 'vitest';
import { detectLanguage, languageForCountry, pickReplyLanguage } from '@/lib/replies/language';
import type { ReplyLanguage } from '@/lib/replies/scenarios';

const BUYER_MESSAGES: Array<[ReplyLanguage, string]> = [
  ['en', 'Hello, my order has not arrived yet, can you check what is going on?'],
  ['en', 'I received the wrong color, can I return it?'],
  ['ru', 'Здравствуйте! Где моя посылка? Трек не обновляется уже две недели'],
  ['ru', 'товар пришел сломанный, верните деньги'],
  ['es', 'Hola, quiero cancelar mi pedido por favor'],
  ['es', 'Buenas tardes, mi paquete todavía no ha llegado y ya pasó un mes'],
  ['es', 'no me llego nada'],
  ['pt', 'Olá, quero o reembolso do meu pedido'],
  ['pt', 'Boa tarde, meu pedido ainda não chegou, cadê?'],
  ['pt', 'o produto veio quebrado'],
  ['fr', 'Bonjour, le produit est arrivé cassé'],
  ['fr', "Bonjour, je n'ai toujours pas reçu mon colis"],
  ['de', 'Hallo, wo ist mein Paket? Es ist noch nicht angekommen'],
  ['de', 'Ich möchte meine Bestellung stornieren'],
  ['pl', 'Dzień dobry, gdzie jest moja paczka?'],
  ['pl', 'Paczka nie dotarła, proszę o zwrot pieniędzy'],
];

describe('detectLanguage', () => {
  it.each(BUYER_MESSAGES)('reads %s in "%s"', (language, message) => {
    expect(detectLanguage(message)).toBe(language);
  });

  it('does not guess on very short messages', () => {
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('Hola!!! ??')).toBeNull();
    expect(detectLanguage('12345678901234 ???')).toBeNull();
  });

  it('takes any Cyrillic text as Russian, even a short one', () => {
    expect(detectLanguage('где посылка???')).toBe('ru');
  });

  it('answers null for languages we do not reply in', () => {
    expect(detectLanguage('你好，我的包裹在哪里？请帮我查一下物流')).toBeNull();
  });
});

describe('languageForCountry', () => {
  it.each([
    ['RU', 'ru'], ['BY', 'ru'], ['KZ', 'ru'], ['UA', 'ru'],
    ['ES', 'es'], ['MX', 'es'], ['CL', 'es'], ['AR', 'es'],
    ['BR', 'pt'], ['PT', 'pt'],
    ['FR', 'fr'], ['BE', 'fr'],
    ['DE', 'de'], ['AT', 'de'], ['CH', 'de'],
    ['PL', 'pl'],
    ['US', 'en'], ['JP', 'en'], ['au', 'en'],
  ] as const)('%s → %s', (country, language) => {
    expect(languageForCountry(country)).toBe(language);
  });

  it('falls back to English without a country', () => {
    expect(languageForCountry(null)).toBe('en');
  });
});

describe('pickReplyLanguage', () => {
  it('prefers the language the buyer wrote in over the country', () => {
    expect(pickReplyLanguage({ buyerMessage: 'Olá, ainda não recebi a minha encomenda', country: 'US' })).toEqual({ language: 'pt', why: 'message' });
  });

  it('uses the destination country when the message says too little', () => {
    expect(pickReplyLanguage({ buyerMessage: 'ok?', country: 'BR' })).toEqual({ language: 'pt', why: 'country' });
    expect(pickReplyLanguage({ buyerMessage: null, country: 'GB' })).toEqual({ language: 'en', why: 'country' });
  });

  it('says English is only a default when nothing is known', () => {
    expect(pickReplyLanguage({ buyerMessage: null, country: null })).toEqual({ language: 'en', why: 'default' });
    expect(pickReplyLanguage({ country: 'JP' })).toEqual({ language: 'en', why: 'default' });
  });
});
