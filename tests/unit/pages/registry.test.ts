import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_READERS, channelIdOf, findReader } from '@/lib/pages/registry';
import { DISPUTE_READERS } from '@/lib/pages/families/disputes';
import { MESSAGE_READERS } from '@/lib/pages/families/messages';
import { ORDER_READERS } from '@/lib/pages/families/orders';
import { READER_URLS, familyOfReader, readerFamilyOf, type ReaderId } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { listFixtures } from '../../fixtures/url-map';

/** Reader files are named <kind>.<generation>.ts; helpers shared by readers use other names. */
const READER_FILE = /^(order-list|order-detail|dispute-list|dispute-detail|messages)\.[\w-]+\.ts$/;
const readerFiles = readdirSync(join(import.meta.dirname, '../../../lib/pages/readers')).filter((f) => READER_FILE.test(f));
const fixtures = listFixtures();

describe('the page-reader registry', () => {
  it.each(readerFiles)('%s exports a reader that is registered', async (file) => {
    const module = (await import(`@/lib/pages/readers/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    const readers = Object.values(module).filter(
      (value): value is PageReader => typeof value === 'object' && value !== null && 'read' in value && 'matches' in value,
    );
    expect(readers.length).toBeGreaterThan(0);
    for (const reader of readers) {
      expect(PAGE_READERS).toContain(reader);
      expect(file.startsWith(reader.kind)).toBe(true);
    }
  });

  it('takes every reader URL matcher from page-urls.ts, so the content script picks the right family', () => {
    expect(Object.keys(READER_URLS).sort()).toEqual(PAGE_READERS.map((reader) => reader.id).sort());
    for (const reader of PAGE_READERS) expect(reader.matches).toBe(READER_URLS[reader.id as ReaderId]);
  });

  it('ships each reader in the family of its kind', () => {
    const families = { orders: ORDER_READERS, disputes: DISPUTE_READERS, messages: MESSAGE_READERS };
    for (const reader of PAGE_READERS) {
      const family = familyOfReader(reader.id as ReaderId);
      expect(families[family]).toContain(reader);
      expect(reader.kind.startsWith(family.slice(0, -1))).toBe(true);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: the family chosen from the URL holds its reader', (_name, fixture) => {
    const url = new URL(fixture.meta.url);
    const reader = findReader(url);
    expect(readerFamilyOf(url)).toBe(reader ? familyOfReader(reader.id as ReaderId) : null);
  });

  it('has unique reader ids', () => {
    const ids = PAGE_READERS.map((reader) => reader.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PAGE_READERS.map((reader) => [reader.id, reader] as const))('%s has at least one replica page', (_id, reader) => {
    const own = fixtures.filter((fixture) => findReader(new URL(fixture.meta.url)) === reader);
    expect(own.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s is read by a reader of its own kind', (name, fixture) => {
    const kind = name.split('/')[0];
    const reader = findReader(new URL(fixture.meta.url));
    if (kind === 'other') expect(reader).toBeNull();
    else expect(reader?.kind).toBe(kind);
  });

  it('gives every replica page a distinct URL (the demo and e2e serve them by URL)', () => {
    const urls = fixtures.map((fixture) => fixture.meta.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('page detection from the URL alone', () => {
  it.each([
    ['https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1579196', 'order-list'],
    ['https://gsp.aliexpress.com/apps/order/index', 'order-list'],
    ['https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196', 'order-detail'],
    ['https://gsp.aliexpress.com/apps/order/detail?step=4&orderId=8194715118461470', 'order-detail'],
    ['https://trade.aliexpress.com/orderDetail.htm?orderId=8194715118461470', 'order-detail'],
    ['https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1', 'dispute-list'],
    ['https://trade.aliexpress.com/issue/issueList.htm', 'dispute-list'],
    ['https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785', 'dispute-detail'],
    ['https://trade.aliexpress.com/issue/issueDetail.htm?issueId=6375657552402844', 'dispute-detail'],
    ['https://gsp.aliexpress.com/m_apps/im-chat/im#/window', 'messages'],
    ['https://msg.aliexpress.com/sellerMsgListNew.htm?spm=a2g0s', 'messages'],
  ])('%s → %s', (url, kind) => {
    expect(findReader(new URL(url))?.kind).toBe(kind);
  });

  it.each([
    'https://csp.aliexpress.com/m_apps/product-manage/productList?channelId=1',
    'https://csp.aliexpress.com/apps/home?channelId=36375',
    'https://trade.aliexpress.com/order_detail.htm?orderId=8194715118461470', // the BUYER's order page
    'https://www.aliexpress.com/p/order/detail.html?orderId=8194715118461470',
    'https://msg.aliexpress.com/buyerMsgListNew.htm?from=web',
    'https://feedback.aliexpress.com/management/feedbackSellerList.htm',
  ])('reads nothing on %s', (url) => {
    expect(findReader(new URL(url))).toBeNull();
  });

  it('takes the store id from the query or the hash route', () => {
    expect(channelIdOf(new URL('https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1579196'))).toBe('1579196');
    expect(channelIdOf(new URL('https://gsp.aliexpress.com/m_apps/im-chat/im#/window?channelId=2000101'))).toBe('2000101');
    expect(channelIdOf(new URL('https://gsp.aliexpress.com/m_apps/im-chat/im#/window'))).toBeNull();
    expect(channelIdOf(new URL('https://csp.aliexpress.com/x?channelId=abc'))).toBeNull();
  });
});
