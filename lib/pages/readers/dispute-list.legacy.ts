import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readDisputeList } from './dispute-page';

/**
 * Seller dispute list on the legacy "My AliExpress" pages (~2012-2019):
 * `https://trade.aliexpress.com/issue/issueList.htm`. (`/issue/issue_list.htm` is the BUYER's list.)
 */


export const disputeListLegacy: PageReader = {
  id: 'dispute-list.legacy',
  kind: 'dispute-list',
  matches: READER_URLS['dispute-list.legacy'],
  read: (root, ctx) => readDisputeList(root, ctx),
};
