import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader, ReadContext } from '../reader';
import { findReplyBoxWith, readChatPage, type ChatSelectors } from './messages-chat';

/**
 * "AliExpress Chat" (消息中心 / Centro de mensagens, im-ae build), the current seller chat:
 * https://gsp.aliexpress.com/m_apps/im-chat/im#/window and csp.aliexpress.com/m_apps/im-chat/im?channelId=...
 * A React app with CSS-module classes (`user-name__3a8affc`: the part before `__` is stable, the
 * hash changes with each deploy), AIT components (`ait-*`), and the shared IM card classes
 * (`im-order-card`, `im-order-card-status`, `im-order-card-subtitle`) from note 05.
 *
 * Never opens a conversation: opening marks it read for the whole team. The list is read
 * passively; the conversation is read only when the agent already has it open.
 *
 * Selectors are arrays of fallbacks, stable attributes first, class-name PREFIXES second
 * (never a full hashed class). The judgement (sides, bots, times) lives in messages-chat.ts.
 */
const SELECTORS: ChatSelectors = {
  // Each group below is queried over the whole page: kept short, every entry a real variant.
  sessionItems: [
    '[data-session-id]',
    '[data-conversation-id]',
    "[class*='session-item']", // session-item__<hash>, sessionItem--<hash> (outermost match wins)
    "[class*='conversation-item']",
    "[class*='chat-item']",
    "[class*='session-card']",
    "[class*='dialog-item']",
    "[class*='session-list'] > li",
  ],
  sessionLists: [
    "[class*='session-list']",
    "[class*='conversation-list']",
    "[class*='chat-list']",
    "[class*='contact-list']",
    "[class*='dialog-list']",
    "[class*='inbox-list']",
    "[class*='session-panel'] [role='list']",
  ],
  sessionName: [
    "[class*='session-name']",
    "[class*='user-name']",
    "[class*='buyer-name']",
    "[class*='nick']",
    "[class*='-name__']",
    "[class*='name__']",
    "[class*='name']",
    "[class*='title__']",
  ],
  sessionTime: ['time', "[class*='time']", "[class*='date']"],
  sessionPreview: [
    "[class*='summary']",
    "[class*='last-msg']",
    "[class*='lastmsg']",
    "[class*='last-message']",
    "[class*='preview']",
    "[class*='snippet']",
    "[class*='-msg__']",
    "[class*='desc']",
    "[class*='msg']",
    "[class*='message']",
  ],
  sessionStatus: ["[class*='read-status']", "[class*='msg-status']", "[class*='read']", "[class*='status']"],
  sessionTags: ["[class*='tag']", '.ait-tag', "[class*='label']"],
  unreadBadge: [
    '.ait-badge-count',
    "sup[class*='badge']",
    "[class*='badge-count']",
    "[class*='unread-count']",
    "[class*='unread-num']",
    "[class*='badge']",
    "[class*='unread']", // contactItem--unread--: a count only when its text is a number
    "[class*='counter']",
  ],
  messageList: [
    "[role='log']",
    "[class*='message-list']",
    "[class*='msg-list']",
    "[class*='messages__']",
    "[class*='message-container']",
    "[class*='chat-body']",
    "[class*='message-area']",
    "[class*='message-box']",
    "[class*='msg-flow']",
    "[class*='message-flow']",
    "[class*='message-history']",
    "[class*='chat-history']",
  ],
  messageRows: [
    '[data-mid]',
    '[data-message-id]',
    '[data-msg-id]',
    "[class*='message-item__']",
    "[class*='msg-item__']",
    "[class*='msg-row__']",
    "[class*='message-row__']",
    "[class*='chat-message__']",
    "[class*='bubble-item__']",
    "[class*='message-wrap__']",
    "[class*='message__']",
  ],
  dividers: [
    "[class*='time-divider']",
    "[class*='date-divider']",
    "[class*='divider']",
    "[class*='time-line']",
    "[class*='date-line']",
    "[class*='timeline']",
    "[class*='date-separator']",
    "[class*='time-tip']",
  ],
  messageText: [
    "[class*='text-message']",
    "[class*='message-text']",
    "[class*='msg-text']",
    "[class*='text__']",
    'pre',
    "[class*='text']",
    "[class*='bubble']",
    "[class*='content']",
  ],
  messageTime: ['time', "[class*='message-time']", "[class*='msg-time']", "[class*='time']", "[class*='date']"],
  messageSender: ["[class*='msg-nick']", "[class*='sender-name']", "[class*='nick']", "[class*='name']"],
  conversationName: [
    "[class*='user-name__']", // customer panel, note 05: <div class="user-name__3a8affc">
    "[data-spm-anchor-id*='.i3.']", // same element, when the class changes
    "[class*='buyer-name']",
    "[class*='chat-title']",
    "[class*='chat-nick']",
    "[class*='chat-header'] [class*='name']",
    "[class*='conversation-header'] [class*='name']",
    "[class*='chat-top'] [class*='nick']",
  ],
  customerPanel: [
    "[class*='customer-']",
    "[class*='buyer-info']",
    "[class*='profile__']",
    'aside',
    "div[class*='info__']:not([class*='-info__'])", // note 05: div[class*='info__'] div[class*='basic_']
  ],
  country: [
    "div[class*='info__'] div[class*='basic_'] div[class*='address__']", // note 05
    "[class*='address__']",
    "[class*='country']",
    "[data-spm-anchor-id*='.i2.']",
    "[data-spm-anchor-id*='.i4.']",
  ],
  orderCards: ["[class*='im-order-card']", "[class*='order-card']"],
  orderCardId: ['.im-order-card-subtitle', "[class*='order-card-subtitle']", "[class*='order-id']", "[class*='subtitle']"],
  replyBox: [
    "[class*='chat-input'] textarea",
    "[class*='input-editor'] [contenteditable='true']",
    "[class*='editor'] [contenteditable='true']",
    "[class*='composer'] textarea",
    "[class*='send-area'] [contenteditable='true']",
  ],
};

/** `#/window?orderId=...` or `?orderId=`: deep links from orders and disputes. */
function urlOrderId(url: URL): string | null {
  const fromHash = new URLSearchParams(url.hash.split('?')[1] ?? '');
  const id = url.searchParams.get('orderId') ?? url.searchParams.get('tradeOrderId') ?? fromHash.get('orderId') ?? fromHash.get('tradeOrderId');
  return id && /^\d{10,24}$/.test(id) ? id : null;
}

/** The open conversation's reply editor (textarea or contenteditable); null when none is open. */
export function findReplyBox(root: ParentNode): HTMLElement | null {
  return findReplyBoxWith(root, SELECTORS);
}

export const messagesImChat: PageReader = {
  id: 'messages.im-chat',
  kind: 'messages',
  matches: READER_URLS['messages.im-chat'],
  read(root: ParentNode, ctx: ReadContext) {
    try {
      return readChatPage(root, ctx, SELECTORS, { urlOrderId: urlOrderId(ctx.url) });
    } catch {
      // A reader never throws: an unexpected page shape is reported, not crashed on.
      return { orders: [], disputes: [], threads: [], missing: ['threads'] };
    }
  },
  findReplyBox,
};
