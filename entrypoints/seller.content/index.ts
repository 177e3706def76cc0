import { SELLER_HOST_PATTERNS } from '@/lib/pages/hosts';
import { startPageWatch } from './watch';

/**
 * Thin content script: which page is this → read it with the pure readers in lib/pages →
 * send the snapshot when it changed; insert text on request. No Dexie, no React here.
 */
export default defineContentScript({
  matches: [...SELLER_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startPageWatch(ctx);
  },
});
