import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureByName } from '../fixtures/url-map';
import { launchExtension, openPanelPage, openSellerPage, tabIdOf, type ExtensionSession } from './harness';

const GERMAN_ORDER = fixtureByName('order-detail/m_apps-en-awaiting-shipment-de');

describe('customs declaration advice in the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows €5 for the 0.4 kg replica order to Germany in the Customs tab', async () => {
    const page = await openSellerPage(session, GERMAN_ORDER.meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId);
    await expect.poll(() => panel.getByTestId('order-id').first().textContent(), { timeout: 15_000 }).toBe('8195023376402211');

    await panel.getByRole('tab', { name: 'Customs' }).click();
    const card = panel.getByRole('region', { name: 'Customs declaration' });
    await expect.poll(() => card.getByRole('status', { name: 'Declare' }).textContent(), { timeout: 10_000 }).toBe('€5');
    expect(await card.getByLabel('Weight (kg)').inputValue()).toBe('0.4');
    expect(await card.getByLabel('Carrier').inputValue()).toBe('AliExpress Standard Shipping');
    expect(await card.getByLabel('Goods value', { exact: true }).inputValue()).toBe('18.40');
    const warnings = await card.getByRole('list', { name: 'Warnings' }).getByRole('listitem').allTextContents();
    expect(warnings.some((text) => text.includes('below what the order is worth'))).toBe(true);

    // The edit link leads to this rule in the options page.
    const href = await card.getByRole('link', { name: 'Edit this rule' }).getAttribute('href');
    expect(href).toBe(`chrome-extension://${session.extensionId}/options.html?rule=de#rules`);
    const options = await session.context.newPage();
    await options.goto(href!);
    await expect.poll(() => options.getByRole('form', { name: 'Edit rule: Germany' }).count(), { timeout: 10_000 }).toBe(1);

    // An edited rule reaches the open panel without a reload.
    const form = options.getByRole('form', { name: 'Edit rule: Germany' });
    const light = form.getByRole('group', { name: 'Range 1' });
    await light.getByLabel('Highest value', { exact: true }).fill('6');
    await light.getByLabel('Suggested value').fill('6');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Rules saved.');
    await expect.poll(() => card.getByRole('status', { name: 'Declare' }).textContent(), { timeout: 10_000 }).toBe('€6');

    await options.close();
    await panel.close();
    await page.close();
  });
});
