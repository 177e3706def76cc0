import type { PageSnapshot } from '../model/snapshot';
import type { PageReader } from './reader';
import { disputeDetailLegacy } from './readers/dispute-detail.legacy';
import { disputeDetailMApps } from './readers/dispute-detail.m_apps';
import { disputeListLegacy } from './readers/dispute-list.legacy';
import { disputeListMApps } from './readers/dispute-list.m_apps';
import { messagesImChat } from './readers/messages.im-chat';
import { messagesLegacy } from './readers/messages.legacy';
import { orderDetailApps } from './readers/order-detail.apps';
import { orderDetailLegacy } from './readers/order-detail.legacy';
import { orderDetailMApps } from './readers/order-detail.m_apps';
import { orderListApps } from './readers/order-list.apps';
import { orderListMApps } from './readers/order-list.m_apps';

/**
 * Every page reader, newest generation first. A reader not listed here never runs:
 * tests/unit/pages/registry.test.ts checks that every reader file is registered and has fixtures.
 */
export const PAGE_READERS: readonly PageReader[] = [
  // order readers
  orderListMApps,
  orderDetailMApps,
  orderListApps,
  orderDetailApps,
  orderDetailLegacy,
  // dispute readers
  disputeListMApps,
  disputeDetailMApps,
  disputeListLegacy,
  disputeDetailLegacy,
  // message readers
  messagesImChat,
  messagesLegacy,
];

export function findReader(url: URL): PageReader | null {
  return PAGE_READERS.find((reader) => reader.matches(url)) ?? null;
}

/** `?channelId=` is the store id on almost every csp/gsp URL (also inside the #/ hash on the chat page). */
export function channelIdOf(url: URL): string | null {
  const fromQuery = url.searchParams.get('channelId');
  const fromHash = new URLSearchParams(url.hash.split('?')[1] ?? '').get('channelId');
  const id = fromQuery ?? fromHash;
  return id && /^\d{1,20}$/.test(id) ? id : null;
}

/** Read a page with the reader its URL selects; an unknown page yields kind "unknown". */
export function readPage(root: ParentNode, url: URL, now: Date): PageSnapshot {
  const reader = findReader(url);
  const base = { url: url.href, readAt: now.toISOString(), channelId: channelIdOf(url) };
  if (!reader) {
    return { ...base, page: 'unknown', reader: null, orders: [], disputes: [], threads: [], missing: [] };
  }
  return { ...base, page: reader.kind, reader: reader.id, ...reader.read(root, { now, url }) };
}
