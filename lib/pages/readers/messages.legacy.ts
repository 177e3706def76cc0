import { READER_URLS } from '@/lib/pages/page-urls';
import { queryAll } from '@/lib/pages/parse/query';
import type { ReadResult, ThreadSnapshot } from '../../model/snapshot';
import { toCountryCode } from '../parse/country';
import { parsePageDate } from '../parse/date';
import { cleanText, normalizeLabel, textOf } from '../parse/text';
import type { PageReader, ReadContext } from '../reader';
import { derivedThreadId, findReplyBoxWith, readChatPage, type ChatSelectors } from './messages-chat';

/**
 * The message centres before "AliExpress Chat" (note 05):
 * - ≈2017-2021 https://msg.aliexpress.com/sellerMsgListNew.htm?... : the Lazada IM widget
 *   (`#_lzd-im-container`), plain BEM-like classes (`session-item`, `message-row`,
 *   `textarea.message-fields__autosize`, send icon `.im-icon-paper-plane`). Read with the shared
 *   chat engine.
 * - ≈2012-2017 https://message.aliexpress.com/message/messagecenter_list.htm : a server-rendered
 *   table (buyer, latest message, related order, date, read / processed status). Read by its
 *   column headers.
 */

const LZD_SELECTORS: ChatSelectors = {
  sessionItems: ['[data-session-id]', '.session-item', "[class*='session-item']", '.im-session-item', "[class*='session-list'] > li"],
  sessionLists: ['.session-list', "[class*='session-list']", "[class*='im-page-sidebar'] [class*='list']"],
  sessionName: ['.name', "[class*='__name']", "[class*='nick']", "[class*='name']"],
  sessionTime: ['.time', "[class*='time']", "[class*='date']"],
  sessionPreview: ['.summary', "[class*='summary']", "[class*='last-msg']", "[class*='preview']", "[class*='desc']", "[class*='message']"],
  sessionStatus: ["[class*='read']", "[class*='status']"],
  sessionTags: ["[class*='tag']", "[class*='label']"],
  unreadBadge: ['.badge', "[class*='badge']", "[class*='unread']"],
  messageList: ['.message-list', "[class*='message-list']", "[class*='message-container']", "[class*='messages']"],
  messageRows: ['.message-row', "[class*='message-row']", "[class*='message-item']"],
  dividers: ['.message-time-divider', "[class*='time-divider']", "[class*='divider']", "[class*='system-time']"],
  messageText: ['.message-text', "[class*='message-text']", "[class*='text']", "[class*='bubble']", "[class*='content']"],
  messageTime: ["[class*='message-time']", "[class*='time']", "[class*='date']"],
  messageSender: ["[class*='nick']", "[class*='sender']", "[class*='name']"],
  conversationName: [
    '.message-header__name',
    "[class*='message-header'] [class*='name']",
    "[class*='chat-header'] [class*='name']",
    "[class*='buyer-info'] [class*='name']",
  ],
  customerPanel: ['.buyer-info', "[class*='buyer-info']", "[class*='customer']", '.im-page-aside', 'aside'],
  country: ["[class*='country']"],
  orderCards: ['.order-card', "[class*='order-card']", "[class*='order-info']"],
  orderCardId: ["[class*='order-card__title']", "[class*='order-id']", "[class*='order-no']"],
  replyBox: [
    'textarea.message-fields__autosize', // note 05 / 10: the reply box of the old message centre
    '.im-message-input-input-wrap textarea', // csp-im variant of the same widget
    '#_lzd-im-container textarea',
    "[class*='message-fields'] textarea",
  ],
};

// ---------------------------------------------------------------------------------------------
// message.aliexpress.com/message/messagecenter_list.htm

type Column = 'buyer' | 'content' | 'related' | 'time' | 'status';

// Column headers in the old centre's languages; compared after normalizeLabel.
const COLUMN_HEADERS: ReadonlyArray<[Column, RegExp]> = [
  ['buyer', /^(?:buyer|sender|from|contact|买家|发件人|联系人|comprador|remetente|cliente|покупатель|отправитель)/],
  ['content', /^(?:latest message|last message|message|content|subject|最新消息|消息|内容|留言|mensagem|mensaje|ultima mensagem|ultimo mensaje|сообщение)/],
  ['related', /^(?:related|order|product|关联|相关|订单|relacionad|pedido|связ|заказ)/],
  ['time', /^(?:date|time|last update|日期|时间|更新时间|data|fecha|hora|дата|время)/],
  ['status', /^(?:status|state|状态|situacao|estado|статус)/],
];

const COLUMN_CLASSES: Readonly<Record<Column, string>> = {
  buyer: "[class*='sender'], [class*='buyer']",
  content: "[class*='content'], [class*='summary']",
  related: "[class*='relate'], [class*='order']",
  time: "[class*='time'], [class*='date']",
  status: "[class*='status']",
};

const BUYER_WAITING = /unreplied|not replied|unprocessed|not processed|unread|未回复|未处理|未读|nao respondid|nao processad|nao lid|sin responder|sin procesar|no leid|без ответа|не обработан|не прочитан/;
const SELLER_DONE = /replied|processed|已回复|已处理|respondid|processad|procesad|отвечен|обработан/;
const SELF_PREFIX = /^\s*(?:me|you|我|eu|yo|я)\s*[:：]\s*/i;

function columnsOf(table: Element): Map<Column, number> {
  const columns = new Map<Column, number>();
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow) return columns;
  Array.from(headerRow.children).forEach((cell, index) => {
    const label = normalizeLabel(textOf(cell));
    for (const [column, pattern] of COLUMN_HEADERS) {
      if (!columns.has(column) && label && pattern.test(label)) {
        columns.set(column, index);
        break;
      }
    }
  });
  return columns;
}

function cellOf(row: Element, columns: Map<Column, number>, column: Column): Element | null {
  const index = columns.get(column);
  const byHeader = index !== undefined ? row.children[index] : undefined;
  if (byHeader) return byHeader;
  return row.querySelector(COLUMN_CLASSES[column]);
}

function readMessageCenterRow(row: Element, columns: Map<Column, number>): { thread: ThreadSnapshot; unknown: boolean } | null {
  const buyerCell = cellOf(row, columns, 'buyer');
  const nameEl = buyerCell?.querySelector('a') ?? buyerCell?.firstElementChild ?? buyerCell;
  const buyerName = nameEl ? textOf(nameEl).slice(0, 300) || null : null;

  const detailLink = row.querySelector('a[href*="channelId="], a[href*="relationId="]')?.getAttribute('href') ?? '';
  const linkId = /(?:channelId|relationId)=([\w-]{1,100})/.exec(detailLink)?.[1] ?? null;
  const threadId = cleanText(row.getAttribute('data-channel-id')) || linkId || (buyerName ? derivedThreadId(buyerName) : null);
  if (!threadId) return null;

  // Country: the second line under the buyer's name.
  let country: string | null = null;
  if (buyerCell) {
    for (const el of queryAll(buyerCell, 'span, div, em, i')) {
      country = toCountryCode(textOf(el));
      if (country) break;
    }
  }

  // Related: "Order: <id>" (a product link is not an order).
  const relatedCell = cellOf(row, columns, 'related');
  let orderId: string | null = null;
  if (relatedCell) {
    const orderLink = relatedCell.querySelector('a[href*="orderId="]')?.getAttribute('href') ?? '';
    orderId = /orderId=(\d{8,24})/.exec(orderLink)?.[1] ?? null;
    const relatedText = normalizeLabel(textOf(relatedCell));
    if (!orderId && /^(?:order|订单|pedido|заказ)/.test(relatedText)) orderId = /\d{8,24}/.exec(relatedText)?.[0] ?? null;
  }

  const timeCell = cellOf(row, columns, 'time');
  const lastMessageAt = timeCell ? parsePageDate(textOf(timeCell)) : null;

  let preview = textOf(cellOf(row, columns, 'content'));
  const statusText = normalizeLabel(textOf(cellOf(row, columns, 'status')));
  const unread = /(?<![\p{L}])(?:unread|未读|nao lida|no leido|не прочитан)/u.test(statusText) || row.classList.contains('msg-unread') || row.classList.contains('unread');

  let lastSpeaker: 'buyer' | 'seller' = 'buyer';
  let unknown = false;
  if (SELF_PREFIX.test(preview)) {
    lastSpeaker = 'seller';
    preview = cleanText(preview.replace(SELF_PREFIX, ''));
  } else if (BUYER_WAITING.test(statusText)) {
    lastSpeaker = 'buyer';
  } else if (SELLER_DONE.test(statusText)) {
    // "Processed": the agent dealt with it (replied, or nothing to answer): no one is waiting.
    lastSpeaker = 'seller';
  } else {
    unknown = true;
  }

  return {
    thread: {
      threadId: threadId.slice(0, 200),
      buyerName,
      orderId,
      lastSpeaker,
      lastMessageAt,
      lastBuyerMessage: lastSpeaker === 'buyer' && preview ? preview.slice(0, 10000) : null,
      country,
      // The old centre shows read/unread, not a count: one means "at least one".
      unreadCount: unread ? 1 : 0,
      open: false,
    },
    unknown,
  };
}

function readMessageCenterList(root: ParentNode): ReadResult {
  const threads: ThreadSnapshot[] = [];
  const missing: string[] = [];
  const rows = queryAll(root, 'tr[data-channel-id], tr.msg-item, tbody tr');
  const seen = new Set<Element>();
  for (const row of rows) {
    if (seen.has(row) || row.querySelector('th')) continue;
    seen.add(row);
    const table = row.closest('table');
    if (!table) continue;
    const read = readMessageCenterRow(row, columnsOf(table));
    if (!read) continue;
    const i = threads.push(read.thread) - 1;
    if (read.unknown) missing.push(`threads[${i}].lastSpeaker`);
    if (!read.thread.lastMessageAt) missing.push(`threads[${i}].lastMessageAt`);
    if (!read.thread.buyerName) missing.push(`threads[${i}].buyerName`);
  }
  if (threads.length === 0) missing.push('threads');
  return { orders: [], disputes: [], threads, missing };
}

// ---------------------------------------------------------------------------------------------

function urlOrderId(url: URL): string | null {
  const id = url.searchParams.get('orderId');
  return id && /^\d{8,24}$/.test(id) ? id : null;
}

/** The reply box of the old widget (`textarea.message-fields__autosize`); null on the table list. */
export function findReplyBox(root: ParentNode): HTMLElement | null {
  return findReplyBoxWith(root, LZD_SELECTORS);
}

export const messagesLegacy: PageReader = {
  id: 'messages.legacy',
  kind: 'messages',
  matches: READER_URLS['messages.legacy'],
  read(root: ParentNode, ctx: ReadContext) {
    try {
      const isWidget = root.querySelector("#_lzd-im-container, [class*='session-item'], [class*='message-row']") !== null;
      if (isWidget || ctx.url.hostname === 'msg.aliexpress.com') {
        return readChatPage(root, ctx, LZD_SELECTORS, { urlOrderId: urlOrderId(ctx.url) });
      }
      return readMessageCenterList(root);
    } catch {
      return { orders: [], disputes: [], threads: [], missing: ['threads'] };
    }
  },
  findReplyBox,
};
