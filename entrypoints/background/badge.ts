import { getDatabase } from '@/lib/db/database';
import { badgeText, countOverdueDisputes } from '@/lib/queue/badge';
import { loadSettings } from '@/lib/settings/storage';
import { translate, uiLanguageFromLocale } from '@/lib/i18n';

/** Recompute the toolbar badge from IndexedDB: the worker keeps no state of its own. */
export async function refreshBadge(now = new Date()): Promise<string> {
  const settings = await loadSettings();
  const counts = await countOverdueDisputes(getDatabase(), now, settings.overdueHours);
  const total = counts.overdue + counts.expired;
  const text = badgeText(total);
  const language = settings.uiLanguage === 'auto' ? uiLanguageFromLocale(chrome.i18n.getUILanguage()) : settings.uiLanguage;
  await chrome.action.setBadgeBackgroundColor({ color: '#d93025' });
  await chrome.action.setBadgeText({ text });
  await chrome.action.setTitle({
    title: `${translate(language, 'app.name')}\n${translate(language, 'badge.tooltip', { ...counts })}`,
  });
  return text;
}
