import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/i18n';
import { RepliesView, type RepliesDeps } from '@/components/replies/RepliesView';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import type { UiLanguage } from '@/lib/i18n';
import type { InsertResult } from '@/lib/messaging/schemas';
import type { OrderSnapshot, PageSnapshot } from '@/lib/model/snapshot';
import { builtInId, editTemplate, BUILT_IN_TEMPLATES } from '@/lib/replies/template';

const NOW = new Date('2025-03-12T03:14:00.000Z');
const SETTINGS = { storeName: 'Sunny Home Store', signature: 'Anna, Sunny Home Store', deliveryDays: '15-30' };

const customsDispute: PageSnapshot = {
  page: 'dispute-detail',
  reader: 'dispute-detail.m_apps',
  url: 'https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=5030812244930785&channelId=2000001',
  readAt: NOW.toISOString(),
  channelId: '2000001',
  orders: [],
  threads: [],
  missing: [],
  disputes: [
    {
      disputeId: '5030812244930785',
      orderId: '8208460785972844',
      reason: 'customs',
      reasonText: 'Customs Detention',
      status: 'awaiting_seller',
      statusText: 'Dispute Negotiation',
      deadline: '2025-03-16T12:45:06.000Z',
      buyerPlan: { type: 'refund', amount: 10, currency: 'USD' },
      buyerName: 'Ethan Walker',
      country: 'US',
      buyerComment: 'The parcel has been held at customs for three weeks and they want me to pay a fee. I do not want it anymore, please refund.',
    },
  ],
};

const fullOrder: OrderSnapshot = {
  orderId: '8194715118461470',
  buyerName: 'Maria Silva',
  country: 'US',
  carrier: 'Cainiao Standard',
  trackingNumber: 'LP00998877665544',
  total: { amount: 20, currency: 'USD' },
  status: 'awaiting_shipment',
  statusText: 'Awaiting shipment',
  remark: null,
  items: [{ title: 'Wooden hair comb', sku: null, quantity: 1, unitPrice: null }],
};

const orderPage: PageSnapshot = {
  page: 'order-detail',
  reader: 'order-detail.m_apps',
  url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470',
  readAt: NOW.toISOString(),
  channelId: null,
  orders: [fullOrder],
  disputes: [],
  threads: [],
  missing: [],
};

const russianChat: PageSnapshot = {
  page: 'messages',
  reader: 'messages.im-chat',
  url: 'https://csp.aliexpress.com/m_apps/im/chat',
  readAt: NOW.toISOString(),
  channelId: null,
  orders: [],
  disputes: [],
  missing: [],
  threads: [
    {
      threadId: 'session-1',
      buyerName: 'Иван Петров',
      orderId: '8194715118461470',
      lastSpeaker: 'buyer',
      lastMessageAt: null,
      lastBuyerMessage: 'Здравствуйте, где моя посылка? Трек не обновляется уже две недели.',
      open: true,
    },
  ],
};

let dbCount = 0;
function freshDb(): AfterSalesDb {
  dbCount += 1;
  return openDatabase(`replies-test-${dbCount}-${Math.random().toString(36).slice(2)}`);
}

const inserted: InsertResult = { ok: true, method: 'textarea', target: 'reply-box' };

function setup(
  snapshot: PageSnapshot,
  options: {
    insertResult?: InsertResult | Error;
    ui?: UiLanguage;
    db?: AfterSalesDb;
    effectiveOrder?: OrderSnapshot;
    settings?: typeof SETTINGS;
    openSettings?: () => void;
  } = {},
) {
  const db = options.db ?? freshDb();
  const insert = vi.fn<RepliesDeps['insert']>(async () => {
    if (options.insertResult instanceof Error) throw options.insertResult;
    return options.insertResult ?? inserted;
  });
  const copy = vi.fn<RepliesDeps['copy']>(async () => undefined);
  const deps: RepliesDeps = { insert, copy, now: () => NOW, openSettings: options.openSettings };
  const user = userEvent.setup();
  const view = render(
    <I18nProvider language={options.ui ?? 'en'}>
      <RepliesView snapshot={snapshot} effectiveOrder={options.effectiveOrder} settings={options.settings ?? SETTINGS} deps={deps} db={db} />
    </I18nProvider>,
  );
  return { db, insert, copy, user, view };
}

async function cards() {
  const list = await screen.findByRole('list', { name: /reply suggestions|推荐回复列表/i });
  return within(list).getAllByRole('listitem', { name: /./ });
}

describe('reply suggestions in the side panel', () => {
  it('asks for a store name or signature when neither is set, and links to settings', async () => {
    const openSettings = vi.fn();
    const { user } = setup(customsDispute, { settings: { storeName: '', signature: '', deliveryDays: '15-30' }, openSettings });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Add your store name or signature in settings');
    await user.click(within(note).getByRole('button', { name: 'Settings' }));
    expect(openSettings).toHaveBeenCalledOnce();
  });

  it('does not nag once the replies are signed', async () => {
    setup(customsDispute);
    await cards();
    expect(screen.queryByText(/Add your store name or signature/)).toBeNull();
  });

  it('shows the top three for a customs dispute, the customs reply first, with reasons in plain words', async () => {
    setup(customsDispute);
    const shown = await cards();
    expect(shown).toHaveLength(3);
    expect(shown[0]).toHaveAccessibleName('Held by customs');
    const reasons = within(shown[0]!).getByRole('list', { name: 'Why this reply' });
    expect(reasons).toHaveTextContent('Dispute reason: customs detention');
    // The page's order number is filled in, marked as a filled variable.
    const orderMark = within(shown[0]!).getByText('8208460785972844');
    expect(orderMark.tagName).toBe('MARK');
    expect(orderMark).toHaveClass('var-filled');
    expect(within(shown[0]!).getByText('Ethan', { selector: 'mark' })).toBeInTheDocument();
  });

  it('highlights what the page did not show and asks for it inline instead of inserting a gap', async () => {
    const { insert, user } = setup(customsDispute);
    const first = (await cards())[0]!;
    const missing = within(first).getAllByText(/^\[(Carrier|Tracking number)\]$/);
    expect(missing.map((mark) => mark.getAttribute('data-variable'))).toEqual(['carrier', 'trackingNumber']);
    missing.forEach((mark) => expect(mark).toHaveClass('var-missing'));

    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    expect(insert).not.toHaveBeenCalled();
    const form = within(first).getByRole('form', { name: 'Fill in what the page did not show' });
    const carrier = within(form).getByLabelText('Carrier');
    expect(carrier).toHaveFocus();
    await user.type(carrier, 'Cainiao Super Economy');
    // Submitting with a field still empty inserts nothing.
    await user.click(within(form).getByRole('button', { name: 'Fill in and insert' }));
    expect(insert).not.toHaveBeenCalled();
    await user.type(within(form).getByLabelText('Tracking number'), 'LP00123456789CN');
    await user.click(within(form).getByRole('button', { name: 'Fill in and insert' }));

    expect(insert).toHaveBeenCalledTimes(1);
    const [text, threadId] = insert.mock.calls[0]!;
    expect(text).toContain('8208460785972844');
    expect(text).toContain('Cainiao Super Economy');
    expect(text).toContain('LP00123456789CN');
    expect(text).not.toMatch(/\{\{|\}\}|\[Carrier\]/);
    expect(threadId).toBeNull();
    expect(await screen.findByRole('status')).toHaveTextContent("Inserted into the page's reply box");
  });

  it('derives the tracking link from a tracking number typed by hand instead of asking for it', async () => {
    const { insert, user } = setup({ ...orderPage, orders: [{ ...fullOrder, trackingNumber: null }] });
    const shipped = (await cards()).find((card) => within(card).queryByRole('heading', { name: 'Shipped' }))!;
    await user.click(within(shipped).getByRole('button', { name: 'Insert' }));
    const form = within(shipped).getByRole('form', { name: 'Fill in what the page did not show' });
    expect(within(form).getAllByRole('textbox')).toHaveLength(1);
    await user.type(within(form).getByLabelText('Tracking number'), 'LP00123456789CN');
    await user.click(within(form).getByRole('button', { name: 'Fill in and insert' }));
    expect(insert.mock.calls[0]![0]).toContain('https://t.17track.net/en#nums=LP00123456789CN');
  });

  it("uses the agent's hand corrections of the order", async () => {
    const corrected = { ...fullOrder, trackingNumber: 'CORRECTED123CN' };
    const { user, insert } = setup(orderPage, { effectiveOrder: corrected });
    await user.click(within((await cards())[1]!).getByRole('button', { name: 'Insert' }));
    expect(insert.mock.calls[0]![0]).toContain('CORRECTED123CN');
    expect(insert.mock.calls[0]![0]).not.toContain('LP00998877665544');
  });

  it('fills carrier and tracking on a dispute page from the order as seen on its own page, with corrections', async () => {
    const db = freshDb();
    await db.orders.put({
      ...fullOrder,
      orderId: '8208460785972844',
      status: 'awaiting_receipt',
      carrier: 'YunExpress',
      trackingNumber: 'YT0000000001',
      channelId: null,
      firstSeenAt: NOW.toISOString(),
      lastSeenAt: NOW.toISOString(),
      url: null,
    });
    await db.overrides.put({ orderId: '8208460785972844', fields: { trackingNumber: 'YT2222222222' }, updatedAt: NOW.toISOString() });
    const { insert, user } = setup(customsDispute, { db });
    await waitFor(async () => expect(within((await cards())[0]!).queryByText('YT2222222222')).toBeInTheDocument());
    const first = (await cards())[0]!;
    expect(within(first).getByText('YunExpress')).toHaveClass('var-filled');
    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0]![0]).toContain('YunExpress with the tracking number YT2222222222');
  });

  it('records each insertion with template, scenario, language and order', async () => {
    const { db, user } = setup(orderPage);
    const first = (await cards())[0]!;
    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    await waitFor(async () => expect(await db.events.count()).toBe(1));
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({
      type: 'insert',
      templateId: builtInId('order.thanks', 'en'),
      scenario: 'order.thanks',
      language: 'en',
      orderId: '8194715118461470',
      threadId: null,
      at: NOW.toISOString(),
    });
  });

  it('copies to the clipboard and says so when the page cannot take the text', async () => {
    const { copy, db, user } = setup(orderPage, { insertResult: { ok: false, method: 'none', target: 'none', error: 'no-editor' } });
    const first = (await cards())[0]!;
    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copy.mock.calls[0]![0]).toContain('8194715118461470');
    expect(await screen.findByRole('status')).toHaveTextContent(/Not inserted: no reply box found.*on the clipboard/);
    await waitFor(async () => expect((await db.events.toArray()).map((event) => event.type)).toEqual(['copy']));
  });

  it('falls back to the clipboard when the tab does not answer', async () => {
    const { copy, user } = setup(orderPage, { insertResult: new Error('Could not establish connection') });
    await user.click(within((await cards())[0]!).getByRole('button', { name: 'Insert' }));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveTextContent('the page did not answer');
  });

  it('copies with the Copy button', async () => {
    const { copy, insert, user } = setup(orderPage);
    await user.click(within((await cards())[1]!).getByRole('button', { name: 'Copy' }));
    expect(insert).not.toHaveBeenCalled();
    expect(copy.mock.calls[0]![0]).toContain('LP00998877665544');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });

  it('inserts with the keys 1–3 and moves the selection with the arrows', async () => {
    const { insert, user } = setup(orderPage);
    const shown = await cards();
    expect(shown[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowDown}');
    expect(shown[1]).toHaveAttribute('aria-current', 'true');
    expect(shown[0]).not.toHaveAttribute('aria-current');
    await user.keyboard('{ArrowUp}');
    expect(shown[0]).toHaveAttribute('aria-current', 'true');

    await user.keyboard('2');
    expect(insert).toHaveBeenCalledTimes(1);
    // Suggestion 2 for an order awaiting shipment is the shipping notice, with the tracking number.
    expect(shown[1]).toHaveAccessibleName('Shipped');
    expect(insert.mock.calls[0]![0]).toContain('LP00998877665544');

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(insert).toHaveBeenCalledTimes(2);
    expect(shown[2]).toHaveAttribute('aria-current', 'true');
  });

  it('ignores the number keys while the agent types in a field', async () => {
    const { insert, user } = setup(customsDispute);
    const first = (await cards())[0]!;
    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    await user.type(within(first).getByLabelText('Carrier'), 'DHL 123');
    expect(insert).not.toHaveBeenCalled();
    expect(within(first).getByLabelText('Carrier')).toHaveValue('DHL 123');
  });

  it('answers a Russian message in Russian and switches language in one click', async () => {
    const { insert, user } = setup(russianChat);
    let shown = await cards();
    expect(within(shown[0]!).getByText('RU')).toBeInTheDocument();
    expect(screen.getByText('The buyer wrote in Russian.')).toBeInTheDocument();
    expect(within(shown[0]!).getByRole('list', { name: 'Why this reply' })).toHaveTextContent('The buyer wrote in Russian');
    const languages = screen.getByRole('group', { name: 'Reply language' });
    expect(within(languages).getByRole('button', { name: 'Russian' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(languages).getByRole('button', { name: 'Spanish' }));
    shown = await cards();
    expect(within(shown[0]!).getByText('ES')).toBeInTheDocument();
    expect(screen.getByText('Chosen by you.')).toBeInTheDocument();

    // Polish exists only for shipping scenarios; the rest fall back to English and say so.
    await user.click(within(languages).getByRole('button', { name: 'Polish' }));
    await user.click(screen.getByRole('button', { name: /More replies/ }));
    const all = await cards();
    const welcome = all.find((card) => card.getAttribute('aria-labelledby') && /Welcome/.test(card.textContent ?? ''))!;
    expect(within(welcome).getByText('EN')).toBeInTheDocument();
    expect(within(welcome).getByText('No Polish template yet: showing the English one')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Auto' }));
    expect(within((await cards())[0]!).getByText('RU')).toBeInTheDocument();
    expect(insert).not.toHaveBeenCalled();
  });

  it('reveals the rest with "More"', async () => {
    const { user } = setup(orderPage);
    expect(await cards()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /More replies \(\d+\)/ }));
    expect((await cards()).length).toBeGreaterThan(20);
    await user.click(screen.getByRole('button', { name: 'Fewer replies' }));
    expect(await cards()).toHaveLength(3);
  });

  it("uses the agent's edited template instead of the built-in", async () => {
    const db = freshDb();
    const builtIn = BUILT_IN_TEMPLATES.find((template) => template.id === builtInId('order.thanks', 'en'))!;
    await db.templates.put(editTemplate(builtIn, { body: 'Hello {{buyerFirstName}}, order {{orderId}} is in good hands. {{signature}}' }, NOW));
    const { insert, user } = setup(orderPage, { db });
    const first = (await cards())[0]!;
    expect(within(first).getByText('edited')).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Insert' }));
    expect(insert.mock.calls[0]![0]).toBe('Hello Maria, order 8194715118461470 is in good hands. Anna, Sunny Home Store');
  });

  it('keeps hostile page values as plain text', async () => {
    const hostile: PageSnapshot = {
      ...orderPage,
      orders: [{ ...fullOrder, buyerName: 'Mallory <img src=x onerror=alert(1)>', carrier: '<b>{{signature}}</b>' }],
    };
    const { view } = setup(hostile);
    await cards();
    expect(view.container.querySelector('img, b')).toBeNull();
    expect(screen.getAllByText('<b>{{signature}}</b>').length).toBeGreaterThan(0);
  });

  it('speaks Chinese to a Chinese-speaking agent while the reply stays in English', async () => {
    setup(customsDispute, { ui: 'zh_CN' });
    const first = (await cards())[0]!;
    expect(first).toHaveAccessibleName('海关扣关');
    expect(within(first).getByRole('list', { name: '推荐原因' })).toHaveTextContent('纠纷原因：海关扣关');
    expect(within(first).getByText(/held by customs in your country/)).toBeInTheDocument();
  });
});
