import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { InsertRequest, type InsertResult } from '@/lib/messaging/schemas';
import { isAntiBotChallenge } from '@/lib/pages/antibot';
import { snapshotChangeKey } from '@/lib/pages/change-key';
import { loadedReaders } from '@/lib/pages/loaded-readers';
import { readerFamilyOf, type ReaderFamily } from '@/lib/pages/page-urls';
import { createReadScheduler } from '@/lib/pages/read-scheduler';
import { findReaderIn, readPageWith } from '@/lib/pages/read-page';
import type { PageReader } from '@/lib/pages/reader';
import { insertReplyIntoPage } from '@/lib/insert/target';
import { isEditable } from '@/lib/insert/editable';
import type { PageSnapshot } from '@/lib/model/snapshot';

/** At most four reads a second, however busy the page is. */
const MIN_READ_INTERVAL_MS = 250;

export function startPageWatch(ctx: ContentScriptContext): void {
  let lastKey = '';
  let lastFocused: HTMLElement | null = null;
  const loading = new Map<ReaderFamily, Promise<readonly PageReader[] | null>>();

  /** The readers for this URL's family: loaded on first need (the background injects the bundle). */
  const readersFor = (family: ReaderFamily): Promise<readonly PageReader[] | null> => {
    const ready = loadedReaders(family);
    if (ready) return Promise.resolve(ready);
    let pending = loading.get(family);
    if (!pending) {
      pending = sendMessage('loadReaders', family)
        .then(() => loadedReaders(family))
        .catch(() => null)
        .then((readers) => {
          // A failed load (worker restarting) is retried on the next read.
          if (!readers) loading.delete(family);
          return readers;
        });
      loading.set(family, pending);
    }
    return pending;
  };

  const readAndSend = (force = false) => {
    const url = new URL(location.href);
    const now = new Date();
    let snapshot: PageSnapshot;
    if (isAntiBotChallenge(document, url)) {
      snapshot = { page: 'unknown', reader: null, url: url.href, readAt: now.toISOString(), channelId: null,
        orders: [], disputes: [], threads: [], missing: [], blocked: true };
    } else {
      const family = readerFamilyOf(url);
      const readers = family ? loadedReaders(family) : [];
      if (!readers) {
        // Read as soon as this page's readers are in; until then the panel keeps what it showed.
        if (family) void readersFor(family).then((loaded) => loaded && scheduler.readSoon());
        return;
      }
      snapshot = readPageWith(readers, document, url, now);
    }
    const key = snapshotChangeKey(snapshot);
    if (!force && key === lastKey) return;
    lastKey = key;
    // The background may be waking up; a lost snapshot is re-sent on the next change or readNow.
    sendMessage('snapshot', snapshot).catch(() => {
      lastKey = '';
    });
  };

  const scheduler = createReadScheduler(() => readAndSend(), MIN_READ_INTERVAL_MS);
  const observer = new MutationObserver(() => scheduler.schedule());
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.dispose();
  });

  // SPA navigation (pushState, hash routes like #/window).
  ctx.addEventListener(window, 'wxt:locationchange', () => scheduler.readSoon());
  ctx.addEventListener(document, 'focusin', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && isEditable(target)) lastFocused = target;
  }, { capture: true });

  onMessage('readNow', () => {
    readAndSend(true);
  });

  onMessage('insertReply', async ({ data }): Promise<InsertResult> => {
    const request = InsertRequest.safeParse(data);
    if (!request.success) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
    if (isAntiBotChallenge(document)) return { ok: false, method: 'none', target: 'none', error: 'blocked' };
    const url = new URL(location.href);
    const family = readerFamilyOf(url);
    const reader = family ? findReaderIn((await readersFor(family)) ?? [], url) : null;
    // Waits for editors that apply text a moment later and re-finds a box the page re-rendered.
    const result = await insertReplyIntoPage(document, request.data.text, {
      findReplyBox: (root) => reader?.findReplyBox?.(root) ?? null,
      lastFocused,
    });
    scheduler.schedule();
    return result;
  });

  readAndSend(true);
}
