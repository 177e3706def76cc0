import { describe, expect, it } from 'vitest';
import { detectIntents, foldText, type Intent } from '@/lib/replies/keywords';

const CASES: Array<[string, Intent]> = [
  ['Where is my parcel? It has been 3 weeks', 'where_is_parcel'],
  ['Здравствуйте, где моя посылка?', 'where_is_parcel'],
  ['Скажите, когда придёт заказ', 'where_is_parcel'],
  ['¿Dónde está mi paquete?', 'where_is_parcel'],
  ['Cadê minha encomenda?', 'where_is_parcel'],
  ['Où est mon colis ?', 'where_is_parcel'],
  ['Wo bleibt mein Paket?', 'where_is_parcel'],
  ['Gdzie jest moja paczka?', 'where_is_parcel'],
  ['我的包裹在哪里？', 'where_is_parcel'],
  ['The tracking has not been updated for 10 days', 'tracking_not_updated'],
  ['Трек-номер не обновляется', 'tracking_not_updated'],
  ['O rastreio não atualiza há dias', 'tracking_not_updated'],
  ['Посылку так и не получил', 'not_received'],
  ['No he recibido nada todavía', 'not_received'],
  ["Je n'ai pas reçu ma commande", 'not_received'],
  ['Paczka nie dotarła', 'not_received'],
  ['It says delivered but nothing came', 'delivered'],
  ['When will you ship my order?', 'when_ship'],
  ['Когда отправите заказ?', 'when_ship'],
  ['Quiero cancelar mi pedido', 'cancel'],
  ['Хочу отменить заказ', 'cancel'],
  ['Je voudrais annuler la commande', 'cancel'],
  ['Bitte stornieren Sie die Bestellung', 'cancel'],
  ['Proszę anulować zamówienie', 'cancel'],
  ['Quero o reembolso', 'refund'],
  ['Верните мне деньги', 'refund'],
  ['Ich möchte eine Rückerstattung', 'refund'],
  ['Do you have a coupon for me?', 'coupon'],
  ['Есть скидка?', 'coupon'],
  ['The glass arrived broken', 'broken'],
  ['Le produit est arrivé cassé', 'broken'],
  ['Коробка пришла повреждённой', 'broken'],
  ['El reloj llegó dañado', 'broken'],
  ['Das Gerät ist beschädigt', 'broken'],
  ['It does not work at all', 'not_working'],
  ['Наушники не работают', 'not_working'],
  ['Não funciona', 'not_working'],
  ['Produkt nie działa', 'not_working'],
  ['One screw is missing', 'missing_part'],
  ['В комплекте не хватает кабеля', 'missing_part'],
  ['Falta una pieza', 'missing_part'],
  ['This is fake, not original', 'fake'],
  ['Это подделка', 'fake'],
  ['Why do I have to pay customs tax?', 'customs_tax'],
  ['Почему я должен платить пошлину?', 'customs_tax'],
  ['Fui taxado pela Receita', 'customs_tax'],
  ['I got the wrong size', 'wrong_item'],
  ['Прислали не тот цвет', 'wrong_item'],
  ['The post office wants money', 'post_office'],
  ['Посылка в почтовом отделении', 'post_office'],
  ['Thank you, I love it!', 'thanks'],
  ['Спасибо, всё пришло', 'thanks'],
];

describe('detectIntents', () => {
  it.each(CASES)('"%s" → %s', (text, intent) => {
    expect(detectIntents(text)).toContain(intent);
  });

  it('ignores case and accents', () => {
    expect(detectIntents('NAO RECEBI O PRODUTO')).toContain('not_received');
    expect(detectIntents('não recebi o produto')).toContain('not_received');
    expect(foldText('Łódź ŻÓŁW Straße')).toBe('lodz zolw strasse');
  });

  it('catches Russian inflections through stems', () => {
    for (const text of ['где посылка', 'где посылку искать', 'где мои посылки']) {
      expect(detectIntents(text)).toContain('where_is_parcel');
    }
  });

  it('matches whole words, not pieces of words', () => {
    expect(detectIntents('I will recommend your shop')).not.toContain('cancel');
    expect(detectIntents('Please send a photo of the postcard')).not.toContain('post_office');
  });

  it('does not join words across sentences', () => {
    expect(detectIntents('Верните мне деньги. Товар пришел сломанный')).not.toContain('return_item');
  });

  it('reads "tracking number does not work" as a tracking problem, not a faulty product', () => {
    const intents = detectIntents('The tracking number does not work');
    expect(intents).toContain('tracking_not_updated');
    expect(intents).not.toContain('not_working');
  });

  it('finds nothing in a message without keywords', () => {
    expect(detectIntents('Hello')).toEqual([]);
    expect(detectIntents('')).toEqual([]);
  });
});
