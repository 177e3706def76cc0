import type { ReadResult, ThreadSnapshot } from '../../model/snapshot';
import { LABELS } from '../labels';
import { toCountryCode } from '../parse/country';
import { classForm, matchesSelector, queryAll } from '../parse/query';
import { cleanText, findElementByLabel, findValueByLabel, labelCandidates, normalizeLabel, textOf } from '../parse/text';
import type { ReadContext } from '../reader';
import { resolveChatTime, type WallDay } from './messages-time';

/**
 * The chat engine shared by the message readers (current im-chat and the legacy Lazada-style
 * widget): a session list on one side, maybe one open conversation, a customer panel.
 * Each reader passes its selectors; this file holds the judgement (who spoke last, which
 * messages are the platform bot's, which time a clock-only message has).
 *
 * Decisions (documented for the queue and the panel):
 * - threadId: a session id from data attributes when the page has one; else `buyer:<name>`
 *   (lower-cased). Not the order id: the list rarely shows orders, and the same conversation
 *   must keep one id whether read from the list or opened.
 * - lastSpeaker comes from the last REAL message. The platform bot (`im_ai`, "AI auto-reply")
 *   and system notices answer from the seller's account, but the buyer is still waiting for a
 *   person: they never make the seller the last speaker.
 * - lastMessageAt is the time of that last real message (list rows: the row's time, which may be
 *   the bot's when the bot answered last).
 * - In the session list, who sent the last message is read from what the row shows: an
 *   un-replied or AI tag, or an unread badge means the buyer; a read receipt ("[Read]", "[已读]")
 *   or a "You:" prefix means the seller. With no marker at all we say "buyer" (a missed reply
 *   costs more than a needless look) and list the field in `missing`.
 * - Nothing is clicked or opened: only the conversation already on screen is read in full.
 */

export interface ChatSelectors {
  /** Conversation rows of the session list (outermost match wins; id attributes welcome). */
  sessionItems: readonly string[];
  /** The session list itself: its children are the rows when no row selector matches. */
  sessionLists: readonly string[];
  sessionName: readonly string[];
  sessionTime: readonly string[];
  sessionPreview: readonly string[];
  /** Read receipts and sender markers on a row ("[Read]", "[已读]"). */
  sessionStatus: readonly string[];
  sessionTags: readonly string[];
  unreadBadge: readonly string[];
  /** The open conversation's message list. */
  messageList: readonly string[];
  /** Rows inside the message list: messages, day dividers, system notices. */
  messageRows: readonly string[];
  /** Day dividers inside the message list ("Today", "Oct 15, 2024"). */
  dividers: readonly string[];
  messageText: readonly string[];
  messageTime: readonly string[];
  /** A sender name shown on a message. */
  messageSender: readonly string[];
  /** The buyer's name for the open conversation: customer panel first, then the chat header. */
  conversationName: readonly string[];
  /** The customer-info side panel. */
  customerPanel: readonly string[];
  country: readonly string[];
  orderCards: readonly string[];
  /** Where an order card prints its id (label text is tried before these). */
  orderCardId: readonly string[];
  /** Reply editors, most specific first. */
  replyBox: readonly string[];
}

export interface ChatReadOptions {
  /** Order id from the URL (deep links from an order or dispute), used when no card shows one. */
  urlOrderId?: string | null;
}

type Side = 'buyer' | 'seller';

// ---------------------------------------------------------------------------------------------
// DOM helpers

const HASH_SUFFIX = /(?:__|--|_)[a-zA-Z0-9]{5,10}$/;

/**
 * Class names without their build hash, camelCase humps as dashes:
 * `session-item-active__1e5b9f3` and `sessionItemActive--Qe7aa2c` -> `session-item-active`.
 */
export function localClassNames(el: Element): string[] {
  const raw = el.getAttribute('class');
  if (!raw) return [];
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => classForm(/\d/.test(name.slice(-10)) || /[A-Z]/.test(name.slice(-10)) ? name.replace(HASH_SUFFIX, '') : name));
}

/** The words of an element's class names: `message-item-left__c5a1f38` -> message, item, left. */
export function classWords(el: Element): Set<string> {
  const words = new Set<string>();
  for (const name of localClassNames(el)) {
    for (const word of name.split(/[-_]+/)) if (word) words.add(word);
  }
  return words;
}

/** Class fragments match in any naming style (`session-item`, `sessionItem`, `session_item`); see parse/query.ts. */
function safeQueryAll(root: ParentNode, selector: string): Element[] {
  return queryAll(root, selector);
}

const NON_CONTENT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function safeMatches(el: Element, selector: string): boolean {
  return matchesSelector(el, selector);
}

/** Each selector array joined once: a new joined string per call would be hashed anew on every lookup. */
const joinedSelectors = new WeakMap<readonly string[], string>();

function selectorList(selectors: readonly string[]): string {
  let joined = joinedSelectors.get(selectors);
  if (joined === undefined) {
    joined = selectors.join(', ');
    joinedSelectors.set(selectors, joined);
  }
  return joined;
}

/** Every element matching any selector, in document order (one pass over the page's element list). */
function queryAny(root: ParentNode, selectors: readonly string[]): Element[] {
  return queryAll(root, selectorList(selectors)).filter((el) => !NON_CONTENT_TAGS.has(el.tagName));
}

/** Matches ordered by selector priority (the array's order), then document order. */
function queryByPriority(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = queryAny(root, selectors);
  if (found.length <= 1 || selectors.length === 1) return found;
  const rank = new Map<Element, number>();
  for (const el of found) {
    const i = selectors.findIndex((selector) => safeMatches(el, selector));
    rank.set(el, i < 0 ? selectors.length : i);
  }
  // Array.prototype.sort is stable: document order survives within one priority.
  return found.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/** All matches of every selector, in document order, without elements nested in another match. */
export function outermostMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = queryAny(root, selectors);
  const set = new Set(found);
  return found.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** All matches that hold no other match: single tags, not the row of tags around them. */
function innermostMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = queryAny(root, selectors);
  const holders = new Set<Element>();
  for (const el of found) for (let p = el.parentElement; p; p = p.parentElement) holders.add(p);
  return found.filter((el) => !holders.has(el));
}


/** The first element, by selector priority then document order, that passes `accept`. */
function firstMatch(root: ParentNode, selectors: readonly string[], accept: (el: Element) => boolean = () => true): Element | null {
  return queryByPriority(root, selectors).find(accept) ?? null;
}

/** The first element, by selector priority then document order, whose text passes `accept`. */
function firstText(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: Element, text: string) => boolean = (_el, text) => text.length > 0,
): { el: Element; text: string } | null {
  for (const el of queryByPriority(root, selectors)) {
    const text = textOf(el);
    if (accept(el, text)) return { el, text };
  }
  return null;
}

function isInside(el: Element, containers: readonly Element[]): boolean {
  return containers.some((c) => c !== el && c.contains(el));
}

// Class words of elements that hold metadata, never the message or preview itself.
const META_WORDS = new Set([
  'time', 'date', 'status', 'read', 'unread', 'name', 'nick', 'tag', 'tags', 'label', 'badge', 'count', 'avatar',
  'translate', 'translation', 'translated', 'meta', 'info', 'head', 'header', 'top', 'foot', 'footer', 'actions',
  'action', 'menu', 'tool', 'tools', 'icon', 'flag', 'card', 'tip', 'receipt', 'toggle',
]);

function isMetaElement(el: Element): boolean {
  const words = classWords(el);
  for (const word of words) if (META_WORDS.has(word)) return true;
  return false;
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function isHiddenInline(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    const style = p.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
    if (p.hasAttribute('hidden') || p.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Words the chat shows (zh, en, pt, es, ru, fr, de)

const UNREPLIED =
  /un-?replied|not replied|no reply|awaiting (?:your )?reply|needs? reply|未回复|待回复|未回覆|nao respondid[ao]s?|sem resposta|aguardando resposta|sin responder|no respondid[ao]|pendiente de respuesta|без ответа|не отвечен|non repondu|sans reponse|unbeantwortet|미응답|답변 대기|응답 대기/;
const AI_TAG =
  /(?<![\p{L}])(?:ai|ia|ии)(?![\p{L}])|ai\s*已?(?:接待|回复|客服|助手|自动|托管)|ai[- ]?serving|ai[- ]?unresolved|bot[- ]?agent|robot|chatbot|(?<![\p{L}])bot(?![\p{L}])|auto[- ]?repl|automatic reply|automated|自动回复|智能|机器人|resposta automatica|respuesta automatica|reponse automatique|автоответ|автоматическ|자동 ?응답|ai 응답/u;
const READ_RECEIPT =
  /^[[【(]?\s*(?:read|unread|seen|delivered|已读|未读|已讀|未讀|lida|nao lida|lido|nao lido|visto|leido|no leido|прочитано|не прочитано|lu|non lu|gelesen|ungelesen|읽음|안 ?읽음)\s*[\]】)]?$/;
const READ_PREFIX =
  /^\s*[[【(]\s*(?:read|unread|已读|未读|已讀|未讀|lida|nao lida|lido|nao lido|leido|no leido|прочитано|не прочитано|lu|non lu|gelesen|ungelesen|읽음|안 ?읽음)\s*[\]】)]\s*/;
const SELF_PREFIX = /^\s*(?:you|me|我|voce|tu|yo|вы|я|vous|moi|ich|du|seller|卖家|나|판매자)\s*[:：]\s*/;
// A label on a single message saying the platform answered ("AI auto-reply", "自动回复").
const BOT_LABEL =
  /^(?:ai|ia|ии|bot|robot)$|(?<![\p{L}])(?:ai|ia|ии)(?![\p{L}])\s*(?:auto[- ]?)?(?:reply|replied|response|answer|assistant|agent|resposta|respuesta|reponse|ответ)|ai\s*(?:自动回复|回复|客服|助手)|auto[- ]?repl|automatic reply|automated reply|自动回复|智能客服|机器人|robot|chatbot|resposta automatica|respuesta automatica|reponse automatique|автоответ|ответ ии|자동 ?응답/u;
const TRANSLATE_WORDS = /translat|翻译|翻譯|tradu|перев|ubersetz|번역/;
const TRANSLATE = /^(?:translate|翻译|翻譯|traduzir|traducir|перевести|traduire|ubersetzen|show original|번역|원문 보기)$/;
const SEND_LABEL = /^(?:send|发送|發送|enviar|отправить|envoyer|senden|invia|送信|전송|gonder|wyslij)$/;

/** Folded for word matching: lower case, accents stripped, whitespace collapsed. */
function fold(text: string): string {
  return normalizeLabel(text);
}

function isBotLabel(text: string): boolean {
  const t = fold(text);
  return t.length > 0 && t.length <= 32 && BOT_LABEL.test(t) && !TRANSLATE_WORDS.test(t);
}

// ---------------------------------------------------------------------------------------------
// Messages of the open conversation

interface MessageRow {
  kind: 'message' | 'divider' | 'system';
  side: Side | null;
  bot: boolean;
  text: string | null;
  /** Raw time text shown on the row. */
  timeText: string | null;
  el: Element;
}

interface BuyerHints {
  name: string | null;
  avatar: string | null;
}

const BUYER_CLASS_WORDS = new Set([
  'left', 'other', 'others', 'receive', 'received', 'receiver', 'incoming', 'buyer', 'customer', 'guest', 'peer',
  'opposite', 'inbound',
]);
const SELLER_CLASS_WORDS = new Set([
  'right', 'self', 'mine', 'me', 'my', 'send', 'sent', 'outgoing', 'seller', 'owner', 'shop', 'store', 'own',
  'outbound', 'reverse',
]);
// Short BEM modifiers ("bubbleRow--in", "msg--out"): trusted on the message row itself only.
const ROW_ONLY_SIDE_WORDS: ReadonlyMap<string, Side> = new Map([['in', 'buyer'], ['out', 'seller']]);
// Only on the message row itself: children such as "ai-translate" are features, not authors.
const BOT_CLASS_WORDS = new Set(['robot', 'bot', 'ai', 'autoreply', 'assistant', 'chatbot']);
const SYSTEM_CLASS_WORDS = new Set([
  'system', 'sys', 'notice', 'notify', 'notification', 'tip', 'tips', 'hint', 'center', 'centre', 'history', 'load',
  'more', 'event', 'recall', 'withdraw', 'revoke', 'empty', 'loading',
]);
// The agent's own tools shown among the messages (quick-reply phrases, templates, suggestions):
// they look like the seller's bubbles but nobody has sent them.
const TOOL_CLASS_WORDS = new Set(['quick', 'phrase', 'phrases', 'shortcut', 'shortcuts', 'template', 'templates', 'suggest', 'suggestion', 'suggestions', 'pop', 'popover', 'popup']);
const DIVIDER_CLASS_WORDS = new Set(['divider', 'timeline', 'separator', 'dateline', 'daytime', 'day', 'dayline']);

// Sender-type codes of the IM data model (note 05): 11 buyer, 12 seller, 13 store account.
const SENDER_ATTRIBUTES = [
  'data-from-type', 'data-sender-type', 'data-sender-account-type', 'data-account-type', 'data-from', 'data-role',
  'data-sender', 'data-direction', 'data-side', 'data-position', 'data-owner',
];
const BUYER_ATTRIBUTE_VALUES = /^(?:11|buyer|customer|other|left|receive|received|in|incoming|guest)$/i;
const SELLER_ATTRIBUTE_VALUES = /^(?:12|13|seller|self|mine|me|right|send|sent|out|outgoing|shop|store|owner)$/i;
const BOT_ATTRIBUTE_VALUES = /^(?:im_ai|im_open_api|ai|bot|robot|system)$/i;

function attributeSide(row: Element): { side: Side | null; bot: boolean } {
  const holders = [row, ...safeQueryAll(row, '[data-from-code],[data-from-type],[data-sender-type],[data-role]')];
  for (const el of holders) {
    const code = el.getAttribute('data-from-code') ?? el.getAttribute('data-biz-code');
    if (code && BOT_ATTRIBUTE_VALUES.test(code.trim())) return { side: null, bot: true };
    for (const name of SENDER_ATTRIBUTES) {
      const value = el.getAttribute(name)?.trim();
      if (!value) continue;
      if (BOT_ATTRIBUTE_VALUES.test(value)) return { side: null, bot: true };
      if (BUYER_ATTRIBUTE_VALUES.test(value)) return { side: 'buyer', bot: false };
      if (SELLER_ATTRIBUTE_VALUES.test(value)) return { side: 'seller', bot: false };
    }
  }
  return { side: null, bot: false };
}

function avatarOf(el: Element | null): Element | null {
  if (!el) return null;
  if (el.tagName === 'IMG') return el;
  return el.querySelector("img, [class*='avatar']");
}

/** An image address without size variant or query: `a.jpg_50x50.jpg?x=1` -> `a.jpg`. */
function imageKey(src: string | null | undefined): string | null {
  if (!src) return null;
  return src.trim().replace(/[?#].*$/, '').replace(/_\d+x\d+(?:q\d+)?\.(?:jpe?g|png|webp|avif)$/i, '') || null;
}

function imgSrc(el: Element | null): string | null {
  const img = el?.tagName === 'IMG' ? el : el?.querySelector('img');
  return imageKey(img?.getAttribute('src'));
}

function sameName(a: string | null, b: string | null): boolean {
  return !!a && !!b && fold(a) === fold(b);
}

/** Who wrote one message row: attributes, class words, labels, names, avatars, layout. */
function classifyMessage(row: Element, cards: readonly Element[], hints: BuyerHints, selectors: ChatSelectors): {
  side: Side | null;
  bot: boolean;
} {
  const byAttribute = attributeSide(row);
  if (byAttribute.bot || byAttribute.side) return byAttribute;

  let buyer = 0;
  let seller = 0;
  let bot = false;

  // Class words of the row and its direct children ("message-item-left", "msg-row-self").
  const classHolders = [row, ...Array.from(row.children)].filter((el) => !cards.some((c) => c.contains(el)));
  for (const el of classHolders) {
    const words = classWords(el);
    for (const word of words) {
      if (el === row && BOT_CLASS_WORDS.has(word)) bot = true;
      if (BUYER_CLASS_WORDS.has(word)) buyer += el === row ? 3 : 2;
      if (SELLER_CLASS_WORDS.has(word)) seller += el === row ? 3 : 2;
      if (el === row && ROW_ONLY_SIDE_WORDS.get(word) === 'buyer') buyer += 3;
      if (el === row && ROW_ONLY_SIDE_WORDS.get(word) === 'seller') seller += 3;
    }
  }

  // Small labels on the message: a bot tag, a read receipt (only our own messages get one),
  // a translate link (offered on incoming messages).
  for (const el of safeQueryAll(row, '*')) {
    if (el.children.length > 0 || cards.some((c) => c.contains(el))) continue;
    const text = fold(textOf(el));
    if (!text || text.length > 32) continue;
    if (isBotLabel(text) && isMetaLike(el, row)) bot = true;
    else if (READ_RECEIPT.test(text)) seller += 2;
    else if (TRANSLATE.test(text)) buyer += 1;
  }

  // A sender name above the bubble.
  const sender = firstText(row, selectors.messageSender, (el, text) => text.length > 0 && !isBotLabel(text) && !cards.some((c) => c.contains(el)));
  if (sender && hints.name) {
    if (sameName(sender.text, hints.name)) buyer += 3;
    else seller += 2;
  }

  // The avatar: the buyer's picture or name, and which side of the bubble it sits on.
  const avatarImg = row.querySelector("[class*='avatar'] img, img[class*='avatar']");
  if (avatarImg && !cards.some((c) => c.contains(avatarImg))) {
    const alt = avatarImg.getAttribute('alt');
    if (alt && hints.name) {
      if (sameName(alt, hints.name)) buyer += 2;
      else if (cleanText(alt)) seller += 1;
    }
    const src = imageKey(avatarImg.getAttribute('src'));
    if (src && hints.avatar) {
      if (src === hints.avatar) buyer += 2;
      else seller += 1;
    }
  }
  const first = row.firstElementChild;
  const last = row.lastElementChild;
  if (first && last && first !== last) {
    if (avatarOf(first) && isAvatarish(first)) buyer += 1;
    else if (avatarOf(last) && isAvatarish(last)) seller += 1;
  }
  const style = row.getAttribute('style') ?? '';
  if (/row-reverse|flex-end|text-align\s*:\s*right/i.test(style)) seller += 1;

  if (bot) return { side: null, bot: true };
  if (buyer > seller) return { side: 'buyer', bot: false };
  if (seller > buyer) return { side: 'seller', bot: false };
  return { side: null, bot: false };
}

function isAvatarish(el: Element): boolean {
  if (el.tagName === 'IMG') return true;
  const words = classWords(el);
  return words.has('avatar') || (el.children.length <= 2 && el.querySelector('img') !== null && !textOf(el));
}

const LABEL_HOLDER_WORDS = new Set(['tag', 'label', 'robot', 'bot', 'ai', 'sender', 'info', 'meta', 'badge', 'title']);

/** A bot label is a small tag/label element, not the text of a message. */
function isMetaLike(el: Element, row: Element): boolean {
  for (let p: Element | null = el; p && p !== row; p = p.parentElement) {
    const words = classWords(p);
    if (words.has('text') || words.has('bubble') || words.has('content')) return false;
    if (p.classList.contains('ait-tag')) return true;
    for (const word of words) if (LABEL_HOLDER_WORDS.has(word)) return true;
  }
  return false;
}

function rowKind(row: Element, selectors: ChatSelectors, now: Date, dayFirst: boolean): 'message' | 'divider' | 'system' {
  const words = classWords(row);
  const ownMatch = (list: readonly string[]) => list.some((s) => { try { return row.matches(s); } catch { return false; } });
  if (ownMatch(selectors.dividers) || [...words].some((w) => DIVIDER_CLASS_WORDS.has(w))) return 'divider';
  // A bare date line: one short text, no bubble, no picture ("Today", "2019-05-10 08:12").
  const text = textOf(row);
  const hasMedia = row.querySelector("img, video, [class*='card'], [class*='bubble']") !== null;
  const leaves = safeQueryAll(row, '*').filter((el) => el.children.length === 0 && textOf(el)).length;
  if (!hasMedia && leaves <= 1 && text.length <= 40 && resolveChatTime(text, now, { dayFirst }) !== null) return 'divider';
  for (const word of words) if (SYSTEM_CLASS_WORDS.has(word) || TOOL_CLASS_WORDS.has(word)) return 'system';
  return 'message';
}

/** Leaf elements with text (no element children), skipping what `skip` rejects. */
function leafTexts(scope: Element, skip: (el: Element, text: string) => boolean): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  for (const el of safeQueryAll(scope, '*')) {
    if (el.children.length > 0 || NON_CONTENT_TAGS.has(el.tagName) || el.closest('sup')) continue;
    const text = textOf(el);
    if (text && !skip(el, text)) out.push({ el, text });
  }
  return out;
}

function longest(hits: ReadonlyArray<{ el: Element; text: string }>): { el: Element; text: string } | null {
  let best: { el: Element; text: string } | null = null;
  for (const hit of hits) if (!best || hit.text.length > best.text.length) best = hit;
  return best;
}

/** Labels around a message that are not its words: times, receipts, bot tags, translate links. */
function isMessageChrome(text: string, now: Date, dayFirst: boolean): boolean {
  const t = fold(text);
  return isTimeText(text, now, dayFirst) || READ_RECEIPT.test(t) || TRANSLATE.test(t) || isBotLabel(text) || /^\d+\+?$/.test(t);
}

// A translation the chat shows under a message ("Traducción: ...", a "translate-text" block): an aid
// for the agent, never the buyer's own words.
const TRANSLATION_CLASS = /^(?:translat|tradu|perevod|fanyi)/;
const TRANSLATION_LABEL = /^(?:translation|translated|traduccion|traducao|traduction|перевод|翻译|譯文|译文|翻譯|번역)\s*[:：]/;

function isTranslation(el: Element, row: Element): boolean {
  for (let p: Element | null = el; p && p !== row; p = p.parentElement) {
    for (const word of classWords(p)) if (TRANSLATION_CLASS.test(word)) return true;
  }
  return TRANSLATION_LABEL.test(fold(textOf(el)));
}

/** An element that holds, besides words, the row's chrome: a time, a receipt, a button, a translation. */
function holdsChrome(el: Element, row: Element, now: Date, dayFirst: boolean): boolean {
  for (const child of safeQueryAll(el, '*')) {
    if (child.tagName === 'BUTTON' || isTranslation(child, row)) return true;
    if (child.children.length === 0 && isMessageChrome(textOf(child), now, dayFirst) && textOf(child)) return true;
  }
  return false;
}

function messageTextOf(row: Element, cards: readonly Element[], selectors: ChatSelectors, now: Date, dayFirst: boolean): string | null {
  const inCard = (el: Element) => cards.some((c) => c === el || c.contains(el) || el.contains(c));
  const hit = firstText(
    row,
    selectors.messageText,
    (el, text) => text.length > 0 && !inCard(el) && !isMetaElement(el) && !isTranslation(el, row) && !holdsChrome(el, row, now, dayFirst),
  );
  if (hit) return hit.text;
  // Unknown markup: the longest text on the row that is not a label around the message.
  const senders = queryAny(row, selectors.messageSender);
  const fallback = longest(
    leafTexts(
      row,
      (el, text) => inCard(el) || senders.some((s) => s === el || s.contains(el)) || isMessageChrome(text, now, dayFirst) || isTranslation(el, row),
    ),
  );
  return fallback ? fallback.text : null;
}

function messageTimeOf(row: Element, cards: readonly Element[], selectors: ChatSelectors, now: Date, dayFirst: boolean): string | null {
  const hit = firstText(
    row,
    selectors.messageTime,
    (el, text) => text.length > 0 && !cards.some((c) => c.contains(el)) && resolveChatTime(text, now, { dayFirst }) !== null,
  );
  if (hit) return hit.text;
  // Unknown markup: a short leaf text that reads as a time ("18:02", "вчера 18:02").
  const leaf = leafTexts(row, (el, text) => cards.some((c) => c.contains(el)) || !isTimeText(text, now, dayFirst))[0];
  return leaf ? leaf.text : null;
}

function messageRowsOf(list: Element, selectors: ChatSelectors): Element[] {
  const rows = outermostMatches(list, [...selectors.messageRows, ...selectors.dividers]).filter((el) => el !== list);
  if (rows.length > 0) return rows;
  // Unknown markup: the list's children, through single-child wrappers.
  let container: Element = list;
  while (container.children.length === 1 && container.firstElementChild && container.firstElementChild.children.length > 0) {
    container = container.firstElementChild;
  }
  return Array.from(container.children).filter((el) => !NON_CONTENT_TAGS.has(el.tagName));
}

interface Conversation {
  rows: MessageRow[];
  orderId: string | null;
}

function readConversation(
  list: Element,
  selectors: ChatSelectors,
  hints: BuyerHints,
  now: Date,
  dayFirst: boolean,
): Conversation {
  const cards = outermostMatches(list, selectors.orderCards);
  const allCards = outermostMatches(list, [...selectors.orderCards, "[class*='card']"]);
  const rows: MessageRow[] = [];
  for (const el of messageRowsOf(list, selectors)) {
    const kind = rowKind(el, selectors, now, dayFirst);
    if (kind !== 'message') {
      rows.push({ kind, side: null, bot: false, text: kind === 'divider' ? textOf(el) : null, timeText: null, el });
      continue;
    }
    const { side, bot } = classifyMessage(el, allCards, hints, selectors);
    rows.push({
      kind,
      side,
      bot,
      text: messageTextOf(el, allCards, selectors, now, dayFirst),
      timeText: messageTimeOf(el, allCards, selectors, now, dayFirst),
      el,
    });
  }
  let orderId: string | null = null;
  for (let i = cards.length - 1; i >= 0 && !orderId; i--) {
    const card = cards[i];
    if (card) orderId = orderIdOfCard(card, selectors);
  }
  return { rows, orderId };
}

interface TimedRow extends MessageRow {
  at: string | null;
}

/** Gives every row an instant: its own time, placed on the day of the divider above it. */
function timeRows(rows: readonly MessageRow[], now: Date, dayFirst: boolean): TimedRow[] {
  let contextDay: WallDay | null = null;
  let contextIso: string | null = null;
  const timed: TimedRow[] = [];
  for (const row of rows) {
    if (row.kind === 'divider' && row.text) {
      const t = resolveChatTime(row.text, now, { dayFirst });
      if (t) {
        contextDay = t.day;
        contextIso = t.hasClock ? t.iso : null;
      }
      timed.push({ ...row, at: null });
      continue;
    }
    let at: string | null = null;
    if (row.timeText) {
      const t = resolveChatTime(row.timeText, now, { dayFirst, contextDay });
      if (t) {
        at = t.iso;
        if (!t.hasClock) at = contextIso ?? t.iso;
        contextDay = t.day;
      }
    } else if (contextIso) {
      // Widgets that only print a divider time ("2019-05-12 21:03") above a burst of messages.
      at = contextIso;
    }
    timed.push({ ...row, at });
  }
  return timed;
}

// ---------------------------------------------------------------------------------------------
// Order ids, countries, names

const ORDER_DIGITS = /(?<![\d.,])\d{10,24}(?![\d.,])/;

export function orderIdOfCard(card: Element, selectors: ChatSelectors): string | null {
  const labelled = findValueByLabel(card, LABELS.orderId);
  const fromLabel = labelled ? ORDER_DIGITS.exec(labelled.replace(/\s+/g, '')) : null;
  if (fromLabel) return fromLabel[0];
  for (const selector of selectors.orderCardId) {
    for (const el of safeQueryAll(card, selector)) {
      const m = ORDER_DIGITS.exec(textOf(el));
      if (m) return m[0];
    }
  }
  for (const link of safeQueryAll(card, 'a[href*="orderId="]')) {
    const m = /orderId=(\d{10,24})/.exec(link.getAttribute('href') ?? '');
    if (m?.[1]) return m[1];
  }
  // Any long digit run that is not part of a date or an amount.
  const m = ORDER_DIGITS.exec(textOf(card));
  return m ? m[0] : null;
}

const FLAG_CODE = /(?:flags?\/|flag[-_])([a-z]{2})(?:\.png|\.svg|\.jpg|\b)/i;

function countryOf(scope: ParentNode, selectors: ChatSelectors, exclude: readonly Element[]): string | null {
  const allowed = (el: Element) => !isInside(el, exclude) && !exclude.includes(el);
  for (const el of queryByPriority(scope, selectors.country)) {
    if (!allowed(el)) continue;
    const code = toCountryCode(textOf(el));
    if (code) return code;
  }
  const labelledEl = findElementByLabel(scope, LABELS.country);
  if (labelledEl && allowed(labelledEl)) {
    const code = toCountryCode(findValueByLabel(scope, LABELS.country) ?? '');
    if (code) return code;
  }
  // Flags: `/flags/RU.png`, `flag flag-pl`, `<img alt="BR">`.
  for (const el of safeQueryAll(scope, "img[src*='flag'], [class*='flag']")) {
    if (!allowed(el)) continue;
    const hint = `${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''}`;
    const m = FLAG_CODE.exec(hint);
    if (m?.[1]) {
      const code = toCountryCode(m[1].toUpperCase());
      if (code) return code;
    }
    const alt = el.getAttribute('alt');
    if (alt) {
      const code = toCountryCode(alt);
      if (code) return code;
    }
  }
  return null;
}

/** A country named on a session row: a country element or a flag, never the buyer's name. */
function rowCountryOf(item: Element): string | null {
  for (const el of safeQueryAll(item, "[class*='country']")) {
    const code = toCountryCode(textOf(el));
    if (code) return code;
  }
  for (const el of safeQueryAll(item, "img[src*='flag'], [class*='flag']")) {
    const m = FLAG_CODE.exec(`${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''}`);
    const code = m?.[1] ? toCountryCode(m[1].toUpperCase()) : null;
    if (code) return code;
  }
  return null;
}

function orderIdsOutside(root: ParentNode, selectors: ChatSelectors, exclude: readonly Element[]): string[] {
  const ids = new Set<string>();
  for (const card of outermostMatches(root, selectors.orderCards)) {
    if (isInside(card, exclude)) continue;
    const id = orderIdOfCard(card, selectors);
    if (id) ids.add(id);
  }
  return [...ids];
}

// ---------------------------------------------------------------------------------------------
// Session list rows

const SESSION_ID_ATTRIBUTES = [
  'data-session-id', 'data-sessionid', 'data-session-key', 'data-sid', 'data-conversation-id', 'data-channel-id',
  'data-relation-id', 'data-id',
];

function sessionIdOf(item: Element): string | null {
  const holders = [item, ...safeQueryAll(item, SESSION_ID_ATTRIBUTES.map((a) => `[${a}]`).join(','))];
  for (const el of holders) {
    for (const attribute of SESSION_ID_ATTRIBUTES) {
      const value = cleanText(el.getAttribute(attribute));
      if (value && value.length <= 200) return value;
    }
  }
  // A row that links to its conversation: `#/window?sessionId=...`.
  const link = item.tagName === 'A' ? item : item.querySelector('a[href*="essionId="], a[href*="onversationId="]');
  const href = link?.getAttribute('href') ?? '';
  const fromLink = /[?&#](?:sessionId|conversationId)=([\w.:-]{1,200})/i.exec(href)?.[1];
  return fromLink ?? null;
}

export function derivedThreadId(buyerName: string): string {
  return truncate(`buyer:${fold(buyerName)}`, 200);
}

const ACTIVE_WORDS = new Set(['active', 'selected', 'current', 'checked', 'focus', 'focused', 'open', 'opened']);

function isActiveItem(item: Element): boolean {
  if (item.getAttribute('aria-selected') === 'true' || item.hasAttribute('aria-current')) return true;
  for (const word of classWords(item)) if (ACTIVE_WORDS.has(word)) return true;
  return false;
}

function badgeCount(item: Element, selectors: ChatSelectors, known: readonly Element[] = []): number | null {
  for (const selector of selectors.unreadBadge) {
    for (const el of safeQueryAll(item, selector)) {
      const text = textOf(el);
      const m = /^(\d{1,4})\+?$/.exec(text) ?? /^(\d{1,4})\+?$/.exec(el.getAttribute('title') ?? '');
      if (m?.[1]) return Number(m[1]);
      if (!text && classWords(el).has('dot')) return 1;
    }
  }
  // Unknown badge markup: a small element of the row holding nothing but a count ("2", "99+"),
  // other than the name, time and preview.
  for (const el of safeQueryAll(item, '*')) {
    if (el.children.length > 0 || known.some((k) => k === el || k.contains(el))) continue;
    const m = /^(\d{1,3})\+?$/.exec(textOf(el));
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

interface SessionRow {
  item: Element;
  thread: ThreadSnapshot;
  active: boolean;
  avatar: string | null;
  /** The list could not tell who wrote last. */
  speakerUnknown: boolean;
}

function readSessionRow(item: Element, selectors: ChatSelectors, now: Date, dayFirst: boolean): SessionRow | null {
  const nameHit =
    firstText(item, selectors.sessionName, (el, text) => text.length > 0 && !isBotLabel(text) && !isTimeText(text, now, dayFirst) && el.closest('sup') === null) ??
    // An empty name element is an answer (a deleted account); guess only when the row has none.
    (queryAny(item, selectors.sessionName).length === 0 ? fallbackNameOf(item, now, dayFirst) : null);
  const buyerName = nameHit ? truncate(nameHit.text, 300) : null;
  const sessionId = sessionIdOf(item);
  if (!sessionId && !buyerName) return null;

  const timeHit =
    firstText(item, selectors.sessionTime, (_el, text) => isTimeText(text, now, dayFirst)) ??
    leafTexts(item, (el, text) => el === nameHit?.el || !isTimeText(text, now, dayFirst))[0] ??
    null;
  const lastMessageAt = timeHit ? (resolveChatTime(timeHit.text, now, { dayFirst })?.iso ?? null) : null;

  const skip = [nameHit?.el, timeHit?.el].filter((el): el is Element => !!el);
  const previewHit = firstText(
    item,
    selectors.sessionPreview,
    (el, text) => text.length > 0 && !skip.some((s) => s === el || s.contains(el) || el.contains(s)) && !isMetaElement(el),
  );
  let preview = previewHit?.text ?? null;
  if (!previewHit) {
    // Unknown markup: the longest remaining text that is not a label, tag or count.
    const tags = innermostMatches(item, selectors.sessionTags);
    const fallback = longest(
      leafTexts(
        item,
        (el, text) =>
          skip.some((s) => s === el || s.contains(el)) || tags.some((t) => t === el || t.contains(el)) || isMessageChrome(text, now, dayFirst) || UNREPLIED.test(fold(text)),
      ),
    );
    preview = fallback?.text ?? null;
  }

  const tagTexts = innermostMatches(item, selectors.sessionTags).map((el) => fold(textOf(el))).filter(Boolean);
  const unreplied = tagTexts.some((t) => UNREPLIED.test(t));
  const aiTagged = tagTexts.some((t) => AI_TAG.test(t) && !UNREPLIED.test(t));

  let sellerMarked = false;
  for (const selector of selectors.sessionStatus) {
    for (const el of safeQueryAll(item, selector)) {
      if (previewHit && (el === previewHit.el || el.contains(previewHit.el))) continue;
      if (READ_RECEIPT.test(fold(textOf(el)))) sellerMarked = true;
    }
  }
  if (preview) {
    const folded = fold(preview);
    const prefix = READ_PREFIX.exec(folded) ?? SELF_PREFIX.exec(folded);
    if (prefix) {
      sellerMarked = true;
      // Drop the marker, keeping the original letters of the message.
      preview = cleanText(preview.replace(/^\s*(?:[[【(][^\]】)]{1,16}[\]】)]|[^:：]{1,12}[:：])\s*/, ''));
    }
  }
  const unread = badgeCount(item, selectors, [nameHit?.el, timeHit?.el, previewHit?.el].filter((el): el is Element => !!el));

  const fromAttribute = attributeSide(item);
  let lastSpeaker: Side = 'buyer';
  let speakerUnknown = false;
  let botLast = false;
  if (fromAttribute.side) lastSpeaker = fromAttribute.side;
  else if (fromAttribute.bot || aiTagged) botLast = true; // the platform bot answered: the buyer still waits
  else if (unreplied) lastSpeaker = 'buyer';
  else if (sellerMarked) lastSpeaker = 'seller';
  else if (unread !== null && unread > 0) lastSpeaker = 'buyer';
  else speakerUnknown = true;

  const thread: ThreadSnapshot = {
    threadId: sessionId ? truncate(sessionId, 200) : derivedThreadId(buyerName ?? ''),
    buyerName,
    orderId: null,
    lastSpeaker,
    lastMessageAt,
    lastBuyerMessage: lastSpeaker === 'buyer' && !botLast && preview ? truncate(preview, 10000) : null,
    unreadCount: unread ?? 0,
    open: false,
  };
  // Some builds print the buyer's flag or country on the row.
  const country = rowCountryOf(item);
  if (country) thread.country = country;
  const avatar = imgSrc(item.querySelector("[class*='avatar'], img"));
  return { item, thread, active: isActiveItem(item), avatar, speakerUnknown };
}

/** Unknown row markup: the avatar's alt text, else the first short text that is not a time or a count. */
function fallbackNameOf(item: Element, now: Date, dayFirst: boolean): { el: Element; text: string } | null {
  const img = item.querySelector('img[alt]');
  const alt = cleanText(img?.getAttribute('alt'));
  if (img && alt && !/^(?:avatar|image|img|头像|picture|foto)$/i.test(alt)) return { el: img, text: alt };
  for (const el of safeQueryAll(item, '*')) {
    if (el.children.length > 0 || el.closest('sup')) continue;
    const text = textOf(el);
    if (!text || text.length > 60 || /^\d+\+?$/.test(text) || isTimeText(text, now, dayFirst) || isBotLabel(text)) continue;
    if (READ_RECEIPT.test(fold(text)) || UNREPLIED.test(fold(text))) continue;
    return { el, text };
  }
  return null;
}

function isTimeText(text: string, now: Date, dayFirst: boolean): boolean {
  return text.length > 0 && text.length <= 40 && resolveChatTime(text, now, { dayFirst }) !== null;
}

/** Order numbers beside an order-number label outside the given containers, each once. */
function labelledOrderIds(root: ParentNode, exclude: readonly Element[]): string[] {
  const labels = new Set(LABELS.orderId.map(normalizeLabel));
  const ids = new Set<string>();
  for (const { node, label } of labelCandidates(root)) {
    const el = node.parentElement;
    if (!labels.has(label) || !el || isInside(el, exclude) || exclude.includes(el)) continue;
    const m = ORDER_DIGITS.exec((findValueByLabel(el.parentElement ?? el, LABELS.orderId) ?? '').replace(/\s+/g, ''));
    if (m) ids.add(m[0]);
  }
  return [...ids];
}

// ---------------------------------------------------------------------------------------------
// The page

/**
 * The open conversation when no selector names it (a deploy with new class names): the element
 * with the most children that show a message time or a day ("18:40", "Ayer"), outside the
 * session list. Not guessed without session rows: the list itself would look the same.
 */
function guessMessageList(root: ParentNode, items: readonly Element[], now: Date, dayFirst: boolean): Element | null {
  if (items.length === 0) return null;
  const timed = new Map<Element, Set<Element>>();
  for (const { node } of labelCandidates(root)) {
    const leaf = node.parentElement;
    if (!leaf || node.data.length > 40 || NON_CONTENT_TAGS.has(leaf.tagName)) continue;
    if (items.some((item) => item.contains(leaf)) || !isTimeText(cleanText(node.data), now, dayFirst)) continue;
    let child: Element = leaf;
    for (let up = leaf.parentElement, depth = 0; up && depth < 10; up = up.parentElement, depth++) {
      const children = timed.get(up) ?? new Set<Element>();
      children.add(child);
      timed.set(up, children);
      child = up;
    }
  }
  let best: Element | null = null;
  let bestCount = 2;
  for (const [el, children] of timed) {
    if (children.size < bestCount || items.some((item) => el.contains(item))) continue;
    best = el;
    bestCount = children.size + 1;
  }
  return best;
}

/** `pt-BR`, `es`, `ru`... write day before month; `en-US` and `zh` write month first. */
export function dayFirstFor(root: ParentNode): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = (doc?.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (!lang) return false;
  if (lang.startsWith('zh') || lang.startsWith('ja') || lang.startsWith('ko') || lang === 'en' || lang.startsWith('en-us')) return false;
  return true;
}

/** Session rows by their own selectors, else the children of the session list (unknown row names). */
function sessionItemsOf(root: ParentNode, selectors: ChatSelectors): Element[] {
  const items = outermostMatches(root, selectors.sessionItems);
  if (items.length > 0) return items;
  const list = firstMatch(root, selectors.sessionLists);
  if (!list) return [];
  let container: Element = list;
  while (container.children.length === 1 && container.firstElementChild && container.firstElementChild.children.length > 1) {
    container = container.firstElementChild;
  }
  // Rows carry a picture or at least two texts (name and time); "load more" lines do not.
  return Array.from(container.children).filter(
    (el) => !NON_CONTENT_TAGS.has(el.tagName) && (el.querySelector('img') !== null || safeQueryAll(el, '*').filter((c) => c.children.length === 0 && textOf(c)).length >= 2),
  );
}

export function readChatPage(root: ParentNode, ctx: ReadContext, selectors: ChatSelectors, options: ChatReadOptions = {}): ReadResult {
  const { now } = ctx;
  const dayFirst = dayFirstFor(root);
  const missing: string[] = [];

  const allItems = sessionItemsOf(root, selectors);
  // The conversation pane never holds session rows: that tells it from a list wrapper.
  const messageList =
    firstMatch(root, selectors.messageList, (el) => !allItems.some((item) => el.contains(item))) ??
    guessMessageList(root, allItems, now, dayFirst);
  const items = allItems.filter((el) => !messageList || !messageList.contains(el));
  const sessions: SessionRow[] = [];
  for (const item of items) {
    const row = readSessionRow(item, selectors, now, dayFirst);
    if (row) sessions.push(row);
  }

  const threads: ThreadSnapshot[] = sessions.map((s) => s.thread);
  const unknownSpeaker = new Set(sessions.filter((s) => s.speakerUnknown).map((s) => s.thread));

  const openThread = messageList ? readOpenConversation(root, messageList, sessions, selectors, ctx, dayFirst, options) : null;
  if (openThread) {
    const { thread, session, speakerKnown, countryShown } = openThread;
    if (session) {
      const at = threads.indexOf(session.thread);
      threads[at] = thread;
      unknownSpeaker.delete(session.thread);
    } else {
      threads.unshift(thread);
    }
    if (!speakerKnown) unknownSpeaker.add(thread);
    const i = threads.indexOf(thread);
    if (!thread.buyerName) missing.push(`threads[${i}].buyerName`);
    if (!thread.lastMessageAt) missing.push(`threads[${i}].lastMessageAt`);
    if (!countryShown) missing.push(`threads[${i}].country`);
  }

  threads.forEach((thread, i) => {
    if (thread.open) return;
    if (!thread.buyerName) missing.push(`threads[${i}].buyerName`);
    if (!thread.lastMessageAt) missing.push(`threads[${i}].lastMessageAt`);
  });
  threads.forEach((thread, i) => {
    if (unknownSpeaker.has(thread)) missing.push(`threads[${i}].lastSpeaker`);
  });
  if (threads.length === 0) missing.push('threads');
  return { orders: [], disputes: [], threads, missing };
}

interface OpenConversation {
  thread: ThreadSnapshot;
  session: SessionRow | null;
  speakerKnown: boolean;
  countryShown: boolean;
}

function readOpenConversation(
  root: ParentNode,
  messageList: Element,
  sessions: readonly SessionRow[],
  selectors: ChatSelectors,
  ctx: ReadContext,
  dayFirst: boolean,
  options: ChatReadOptions,
): OpenConversation | null {
  const { now } = ctx;
  const panel = firstMatch(root, selectors.customerPanel, (el) => !el.contains(messageList) && !sessions.some((s) => el.contains(s.item)));
  const sessionElements = sessions.map((s) => s.item);

  // Buyer name: customer panel, then the chat header, then the highlighted session row.
  const nameScopes: ParentNode[] = panel ? [panel, root] : [root];
  let buyerName: string | null = null;
  for (const scope of nameScopes) {
    const hit = firstText(scope, selectors.conversationName, (el, text) => text.length > 0 && !messageList.contains(el) && !isInside(el, sessionElements) && !isBotLabel(text));
    if (hit) {
      buyerName = truncate(hit.text, 300);
      break;
    }
  }
  if (!buyerName && panel) {
    const labelled = findValueByLabel(panel, LABELS.buyer);
    if (labelled) buyerName = truncate(labelled, 300);
  }
  // The highlighted row, unless it names someone else (a highlight left behind while switching).
  const active = sessions.find((s) => s.active && (!buyerName || !s.thread.buyerName || sameName(s.thread.buyerName, buyerName))) ?? null;
  const session = active ?? (buyerName ? sessions.find((s) => sameName(s.thread.buyerName, buyerName)) ?? null : null);
  buyerName ??= session?.thread.buyerName ?? null;

  const hints: BuyerHints = { name: buyerName, avatar: session?.avatar ?? null };
  const conversation = readConversation(messageList, selectors, hints, now, dayFirst);
  const timed = timeRows(conversation.rows, now, dayFirst);
  const hasMessages = timed.some((r) => r.kind === 'message');
  if (!hasMessages && !buyerName) return null;

  const real = timed.filter((r) => r.kind === 'message' && !r.bot && r.side !== null);
  const lastReal = real[real.length - 1] ?? null;
  const lastBuyer = [...real].reverse().find((r) => r.side === 'buyer' && r.text) ?? null;
  const lastRow = [...timed].reverse().find((r) => r.kind === 'message') ?? null;

  let lastSpeaker: Side;
  let speakerKnown = true;
  if (lastReal?.side) lastSpeaker = lastReal.side;
  else if (session && !session.speakerUnknown) lastSpeaker = session.thread.lastSpeaker;
  else {
    lastSpeaker = 'buyer';
    speakerKnown = false;
  }

  let lastMessageAt = lastReal?.at ?? null;
  // The list row's time is the newest message's: only ours if that message is the last real one.
  if (!lastMessageAt && (!lastReal || lastReal === lastRow)) lastMessageAt = session?.thread.lastMessageAt ?? null;

  // Linked order: a card in the conversation (newest), else the only order in the customer panel,
  // else the URL's order id. Several panel orders and no card: we do not guess.
  let orderId = conversation.orderId;
  if (!orderId) {
    // Cards outside the conversation and the session list belong to the customer panel.
    const panelIds = orderIdsOutside(root, selectors, [messageList, ...sessionElements]);
    // No card markup we know: order numbers shown beside an order-number label ("Nº de pedido: …").
    const ids = panelIds.length > 0 ? panelIds : labelledOrderIds(root, [messageList, ...sessionElements]);
    if (ids.length === 1) orderId = ids[0] ?? null;
  }
  orderId ??= options.urlOrderId ?? null;

  // Not from the session rows (each may show its own buyer's flag) nor from message texts.
  const others = [messageList, ...sessionElements];
  const headerScope = messageList.parentElement?.parentElement ?? root;
  const country =
    (panel ? countryOf(panel, selectors, []) : null) ??
    countryOf(headerScope, selectors, others) ??
    countryOf(root, selectors, others) ??
    session?.thread.country ??
    null;

  const lastBuyerMessage = lastBuyer?.text ?? (lastSpeaker === 'buyer' ? (session?.thread.lastBuyerMessage ?? null) : null);
  const thread: ThreadSnapshot = {
    threadId: session?.thread.threadId ?? (buyerName ? derivedThreadId(buyerName) : 'open-conversation'),
    buyerName,
    orderId,
    lastSpeaker,
    lastMessageAt,
    lastBuyerMessage: lastBuyerMessage ? truncate(lastBuyerMessage, 10000) : null,
    country,
    unreadCount: session?.thread.unreadCount ?? 0,
    open: true,
  };
  return { thread, session, speakerKnown, countryShown: country !== null };
}

// ---------------------------------------------------------------------------------------------
// Reply box

const EDITABLE = "[contenteditable='true'], [contenteditable=''], [contenteditable='plaintext-only']";
const EDITOR_SELECTOR = "textarea, [contenteditable='true'], [contenteditable=''], [contenteditable='plaintext-only'], [role='textbox']";
const NOT_REPLY_WORDS = new Set([
  'remark', 'memo', 'note', 'notes', 'search', 'filter', 'customer', 'profile', 'aside', 'setting', 'settings',
  'translate', 'translation',
]);
const REPLY_WORDS = new Set(['input', 'editor', 'composer', 'send', 'reply', 'chat', 'message', 'fields', 'autosize', 'textarea', 'footer']);

function editorScore(el: Element): number {
  if (el.hasAttribute('disabled') || el.hasAttribute('readonly') || isHiddenInline(el)) return -100;
  if (el.tagName === 'INPUT') return -100;
  let score = 0;
  for (let p: Element | null = el, depth = 0; p && depth < 8; p = p.parentElement, depth++) {
    const words = classWords(p);
    if (p.tagName === 'ASIDE') score -= 6;
    for (const word of words) {
      if (NOT_REPLY_WORDS.has(word)) score -= 6;
      else if (REPLY_WORDS.has(word) && depth < 5) score += 1;
    }
    if (depth > 0 && depth <= 4 && hasSendButton(p)) {
      score += 5;
      break;
    }
  }
  const hint = fold(`${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('data-placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
  if (/message|mensagem|mensaje|сообщение|消息|输入|message|type|digite|escrib|enter/.test(hint)) score += 2;
  if (/search|remark|备注|搜索|pesquis|buscar|поиск/.test(hint)) score -= 6;
  return score;
}

function hasSendButton(scope: Element): boolean {
  if (scope.querySelector(".im-icon-paper-plane, [class*='send-btn'], [class*='send-button'], [class*='btn-send']")) return true;
  for (const button of safeQueryAll(scope, "button, a, [role='button']")) {
    if (SEND_LABEL.test(fold(textOf(button)))) return true;
  }
  return false;
}

/** The conversation's reply editor (textarea or contenteditable), or null when none is shown. */
export function findReplyBoxWith(root: ParentNode, selectors: ChatSelectors): HTMLElement | null {
  const known = new Set(queryAny(root, selectors.replyBox));
  const candidates = new Set<Element>();
  for (const el of queryAny(root, [...selectors.replyBox, EDITOR_SELECTOR])) {
    // Rich editors: the outermost editable element, not a paragraph inside it.
    let editor = el;
    for (let up = el.parentElement?.closest(EDITABLE) ?? null; up; up = up.parentElement?.closest(EDITABLE) ?? null) {
      editor = up;
    }
    candidates.add(editor);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    // The reader's own selectors describe this page's editor: a small head start.
    const score = editorScore(el) + (known.has(el) ? 2 : 0);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best && best.namespaceURI === 'http://www.w3.org/1999/xhtml' ? (best as HTMLElement) : null;
}
