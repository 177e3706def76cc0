import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSnapshot } from '@/lib/model/snapshot';
import { findReader, readPage } from '@/lib/pages/registry';
import { findReplyBox as findImChatReplyBox, messagesImChat } from '@/lib/pages/readers/messages.im-chat';
import { findReplyBox as findLegacyReplyBox, messagesLegacy } from '@/lib/pages/readers/messages.legacy';

/**
 * Every saved message page (tests/fixtures/pages/messages) read through the registry, as the
 * content script does, and compared with the threads its sidecar JSON expects.
 */

const FOLDER = join(__dirname, '../../fixtures/pages/messages');

interface Sidecar {
  url: string;
  now: string;
  description: string;
  expected: { page: string; threads: unknown[]; missing: string[] };
}

function load(name: string): { html: string; meta: Sidecar } {
  return {
    html: readFileSync(join(FOLDER, `${name}.html`), 'utf8'),
    meta: JSON.parse(readFileSync(join(FOLDER, `${name}.json`), 'utf8')) as Sidecar,
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(html: string, meta: Sidecar) {
  return readPage(parse(html), new URL(meta.url), new Date(meta.now));
}

const names = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

describe('message readers on every saved page', () => {
  it('has the pages the end-to-end tests rely on, each under its own URL', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'im-chat-en-open-ru-buyer',
        'im-chat-zh-open-seller-last',
        'im-chat-pt-open-br-buyer',
        'im-chat-en-list-only',
        'im-chat-hostile',
        'legacy-msg-seller-list',
        'legacy-messagecenter-list',
      ]),
    );
    const urls = names.map((name) => load(name).meta.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(names)('%s', (name) => {
    const { html, meta } = load(name);
    const snapshot = read(html, meta);
    expect(() => PageSnapshot.parse(snapshot)).not.toThrow();
    expect(snapshot).toMatchObject(meta.expected);
    expect(snapshot.threads).toHaveLength(meta.expected.threads.length);
    expect(snapshot.missing).toEqual(meta.expected.missing);
  });

  it.each(names.filter((name) => name.startsWith('im-chat')))('%s still reads after a deploy changes every class hash', (name) => {
    const { html, meta } = load(name);
    let n = 0;
    // Every hash style: `name__3a8affc`, `module--local--Qe7aa2c`, `module__local_7Gh2q`, `Module_local__a8Kp1`.
    const rehashed = html.replace(/class="[^"]*"/g, (attr) =>
      attr.replace(/([\w-]*?(?:__|--|_))([A-Za-z0-9]{5,8})(?=[\s"])/g, (whole, head: string, hash: string) =>
        /\d/.test(hash) ? `${head}${hash.length > 5 ? 'Zq' : 'W'}${(n++).toString(36).padStart(hash.length - (hash.length > 5 ? 2 : 1), '0')}` : whole,
      ),
    );
    expect(rehashed).not.toBe(html);
    expect(read(rehashed, meta)).toMatchObject(meta.expected);
  });
});

describe('which pages the message readers claim', () => {
  it.each([
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/window',
    'https://csp.aliexpress.com/m_apps/im-chat/im?channelId=2000101#/window',
    'https://gsp.aliexpress.com/m_apps/im-chat/im',
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?channelId=3000&sessionId=abc',
  ])('im-chat reads %s', (url) => {
    expect(findReader(new URL(url))).toBe(messagesImChat);
  });

  it.each([
    'https://msg.aliexpress.com/sellerMsgListNew.htm?tracelog=from_orderlist',
    'https://message.aliexpress.com/message/messagecenter_list.htm',
  ])('legacy reads %s', (url) => {
    expect(findReader(new URL(url))).toBe(messagesLegacy);
  });

  it.each([
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/setting/quick-reply',
    'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2000101',
    'https://msg.aliexpress.com/buyerMsgListNew.htm?from=web&msgType=product',
    'https://www.aliexpress.com/m_apps/im-chat/imitation',
    'https://gsp.aliexpress.com/apps/home#/m_apps/im-chat/im',
  ])('neither message reader claims %s', (url) => {
    const parsed = new URL(url);
    expect(messagesImChat.matches(parsed)).toBe(false);
    expect(messagesLegacy.matches(parsed)).toBe(false);
  });
});

describe('message readers outside the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // The inspect CLI parses with a happy-dom Window that defines no globals.
  it.each(names)('%s reads the same without the DOM globals (inspect CLI)', (name) => {
    const { html, meta } = load(name);
    const doc = parse(html);
    for (const global of ['Element', 'HTMLElement', 'Node', 'Text', 'NodeFilter']) vi.stubGlobal(global, undefined);
    const snapshot = readPage(doc, new URL(meta.url), new Date(meta.now));
    vi.unstubAllGlobals();
    expect(snapshot).toMatchObject(meta.expected);
  });
});

describe('a deploy with unknown class names', () => {
  it('finds the open conversation from its message times when no class name says where it is', () => {
    const { html, meta } = load('im-chat-es-camel-translation-bot');
    // The message-list module renamed: "msgFlow--flow--…" becomes "q7--flow--…" (its day lines too).
    const renamed = html.replace(/\bmsgFlow--/g, 'q7--');
    expect(renamed).not.toBe(html);
    expect(read(renamed, meta)).toMatchObject(meta.expected);
  });

  it("takes the buyer's own words, not the translation shown under them nor the quick-reply phrases", () => {
    const { html, meta } = load('im-chat-es-camel-translation-bot');
    const open = read(html, meta).threads.find((t) => t.open);
    expect(open?.lastBuyerMessage).toMatch(/^Can I return only the jacket\?/);
    expect(open?.lastBuyerMessage).not.toMatch(/Traducción|chaqueta|Frases/);
  });
});

describe('findReplyBox', () => {
  const box = (name: string, find: (root: ParentNode) => HTMLElement | null) => find(parse(load(name).html));

  it('finds the textarea of the open conversation', () => {
    const el = box('im-chat-en-open-ru-buyer', findImChatReplyBox);
    expect(el?.tagName).toBe('TEXTAREA');
    expect(el?.getAttribute('placeholder')).toMatch(/Enter a message/);
  });

  it('finds a contenteditable editor, not the hidden remark textarea', () => {
    const el = box('im-chat-zh-open-seller-last', findImChatReplyBox);
    expect(el?.getAttribute('contenteditable')).toBe('true');
    expect(el?.getAttribute('data-placeholder')).toMatch(/请输入消息/);
  });

  it('skips the remark box in the customer panel and returns the outermost editable element', () => {
    const el = box('im-chat-hostile', findImChatReplyBox);
    expect(el?.classList.contains('ql-editor')).toBe(true);
  });

  it('returns null when no conversation is open', () => {
    expect(box('im-chat-en-list-only', findImChatReplyBox)).toBeNull();
    expect(box('legacy-messagecenter-list', findLegacyReplyBox)).toBeNull();
  });

  it('finds the legacy widget textarea', () => {
    expect(box('legacy-msg-seller-list', findLegacyReplyBox)?.classList.contains('message-fields__autosize')).toBe(true);
  });

  it('is offered on the readers for the insertion code', () => {
    expect(messagesImChat.findReplyBox).toBe(findImChatReplyBox);
    expect(messagesLegacy.findReplyBox).toBe(findLegacyReplyBox);
  });
});

describe('hostile page text stays text', () => {
  const { html, meta } = load('im-chat-hostile');

  it('keeps markup-looking names and messages as literal strings and runs nothing', () => {
    const doc = parse(html);
    const scriptsBefore = doc.querySelectorAll('script').length;
    const snapshot = readPage(doc, new URL(meta.url), new Date(meta.now));
    expect(doc.querySelectorAll('script').length).toBe(scriptsBefore);
    const bold = snapshot.threads.find((t) => t.buyerName?.includes('Bold'));
    expect(bold?.buyerName).toBe('<b>Bold</b> & "Quotes"');
    expect(bold?.lastBuyerMessage).toBe('<img src=x onerror=alert(1)> hello?');
    // The JSON inside a <script> element in the list is not a conversation.
    expect(snapshot.threads.some((t) => t.buyerName?.includes('Script'))).toBe(false);
  });

  it('keeps the long message whole and the bot reply after it out of the way', () => {
    const open = read(html, meta).threads.find((t) => t.open);
    expect(open?.lastSpeaker).toBe('buyer');
    expect(open?.lastBuyerMessage?.length).toBeGreaterThan(2500);
    expect(open?.lastBuyerMessage).toMatch(/^I ordered the waterproof boots/);
    expect(open?.lastBuyerMessage).not.toMatch(/agent will reply/);
  });

  it('does not guess an order when the side panel lists several and the chat shows none', () => {
    expect(read(html, meta).threads.find((t) => t.open)?.orderId).toBeNull();
  });
});

describe('readers never throw', () => {
  it.each([
    ['an empty document', ''],
    ['a page of another kind', '<div class="next-table"><table><tr><td>订单号</td><td>8194715118461470</td></tr></table></div>'],
    ['a broken chat', '<div role="log"><div class="message-item__1234567"></div></div><textarea></textarea>'],
  ])('on %s', (_label, html) => {
    for (const url of ['https://gsp.aliexpress.com/m_apps/im-chat/im#/window', 'https://msg.aliexpress.com/sellerMsgListNew.htm']) {
      const snapshot = readPage(parse(html), new URL(url), new Date('2024-10-30T17:45:00Z'));
      expect(() => PageSnapshot.parse(snapshot)).not.toThrow();
    }
  });
});
