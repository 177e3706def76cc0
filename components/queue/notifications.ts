import type { Settings } from '@/lib/settings/schema';

/**
 * The overdue notification needs the OPTIONAL "notifications" permission. Chrome shows its
 * prompt only during a user gesture, so this must be called straight from the click/change
 * handler (chrome.permissions.request runs before the first await).
 */
export function requestNotificationPermission(): Promise<boolean> {
  if (typeof chrome === 'undefined' || !chrome.permissions?.request) return Promise.resolve(false);
  return chrome.permissions.request({ permissions: ['notifications'] }).catch(() => false);
}

/**
 * A settings change from the options page: turning `notifyOverdue` on first asks for the
 * permission and saves nothing if it is refused (the worker would not notify anyway).
 */
export function saveSettingsWithPermissions(patch: Partial<Settings>, save: (patch: Partial<Settings>) => Promise<unknown>): Promise<boolean> {
  if (patch.notifyOverdue !== true) return save(patch).then(() => true);
  return requestNotificationPermission().then(async (granted) => {
    if (granted) await save(patch);
    return granted;
  });
}
