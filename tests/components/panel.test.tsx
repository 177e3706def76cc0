import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/i18n';
import { Panel, type PanelPageState } from '@/components/panel/Panel';
import type { PageSnapshot } from '@/lib/model/snapshot';
import type { UiLanguage } from '@/lib/i18n';

const orderPage: PageSnapshot = {
  page: 'order-detail',
  reader: 'order-detail.m_apps',
  url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196',
  readAt: '2026-11-20T08:00:00.000Z',
  channelId: '1579196',
  orders: [
    {
      orderId: '8194715118461470',
      buyerName: 'Maria S.',
      country: 'BR',
      carrier: 'AliExpress Standard Shipping',
      trackingNumber: null,
      total: { amount: 66.65, currency: 'USD' },
      status: 'awaiting_shipment',
      statusText: '等待您发货',
      remark: '<script>alert(1)</script> please send the blue one',
      items: [{ title: 'Wooden hair comb', sku: 'Color: Blue', quantity: 2, unitPrice: { amount: 10.5, currency: 'USD' } }],
    },
  ],
  disputes: [],
  threads: [],
  missing: ['trackingNumber'],
};

const views = { replies: <p>replies view</p>, declaration: <p>declaration view</p>, queue: <p>queue view</p> };

function renderPanel(page: PanelPageState, language: UiLanguage = 'en', extra: Partial<Parameters<typeof Panel>[0]> = {}) {
  return render(
    <I18nProvider language={language}>
      <Panel page={page} views={views} {...extra} />
    </I18nProvider>,
  );
}

describe('side panel', () => {
  it('shows the order read from the page, in English', () => {
    renderPanel({ kind: 'snapshot', snapshot: orderPage });
    expect(screen.getByTestId('order-id')).toHaveTextContent('8194715118461470');
    expect(screen.getByText('Order detail')).toBeInTheDocument();
    expect(screen.getByText('Store 1579196')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Not found on the page: Tracking number');
    expect(screen.getByRole('tab', { name: 'Replies' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows the same order in 简体中文', () => {
    renderPanel({ kind: 'snapshot', snapshot: orderPage }, 'zh_CN');
    expect(screen.getByTestId('order-id')).toHaveTextContent('8194715118461470');
    expect(screen.getByText('订单详情')).toBeInTheDocument();
    expect(screen.getByText('店铺 1579196')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('页面上未找到：运单号');
    expect(screen.getByRole('tab', { name: '报关' })).toBeInTheDocument();
  });

  it('keeps page text as text', () => {
    const { container } = renderPanel({ kind: 'snapshot', snapshot: orderPage });
    expect(screen.getByText(/<script>alert\(1\)<\/script> please send the blue one/)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
  });

  it('says when the tab is not a seller-center page, offers no page tabs, and still shows the queue', () => {
    renderPanel({ kind: 'not-seller' });
    expect(screen.getByRole('heading', { name: 'Open a seller-center page' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Queue' })).getByText('queue view')).toBeInTheDocument();
  });

  it('opens list pages on the queue', () => {
    renderPanel({ kind: 'snapshot', snapshot: { ...orderPage, page: 'order-list', reader: 'order-list.m_apps' } });
    expect(screen.getByRole('tab', { name: 'Queue' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says "not a page we read yet" for unknown seller pages', () => {
    renderPanel({ kind: 'snapshot', snapshot: { ...orderPage, page: 'unknown', reader: null, orders: [], missing: [] } });
    expect(screen.getAllByText('Not a page we read yet').length).toBeGreaterThan(0);
  });

  it('switches tabs by click and arrow keys', async () => {
    const user = userEvent.setup();
    renderPanel({ kind: 'snapshot', snapshot: orderPage });
    await user.click(screen.getByRole('tab', { name: 'Queue' }));
    expect(within(screen.getByRole('tabpanel')).getByText('queue view')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Customs' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lets the agent fill a missing field by hand', async () => {
    const user = userEvent.setup();
    const onOverride = vi.fn();
    renderPanel({ kind: 'snapshot', snapshot: orderPage }, 'en', { onOverride });
    await user.click(screen.getByRole('button', { name: 'Edit: Tracking number' }));
    await user.type(screen.getByLabelText('Tracking number'), 'LP00123456789012');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onOverride).toHaveBeenCalledWith('8194715118461470', 'trackingNumber', 'LP00123456789012');
  });
});
