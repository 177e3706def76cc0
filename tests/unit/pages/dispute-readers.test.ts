import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSnapshot } from '@/lib/model/snapshot';
import { findReader, readPage } from '@/lib/pages/registry';
import { disputeDetailLegacy } from '@/lib/pages/readers/dispute-detail.legacy';
import { disputeDetailMApps } from '@/lib/pages/readers/dispute-detail.m_apps';

/**
 * Every saved dispute page (tests/fixtures/pages/dispute-*) read through the registry, as the
 * content script does, and compared with the snapshot its sidecar JSON expects.
 */

const FIXTURES = join(__dirname, '../../fixtures/pages');
const FOLDERS = ['dispute-list', 'dispute-detail'];

interface Sidecar {
  url: string;
  now: string;
  description: string;
  expected: { page: string; disputes: unknown[]; missing: string[] };
}

function loadFixture(folder: string, name: string): { doc: Document; meta: Sidecar } {
  const html = readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8');
  const meta = JSON.parse(readFileSync(join(FIXTURES, folder, `${name}.json`), 'utf8')) as Sidecar;
  return { doc: new DOMParser().parseFromString(html, 'text/html'), meta };
}

function read(doc: Document, meta: Sidecar) {
  return readPage(doc, new URL(meta.url), new Date(meta.now));
}

const cases = FOLDERS.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [folder, file.replace(/\.json$/, '')] as const),
);

describe('dispute readers on every saved page', () => {
  it('has fixtures for lists and details, each with a distinct URL', () => {
    expect(cases.filter(([folder]) => folder === 'dispute-list').length).toBeGreaterThanOrEqual(4);
    expect(cases.filter(([folder]) => folder === 'dispute-detail').length).toBeGreaterThanOrEqual(6);
    const urls = cases.map(([folder, name]) => loadFixture(folder, name).meta.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(cases)('%s/%s', (folder, name) => {
    const { doc, meta } = loadFixture(folder, name);
    const snapshot = read(doc, meta);
    expect(PageSnapshot.safeParse(snapshot).success).toBe(true);
    expect(snapshot.page).toBe(folder);
    expect(snapshot.disputes).toHaveLength(meta.expected.disputes.length);
    expect(snapshot).toMatchObject(meta.expected);
  });
});

/** Another deploy: every CSS-module build hash (`reverseList--row--a8Fk2Lq`) changes. */
function rotateHashes(html: string): string {
  let n = 0;
  return html.replace(/(\b[A-Za-z][\w]*--[A-Za-z][\w]*--)[A-Za-z0-9_-]{5,8}\b/g, (_m, prefix: string) => `${prefix}Zz${(n++).toString(36)}Q9`);
}

describe('dispute readers survive a new deploy', () => {
  it.each(cases)('%s/%s with new build hashes', (folder, name) => {
    const html = rotateHashes(readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8'));
    const { meta } = loadFixture(folder, name);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(read(doc, meta)).toMatchObject(meta.expected);
  });
});

describe('dispute readers on a deploy whose markup changed more', () => {
  it.each(cases)('%s/%s with every class attribute removed (labels alone)', (folder, name) => {
    const html = readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8').replace(/\sclass="[^"]*"/g, '');
    const { meta } = loadFixture(folder, name);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(read(doc, meta).disputes).toMatchObject(meta.expected.disputes);
  });

  // Every text wrapped once more (`<td><span>…</span></td>`); not for the ARIA grid, where a wrapper
  // between a row and its cells would break the grid itself.
  it.each(cases.filter(([, name]) => name !== 'm_apps-zh-role-grid'))('%s/%s with every cell and line wrapped in a span', (folder, name) => {
    const html = readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8')
      .replace(/<(span|td|dd|div)([^>]*)>/g, '<$1$2><span>')
      .replace(/<\/(span|td|dd|div)>/g, '</span></$1>');
    const { meta } = loadFixture(folder, name);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(read(doc, meta).disputes).toMatchObject(meta.expected.disputes);
  });
});

describe('dispute readers outside the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // The inspect CLI parses with a happy-dom Window that defines no globals: `instanceof Element` would throw there.
  it.each(cases)('%s/%s reads the same without the DOM globals (inspect CLI)', (folder, name) => {
    const { doc, meta } = loadFixture(folder, name);
    for (const global of ['Element', 'HTMLElement', 'Node', 'Text', 'NodeFilter']) vi.stubGlobal(global, undefined);
    const snapshot = read(doc, meta);
    vi.unstubAllGlobals();
    expect(snapshot).toMatchObject(meta.expected);
  });
});

describe('dispute readers: what a seller would notice', () => {
  it('takes the response countdown, not the buyer-protection clock or a promotion notice', () => {
    const customs = loadFixture('dispute-detail', 'm_apps-en-customs-awaiting-seller');
    expect(read(customs.doc, customs.meta).disputes[0]?.deadline).toBe('2025-03-16T12:45:06.000Z');

    const platform = loadFixture('dispute-detail', 'm_apps-zh-platform-intervention');
    // The notice bar above the dispute counts down 2天 10:00:00 to a promotion; the evidence clock is 2天 11:04:50.
    expect(read(platform.doc, platform.meta).disputes[0]?.deadline).toBe('2025-06-14T20:04:50.000Z');
  });

  it('ignores a countdown that is not about the dispute even when it is the only one', () => {
    const { doc, meta } = loadFixture('dispute-detail', 'm_apps-en-customs-awaiting-seller');
    doc.querySelector('[class*="countDown--wrap"]')?.remove();
    const snapshot = read(doc, meta);
    expect(snapshot.disputes[0]?.deadline).toBeNull();
    expect(snapshot.missing).toContain('deadline');
  });

  it('never takes an order processing clock for the response deadline', () => {
    const { doc, meta } = loadFixture('dispute-detail', 'gsp-ru-inline-oldest-first');
    doc.querySelector('.next-message')?.remove(); // the notice with "Осталось 2 дня 03:04:05"
    const snapshot = read(doc, meta);
    // Only "Срок обработки заказа: 5 дн. 00:00:00" is left: not the seller's response time.
    expect(snapshot.disputes[0]?.deadline).toBeNull();
    expect(snapshot.missing).toContain('deadline');

    const row = (clock: string) => `<table><thead><tr><th>Заказ</th><th>Статус спора</th><th>Сроки</th></tr></thead><tbody>
      <tr><td>№ 8214610077254903</td><td>Требуется ваш ответ</td><td>${clock}</td></tr></tbody></table>`;
    const url = new URL('https://gsp.aliexpress.com/m_apps/dispute-management/list?channelId=4410932');
    const now = new Date('2025-11-12T08:00:00.000Z');
    const processing = readPage(new DOMParser().parseFromString(row('<div>Срок отправки заказа</div><div><b>5</b> дн. <b>00</b>:<b>00</b>:<b>00</b></div>'), 'text/html'), url, now);
    expect(processing.disputes[0]).toMatchObject({ status: 'awaiting_seller', deadline: null });
    const response = readPage(new DOMParser().parseFromString(row('<div><b>2</b> дня <b>03</b>:<b>04</b>:<b>05</b></div>'), 'text/html'), url, now);
    expect(response.disputes[0]?.deadline).toBe('2025-11-14T11:04:05.000Z');
  });

  it('reads a countdown that has neither label nor class hint', () => {
    const { doc, meta } = loadFixture('dispute-list', 'm_apps-zh-mixed');
    for (const el of Array.from(doc.querySelectorAll('[class*="reverseList--countdown"]'))) {
      el.removeAttribute('class');
      el.firstChild?.remove(); // the "剩余" text: only "1天 05:12:33" in a <b> is left
    }
    const deadlines = read(doc, meta).disputes.map((d) => d.deadline);
    expect(deadlines).toEqual((meta.expected.disputes as Array<{ deadline: string | null }>).map((d) => d.deadline));
  });

  it('reads an expired countdown as due now', () => {
    const { doc, meta } = loadFixture('dispute-detail', 'm_apps-en-customs-awaiting-seller');
    const countdown = doc.querySelector('[class*="countDown--wrap"]');
    if (countdown) countdown.textContent = '0 days, 0 hours, 0 minutes and 0 seconds';
    expect(read(doc, meta).disputes[0]?.deadline).toBe(meta.now);

    const list = loadFixture('dispute-list', 'm_apps-zh-mixed');
    const cell = list.doc.querySelector('[class*="reverseList--countdown"]');
    if (cell) cell.textContent = '已超时';
    expect(read(list.doc, list.meta).disputes[0]?.deadline).toBe(list.meta.now);
  });

  it('lists the buyer plan as missing when the plan box is not rendered', () => {
    const { doc, meta } = loadFixture('dispute-detail', 'm_apps-en-customs-awaiting-seller');
    doc.querySelector('[class*="solution--list"]')?.remove();
    const snapshot = read(doc, meta);
    expect(snapshot.disputes[0]?.buyerPlan).toBeNull();
    expect(snapshot.missing).toEqual(['buyerPlan']);
  });

  it("keeps the seller's own plan and remark out of the buyer's", () => {
    const { doc, meta } = loadFixture('dispute-detail', 'm_apps-zh-not-as-described-return-refund');
    const dispute = read(doc, meta).disputes[0];
    expect(dispute?.buyerPlan).toEqual({ type: 'return_and_refund', amount: 25.8, currency: 'USD' });
    expect(dispute?.buyerComment).not.toContain('部分退款');
  });

  it('gives the seller no deadline while the buyer has to answer', () => {
    const { doc, meta } = loadFixture('dispute-detail', 'm_apps-zh-awaiting-buyer-short-shipment');
    const snapshot = read(doc, meta);
    expect(snapshot.disputes[0]).toMatchObject({ status: 'awaiting_buyer', deadline: null, lastActor: 'seller' });
    expect(snapshot.missing).toEqual([]);
  });

  it('reads each dispute once when its order number also shows in a banner above the list', () => {
    const { doc, meta } = loadFixture('dispute-list', 'm_apps-zh-mixed');
    const banner = doc.createElement('div');
    banner.className = 'ait-alert ait-alert-info';
    const link = doc.createElement('a');
    link.setAttribute('href', '/m_apps/order-manage/orderDetail?orderId=8203317765501274&channelId=2187654');
    link.textContent = '订单 8203317765501274 的纠纷即将超时';
    banner.append('提醒：', link);
    doc.querySelector('[class*="reverseList--page"]')?.prepend(banner);
    expect(read(doc, meta)).toMatchObject(meta.expected);
  });

  it('reads a plan given in bare words ("退款" rather than "仅退款") inside the buyer plan box', () => {
    const html = `<div><div>订单号：<span>8208460785972844</span></div><div>纠纷状态：<span>纠纷协商中</span></div>
      <div class="plan"><div>买家方案</div><div>退款 US $5.00</div><div>备注：<span>少发了一个</span></div></div>
      <div class="plan"><div>卖家方案</div><div>退货退款 US $9.00</div></div></div>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const snapshot = readPage(doc, new URL('https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030000000000009'), new Date('2025-01-01T00:00:00Z'));
    expect(snapshot.disputes[0]).toMatchObject({
      disputeId: '5030000000000009',
      buyerPlan: { type: 'refund', amount: 5, currency: 'USD' },
      buyerComment: '少发了一个',
    });
  });

  it("takes the buyer's comment, not the seller's note beside it, on a page without plan boxes", () => {
    const html = `<dl><dt>Order number:</dt><dd>8208460785972844</dd><dt>Dispute status:</dt><dd>Dispute Negotiation</dd>
      <dt>Remarks:</dt><dd>Offer 20% back if asked</dd><dt>Buyer's comment:</dt><dd>The charger is missing from the box.</dd></dl>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const snapshot = readPage(doc, new URL('https://trade.aliexpress.com/issue/issueDetail.htm?issueId=60314157204058'), new Date('2016-06-09T03:00:00Z'));
    expect(snapshot.disputes[0]?.buyerComment).toBe('The charger is missing from the box.');
  });

  it('finds no dispute and reports the order number when the page has none', () => {
    const doc = new DOMParser().parseFromString('<main><h1>Dispute details</h1><p>Loading…</p></main>', 'text/html');
    const snapshot = readPage(doc, new URL('https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785'), new Date());
    expect(snapshot.disputes).toEqual([]);
    expect(snapshot.missing).toEqual(['orderId']);
  });

  it('says the list changed shape when dispute links are shown but no row can be read', () => {
    const doc = new DOMParser().parseFromString(
      '<div><a href="/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785">Details</a></div>',
      'text/html',
    );
    const snapshot = readPage(doc, new URL('https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1'), new Date());
    expect(snapshot.disputes).toEqual([]);
    expect(snapshot.missing).toEqual(['disputes']);
  });

  it('reads two disputes on the same order (one per item) separately', () => {
    const row = (lineId: string, status: string) => `
      <tr class="ait-table-row"><td>Item</td><td>${status}</td>
        <td><a href="/m_apps/dispute-management/detail?reverseOrderLineId=${lineId}">View details</a></td></tr>`;
    const html = `<table><thead><tr><th>Product</th><th>Dispute status</th><th>Actions</th></tr></thead><tbody>
      <tr><td colspan="3">Order No.: <a href="/m_apps/order-manage/orderDetail?orderId=8208460785972844">8208460785972844</a></td></tr>
      ${row('5030000000000001', 'Awaiting your response')}${row('5030000000000002', 'Closed')}</tbody></table>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const snapshot = readPage(doc, new URL('https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1'), new Date());
    expect(snapshot.disputes.map((d) => [d.disputeId, d.orderId, d.status])).toEqual([
      ['5030000000000001', '8208460785972844', 'awaiting_seller'],
      ['5030000000000002', '8208460785972844', 'closed'],
    ]);
  });

  it('never throws, whatever the page holds', () => {
    const doc = new DOMParser().parseFromString('<table><tr><td>订单号：</td><td></td></tr></table>', 'text/html');
    for (const url of [
      'https://csp.aliexpress.com/m_apps/dispute-management/list',
      'https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=x',
      'https://trade.aliexpress.com/issue/issueList.htm',
      'https://trade.aliexpress.com/issue/issueDetail.htm',
    ]) {
      const reader = findReader(new URL(url));
      expect(reader?.kind).toMatch(/^dispute-/);
      expect(() => reader?.read(doc, { url: new URL(url), now: new Date('invalid') })).not.toThrow();
    }
  });
});

describe('dispute page detection', () => {
  it.each([
    ['https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2000001', 'dispute-list.m_apps'],
    ['https://gsp.aliexpress.com/m_apps/dispute-management/list', 'dispute-list.m_apps'],
    ['https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785', 'dispute-detail.m_apps'],
    ['https://trade.aliexpress.com/issue/issueList.htm', 'dispute-list.legacy'],
    ['https://trade.aliexpress.com/issue/issueDetail.htm?issueId=60314157204058', 'dispute-detail.legacy'],
  ])('%s is read by %s', (url, id) => {
    expect(findReader(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://trade.aliexpress.com/issue/issue_list.htm', // the buyer's dispute list
    'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8208460785972844',
    'https://www.aliexpress.com/m_apps/dispute-management/list',
    'https://csp.aliexpress.com/m_apps/dispute-management/detailX',
  ])('%s is not a dispute page', (url) => {
    expect(findReader(new URL(url))?.kind ?? 'unknown').not.toMatch(/^dispute-/);
  });
});

describe('dispute reply box', () => {
  it('finds the negotiation message box on the customs dispute page', () => {
    const { doc } = loadFixture('dispute-detail', 'm_apps-en-customs-awaiting-seller');
    expect(disputeDetailMApps.findReplyBox?.(doc)?.getAttribute('id')).toBe('negotiationMessage');
  });

  it('finds the legacy "Leave a message" textarea', () => {
    const { doc } = loadFixture('dispute-detail', 'legacy-en-not-as-described');
    expect(disputeDetailLegacy.findReplyBox?.(doc)?.getAttribute('name')).toBe('content');
  });

  it('finds nothing where the page has no message box', () => {
    const { doc } = loadFixture('dispute-detail', 'm_apps-en-awaiting-return-receipt');
    expect(disputeDetailMApps.findReplyBox?.(doc)).toBeNull();
  });
});
