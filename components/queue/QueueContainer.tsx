import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { countQueue, queueCount } from '@/lib/queue/badge';
import { buildQueue, FIRST_SCREEN_ROWS, loadQueueInput, loadStores, type QueueItem } from '@/lib/queue/queue';
import { markDisputeDone, markLogisticsDone, markThreadDone, snoozeDispute, snoozeOrder, snoozeThread } from '@/lib/queue/actions';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/schema';
import { QueueView } from './QueueView';
import { requestPersistentStorage } from './storage';

const NO_STORES: string[] = [];

/** The clock the queue reads, advanced every minute (ages); countdowns tick on their own. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function useQueueSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

/** The number on the Queue tab: everything due now (kept live by Dexie). */
export function useQueueCount(db: AfterSalesDb = getDatabase()): number | undefined {
  const settings = useQueueSettings();
  const now = useMinuteClock();
  const { overdueHours, replyWithinHours, followUpAfterDays } = settings;
  return useLiveQuery(
    async () => queueCount(await countQueue(db, now, { overdueHours, replyWithinHours, followUpAfterDays })),
    [db, now, overdueHours, replyWithinHours, followUpAfterDays],
  );
}

export function doneItem(db: AfterSalesDb, item: QueueItem, now: Date): Promise<boolean> {
  switch (item.kind) {
    case 'dispute':
      return markDisputeDone(db, item.record.key, now);
    case 'logistics':
      return markLogisticsDone(db, item.record.orderId, now);
    default:
      return markThreadDone(db, item.record.threadId, now);
  }
}

export function snoozeItem(db: AfterSalesDb, item: QueueItem, now: Date): Promise<boolean> {
  switch (item.kind) {
    case 'dispute':
      return snoozeDispute(db, item.record.key, now);
    case 'logistics':
      return snoozeOrder(db, item.record.orderId, now);
    default:
      return snoozeThread(db, item.record.threadId, now);
  }
}

/** The Queue tab of the side panel: live data from IndexedDB into QueueView. */
export function QueueContainer({ db = getDatabase() }: { db?: AfterSalesDb }) {
  const settings = useQueueSettings();
  const now = useMinuteClock();
  const [store, setStore] = useState<string | null>(null);
  const { overdueHours, replyWithinHours, followUpAfterDays } = settings;
  const policy = useMemo(() => ({ overdueHours, replyWithinHours, followUpAfterDays }), [overdueHours, replyWithinHours, followUpAfterDays]);
  // First the first screen (a few rows per section), then everything: 10,000 waiting
  // conversations take a few hundred ms to read, the first rows a few.
  const firstScreen = useLiveQuery(() => loadQueueInput(db, now, policy, FIRST_SCREEN_ROWS), [db, now, policy]);
  const firstScreenShown = firstScreen !== undefined;
  const full = useLiveQuery(async () => (firstScreenShown ? loadQueueInput(db, now, policy) : undefined), [db, now, policy, firstScreenShown]);
  const input = full ?? firstScreen;
  const stores = useLiveQuery(() => loadStores(db), [db], NO_STORES);
  const sections = useMemo(() => (input ? buildQueue(input, now, policy, store) : undefined), [input, now, policy, store]);

  useEffect(() => {
    // The queue is worth keeping: ask the browser not to evict it (pages may ask; the worker cannot).
    void requestPersistentStorage();
  }, []);

  return (
    <QueueView
      sections={sections}
      now={now}
      overdueHours={overdueHours}
      stores={stores}
      store={store !== null && stores.includes(store) ? store : null}
      onStoreChange={setStore}
      onDone={(item) => void doneItem(db, item, new Date())}
      onSnooze={(item) => void snoozeItem(db, item, new Date())}
    />
  );
}
