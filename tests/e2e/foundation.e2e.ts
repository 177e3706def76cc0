import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, badgeText, launchExtension, openPanelPage, openSellerPage, tabIdOf, type ExtensionSession } from './harness';

const ORDER_URL = 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks only for the seller-center hosts and four permissions', async () => {
    const worker = await session.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions?.every((host: string) => /^https:\/\/[a-z]+\.aliexpress\.com\/\*$/.test(host))).toBe(true);
  });

  it('keeps the content script small: no readers, no React, no Dexie (readers come in per-family bundles)', () => {
    const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts/seller.js'), 'utf8');
    // '订单号' (the order-number label) appears in every reader bundle and nowhere else.
    expect(contentScript).not.toContain('订单号');
    expect(contentScript).not.toMatch(/react|dexie|indexedDB/i);
    for (const family of ['orders', 'disputes', 'messages']) {
      expect(readFileSync(join(EXTENSION_DIR, `readers-${family}.js`), 'utf8')).toContain('订单号');
    }
  });

  it('shows the order number read from the replica order detail in the side panel page', async () => {
    const page = await openSellerPage(session, ORDER_URL);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByTestId('order-id').first().textContent(), { timeout: 10_000 }).toBe('8194715118461470');
    await panel.close();
    await page.close();
  });

  it('says so when the tab is not a seller-center page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByRole('heading', { name: 'Open a seller-center page' }).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('reads the badge from the service worker', async () => {
    expect(await badgeText(session)).toBe('');
  });
});
