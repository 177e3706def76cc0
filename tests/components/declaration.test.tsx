import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nProvider } from '@/components/i18n';
import { DeclarationView } from '@/components/declaration/DeclarationView';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import { RULES_CONFIG_KEY } from '@/lib/declaration/store';
import type { OrderSnapshot, PageSnapshot } from '@/lib/model/snapshot';
import type { UiLanguage } from '@/lib/i18n';

/** The German replica order: earbuds at US$18.40, 0.4 kg, AliExpress Standard Shipping. */
const germanOrder: OrderSnapshot = {
  orderId: '8195023376402211',
  buyerName: 'L***s B.',
  country: 'DE',
  carrier: 'AliExpress Standard Shipping',
  trackingNumber: null,
  total: { amount: 20.11, currency: 'USD' },
  status: 'awaiting_shipment',
  statusText: 'Awaiting shipment',
  remark: null,
  items: [
    {
      title: 'TWS Wireless Earbuds Bluetooth 5.3 Headphones',
      sku: 'Color: Black',
      quantity: 1,
      unitPrice: { amount: 18.4, currency: 'USD' },
    },
  ],
  weightKg: 0.4,
};

const opened: AfterSalesDb[] = [];
let counter = 0;
function freshDb(): AfterSalesDb {
  counter += 1;
  const db = openDatabase(`declaration-card-test-${counter}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const editHref = (ruleId: string) => `chrome-extension://test/options.html?rule=${ruleId}#rules`;

function renderView(
  order: OrderSnapshot | null,
  { language = 'en' as UiLanguage, db = freshDb(), snapshot = null as PageSnapshot | null } = {},
) {
  const utils = render(
    <I18nProvider language={language}>
      <DeclarationView order={order} snapshot={snapshot} db={db} editRuleHref={editHref} />
    </I18nProvider>,
  );
  return { ...utils, db };
}

function chatAbout(orderId: string): PageSnapshot {
  return {
    page: 'messages',
    reader: 'messages.im-chat',
    url: 'https://csp.aliexpress.com/m_apps/message-center/im-chat',
    readAt: '2026-11-21T08:00:00.000Z',
    channelId: null,
    orders: [],
    disputes: [],
    threads: [
      {
        threadId: 'session-1',
        buyerName: 'L***s B.',
        orderId,
        lastSpeaker: 'buyer',
        lastMessageAt: '2026-11-21T07:55:00.000Z',
        lastBuyerMessage: 'Wann kommt mein Paket?',
        open: true,
      },
    ],
    missing: [],
  };
}

async function warnings(name = 'Warnings'): Promise<string[]> {
  const list = await screen.findByRole('list', { name });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('declaration card in the side panel', () => {
  it('suggests €5 for a 0.4 kg parcel to Germany, with range, currency, source and an edit link', async () => {
    renderView(germanOrder);
    expect(await screen.findByRole('status', { name: 'Declare' })).toHaveTextContent('€5');
    expect(screen.getByText(/The rule allows exactly €5/)).toBeInTheDocument();
    expect(screen.getByTitle('Currency of the declaration')).toHaveTextContent('EUR');
    expect(screen.getByText(/source 000_a6fb8717591fe756\.txt · reviewed 2026-11-22/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit this rule' })).toHaveAttribute('href', editHref('de'));
    expect(screen.getByText(/recommended declared value is €5/)).toBeInTheDocument();
  });

  it('warns that the suggestion is below the order value, and names the subtotal it used', async () => {
    renderView(germanOrder);
    const shown = await warnings();
    expect(shown.some((text) => /below what the order is worth/.test(text) && /customs law/.test(text))).toBe(true);
    expect(screen.getByLabelText('Goods value')).toHaveValue('18.40');
    expect(screen.getByLabelText('Currency of the goods value')).toHaveValue('USD');
    expect(screen.getByText(/Items subtotal from the page/)).toBeInTheDocument();
    expect(screen.getByLabelText('Weight (kg)')).toHaveValue('0.4');
    expect(screen.getByText('From the order details.')).toBeInTheDocument();
  });

  it('uses the order total, and says so, when the page shows no item prices', async () => {
    renderView({ ...germanOrder, items: [{ ...germanOrder.items[0]!, unitPrice: null }] });
    expect(await screen.findByLabelText('Goods value')).toHaveValue('20.11');
    expect(screen.getByText(/Order total from the page/)).toBeInTheDocument();
  });

  it('copies the plain figure to declare', async () => {
    const user = userEvent.setup();
    renderView(germanOrder);
    await user.click(await screen.findByRole('button', { name: 'Copy the value to declare' }));
    expect(await navigator.clipboard.readText()).toBe('5');
  });

  it('warns against DHL for Germany when the agent switches the carrier', async () => {
    const user = userEvent.setup();
    renderView(germanOrder);
    const carrier = await screen.findByLabelText('Carrier');
    expect(carrier).toHaveValue('AliExpress Standard Shipping');
    expect((await warnings()).some((text) => /Avoid DHL/.test(text))).toBe(false);
    await user.clear(carrier);
    await user.type(carrier, 'DHL Express');
    expect((await warnings()).some((text) => /Avoid DHL for Germany/.test(text))).toBe(true);
  });

  it('moves to the heavier German range when the weight is changed', async () => {
    const user = userEvent.setup();
    renderView(germanOrder);
    const weight = await screen.findByLabelText('Weight (kg)');
    await user.clear(weight);
    await user.type(weight, '0,8');
    expect(screen.getByRole('status', { name: 'Declare' })).toHaveTextContent('€15');
    expect(screen.getByText(/Allowed range €10 – €19\.50/)).toBeInTheDocument();
  });

  it('uses the default rule with a warning for a country without its own rule', async () => {
    renderView({ ...germanOrder, country: 'JP' });
    expect(await screen.findByRole('status', { name: 'Declare' })).toBeInTheDocument();
    expect((await warnings()).some((text) => /no specific rule for Japan/.test(text))).toBe(true);
  });

  it('shows a plain error and suggests nothing for a bad weight', async () => {
    const user = userEvent.setup();
    renderView(germanOrder);
    const weight = await screen.findByLabelText('Weight (kg)');
    await user.clear(weight);
    await user.type(weight, '-2');
    expect(screen.getByRole('alert')).toHaveTextContent('The weight must be a number of kilograms above zero (got -2)');
    expect(screen.queryByRole('status', { name: 'Declare' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy the value to declare' })).toBeNull();
    await user.clear(weight);
    await user.type(weight, 'heavy');
    expect(screen.getByRole('alert')).toHaveTextContent('(got heavy)');
  });

  it('shows a plain error and suggests nothing when the country is missing', async () => {
    renderView({ ...germanOrder, country: null });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The destination country is missing');
    expect(alert).toHaveTextContent('Fill in the country in the order card above');
    expect(screen.queryByRole('status', { name: 'Declare' })).toBeNull();
  });

  it('speaks 简体中文', async () => {
    const user = userEvent.setup();
    renderView(germanOrder, { language: 'zh_CN' });
    expect(await screen.findByRole('status', { name: '申报价值' })).toHaveTextContent('€5');
    expect(screen.getByRole('heading', { name: '报关申报' })).toBeInTheDocument();
    expect((await warnings('注意事项')).some((text) => /低于订单的实际价值/.test(text))).toBe(true);
    expect(screen.getByRole('link', { name: '编辑此规则' })).toBeInTheDocument();
    const weight = screen.getByLabelText('重量（千克）');
    await user.clear(weight);
    await user.type(weight, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('重量必须是大于零的公斤数');
  });

  it('remembers a typed weight for the product and offers it on the next order of it', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const noWeight = { ...germanOrder, weightKg: null };
    const first = renderView(noWeight, { db });
    const weight = await screen.findByLabelText('Weight (kg)');
    expect(weight).toHaveValue('');
    expect(screen.getByText(/type it once and it is remembered for this product/)).toBeInTheDocument();
    await user.type(weight, '0.35');
    await user.tab();
    await waitFor(async () => expect(await db.skuWeights.count()).toBe(1));
    first.unmount();

    renderView({ ...noWeight, orderId: '8195023376409999' }, { db });
    await waitFor(() => expect(screen.getByLabelText('Weight (kg)')).toHaveValue('0.35'));
    expect(screen.getByText('Remembered for this product.')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Declare' })).toHaveTextContent('€5');
  });

  it('says when the saved rules are damaged and advises with the built-in ones', async () => {
    const db = freshDb();
    await db.config.put({ key: RULES_CONFIG_KEY, value: { version: 1, rules: [] }, updatedAt: '2026-11-20T08:00:00.000Z' });
    renderView(germanOrder, { db });
    expect(await screen.findByText(/Your saved customs rules could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Declare' })).toHaveTextContent('€5');
  });

  it('says the weight was typed when it differs from the order', async () => {
    const user = userEvent.setup();
    renderView(germanOrder);
    const weight = await screen.findByLabelText('Weight (kg)');
    await user.clear(weight);
    await user.type(weight, '0.6');
    expect(screen.getByText('Typed by you; the order says 0.4 kg.')).toBeInTheDocument();
  });

  it('advises on a conversation page for the order it names, as last read on its detail page', async () => {
    const db = freshDb();
    await db.orders.put({
      ...germanOrder,
      channelId: '1602287',
      firstSeenAt: '2026-11-20T08:00:00.000Z',
      lastSeenAt: '2026-11-20T08:00:00.000Z',
      url: null,
    });
    await db.overrides.put({ orderId: germanOrder.orderId, fields: { carrier: 'DHL Express' }, updatedAt: '2026-11-20T09:00:00.000Z' });
    renderView(null, { db, snapshot: chatAbout(germanOrder.orderId) });
    expect(await screen.findByRole('status', { name: 'Declare' })).toHaveTextContent('€5');
    expect(screen.getByText(/Order 8195023376402211 as last read on its detail page/)).toBeInTheDocument();
    // The agent's correction of the carrier applies here too.
    expect(screen.getByLabelText('Carrier')).toHaveValue('DHL Express');
    expect((await warnings()).some((text) => /Avoid DHL for Germany/.test(text))).toBe(true);
  });

  it('asks to open the order once when a conversation names an order never read', async () => {
    renderView(null, { snapshot: chatAbout('8195023376400000') });
    expect(await screen.findByText(/about order 8195023376400000, which has not been read yet/)).toBeInTheDocument();
  });

  it('gives a short hint when no order is in focus', () => {
    renderView(null);
    expect(screen.getByText(/Open an order, or a dispute that shows its order/)).toBeInTheDocument();
  });
});
