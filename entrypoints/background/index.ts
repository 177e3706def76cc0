import { onMessage } from '@/lib/messaging/protocol';
import { PageSnapshot } from '@/lib/model/snapshot';
import { getDatabase } from '@/lib/db/database';
import { storeSnapshot } from '@/lib/queue/store-snapshot';
import { isSellerCenterUrl } from '@/lib/pages/hosts';
import { readerBundleFile } from '@/lib/pages/loaded-readers';
import { READER_FAMILIES } from '@/lib/pages/page-urls';
import { refreshBadge, refreshBadgeOnQueueChanges } from './badge';
import { clearTabSnapshot, setTabSnapshot } from './tab-snapshots';

const BADGE_ALARM = 'refresh-badge';

export default defineBackground(() => {
  // Listeners are registered synchronously at the top level so a woken worker gets its event.
  chrome.runtime.onInstalled.addListener(() => void setUp());
  chrome.runtime.onStartup.addListener(() => void setUp());

  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });

  chrome.tabs.onRemoved.addListener((tabId) => void clearTabSnapshot(tabId));
  refreshBadgeOnQueueChanges();

  onMessage('snapshot', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const parsed = PageSnapshot.safeParse(data);
    if (tabId === undefined || !parsed.success) {
      if (!parsed.success) console.warn('After-Sales Desk: rejected a snapshot', parsed.error.issues.slice(0, 3));
      return;
    }
    await setTabSnapshot(tabId, parsed.data);
    await storeSnapshot(getDatabase(), parsed.data);
    await refreshBadge();
  });

  // The content script carries no readers; it asks for the one bundle its page needs.
  onMessage('loadReaders', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const family = READER_FAMILIES.find((known) => known === data);
    if (tabId === undefined || !family || !isSellerCenterUrl(sender.url)) return false;
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [readerBundleFile(family)],
    });
    return true;
  });

  // Also on every wake: alarms can be cleared by a browser update, the badge by a restart.
  void setUp();
});

async function setUp(): Promise<void> {
  await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  const existing = await chrome.alarms.get(BADGE_ALARM);
  if (!existing) await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  await refreshBadge();
}
