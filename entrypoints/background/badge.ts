import Dexie from 'dexie';
import { DATABASE_NAME, getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { badgeCount, badgeText, countOverdueDisputes, countRepliesOwed, overdueDisputes } from '@/lib/queue/badge';
import { formatSpan } from '@/lib/queue/format';
import { newlyOverdue } from '@/lib/queue/notify';
import { loadSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/schema';
import { translate, uiLanguageFromLocale, type UiLanguage } from '@/lib/i18n';

const NOTIFIED_KEY = 'queue.notifiedOverdue';
const NOTIFICATION_ID = 'overdue-disputes';

/** Recompute the toolbar badge from IndexedDB: the worker keeps no state of its own. */
export async function refreshBadge(now = new Date()): Promise<string> {
  const settings = await loadSettings();
  const db = getDatabase();
  // The number first (a few index entries); the tooltip's replies count reads more of them.
  const disputes = await countOverdueDisputes(db, now, settings.overdueHours);
  const text = badgeText(badgeCount(disputes));
  await chrome.action.setBadgeBackgroundColor({ color: '#d93025' });
  await chrome.action.setBadgeText({ text });
  const replies = await countRepliesOwed(db, now, settings.replyWithinHours);
  const language = settings.uiLanguage === 'auto' ? uiLanguageFromLocale(chrome.i18n.getUILanguage()) : settings.uiLanguage;
  const breakdown = translate(language, 'queue.badge.tooltip', {
    overdue: disputes.overdue,
    expired: disputes.expired,
    replies,
    hours: settings.overdueHours,
  });
  await chrome.action.setTitle({ title: `${translate(language, 'app.name')}\n${breakdown}` });
  await notifyNewlyOverdue(db, now, settings, language);
  return text;
}

/**
 * One notification when disputes become overdue: only with the setting on AND the optional
 * permission granted (the options page asks for it when the agent turns the setting on).
 */
async function notifyNewlyOverdue(db: AfterSalesDb, now: Date, settings: Settings, language: UiLanguage): Promise<void> {
  if (!settings.notifyOverdue || typeof chrome.notifications?.create !== 'function') return;
  if (!(await chrome.permissions.contains({ permissions: ['notifications'] }))) return;
  const current = await overdueDisputes(db, now, settings.overdueHours);
  const stored = await chrome.storage.local.get(NOTIFIED_KEY);
  const before = stored[NOTIFIED_KEY];
  const notified = Array.isArray(before) ? before.filter((key): key is string => typeof key === 'string') : [];
  const { fresh, remember } = newlyOverdue(current.map((dispute) => dispute.key), notified);
  await chrome.storage.local.set({ [NOTIFIED_KEY]: remember });
  const first = current.find((dispute) => dispute.key === fresh[0]);
  if (!first) return;
  const message =
    fresh.length === 1
      ? translate(language, 'queue.notify.one', {
          orderId: first.orderId,
          buyer: first.buyerName ?? translate(language, 'queue.buyer.unknown'),
          time: formatSpan(Math.max(0, Date.parse(first.deadline) - now.getTime()), language),
        })
      : translate(language, 'queue.notify.many', { count: fresh.length, hours: settings.overdueHours });
  await chrome.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('/icons/128.png'),
    title: translate(language, 'queue.notify.title'),
    message,
    priority: 2,
  });
}

/**
 * While the worker is awake, a change made elsewhere (the side panel's "done" or "snooze", an
 * import) refreshes the badge at once; asleep, the minute alarm catches up. Dexie tells every
 * same-origin context about writes (BroadcastChannel).
 */
export function refreshBadgeOnQueueChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    const touched = Object.keys(parts).some((part) => part.startsWith(`idb://${DATABASE_NAME}/`));
    if (!touched) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refreshBadge(), 300);
  });
}
