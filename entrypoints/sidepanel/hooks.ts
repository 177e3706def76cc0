import { useEffect, useState } from 'react';
import { PageSnapshot } from '@/lib/model/snapshot';
import { isSellerCenterUrl } from '@/lib/pages/hosts';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings/schema';
import { uiLanguageFromLocale, type UiLanguage } from '@/lib/i18n';

export interface SellerTab {
  tabId: number | null;
  /** Known only for seller-center tabs: without the "tabs" permission Chrome hides other URLs. */
  isSeller: boolean;
}

/**
 * The tab the panel follows: `?tabId=` when given (tests and the demo open the panel as a
 * page), else the active tab of this window, followed as the agent switches tabs.
 */
export function useSellerTab(): SellerTab {
  const fixed = Number(new URLSearchParams(location.search).get('tabId')) || null;
  const [state, setState] = useState<SellerTab>({ tabId: fixed, isSeller: false });

  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      const tab = fixed !== null ? await chrome.tabs.get(fixed).catch(() => null) : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
      if (cancelled) return;
      setState({ tabId: tab?.id ?? fixed, isSeller: isSellerCenterUrl(tab?.url) });
    };
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, change: chrome.tabs.OnUpdatedInfo) => {
      if (change.url !== undefined || change.status === 'complete') void refresh();
      void tabId;
    };
    chrome.tabs.onActivated.addListener(onActivated);
    chrome.tabs.onUpdated.addListener(onUpdated);
    chrome.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      cancelled = true;
      chrome.tabs.onActivated.removeListener(onActivated);
      chrome.tabs.onUpdated.removeListener(onUpdated);
      chrome.windows?.onFocusChanged.removeListener(onActivated);
    };
  }, [fixed]);

  return state;
}

/** The latest snapshot the background holds for a tab (chrome.storage.session), kept live. */
export function useTabSnapshot(tabId: number | null, enabled: boolean): PageSnapshot | null {
  // Keyed by tab so a switch of tab never shows the previous tab's page.
  const [state, setState] = useState<{ key: string; snapshot: PageSnapshot | null }>({ key: '', snapshot: null });
  const key = tabId !== null && enabled ? `tab:${tabId}` : '';

  useEffect(() => {
    if (!key || tabId === null) return;
    const accept = (value: unknown) => {
      const parsed = PageSnapshot.safeParse(value);
      setState({ key, snapshot: parsed.success ? parsed.data : null });
    };
    void chrome.storage.session.get(key).then((stored) => {
      if (stored[key]) accept(stored[key]);
      // Ask the page for a fresh read either way: the panel may open long after the page.
      sendMessage('readNow', undefined, tabId).catch(() => undefined);
    });
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'session' && key in changes) accept(changes[key]?.newValue);
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, [key, tabId]);

  return state.key === key ? state.snapshot : null;
}

export { useSettings } from '@/components/useSettings';

export function resolveUiLanguage(settings: Settings): UiLanguage {
  return settings.uiLanguage === 'auto' ? uiLanguageFromLocale(navigator.language) : settings.uiLanguage;
}

export function useThemeAttribute(theme: Settings['theme']): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
