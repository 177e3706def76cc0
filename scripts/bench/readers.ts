/**
 * Page-reader benchmarks in real Chromium:
 *  - reading a 3,000-element seller-center page (median), and its ratio to one bare
 *    `document.body.innerText` read of the same page;
 *  - the content-script bundle size, gzipped, and each reader bundle a page loads beside it;
 *  - under a mutation storm (1,000 DOM mutations a second for 10 s), how many times a second
 *    the real content script re-reads the page.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launchExtension, openPanelPage, openSellerPage, tabIdOf } from '../replica/browser';
import { fixtureByName } from '../../tests/fixtures/url-map';
import { readerBundleFile } from '../../lib/pages/loaded-readers';
import { READER_FAMILIES } from '../../lib/pages/page-urls';
import { median, round } from './stats';

/** The headline page (the "3,000-element page"), then one page of every other kind. */
const PAGES = [
  'order-list/m_apps-zh-mixed',
  'order-detail/m_apps-en-awaiting-shipment-de',
  'dispute-list/m_apps-zh-mixed',
  'dispute-detail/m_apps-en-customs-awaiting-seller',
  'messages/im-chat-en-open-ru-buyer',
] as const;
const TARGET_ELEMENTS = 3000;

export async function benchReaders(): Promise<Record<string, unknown>> {
  const gzipKb = (file: string) => round(gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1024, 1);
  // What every seller-center page gets, and the one reader bundle a page of each family adds.
  const contentScriptGzipKb = gzipKb('content-scripts/seller.js');
  const readerBundleGzipKb = Object.fromEntries(READER_FAMILIES.map((family) => [family, gzipKb(readerBundleFile(family).slice(1))]));

  // The reader bundles exactly as the extension ships them (built, minified).
  const readerCode = READER_FAMILIES.map((family) => readFileSync(join(EXTENSION_DIR, readerBundleFile(family).slice(1)), 'utf8')).join(';\n');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const byPage: Array<{ page: string; elements: number; medianMs: number; innerTextMedianMs: number; ratioToInnerText: number; found: number }> = [];
  try {
    for (const name of PAGES) {
      const fixture = fixtureByName(name);
      const page = await browser.newPage();
      await page.setContent(readFileSync(fixture.htmlPath, 'utf8'));
      // tsx keeps function names with an `__name` helper that the browser side does not have.
      await page.evaluate('globalThis.__name = (fn) => fn');
      const read = await page.evaluate(readInBrowser, {
        code: readerCode,
        target: TARGET_ELEMENTS,
        url: fixture.meta.url,
        now: fixture.meta.now,
      });
      await page.close();
      const readMedian = median(read.readSamples);
      const innerTextMedian = median(read.innerTextSamples);
      byPage.push({
        page: name,
        elements: read.elements,
        found: read.found,
        medianMs: round(readMedian),
        innerTextMedianMs: round(innerTextMedian),
        ratioToInnerText: round(readMedian / innerTextMedian, 2),
      });
    }
  } finally {
    await browser.close();
  }
  const [headline, ...others] = byPage;

  const storm = await mutationStorm();

  return {
    contentScriptGzipKb,
    readerBundleGzipKb,
    readPage: headline,
    otherPageKinds: others,
    mutationStorm: storm,
  };
}

/**
 * In the page: pad the saved page with seller-center chrome (menus) to `target` elements, add the
 * inline page data real seller-center pages carry (a large JSON <script>), then time 200 reads
 * after a warm-up (the content script re-reads the same page several times a second).
 */
function readInBrowser({ code, target, url, now }: { code: string; target: number; url: string; now: string }) {
  const filler = document.createElement('div');
  filler.className = 'layout--sideMenu--Xk29aQe';
  document.body.prepend(filler);
  while (document.getElementsByTagName('*').length < target - 1) {
    const item = document.createElement('li');
    item.className = 'next-menu-item';
    item.innerHTML = '<span class="next-menu-item-text">菜单 Menu</span>';
    filler.append(item);
  }
  const data = document.createElement('script');
  data.type = 'application/json';
  data.textContent = JSON.stringify({ list: Array.from({ length: 2000 }, (_, i) => ({ id: 8194715118461470 + i, title: `商品 Product ${i}`, status: 'WAIT_SELLER_SEND_GOODS' })) });
  document.body.append(data);
  (0, eval)(code);
  type ReadResult = { orders: unknown[]; disputes: unknown[]; threads: unknown[] };
  type Reader = { matches(url: URL): boolean; read(root: ParentNode, ctx: { now: Date; url: URL }): ReadResult };
  const shelf = (globalThis as unknown as { __afterSalesDeskReaders: Record<string, Reader[]> }).__afterSalesDeskReaders;
  const reader = Object.values(shelf).flat().find((candidate) => candidate.matches(new URL(url)));
  if (!reader) throw new Error(`no reader for ${url}`);
  const readPage = (root: ParentNode, pageUrl: URL, at: Date) => reader.read(root, { now: at, url: pageUrl });
  const timeIt = (fn: () => unknown, runs: number) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      fn();
      samples.push(performance.now() - start);
    }
    return samples;
  };
  for (let i = 0; i < 20; i += 1) readPage(document, new URL(url), new Date(now)); // warm up
  const readSamples = timeIt(() => readPage(document, new URL(url), new Date(now)), 200);
  const innerTextSamples = timeIt(() => {
    // Force a fresh layout-dependent read each time, as a first read would be.
    document.body.classList.toggle('bench');
    return document.body.innerText.length;
  }, 200);
  const last = readPage(document, new URL(url), new Date(now));
  return {
    elements: document.getElementsByTagName('*').length,
    found: last.orders.length + last.disputes.length + last.threads.length,
    readSamples,
    innerTextSamples,
  };
}

/** 1,000 mutations a second for 10 s on a replica order detail; count the content script's reads. */
async function mutationStorm(): Promise<Record<string, number>> {
  const session = await launchExtension();
  try {
    const fixture = fixtureByName('order-detail/m_apps-en-awaiting-shipment-de');
    const page = await openSellerPage(session, fixture.meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    for (const target of [panel, page]) await target.evaluate('globalThis.__name = (fn) => fn');
    await page.waitForTimeout(1000);
    // Every read of a CHANGED page writes the tab's snapshot to storage.session. The storm
    // rewrites the buyer's remark (a field the reader reads) on every tick, so each read sees
    // a new value and counts as exactly one write: writes = reads.
    const remark = await panel.evaluate(async (id) => {
      const counter = { writes: 0 };
      (globalThis as unknown as { __writes: typeof counter }).__writes = counter;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && `tab:${id}` in changes) counter.writes += 1;
      });
      const stored = await chrome.storage.session.get(`tab:${id}`);
      const snapshot = stored[`tab:${id}`] as { orders?: { remark?: string | null }[] } | undefined;
      return snapshot?.orders?.[0]?.remark ?? null;
    }, tabId);
    if (!remark) throw new Error('mutation storm: the replica order has no buyer remark to rewrite');
    const seconds = 10;
    const mutations = await page.evaluate(
      async ({ duration, remarkText }) => {
        const all = [...document.querySelectorAll('body *')];
        const target = all.reverse().find((el) => el.textContent?.trim() === remarkText);
        if (!target) throw new Error('remark element not found');
        const box = document.createElement('div');
        document.body.append(box);
        // 1,000 mutations a second, paced by the clock (timers are clamped under load): each
        // tick makes up what is due, 9 noise nodes for every rewrite of the remark.
        let count = 0;
        const start = performance.now();
        const end = start + duration * 1000;
        while (performance.now() < end) {
          const due = Math.floor(((performance.now() - start) / 1000) * 1000);
          while (count < due) {
            if (count % 10 === 9) target.textContent = `${remarkText} #${count}`;
            else {
              const span = document.createElement('span');
              span.textContent = `noise ${count}`;
              box.append(span);
            }
            count += 1;
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return count;
      },
      { duration: seconds, remarkText: remark },
    );
    await page.waitForTimeout(500);
    const writes = await panel.evaluate(() => (globalThis as unknown as { __writes: { writes: number } }).__writes.writes);
    return { seconds, mutations, snapshotsWritten: writes, readsPerSecond: round(writes / seconds, 2) };
  } finally {
    await session.close();
  }
}
