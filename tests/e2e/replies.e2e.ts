import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, openPanelPage, openSellerPage, tabIdOf, type ExtensionSession } from './harness';

// tests/fixtures/pages/dispute-detail/m_apps-en-customs-awaiting-seller.json
const CUSTOMS_DISPUTE_URL = 'https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785&channelId=2000001';
const ORDER_NUMBER = '8208460785972844';
// tests/fixtures/pages/messages/im-chat-en-open-ru-buyer.json
const RUSSIAN_CHAT_URL = 'https://csp.aliexpress.com/m_apps/im-chat/im?channelId=2000101#/window';

const SIGNATURE = 'Anna, Sunny Home Store';

function suggestions(panel: Page): Locator {
  return panel.getByRole('list', { name: 'Reply suggestions' }).getByRole('listitem').filter({ has: panel.getByRole('heading') });
}

/** React's own state for an editor, as the replica page mirrors it. */
function reactState(page: Page, editor: 'textarea' | 'rich'): Promise<string | null> {
  return page.locator(`[data-replica-state="${editor}"]`).getAttribute('data-react-value');
}

async function insertFirstSuggestion(panel: Page): Promise<void> {
  const first = suggestions(panel).first();
  await first.getByRole('button', { name: 'Insert' }).click();
  // The dispute page shows no carrier or tracking number: the card asks for them.
  const form = first.getByRole('form', { name: 'Fill in what the page did not show' });
  await form.getByLabel('Carrier').fill('Cainiao Super Economy');
  await form.getByLabel('Tracking number').fill('LP00123456789CN');
  await form.getByRole('button', { name: 'Fill in and insert' }).click();
}

describe('reply suggestions and insertion in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ reactReplyBox: true });
    const worker = await session.serviceWorker();
    await worker.evaluate((signature) => chrome.storage.local.set({ settings: { signature, storeName: 'Sunny Home Store' } }), SIGNATURE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("suggests the customs reply with the page's order number and inserts it into the page's React-controlled textarea", async () => {
    const page = await openSellerPage(session, CUSTOMS_DISPUTE_URL);
    const panel = await openPanelPage(session, await tabIdOf(session, page));

    const first = suggestions(panel).first();
    await expect.poll(() => first.getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Held by customs');
    await expect.poll(() => first.locator('mark.var-filled', { hasText: ORDER_NUMBER }).count()).toBe(1);
    expect(await first.getByRole('list', { name: 'Why this reply' }).textContent()).toContain('Dispute reason: customs detention');
    expect(await suggestions(panel).count()).toBe(3);

    await insertFirstSuggestion(panel);
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain("Inserted into the page's reply box");

    // The page's own React state saw the text, with its line breaks, and the box shows it.
    const state = await reactState(page, 'textarea');
    expect(state).toContain(`order ${ORDER_NUMBER}`);
    expect(state).toContain('Cainiao Super Economy');
    expect(state).toContain('LP00123456789CN');
    expect(state).toMatch(/^Hi Ethan,\n\n/);
    expect(state).toMatch(/\n\S.*\nAnna, Sunny Home Store$/);
    expect(state).not.toMatch(/\{\{|\}\}/);
    expect(await page.locator('#negotiationMessage').inputValue()).toBe(state);

    // Inserted as typing is: the page's own undo takes it back, and React sees that too.
    await page.bringToFront();
    await page.locator('#negotiationMessage').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => reactState(page, 'textarea')).toBe('');
    await panel.close();
    await page.close();
  });

  it('an edit saved in the template manager reaches the open panel', async () => {
    const page = await openSellerPage(session, CUSTOMS_DISPUTE_URL);
    const panel = await openPanelPage(session, await tabIdOf(session, page));
    await expect.poll(() => suggestions(panel).first().getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Held by customs');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#templates`);
    await options.getByRole('button', { name: 'Held by customs · EN' }).click();
    const form = options.getByRole('form', { name: 'Edit template' });
    await form.getByLabel('Text').fill('Dear {{buyerFirstName}}, customs are holding order {{orderId}}. We will help you clear it.\n\n{{signature}}');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('listitem', { name: 'Held by customs · EN' }).textContent()).toContain('Edited built-in');

    await expect.poll(() => suggestions(panel).first().locator('.reply-text').textContent(), { timeout: 10_000 }).toBe(
      `Dear Ethan, customs are holding order ${ORDER_NUMBER}. We will help you clear it.\n\n${SIGNATURE}`,
    );
    expect(await suggestions(panel).first().getByText('edited').count()).toBe(1);

    // Back to the shipped text for the other tests.
    await form.getByRole('button', { name: 'Reset to default' }).click();
    await expect.poll(() => suggestions(panel).first().locator('.reply-text').textContent()).toMatch(/^Hi Ethan,/);
    await options.close();
    await panel.close();
    await page.close();
  });

  it('inserts into a React contenteditable rich editor when that is the reply box', async () => {
    const page = await openSellerPage(session, `${CUSTOMS_DISPUTE_URL}&replicaEditor=rich`);
    const panel = await openPanelPage(session, await tabIdOf(session, page));
    await expect.poll(() => suggestions(panel).first().getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Held by customs');

    await insertFirstSuggestion(panel);
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain("Inserted into the page's reply box");

    const state = await reactState(page, 'rich');
    expect(state).toContain(ORDER_NUMBER);
    expect(state).toMatch(/^Hi Ethan,\n\nWe are sorry/);
    const editor = page.getByRole('textbox', { name: /Write a message/ });
    expect(await editor.innerText()).toContain(ORDER_NUMBER);
    // One paragraph per line: line breaks survive as the editor's own structure.
    expect(await editor.locator('p').count()).toBeGreaterThan(5);
    await panel.close();
    await page.close();
  });

  it('answers the Russian buyer in Russian and inserts it into the chat box', async () => {
    const page = await openSellerPage(session, RUSSIAN_CHAT_URL);
    const panel = await openPanelPage(session, await tabIdOf(session, page));

    const first = suggestions(panel).first();
    await expect.poll(() => first.locator('.chip').first().textContent(), { timeout: 10_000 }).toBe('RU');
    expect(await panel.getByRole('group', { name: 'Reply language' }).getByRole('button', { name: 'Russian' }).getAttribute('aria-pressed')).toBe('true');
    expect(await panel.getByText('The buyer wrote in Russian.').count()).toBe(1);
    expect(await first.locator('.reply-text').textContent()).toMatch(/Здравствуйте/);

    await page.bringToFront();
    await panel.bringToFront();
    // Key 1 inserts the first suggestion; the chat shows no tracking, so the card asks for it.
    await panel.keyboard.press('1');
    const form = first.getByRole('form', { name: 'Fill in what the page did not show' });
    await form.getByLabel('Carrier').fill('Почта России');
    await form.getByLabel('Tracking number').fill('RU123456789CN');
    // The tracking link follows from the number: it is not asked for.
    expect(await form.getByRole('textbox').count()).toBe(2);
    await form.getByRole('button', { name: 'Fill in and insert' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('Inserted into');
    const state = await reactState(page, 'textarea');
    expect(state).toMatch(/^Здравствуйте, Dmitry!/);
    expect(state).toContain('RU123456789CN');
    expect(state).toContain('https://t.17track.net/en#nums=RU123456789CN');
    expect(state).toContain(SIGNATURE);
    await panel.close();
    await page.close();
  });
});
