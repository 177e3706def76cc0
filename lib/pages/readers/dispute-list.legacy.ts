import type { PageReader } from '@/lib/pages/reader';
import { readDisputeList } from './dispute-page';

/**
 * Seller dispute list on the legacy "My AliExpress" pages (~2012-2019):
 * `https://trade.aliexpress.com/issue/issueList.htm`. (`/issue/issue_list.htm` is the BUYER's list.)
 */

const PATH = /^\/issue\/issueList\.htm$/;

export const disputeListLegacy: PageReader = {
  id: 'dispute-list.legacy',
  kind: 'dispute-list',
  matches: (url) => url.hostname === 'trade.aliexpress.com' && PATH.test(url.pathname),
  read: (root, ctx) => readDisputeList(root, ctx),
};
