import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureByName } from '../fixtures/url-map';
import { badgeText, launchExtension, openPanelPage, openSellerPage, tabIdOf, type ExtensionSession } from './harness';

const DUE_MIX = fixtureByName('dispute-list/due-mix');
const SELLER_LAST_CHAT = fixtureByName('messages/im-chat-zh-open-seller-last');

/** An extension page to talk to chrome.* from (the options page: it starts no worker by itself). */
async function extensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

const readBadge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

describe('the follow-up queue in the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('counts the disputes due in 10 hours and past due (not the one due in 4 days): badge "2"', async () => {
    const list = await openSellerPage(session, DUE_MIX.meta.url);
    await expect.poll(() => badgeText(session), { timeout: 15_000 }).toBe('2');
    const worker = await session.serviceWorker();
    const title = await worker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(/1 disputes due within 48 h · 1 past their deadline/);
    await list.close();
  });

  it('rebuilds the badge from IndexedDB when the stopped service worker wakes again', async () => {
    const options = await extensionPage(session);
    const cdp = await session.context.newCDPSession(options);
    const workerStates: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) workerStates.push(version.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => workerStates.at(-1)).toBe('running');

    // Wipe what the browser shows, so only a recount from the database can bring "2" back.
    await options.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => workerStates.at(-1)).toBe('stopped');
    expect(await readBadge(options)).toBe('');

    // Any extension event wakes it; a runtime message is the quickest (the alarm would, within a minute).
    await options.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
    await expect.poll(() => workerStates.at(-1), { timeout: 15_000 }).toBe('running');
    await expect.poll(() => readBadge(options), { timeout: 15_000 }).toBe('2');
    await cdp.detach();
    await options.close();
  });

  it('shows the same badge after the browser restarts with the same profile', async () => {
    const { profileDir } = session;
    // Leave no badge behind: after the restart only the worker's recount can show "2".
    await (await session.serviceWorker()).evaluate(() => chrome.action.setBadgeText({ text: '' }));
    await session.close();
    session = await launchExtension({ profileDir });
    await expect.poll(() => badgeText(session), { timeout: 15_000 }).toBe('2');
  });

  it('takes a dispute marked done in the Queue tab off the badge at once, and keeps it off when the list is read again', async () => {
    const list = await openSellerPage(session, DUE_MIX.meta.url);
    const tabId = await tabIdOf(session, list);
    const panel = await openPanelPage(session, tabId);
    await panel.getByRole('tab', { name: 'Queue' }).click();
    const disputes = panel.getByRole('region', { name: /^Disputes to answer/ });
    await expect.poll(() => disputes.getByRole('article').count(), { timeout: 15_000 }).toBe(2);
    await disputes.getByRole('article', { name: 'Mia Thompson' }).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => disputes.getByRole('article', { name: 'Mia Thompson' }).count()).toBe(0);
    // Well before the minute alarm: the worker hears of the change from Dexie.
    await expect.poll(() => badgeText(session), { timeout: 10_000 }).toBe('1');

    await list.reload();
    await list.waitForTimeout(1500);
    expect(await badgeText(session)).toBe('1');
    await panel.close();
    await list.close();
  });
  it('lists a chat where the seller spoke last as awaiting the buyer in the Queue tab', async () => {
    const chat = await openSellerPage(session, SELLER_LAST_CHAT.meta.url);
    const tabId = await tabIdOf(session, chat);
    // The replica chat shows full message times from its day (fixture "now"); the panel reads the
    // queue on that day too, so "awaiting the buyer" is not yet a 3-day follow-up. Playwright's
    // clock applies to the whole context: this test runs last.
    const panel = await session.context.newPage();
    await panel.clock.setFixedTime(new Date(Date.parse(SELLER_LAST_CHAT.meta.now) + 10 * 60_000));
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('tab', { name: 'Queue' }).click();

    const awaiting = panel.getByRole('region', { name: /^Awaiting the buyer/ });
    await expect.poll(() => awaiting.getByRole('article', { name: 'Camille D.' }).count(), { timeout: 15_000 }).toBe(1);
    const row = awaiting.getByRole('article', { name: 'Camille D.' });
    expect(await row.textContent()).toContain('Order 8194802264937512');
    expect(await row.getByRole('link', { name: 'Open' }).getAttribute('target')).toBe('_blank');
    // The buyers who wrote last are replies owed instead.
    expect(await panel.getByRole('region', { name: /^Replies owed/ }).getByRole('article', { name: 'Camille D.' }).count()).toBe(0);
    await panel.close();
    await chat.close();
  });
});
