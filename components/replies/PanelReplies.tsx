import { useMemo } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';
import { InsertResult } from '@/lib/messaging/schemas';
import type { OrderSnapshot, PageSnapshot } from '@/lib/model/snapshot';
import { useSettings } from '../useSettings';
import { RepliesView, type RepliesDeps } from './RepliesView';

/** Where the template manager lives: the options page, "Reply templates" section. */
export const TEMPLATE_MANAGER_PATH = '/options.html#templates';

/** chrome-backed insertion, copy and navigation for the side panel following `tabId`. */
export function panelDeps(tabId: number | null): RepliesDeps {
  return {
    insert: async (text, threadId) => {
      if (tabId === null) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
      const answer: unknown = await sendMessage('insertReply', { text, threadId }, tabId);
      const parsed = InsertResult.safeParse(answer);
      return parsed.success ? parsed.data : { ok: false, method: 'none', target: 'none', error: 'not-verified' };
    },
    copy: (text) => navigator.clipboard.writeText(text),
    openManager: () => void chrome.tabs.create({ url: chrome.runtime.getURL(TEMPLATE_MANAGER_PATH) }),
    openSettings: () => void chrome.runtime.openOptionsPage(),
  };
}


/** The Replies tab as mounted by the side panel. */
export function PanelReplies({ snapshot, effectiveOrder, tabId }: { snapshot: PageSnapshot | null; effectiveOrder: OrderSnapshot | null; tabId: number | null }) {
  const settings = useSettings();
  const deps = useMemo(() => panelDeps(tabId), [tabId]);
  return <RepliesView snapshot={snapshot} effectiveOrder={effectiveOrder} settings={settings} deps={deps} />;
}
