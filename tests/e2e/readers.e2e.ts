import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureByName } from '../fixtures/url-map';
import { launchExtension, openPanelPage, openSellerPage, tabIdOf, type ExtensionSession } from './harness';

const LIST = fixtureByName('order-list/m_apps-zh-mixed');
const DETAIL = fixtureByName('order-detail/m_apps-zh-awaiting-receipt-br');
const HOSTILE = fixtureByName('order-detail/m_apps-zh-hostile-sa');
const DISPUTES = fixtureByName('dispute-list/m_apps-zh-mixed');

describe('page readers in the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('follows in-page navigation from the order list to an order detail', async () => {
    const page = await openSellerPage(session, LIST.meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByText('Order list').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.getByRole('heading', { name: '6 orders' }).count()).toBe(1);

    // The replica router swaps the page in place (pushState), as the real m_apps SPA does.
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const href = await page.locator('a[href*="orderDetail?orderId=8194715118461470"]').first().getAttribute('href');
    await page.evaluate((target) => (window as unknown as { __replicaNavigate: (url: string) => Promise<boolean> }).__replicaNavigate(target), href!);
    await expect.poll(() => page.url()).toContain('orderDetail?orderId=8194715118461470');
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);

    await expect.poll(() => panel.getByTestId('order-id').first().textContent(), { timeout: 10_000 }).toBe('8194715118461470');
    await expect.poll(() => panel.getByText('Order detail').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByText('LP00123456789012').count()).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('loads only the readers a page needs, and the dispute readers when the SPA moves on to disputes', async () => {
    const page = await openSellerPage(session, LIST.meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    // The reader bundles live in the content script's isolated world, out of the page's sight.
    const loadedFamilies = () =>
      panel.evaluate(async (id) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => Object.keys((globalThis as { __afterSalesDeskReaders?: object }).__afterSalesDeskReaders ?? {}).sort(),
        });
        return result?.result as string[];
      }, tabId);
    await expect.poll(() => panel.getByRole('heading', { name: '6 orders' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await loadedFamilies()).toEqual(['orders']);
    expect(await page.evaluate(() => '__afterSalesDeskReaders' in window)).toBe(false);

    await page.evaluate((target) => (window as unknown as { __replicaNavigate: (url: string) => Promise<boolean> }).__replicaNavigate(target), DISPUTES.meta.url);
    await expect.poll(() => panel.getByText('Dispute list').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await loadedFamilies()).toEqual(['disputes', 'orders']);
    await panel.close();
    await page.close();
  });

  it('shows the order in the real side panel opened with chrome.sidePanel.open', async () => {
    const page = await openSellerPage(session, DETAIL.meta.url);
    const tabId = await tabIdOf(session, page);
    const opener = await session.context.newPage();
    await opener.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.bringToFront();
    await opener.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);
    // The side panel is not a Playwright page; read it through the extension's own views.
    const panelText = () =>
      opener.evaluate(() =>
        chrome.extension
          .getViews()
          .filter((view) => view.location.pathname === '/sidepanel.html')
          .map((view) => view.document.body.innerText)
          .join('\n'),
      );
    await expect.poll(panelText, { timeout: 10_000 }).toContain('8194715118461470');
    const contexts = await opener.evaluate(() => chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] }));
    expect(contexts.length).toBeGreaterThan(0);
    await opener.close();
    await page.close();
  });

  it('reads nothing while the anti-bot slider is on the page', async () => {
    const url = DETAIL.meta.url.replace('channelId=', 'captcha=1&channelId=');
    const page = await session.context.newPage();
    const html = readFileSync(DETAIL.htmlPath, 'utf8').replace(
      '</body>',
      '<div class="baxia-dialog"><div class="baxia-dialog-mask"></div><iframe src="https://csp.aliexpress.com/_____tmd_____/punish?x5secdata=1"></iframe></div></body>',
    );
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByText(/security check/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByTestId('order-id').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('keeps hostile page text as text in the panel', async () => {
    const page = await openSellerPage(session, HOSTILE.meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByTestId('order-id').count(), { timeout: 10_000 }).toBe(1);
    const remark = await panel.locator('.field-multiline').first().textContent();
    expect(remark).toContain('<script>');
    expect(await panel.locator('.panel script, .panel img[src="x"]').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await panel.close();
    await page.close();
  });
});
