import { useState, type ReactNode } from 'react';
import type { PageSnapshot } from '@/lib/model/snapshot';
import type { EditableOrderField } from '@/lib/model/overrides';
import { useI18n } from '../i18n';
import { formatDateTime } from '../format';
import { DisputeCard, ListSummary, MissingFields, OrderCard, ThreadCard, focusOf } from './PageSummary';
import { TabPanel, Tabs } from './Tabs';

export type PanelPageState =
  | { kind: 'not-seller' }
  | { kind: 'waiting' }
  | { kind: 'snapshot'; snapshot: PageSnapshot };

export type PanelTab = 'replies' | 'declaration' | 'queue';

export interface PanelProps {
  page: PanelPageState;
  /** The order as corrected by hand (overrides applied), when the page has one in focus. */
  effectiveOrder?: PageSnapshot['orders'][number] | null;
  manualFields?: ReadonlySet<EditableOrderField>;
  onOverride?: (orderId: string, field: EditableOrderField, value: string) => void;
  onResetOverride?: (orderId: string, field: EditableOrderField) => void;
  onOpenSettings?: () => void;
  views: Record<PanelTab, ReactNode>;
  queueCount?: number;
  initialTab?: PanelTab;
}

export function Panel({
  page,
  effectiveOrder,
  manualFields,
  onOverride,
  onResetOverride,
  onOpenSettings,
  views,
  queueCount,
  initialTab = 'replies',
}: PanelProps) {
  const { t } = useI18n();
  const snapshot = page.kind === 'snapshot' ? page.snapshot : null;
  // Lists are for triage (the queue); detail pages are for replying. A tab the agent picks wins.
  const [chosenTab, setTab] = useState<PanelTab | null>(null);
  const isListPage = snapshot?.page === 'order-list' || snapshot?.page === 'dispute-list';
  const tab = chosenTab ?? (isListPage ? 'queue' : initialTab);

  return (
    <div className="panel">
      <header className="panel-header">
        <div className="brand">
          <img src="/icons/32.png" alt="" width={20} height={20} />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="header-context">
          {snapshot ? (
            <>
              <span className="chip">{t(`page.kind.${snapshot.page}`)}</span>
              <span className="muted small">
                {snapshot.channelId ? t('header.store', { channelId: snapshot.channelId }) : t('header.noStore')}
              </span>
            </>
          ) : null}
          {onOpenSettings ? (
            <button type="button" className="btn btn-ghost btn-icon" aria-label={t('header.settings')} title={t('header.settings')} onClick={onOpenSettings}>
              ⚙
            </button>
          ) : null}
        </div>
      </header>

      <main className="panel-body">
        <section aria-label={t('tab.page')} className="page-area">
          <PageArea
            page={page}
            effectiveOrder={effectiveOrder}
            manualFields={manualFields}
            onOverride={onOverride}
            onResetOverride={onResetOverride}
          />
        </section>

        {page.kind === 'not-seller' ? (
          // The queue matters from any tab: who is waiting does not depend on the page open.
          <section aria-label={t('tab.queue')} className="tabpanel">
            <h2 className="section-title">{t('tab.queue')}</h2>
            {views.queue}
          </section>
        ) : (
          <>
            <Tabs
              label={t('app.name')}
              items={[
                { id: 'replies', label: t('tab.replies') },
                { id: 'declaration', label: t('tab.declaration') },
                { id: 'queue', label: t('tab.queue'), badge: queueCount },
              ]}
              selected={tab}
              onSelect={setTab}
            />
            <TabPanel id={tab}>{views[tab]}</TabPanel>
          </>
        )}
      </main>
    </div>
  );
}

function PageArea({
  page,
  effectiveOrder,
  manualFields,
  onOverride,
  onResetOverride,
}: Pick<PanelProps, 'page' | 'effectiveOrder' | 'manualFields' | 'onOverride' | 'onResetOverride'>) {
  const { t, language } = useI18n();
  if (page.kind === 'not-seller') {
    return (
      <div className="empty-state">
        <h2>{t('page.notSeller.title')}</h2>
        <p className="muted">{t('page.notSeller.body')}</p>
      </div>
    );
  }
  if (page.kind === 'waiting') return <p className="muted">{t('page.waiting')}</p>;
  const { snapshot } = page;
  if (snapshot.blocked) return <p className="notice notice-warning" role="status">{t('page.blocked')}</p>;
  if (snapshot.page === 'unknown') {
    return (
      <div className="empty-state">
        <h2>{t('page.kind.unknown')}</h2>
        <p className="muted">{t('page.unknown.body')}</p>
      </div>
    );
  }
  const focus = focusOf(snapshot);
  const order = effectiveOrder ?? focus.order;
  const isList = snapshot.page === 'order-list' || snapshot.page === 'dispute-list' || (snapshot.page === 'messages' && !focus.thread);
  return (
    <>
      <MissingFields missing={snapshot.missing} />
      {focus.dispute ? <DisputeCard dispute={focus.dispute} missing={snapshot.missing} /> : null}
      {order ? (
        <OrderCard
          order={order}
          missing={snapshot.missing}
          manual={manualFields}
          onOverride={onOverride ? (field, value) => onOverride(order.orderId, field, value) : undefined}
          onResetOverride={onResetOverride ? (field) => onResetOverride(order.orderId, field) : undefined}
        />
      ) : null}
      {focus.thread ? <ThreadCard thread={focus.thread} /> : null}
      {isList ? <ListSummary snapshot={snapshot} /> : null}
      {order && onOverride ? <p className="muted small">{t('page.editHint')}</p> : null}
      <p className="muted small">{t('page.readAt', { time: formatDateTime(snapshot.readAt, language) ?? '' })}</p>
    </>
  );
}
