import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/i18n';
import { QueueView, VIRTUALIZE_FROM } from '@/components/queue/QueueView';
import type { DisputeRecord, OrderRecord, ThreadRecord } from '@/lib/db/records';
import { buildQueue, type QueueInput } from '@/lib/queue/queue';
import type { UiLanguage } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const now = new Date('2026-11-20T08:00:00.000Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
const CHAT_URL = 'https://gsp.aliexpress.com/m_apps/im-chat/im#/window?channelId=1579196';

function dispute(key: string, deadline: string, extra: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    key, disputeId: key, orderId: `820000000000${key}`, reason: 'not_received', reasonText: null, status: 'awaiting_seller',
    statusText: null, deadline, buyerPlan: null, buyerName: `Buyer ${key}`, channelId: '1579196', waiting: 1,
    firstSeenAt: at(-50), lastSeenAt: at(-1), url: `https://csp.aliexpress.com/m_apps/dispute-management/detail?id=${key}`, ...extra,
  };
}

function thread(threadId: string, state: ThreadRecord['state'], since: string, extra: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    threadId, buyerName: `Buyer ${threadId}`, orderId: null, lastSpeaker: state === 'awaiting_buyer' ? 'seller' : 'buyer', lastMessageAt: since,
    lastBuyerMessage: 'Where is my parcel?', channelId: '1579196', state, since, firstSeenAt: since, lastSeenAt: since, url: CHAT_URL, source: 'chat', ...extra,
  };
}

const shippedOrder: OrderRecord = {
  orderId: '8194715118461470', buyerName: 'Maria S.', country: 'BR', carrier: 'China Post', trackingNumber: 'RB123456789CN', total: null,
  status: 'awaiting_receipt', statusText: null, remark: null, items: [], channelId: '1579196', shippedAt: at(-41 * 24),
  firstSeenAt: at(-41 * 24), lastSeenAt: at(-1), url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470',
};

function renderQueue(input: QueueInput, options: { language?: UiLanguage; stores?: string[]; store?: string | null } = {}) {
  const onDone = vi.fn();
  const onSnooze = vi.fn();
  const onStoreChange = vi.fn();
  const sections = buildQueue(input, now, DEFAULT_SETTINGS, options.store ?? null);
  render(
    <I18nProvider language={options.language ?? 'en'}>
      <QueueView
        sections={sections}
        now={now}
        overdueHours={48}
        stores={options.stores ?? ['1579196']}
        store={options.store ?? null}
        onStoreChange={onStoreChange}
        onDone={onDone}
        onSnooze={onSnooze}
      />
    </I18nProvider>,
  );
  return { onDone, onSnooze, onStoreChange };
}

const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

describe('QueueView', () => {
  it('lists overdue and expired disputes with a countdown, and leaves out those with time to spare', () => {
    renderQueue({ disputes: [dispute('1', at(10)), dispute('2', at(-3)), dispute('3', at(96))], threads: [], orders: [] });
    const disputes = within(section('Disputes to answer')).getAllByRole('article');
    expect(disputes.map((row) => row.getAttribute('aria-label'))).toEqual(['Buyer 1', 'Buyer 2']);
    expect(within(disputes[0]!).getByRole('timer')).toHaveTextContent('10 hours left');
    expect(disputes[0]).toHaveTextContent('Order 8200000000001 · Not received');
    expect(disputes[1]).toHaveTextContent('Deadline passed 3 hours ago');
  });

  it('gives each row a plain link to open the page in a new tab, and nothing opens by itself', () => {
    renderQueue({ disputes: [dispute('1', at(10))], threads: [], orders: [] });
    const link = within(section('Disputes to answer')).getByRole('link', { name: 'Open' });
    expect(link).toHaveAttribute('href', 'https://csp.aliexpress.com/m_apps/dispute-management/detail?id=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
  });

  it('never links to a page outside the seller center', () => {
    renderQueue({ disputes: [dispute('1', at(10), { url: 'javascript:alert(1)' })], threads: [], orders: [] });
    const row = within(section('Disputes to answer')).getByRole('article');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(row).toHaveTextContent('No page link yet');
  });

  it('lists replies owed oldest first and marks the late ones', () => {
    renderQueue({ disputes: [], threads: [thread('new', 'awaiting_seller', at(-2)), thread('old', 'awaiting_seller', at(-30))], orders: [] });
    const rows = within(section('Replies owed')).getAllByRole('article');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Buyer old', 'Buyer new']);
    expect(rows[0]).toHaveTextContent('Late');
    expect(rows[0]).toHaveTextContent('Waiting for 1 day 6 hours');
    expect(rows[1]).toHaveTextContent('Reply within 22 hours');
  });

  it('shows how long a buyer has been silent, and suggests following up (and emailing) after 3 days', () => {
    renderQueue({ disputes: [], threads: [thread('quiet', 'awaiting_buyer', at(-5)), thread('silent', 'awaiting_buyer', at(-80))], orders: [] });
    expect(within(section('Awaiting the buyer')).getByRole('article', { name: 'Buyer quiet' })).toHaveTextContent('No answer for 5 hours');
    const followUp = within(section('Follow-ups due')).getByRole('article', { name: 'Buyer silent' });
    expect(followUp).toHaveTextContent('No answer for 3 days 8 hours');
    expect(followUp).toHaveTextContent('Email the buyer as well');
  });

  it('suggests contacting the local carrier for a parcel sent 41 days ago', () => {
    renderQueue({ disputes: [], threads: [], orders: [shippedOrder] });
    const row = within(section('Follow-ups due')).getByRole('article', { name: 'Maria S.' });
    expect(row).toHaveTextContent('ask the local carrier, then resend or refund');
  });

  it('passes the row to "done" and "snooze 1 day"', async () => {
    const user = userEvent.setup();
    const { onDone, onSnooze } = renderQueue({ disputes: [], threads: [thread('a', 'awaiting_seller', at(-30))], orders: [] });
    const row = within(section('Replies owed')).getByRole('article', { name: 'Buyer a' });
    await user.click(within(row).getByRole('button', { name: 'Done' }));
    await user.click(within(row).getByRole('button', { name: 'Snooze 1 day' }));
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ kind: 'reply', id: 'thread:a' }));
    expect(onSnooze).toHaveBeenCalledWith(expect.objectContaining({ id: 'thread:a' }));
  });

  it('does not offer a snooze on a dispute with less than a day left', () => {
    renderQueue({ disputes: [dispute('1', at(10)), dispute('2', at(30))], threads: [], orders: [] });
    const rows = within(section('Disputes to answer')).getAllByRole('article');
    expect(within(rows[0]!).getByRole('button', { name: 'Snooze 1 day' })).toBeDisabled();
    expect(within(rows[1]!).getByRole('button', { name: 'Snooze 1 day' })).toBeEnabled();
  });

  it('offers a store filter only when there are several stores', async () => {
    const user = userEvent.setup();
    const { onStoreChange } = renderQueue({ disputes: [], threads: [], orders: [] }, { stores: ['1579196', '2000001'] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Store' }), 'Store 2000001');
    expect(onStoreChange).toHaveBeenCalledWith('2000001');
  });

  it('hides other stores when one is chosen', () => {
    renderQueue(
      { disputes: [], threads: [thread('here', 'awaiting_seller', at(-3)), thread('there', 'awaiting_seller', at(-3), { channelId: '2000001' })], orders: [] },
      { stores: ['1579196', '2000001'], store: '2000001' },
    );
    expect(within(section('Replies owed')).getAllByRole('article').map((row) => row.getAttribute('aria-label'))).toEqual(['Buyer there']);
  });

  it('renders only the first screen of 10,000 waiting conversations, oldest first', () => {
    // happy-dom does no layout: give boxes the height a browser would, so the virtualizer sees a viewport.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    const threads = Array.from({ length: 10_000 }, (_, index) => thread(`t${String(index).padStart(5, '0')}`, 'awaiting_buyer', at(-1 - index / 1000)));
    renderQueue({ disputes: [], threads, orders: [] });
    const list = within(section('Awaiting the buyer')).getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(VIRTUALIZE_FROM);
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
    expect(within(rows[0]!).getByRole('article')).toHaveAccessibleName('Buyer t09999');
  });

  it('speaks 简体中文', () => {
    renderQueue({ disputes: [dispute('1', at(10))], threads: [thread('a', 'awaiting_seller', at(-30))], orders: [] }, { language: 'zh_CN' });
    expect(screen.getByRole('region', { name: /^待响应纠纷/ })).toHaveTextContent('剩余 10 小时');
    expect(screen.getByRole('region', { name: /^待回复买家/ })).toHaveTextContent('已超时');
  });

  it('says when nothing is waiting', () => {
    renderQueue({ disputes: [], threads: [], orders: [] });
    expect(screen.getByText(/Nothing is waiting/)).toBeInTheDocument();
    expect(section('Disputes to answer')).toHaveTextContent('No dispute has less than 48 hours left.');
  });
});
