import type { DisputeSnapshot, OrderSnapshot, PageSnapshot, ThreadSnapshot } from '@/lib/model/snapshot';
import { pickFocus, type Focus } from '@/lib/replies/suggest';
import type { EditableOrderField } from '@/lib/model/overrides';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../i18n';
import { formatCountry, formatDateTime, formatMoney } from '../format';
import { FieldRow } from './FieldRow';

const FIELD_KEYS: Record<string, MessageKey> = {
  orderId: 'field.orderId',
  buyerName: 'field.buyerName',
  country: 'field.country',
  carrier: 'field.carrier',
  trackingNumber: 'field.trackingNumber',
  total: 'field.total',
  status: 'field.status',
  remark: 'field.remark',
  items: 'field.items',
  weightKg: 'field.weightKg',
  disputeId: 'field.disputeId',
  reason: 'field.reason',
  deadline: 'field.deadline',
  buyerPlan: 'field.buyerPlan',
  lastSpeaker: 'field.lastSpeaker',
  lastMessageAt: 'field.lastMessageAt',
  lastBuyerMessage: 'field.lastBuyerMessage',
};

/** "orders[1].trackingNumber" → "trackingNumber" */
export function missingFieldName(path: string): string {
  return path.replace(/^.*\]\./, '').replace(/^(orders|disputes|threads)\./, '');
}

export function MissingFields({ missing }: { missing: readonly string[] }) {
  const { t } = useI18n();
  if (missing.length === 0) return null;
  const names = [...new Set(missing.map(missingFieldName))].map((name) => {
    const key = FIELD_KEYS[name];
    return key ? t(key) : name;
  });
  return (
    <p className="notice notice-warning" role="status">
      {t('page.missing', { fields: names.join(', ') })}
    </p>
  );
}

export function OrderCard({
  order,
  missing,
  manual,
  onOverride,
  onResetOverride,
}: {
  order: OrderSnapshot;
  missing: readonly string[];
  manual?: ReadonlySet<EditableOrderField>;
  onOverride?: (field: EditableOrderField, value: string) => void;
  onResetOverride?: (field: EditableOrderField) => void;
}) {
  const { t, language } = useI18n();
  const isMissing = (field: string) => missing.some((path) => missingFieldName(path) === field);
  const editable = (field: EditableOrderField) => ({
    editable: Boolean(onOverride),
    manual: manual?.has(field) ?? false,
    missing: isMissing(field) && !(manual?.has(field) ?? false),
    onSave: (value: string) => onOverride?.(field, value),
    onReset: () => onResetOverride?.(field),
  });
  return (
    <section className="card" aria-label={t('field.orderId')}>
      <div className="card-title-row">
        <h2 className="card-title">
          <span className="muted">{t('field.orderId')}</span> <span data-testid="order-id">{order.orderId}</span>
        </h2>
        <span className={`status status-${order.status}`}>{order.statusText ?? order.status}</span>
      </div>
      <FieldRow label={t('field.buyerName')} value={order.buyerName} {...editable('buyerName')} />
      <FieldRow
        label={t('field.country')}
        value={formatCountry(order.country, language)}
        rawValue={order.country ?? ''}
        {...editable('country')}
      />
      <FieldRow label={t('field.carrier')} value={order.carrier} {...editable('carrier')} />
      <FieldRow label={t('field.trackingNumber')} value={order.trackingNumber} {...editable('trackingNumber')} />
      <FieldRow label={t('field.total')} value={formatMoney(order.total, language)} missing={isMissing('total')} />
      <FieldRow
        label={t('field.weightKg')}
        value={order.weightKg ? String(order.weightKg) : null}
        inputMode="decimal"
        {...editable('weightKg')}
        missing={false}
      />
      {order.remark ? <FieldRow label={t('field.remark')} value={order.remark} multiline /> : null}
      {order.items.length > 0 ? (
        <div className="field">
          <span className="field-label">{t('field.items')}</span>
          <ul className="items">
            {order.items.map((item, index) => (
              <li key={index}>
                <span className="item-title">{item.title}</span>
                <span className="muted">
                  {[item.sku, item.quantity !== null ? `× ${item.quantity}` : null, formatMoney(item.unitPrice, language)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function DisputeCard({ dispute, missing }: { dispute: DisputeSnapshot; missing: readonly string[] }) {
  const { t, language } = useI18n();
  const isMissing = (field: string) => missing.some((path) => missingFieldName(path) === field);
  const plan = dispute.buyerPlan;
  return (
    <section className="card" aria-label={t('field.disputeId')}>
      <div className="card-title-row">
        <h2 className="card-title">
          <span className="muted">{t('field.orderId')}</span> <span data-testid="order-id">{dispute.orderId}</span>
        </h2>
        <span className={`status status-dispute-${dispute.status}`}>{dispute.statusText ?? dispute.status}</span>
      </div>
      <FieldRow label={t('field.reason')} value={dispute.reasonText ?? dispute.reason} missing={isMissing('reason')} />
      <FieldRow label={t('field.deadline')} value={formatDateTime(dispute.deadline, language)} missing={isMissing('deadline')} />
      <FieldRow
        label={t('field.buyerPlan')}
        value={
          plan
            ? [plan.type === 'refund' ? t('plan.refund') : t('plan.return_and_refund'),
               plan.amount !== null && plan.currency ? formatMoney({ amount: plan.amount, currency: plan.currency }, language) : null]
                .filter(Boolean)
                .join(' · ')
            : null
        }
        missing={isMissing('buyerPlan')}
      />
      {dispute.disputeId ? <FieldRow label={t('field.disputeId')} value={dispute.disputeId} /> : null}
      {dispute.buyerComment ? <FieldRow label={t('field.lastBuyerMessage')} value={dispute.buyerComment} multiline /> : null}
    </section>
  );
}

export function ThreadCard({ thread }: { thread: ThreadSnapshot }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-label={t('field.lastBuyerMessage')}>
      <div className="card-title-row">
        <h2 className="card-title">{thread.buyerName ?? t('value.none')}</h2>
        <span className={`status status-speaker-${thread.lastSpeaker}`}>
          {t('field.lastSpeaker')}: {t(thread.lastSpeaker === 'buyer' ? 'speaker.buyer' : 'speaker.seller')}
        </span>
      </div>
      {thread.orderId ? <FieldRow label={t('field.orderId')} value={thread.orderId} /> : null}
      <FieldRow label={t('field.lastMessageAt')} value={formatDateTime(thread.lastMessageAt, language)} />
      {thread.lastBuyerMessage ? (
        <FieldRow label={t('field.lastBuyerMessage')} value={thread.lastBuyerMessage} multiline />
      ) : null}
    </section>
  );
}

/**
 * What the "this page" area shows in detail: the order or dispute of a detail page, the open
 * conversation in chat (with its order). Lists, and a chat with no conversation open, show
 * a list summary instead. Built on the same focus the replies use (lib/replies/suggest).
 */
export function focusOf(snapshot: PageSnapshot): Focus {
  const none: Focus = { order: null, dispute: null, thread: null };
  if (snapshot.page === 'order-list' || snapshot.page === 'dispute-list' || snapshot.page === 'unknown') return none;
  const focus = pickFocus(snapshot);
  if (snapshot.page === 'messages' && !focus.thread?.open) return none;
  return focus;
}

export function ListSummary({ snapshot }: { snapshot: PageSnapshot }) {
  const { t, language } = useI18n();
  const rows =
    snapshot.page === 'order-list'
      ? snapshot.orders.map((order) => ({
          id: order.orderId,
          title: order.orderId,
          detail: [order.buyerName, formatCountry(order.country, language), order.statusText].filter(Boolean).join(' · '),
        }))
      : snapshot.page === 'dispute-list'
        ? snapshot.disputes.map((dispute) => ({
            id: dispute.disputeId ?? dispute.orderId,
            title: dispute.orderId,
            detail: [dispute.reasonText, dispute.statusText, formatDateTime(dispute.deadline, language)].filter(Boolean).join(' · '),
          }))
        : snapshot.threads.map((thread) => ({
            id: thread.threadId,
            title: thread.buyerName ?? thread.threadId,
            detail: [t(thread.lastSpeaker === 'buyer' ? 'speaker.buyer' : 'speaker.seller'), thread.lastBuyerMessage]
              .filter(Boolean)
              .join(' · '),
          }));
  const countKey: MessageKey =
    snapshot.page === 'order-list' ? 'page.orders' : snapshot.page === 'dispute-list' ? 'page.disputes' : 'page.threads';
  return (
    <section className="card">
      <h2 className="card-title">{t(countKey, { count: rows.length })}</h2>
      {rows.length === 0 ? <p className="muted">{t('page.empty')}</p> : null}
      <ul className="list">
        {rows.slice(0, 50).map((row) => (
          <li key={row.id} className="list-row">
            <span className="list-title">{row.title}</span>
            <span className="muted list-detail">{row.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
