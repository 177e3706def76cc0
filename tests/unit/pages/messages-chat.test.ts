import { describe, expect, it } from 'vitest';
import { PageSnapshot } from '@/lib/model/snapshot';
import { readPage } from '@/lib/pages/registry';

/**
 * Chat pages we have not saved: other class names, other UI languages, other ways of marking
 * who wrote a message. The reader must judge them as an agent would.
 */

const URL_IM = new URL('https://gsp.aliexpress.com/m_apps/im-chat/im?channelId=777#/window');
const NOW = new Date('2024-10-30T17:45:00Z'); // 10:45 in Pacific time

function read(body: string, lang = 'en') {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
  const snapshot = readPage(doc, URL_IM, NOW);
  PageSnapshot.parse(snapshot);
  return snapshot;
}

function openThread(body: string, lang = 'en') {
  const thread = read(body, lang).threads.find((t) => t.open);
  if (!thread) throw new Error('no open conversation read');
  return thread;
}

const SESSION = `
  <div class="session-list__aa11bb2">
    <div class="session-item__c0ffee1 session-item-active__c0ffee2" data-session-id="S-1">
      <span class="session-name__d00d001">Lucía G.</span><span class="session-time__d00d002">10:20</span>
      <span class="session-summary__d00d003">¿Dónde está mi pedido?</span>
    </div>
  </div>`;

function chat(rows: string): string {
  return `${SESSION}
  <div class="chat__e1e1e10">
    <div class="chat-header__e1e1e11"><span class="chat-title__e1e1e12">Lucía G.</span></div>
    <div class="message-list__f0f0f01">${rows}</div>
    <div class="chat-input__f0f0f02"><textarea placeholder="Escribe un mensaje"></textarea><button type="button">Enviar</button></div>
  </div>`;
}

describe('who spoke last in an open conversation', () => {
  it('does not count the platform bot (im_ai) as the seller answering', () => {
    const thread = openThread(
      chat(`
      <div class="msg__a1a1a10" data-from-type="11"><div class="text__a1a1a11">¿Dónde está mi pedido?</div><span class="time__a1a1a12">10:20</span></div>
      <div class="msg__a1a1a10" data-from-type="12" data-from-code="im_ai"><div class="text__a1a1a11">Gracias por tu mensaje, te responderemos pronto.</div><span class="time__a1a1a12">10:20</span></div>`),
      'es',
    );
    expect(thread.lastSpeaker).toBe('buyer');
    expect(thread.lastBuyerMessage).toBe('¿Dónde está mi pedido?');
    expect(thread.lastMessageAt).toBe('2024-10-30T17:20:00.000Z');
  });

  it('counts a real seller reply after the bot', () => {
    const thread = openThread(
      chat(`
      <div class="msg__a1a1a10" data-from-type="11"><div class="text__a1a1a11">¿Dónde está mi pedido?</div><span class="time__a1a1a12">10:20</span></div>
      <div class="msg__a1a1a10" data-from-type="12" data-from-code="im_ai"><div class="text__a1a1a11">Gracias por tu mensaje.</div><span class="time__a1a1a12">10:20</span></div>
      <div class="msg__a1a1a10" data-from-type="12"><div class="text__a1a1a11">Hola Lucía, tu pedido llega el viernes.</div><span class="time__a1a1a12">10:41</span></div>`),
      'es',
    );
    expect(thread.lastSpeaker).toBe('seller');
    expect(thread.lastBuyerMessage).toBe('¿Dónde está mi pedido?');
    expect(thread.lastMessageAt).toBe('2024-10-30T17:41:00.000Z');
  });

  it('recognises a bot message by its visible label when no attribute says so', () => {
    const thread = openThread(
      chat(`
      <div class="message-item__b2b2b20 message-item-left__b2b2b21"><div class="bubble__b2b2b22"><div class="content__b2b2b23">Hola, ¿tienen talla M?</div></div><span class="message-time__b2b2b24">09:58</span></div>
      <div class="message-item__b2b2b20 message-item-right__b2b2b25"><span class="ait-tag">Respuesta automática</span><div class="bubble__b2b2b22"><div class="content__b2b2b23">Te atenderemos en breve.</div></div><span class="message-time__b2b2b24">09:58</span></div>`),
      'es',
    );
    expect(thread.lastSpeaker).toBe('buyer');
    expect(thread.lastMessageAt).toBe('2024-10-30T16:58:00.000Z');
  });

  it('does not take an AI translation button for a bot, nor a buyer called Ai for one', () => {
    const doc = `
      <div class="session-list__aa11bb2"><div class="session-item__c0ffee1 session-item-active__c0ffee2"><span class="session-name__d00d001">Ai Lin</span><span class="session-time__d00d002">10:20</span></div></div>
      <div class="chat__e1e1e10"><div class="chat-header__e1e1e11"><span class="chat-title__e1e1e12">Ai Lin</span></div>
        <div class="message-list__f0f0f01">
          <div class="message-item__b2b2b20 message-item-right__b2b2b25"><div class="bubble__b2b2b22"><div class="content__b2b2b23">It ships tomorrow.</div></div><span class="message-time__b2b2b24">09:30</span></div>
          <div class="message-item__b2b2b20 message-item-left__b2b2b21"><div class="bubble__b2b2b22"><div class="content__b2b2b23">Great, thank you!</div></div><span class="ai-translate__b2b2b26"><span class="label__b2b2b27">AI translate</span></span><span class="message-time__b2b2b24">10:20</span></div>
        </div>
      </div>`;
    const thread = openThread(doc);
    expect(thread.buyerName).toBe('Ai Lin');
    expect(thread.lastSpeaker).toBe('buyer');
    expect(thread.lastBuyerMessage).toBe('Great, thank you!');
  });

  it('tells sides apart by the sender name when classes say nothing', () => {
    const thread = openThread(
      chat(`
      <div class="row__c3c3c30"><div class="who__c3c3c31"><span class="nick__c3c3c32">Lucía G.</span><span class="time__c3c3c33">2024-10-29 08:00</span></div><div class="text__c3c3c34">Hola</div></div>
      <div class="row__c3c3c30"><div class="who__c3c3c31"><span class="nick__c3c3c32">tienda:agente01</span><span class="time__c3c3c33">2024-10-29 09:15</span></div><div class="text__c3c3c34">¡Hola! ¿En qué te ayudo?</div></div>`),
      'es',
    );
    expect(thread.lastSpeaker).toBe('seller');
    expect(thread.lastBuyerMessage).toBe('Hola');
    expect(thread.lastMessageAt).toBe('2024-10-29T16:15:00.000Z');
  });

  it('places clock-only times on the day of the divider above them', () => {
    const thread = openThread(
      chat(`
      <div class="time-divider__d4d4d40">Yesterday</div>
      <div class="message-item__d4d4d41 message-item-left__d4d4d42"><div class="text-message__d4d4d43">Any news?</div><span class="message-time__d4d4d44">23:10</span></div>`),
    );
    expect(thread.lastMessageAt).toBe('2024-10-30T06:10:00.000Z');
  });
});

describe('countries', () => {
  it('reads each row its own flag and never gives the open buyer another row\'s country', () => {
    const snapshot = read(`
      <div class="session-list__aa11bb2">
        <div class="session-item__c0ffee1"><img class="flag__f1" src="https://ae01.alicdn.com/kf/flags/FR.png" alt=""><span class="session-name__d1">Pierre L.</span><span class="session-time__d2">09:00</span><span class="ait-badge-count">1</span></div>
        <div class="session-item__c0ffee1 session-item-active__c0ffee2"><img class="flag__f1" src="https://ae01.alicdn.com/kf/flags/ES.png" alt=""><span class="session-name__d1">Marta P.</span><span class="session-time__d2">10:00</span></div>
      </div>
      <div class="message-list__f0f0f01"><div class="message-item__a1 message-item-left__a2"><div class="text-message__a3">Hola</div><span class="message-time__a4">10:00</span></div></div>`);
    expect(snapshot.threads.map((t) => [t.buyerName, t.country])).toEqual([
      ['Pierre L.', 'FR'],
      ['Marta P.', 'ES'],
    ]);
    expect(snapshot.threads[1]?.open).toBe(true);
  });
});

describe('who spoke last in the session list', () => {
  function row(inner: string) {
    return `<div class="session-list__aa11bb2"><div class="session-item__c0ffee1"><span class="session-name__d00d001">Jan K.</span><span class="session-time__d00d002">09:30</span>${inner}</div></div>`;
  }

  it('reads an un-replied tag in another UI language as the buyer waiting', () => {
    const [thread] = read(row('<span class="session-summary__x">Hallo?</span><span class="ait-tag">Sem resposta</span>'), 'pt-BR').threads;
    expect(thread?.lastSpeaker).toBe('buyer');
    expect(thread?.lastBuyerMessage).toBe('Hallo?');
  });

  it('reads a read receipt as the seller having written last', () => {
    const [thread] = read(row('<span class="session-summary__x">[Прочитано] Здравствуйте, посылка в пути.</span>'), 'ru').threads;
    expect(thread?.lastSpeaker).toBe('seller');
    expect(thread?.lastBuyerMessage).toBeNull();
  });

  it('keeps a buyer waiting when the platform AI answered last, without taking its words for the buyer', () => {
    const [thread] = read(row('<span class="session-summary__x">Thanks, we will reply soon.</span><span class="ait-tag">AI serving</span>')).threads;
    expect(thread?.lastSpeaker).toBe('buyer');
    expect(thread?.lastBuyerMessage).toBeNull();
  });

  it('says so when nothing on the row tells who wrote last', () => {
    const snapshot = read(row('<span class="session-summary__x">Ok</span>'));
    expect(snapshot.threads[0]?.lastSpeaker).toBe('buyer');
    expect(snapshot.missing).toContain('threads[0].lastSpeaker');
  });

  it('derives a stable thread id from the buyer name when rows carry no id', () => {
    const a = read(row('<span class="ait-badge-count">2</span>')).threads[0];
    expect(a?.threadId).toBe('buyer:jan k.');
    expect(a?.unreadCount).toBe(2);
  });
});

describe('a chat page with unfamiliar class names (another build, Russian UI)', () => {
  const page = `
    <div class="contact-list__91ab2c3">
      <div class="contact__11aa22b contact-current__33cc44d">
        <img src="https://ae01.alicdn.com/kf/ivan.jpg" alt="Иван П.">
        <div class="meta__0a0b0c1"><b class="title__5e6f7a8">Иван П.</b><em class="when__9b0c1d2">вчера 18:02</em></div>
        <p class="last__3e4f5a6">Посылка пришла разбитой, что делать?</p>
        <span class="ait-badge-count">1</span>
      </div>
      <div class="contact__11aa22b">
        <img src="https://ae01.alicdn.com/kf/maria.jpg" alt="Мария К.">
        <div class="meta__0a0b0c1"><b class="title__5e6f7a8">Мария К.</b><em class="when__9b0c1d2">09:40</em></div>
        <p class="last__3e4f5a6">[Прочитано] Спасибо за заказ!</p>
      </div>
    </div>
    <div class="dialog__ab12cd3">
      <div class="dialog-head__c0c0c01"><span class="buyer-name__d1d1d12">Иван П.</span></div>
      <div class="message-box__77ee88f">
        <div class="line__1a1a1a1"><span class="avatar__2b2b2b2"><img src="https://ae01.alicdn.com/kf/ivan.jpg" alt=""></span><div class="say__3c3c3c3">Здравствуйте, посылка пришла разбитой, что делать?</div><span class="stamp__4d4d4d4">вчера 18:02</span></div>
        <div class="line__1a1a1a1"><div class="say__3c3c3c3">Приносим извинения! Пришлите, пожалуйста, фото коробки и товара.</div><span class="stamp__4d4d4d4">вчера 18:30</span><span class="avatar__2b2b2b2"><img src="https://ae01.alicdn.com/kf/shop.png" alt=""></span></div>
        <div class="line__1a1a1a1"><span class="avatar__2b2b2b2"><img src="https://ae01.alicdn.com/kf/ivan.jpg" alt=""></span><div class="say__3c3c3c3">Вот фото</div><span class="stamp__4d4d4d4">вчера 18:41</span></div>
      </div>
      <div class="reply__5e5e5e5"><textarea placeholder="Введите сообщение"></textarea><button type="button">Отправить</button></div>
    </div>`;

  it('still finds the sessions, the open conversation and who wrote last', () => {
    const snapshot = read(page, 'ru');
    const [ivan, maria] = snapshot.threads;
    expect(ivan).toMatchObject({
      buyerName: 'Иван П.',
      open: true,
      lastSpeaker: 'buyer',
      lastBuyerMessage: 'Вот фото',
      lastMessageAt: '2024-10-30T01:41:00.000Z',
      unreadCount: 1,
    });
    expect(maria).toMatchObject({ buyerName: 'Мария К.', lastSpeaker: 'seller', lastMessageAt: '2024-10-30T16:40:00.000Z', open: false });
  });
});

describe('a Korean seller center (한국어)', () => {
  it('reads read receipts, un-replied tags, auto-replies and Korean times on the session list', () => {
    const threads = read(
      `<div class="session-list__aa11bb2">
        <div class="session-item__c0ffee1" data-session-id="K-1">
          <span class="session-name__d00d001">김민수</span><span class="session-time__d00d002">어제</span>
          <span class="session-summary__d00d003">[읽음] 오늘 발송했습니다. 송장 번호를 확인해 주세요.</span>
        </div>
        <div class="session-item__c0ffee1" data-session-id="K-2">
          <span class="session-name__d00d001">이서연</span><span class="session-time__d00d002">5분 전</span>
          <span class="session-summary__d00d003">배송이 언제 되나요?</span><span class="ait-tag">미응답</span>
        </div>
        <div class="session-item__c0ffee1" data-session-id="K-3">
          <span class="session-name__d00d001">박지훈</span><span class="session-time__d00d002">월요일</span>
          <span class="session-summary__d00d003">문의해 주셔서 감사합니다. 곧 답변 드리겠습니다.</span><span class="ait-tag">자동 응답</span>
        </div>
      </div>`,
      'ko',
    ).threads;
    expect(threads.map((t) => [t.threadId, t.lastSpeaker, t.lastMessageAt, t.lastBuyerMessage])).toEqual([
      ['K-1', 'seller', '2024-10-29T07:00:00.000Z', null],
      ['K-2', 'buyer', '2024-10-30T17:40:00.000Z', '배송이 언제 되나요?'],
      ['K-3', 'buyer', '2024-10-28T07:00:00.000Z', null],
    ]);
  });
});
