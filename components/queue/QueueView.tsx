import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DisputeItem, FollowUpItem, LogisticsItem, QueueItem, QueueSections, ReplyItem, WaitingItem } from '@/lib/queue/queue';
import { SUGGESTED_EXTENSION_DAYS } from '@/lib/queue/logistics';
import { isSellerCenterUrl } from '@/lib/pages/hosts';
import { useI18n } from '../i18n';
import { formatAge, formatSpan } from '@/lib/queue/format';

export interface QueueViewProps {
  /** undefined while loading. */
  sections: QueueSections | undefined;
  now: Date;
  overdueHours: number;
  stores: readonly string[];
  store: string | null;
  onStoreChange: (store: string | null) => void;
  onDone: (item: QueueItem) => void;
  onSnooze: (item: QueueItem) => void;
}

/** Lists longer than this render only the rows in view (10,000 waiting threads stay fast). */
export const VIRTUALIZE_FROM = 40;
/** Fixed row height inside virtual lists (CSS .queue-virtual .queue-row uses the same). */
export const ROW_HEIGHT = 112;
const VIRTUAL_VIEWPORT = 480;

/**
 * The follow-up queue: disputes to answer (live countdown), replies owed (oldest first),
 * conversations awaiting the buyer (how long), follow-ups due. Every row has an "open" link the
 * agent clicks (the extension never opens pages itself: opening a buyer conversation marks it
 * read for the whole team), "done" and "snooze 1 day".
 */
export function QueueView({ sections, now, overdueHours, stores, store, onStoreChange, onDone, onSnooze }: QueueViewProps) {
  const { t } = useI18n();
  const storeId = useId();
  if (!sections) return <p className="muted">{t('queue.loading')}</p>;
  const total =
    sections.overdueDisputes.length + sections.repliesOwed.length + sections.awaitingBuyer.length + sections.followUps.length;
  const rowProps = { now, onDone, onSnooze };

  return (
    <div className="queue">
      {stores.length > 1 ? (
        <div className="queue-filter">
          <label htmlFor={storeId}>{t('queue.store')}</label>
          <select id={storeId} className="input" value={store ?? ''} onChange={(event) => onStoreChange(event.target.value || null)}>
            <option value="">{t('queue.store.all')}</option>
            {stores.map((id) => (
              <option key={id} value={id}>
                {t('queue.store.one', { channelId: id })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {total === 0 ? <p className="muted">{t('queue.empty.all')}</p> : null}
      <QueueSection
        title={t('queue.section.overdue')}
        empty={t('queue.empty.overdue', { hours: overdueHours })}
        items={sections.overdueDisputes}
        truncated={sections.truncated?.overdueDisputes}
        render={(item) => <DisputeRow item={item} {...rowProps} />}
      />
      <QueueSection
        title={t('queue.section.replies')}
        empty={t('queue.empty.replies')}
        items={sections.repliesOwed}
        truncated={sections.truncated?.repliesOwed}
        render={(item) => <ReplyRow item={item} {...rowProps} />}
      />
      <QueueSection
        title={t('queue.section.followUps')}
        empty={t('queue.empty.followUps')}
        items={sections.followUps}
        truncated={sections.truncated?.followUps}
        render={(item) => (item.kind === 'logistics' ? <LogisticsRow item={item} {...rowProps} /> : <FollowUpRow item={item} {...rowProps} />)}
      />
      <QueueSection
        title={t('queue.section.awaiting')}
        empty={t('queue.empty.awaiting')}
        items={sections.awaitingBuyer}
        truncated={sections.truncated?.awaitingBuyer}
        render={(item) => <WaitingRow item={item} {...rowProps} />}
      />
    </div>
  );
}

function QueueSection<T extends QueueItem>({
  title,
  empty,
  items,
  truncated,
  render,
}: {
  title: string;
  empty: string;
  items: readonly T[];
  /** Only the first rows are loaded yet: the count is "at least". */
  truncated?: boolean;
  render: (item: T) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="queue-section" aria-labelledby={headingId} aria-busy={truncated ? true : undefined}>
      <h3 id={headingId} className="queue-section-title">
        <span>{title}</span>
        <span className="chip">{truncated ? `${items.length}+` : items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : items.length >= VIRTUALIZE_FROM ? (
        <VirtualList items={items} labelledBy={headingId} render={render} />
      ) : (
        <ul className="queue-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} className="queue-item">
              {render(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VirtualList<T extends QueueItem>({ items, labelledBy, render }: { items: readonly T[]; labelledBy: string; render: (item: T) => ReactNode }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: { width: 360, height: VIRTUAL_VIEWPORT },
    getItemKey: (index) => items[index]?.id ?? index,
  });
  return (
    <div ref={scrollRef} className="queue-virtual" style={{ maxHeight: VIRTUAL_VIEWPORT }}>
      <ul className="queue-list" aria-labelledby={labelledBy} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <li
              key={row.key}
              className="queue-item"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              {render(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface RowProps<T> {
  item: T;
  now: Date;
  onDone: (item: QueueItem) => void;
  onSnooze: (item: QueueItem) => void;
}

function Row({
  item,
  buyer,
  chip,
  detail,
  time,
  note,
  link,
  onDone,
  onSnooze,
  snoozeRefused,
}: {
  item: QueueItem;
  buyer: string | null | undefined;
  chip: { text: string; tone: 'danger' | 'ok' | 'plain' };
  detail: string;
  time: ReactNode;
  note?: string;
  link: string | null | undefined;
  onDone: (item: QueueItem) => void;
  onSnooze: (item: QueueItem) => void;
  snoozeRefused?: boolean;
}) {
  const { t } = useI18n();
  const href = link && isSellerCenterUrl(link) ? link : null;
  const name = buyer || t('queue.buyer.unknown');
  return (
    <article className="queue-row" aria-label={name}>
      <div className="queue-row-head">
        <span className="queue-buyer">{name}</span>
        <span className={`status queue-chip-${chip.tone}`}>{chip.text}</span>
      </div>
      <div className="queue-row-detail small muted" title={detail}>
        {detail}
      </div>
      <div className="queue-row-time small">{time}</div>
      {note ? <div className="queue-row-note small">{note}</div> : null}
      <div className="queue-row-actions">
        {href ? (
          // A plain link the agent clicks: the extension itself never opens a page.
          <a className="btn btn-small" href={href} target="_blank" rel="noreferrer" title={t('queue.action.openHint')}>
            {t('queue.action.open')}
          </a>
        ) : (
          <span className="muted small">{t('queue.action.noLink')}</span>
        )}
        <button type="button" className="btn btn-small" onClick={() => onDone(item)}>
          {t('queue.action.done')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          disabled={snoozeRefused}
          title={snoozeRefused ? t('queue.action.snoozeRefused') : undefined}
          onClick={() => onSnooze(item)}
        >
          {t('queue.action.snooze')}
        </button>
      </div>
    </article>
  );
}

function useOrderLine(orderId: string | null | undefined, reason: string | null | undefined): string {
  const { t } = useI18n();
  const order = orderId ? t('queue.order', { orderId }) : t('queue.order.none');
  return reason ? `${order} · ${reason}` : order;
}

function DisputeRow({ item, now, onDone, onSnooze }: RowProps<DisputeItem>) {
  const { t, language } = useI18n();
  const { record } = item;
  const reason = record.reasonText || t(`queue.reason.${record.reason}`);
  const detail = useOrderLine(record.orderId, reason);
  const expired = item.urgency === 'expired';
  return (
    <Row
      item={item}
      buyer={record.buyerName}
      chip={{ text: expired ? t('queue.dispute.expiredChip') : t('queue.dispute.overdueChip'), tone: 'danger' }}
      detail={detail}
      time={expired ? t('queue.dispute.expired', { time: formatAge(item.deadline, now, language) }) : <Countdown deadline={item.deadline} now={now} />}
      note={expired ? t('queue.dispute.expiredHint') : undefined}
      link={record.url}
      onDone={onDone}
      onSnooze={onSnooze}
      snoozeRefused={!item.canSnooze}
    />
  );
}

function threadReason(record: ReplyItem['record']): string | null {
  return record.lastBuyerMessage ? record.lastBuyerMessage.replace(/\s+/g, ' ').slice(0, 160) : null;
}

function ReplyRow({ item, now, onDone, onSnooze }: RowProps<ReplyItem>) {
  const { t, language } = useI18n();
  const { record } = item;
  const detail = useOrderLine(record.orderId, threadReason(record));
  const waited = t('queue.reply.waiting', { time: formatAge(item.since, now, language) });
  const dueIn = Date.parse(item.dueAt) - now.getTime();
  return (
    <Row
      item={item}
      buyer={record.buyerName}
      chip={
        item.late
          ? { text: t('queue.reply.late'), tone: 'danger' }
          : { text: t(record.source === 'dispute' ? 'queue.source.dispute' : 'queue.source.chat'), tone: 'plain' }
      }
      detail={detail}
      time={item.late ? waited : `${waited} · ${t('queue.reply.dueIn', { time: formatSpan(dueIn, language) })}`}
      link={record.url}
      onDone={onDone}
      onSnooze={onSnooze}
    />
  );
}

function WaitingRow({ item, now, onDone, onSnooze }: RowProps<WaitingItem>) {
  const { t, language } = useI18n();
  const { record } = item;
  const detail = useOrderLine(record.orderId, threadReason(record));
  const followUpIn = Date.parse(item.followUpAt) - now.getTime();
  return (
    <Row
      item={item}
      buyer={record.buyerName}
      chip={{ text: t(record.source === 'dispute' ? 'queue.source.dispute' : 'queue.source.chat'), tone: 'ok' }}
      detail={detail}
      time={`${t('queue.awaiting.for', { time: formatAge(item.since, now, language) })} · ${t('queue.awaiting.followUpIn', { time: formatSpan(followUpIn, language) })}`}
      link={record.url}
      onDone={onDone}
      onSnooze={onSnooze}
    />
  );
}

function FollowUpRow({ item, now, onDone, onSnooze }: RowProps<FollowUpItem>) {
  const { t, language } = useI18n();
  const { record } = item;
  const detail = useOrderLine(record.orderId, threadReason(record));
  return (
    <Row
      item={item}
      buyer={record.buyerName}
      chip={{ text: t(record.source === 'dispute' ? 'queue.source.dispute' : 'queue.source.chat'), tone: 'plain' }}
      detail={detail}
      time={t('queue.followUp.thread', { time: formatAge(item.since, now, language) })}
      note={t('queue.followUp.email')}
      link={record.url}
      onDone={onDone}
      onSnooze={onSnooze}
    />
  );
}

function LogisticsRow({ item, now, onDone, onSnooze }: RowProps<LogisticsItem>) {
  const { t, language } = useI18n();
  const { record, followUp } = item;
  const detail = useOrderLine(record.orderId, [record.carrier, record.trackingNumber].filter(Boolean).join(' · ') || null);
  const shippedAgo = record.shippedAt ? formatAge(record.shippedAt, now, language) : '';
  let time: string;
  if (followUp.stage === 'extend_protection') {
    const left = Date.parse(followUp.protectionEndsAt ?? followUp.dueAt) - now.getTime();
    time = t('queue.logistics.extend_protection', { time: formatSpan(left, language), days: SUGGESTED_EXTENSION_DAYS });
  } else if (followUp.stage === 'local_carrier') {
    time = t('queue.logistics.local_carrier', { time: shippedAgo });
  } else {
    time = t(followUp.carrierClass === 'express' ? 'queue.logistics.track.express' : 'queue.logistics.track.post', { time: shippedAgo });
  }
  return (
    <Row
      item={item}
      buyer={record.buyerName}
      chip={{ text: t('queue.logistics.chip'), tone: 'plain' }}
      detail={detail}
      time={time}
      link={record.url}
      onDone={onDone}
      onSnooze={onSnooze}
    />
  );
}

/**
 * A countdown that ticks every second from the `now` it was given (so tests and the panel
 * agree on the starting point), re-based whenever the parent passes a new `now`.
 */
export function Countdown({ deadline, now }: { deadline: string; now: Date }) {
  const { t, language } = useI18n();
  const base = now.getTime();
  const [tick, setTick] = useState({ base, elapsed: 0 });
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setTick({ base, elapsed: Date.now() - started }), 1000);
    return () => clearInterval(timer);
  }, [base]);
  const elapsed = tick.base === base ? tick.elapsed : 0;
  const left = Date.parse(deadline) - (base + elapsed);
  if (left <= 0) return <span role="timer">{t('queue.dispute.expired', { time: formatSpan(-left, language) })}</span>;
  return (
    <time role="timer" dateTime={deadline} aria-live="off">
      {t('queue.dispute.left', { time: formatSpan(left, language, left < 48 * 3_600_000) })}
    </time>
  );
}
