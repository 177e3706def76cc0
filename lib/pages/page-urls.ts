/**
 * Which reader reads which URL, by reader id. Kept apart from the readers so the content script
 * can tell a page's reader family from its URL without carrying the readers themselves (it loads
 * only the family the page needs). Each reader's `matches` is the entry under its id.
 */
const CSP_GSP = /^(?:csp|gsp)\.aliexpress\.com$/;
const TRADE = 'trade.aliexpress.com';

export const READER_URLS = {
  'order-list.m_apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/m_apps\/order-manage\/order[-_]?list\/?$/i.test(url.pathname),
  'order-detail.m_apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/m_apps\/order-manage\/order[-_]?detail\/?$/i.test(url.pathname),
  'order-list.apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/apps\/order\/index\/?$/i.test(url.pathname),
  'order-detail.apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/apps\/order\/detail\/?$/i.test(url.pathname),
  'order-detail.legacy': (url: URL) => url.hostname === TRADE && /^\/orderDetail\.htm$/.test(url.pathname),
  'dispute-list.m_apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/m_apps\/dispute-management(?:\/list)?\/?$/.test(url.pathname),
  'dispute-detail.m_apps': (url: URL) => CSP_GSP.test(url.hostname) && /^\/m_apps\/dispute-management\/detail\/?$/.test(url.pathname),
  'dispute-list.legacy': (url: URL) => url.hostname === TRADE && /^\/issue\/issueList\.htm$/.test(url.pathname),
  'dispute-detail.legacy': (url: URL) => url.hostname === TRADE && /^\/issue\/issueDetail\.htm$/i.test(url.pathname),
  /**
   * The seller chat app on csp/gsp. Its route lives in the hash (`#/window`), so the path alone
   * decides (hash optional); the same app's settings screens are not chats.
   */
  'messages.im-chat': (url: URL) =>
    CSP_GSP.test(url.hostname) &&
    /^\/m_apps\/im-chat(?:\/|$)/.test(url.pathname) &&
    !/setting/i.test(url.pathname) &&
    !/^#\/(?:setting|config)/i.test(url.hash),
  'messages.legacy': (url: URL) =>
    (url.hostname === 'msg.aliexpress.com' && /^\/sellerMsgList(?:New)?\.htm$/i.test(url.pathname)) ||
    (url.hostname === 'message.aliexpress.com' && /^\/message\/messagecenter_list\.htm$/i.test(url.pathname)),
} as const satisfies Record<string, (url: URL) => boolean>;

export type ReaderId = keyof typeof READER_URLS;

/** Readers ship in three bundles; a page loads the one its URL needs. */
export type ReaderFamily = 'orders' | 'disputes' | 'messages';

export const READER_FAMILIES: readonly ReaderFamily[] = ['orders', 'disputes', 'messages'];

export function familyOfReader(id: ReaderId): ReaderFamily {
  return id.startsWith('order-') ? 'orders' : id.startsWith('dispute-') ? 'disputes' : 'messages';
}

/** The reader family for a URL, or null on a page no reader reads. */
export function readerFamilyOf(url: URL): ReaderFamily | null {
  for (const [id, matches] of Object.entries(READER_URLS) as Array<[ReaderId, (url: URL) => boolean]>) {
    if (matches(url)) return familyOfReader(id);
  }
  return null;
}
