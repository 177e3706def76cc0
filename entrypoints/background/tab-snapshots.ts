import type { PageSnapshot } from '@/lib/model/snapshot';

/**
 * The latest snapshot per tab, in chrome.storage.session: it survives the service worker
 * being stopped, is gone when the browser closes, and the side panel watches it.
 */
export const tabKey = (tabId: number) => `tab:${tabId}`;

export async function setTabSnapshot(tabId: number, snapshot: PageSnapshot): Promise<void> {
  await chrome.storage.session.set({ [tabKey(tabId)]: snapshot });
}

export async function clearTabSnapshot(tabId: number): Promise<void> {
  await chrome.storage.session.remove(tabKey(tabId));
}
