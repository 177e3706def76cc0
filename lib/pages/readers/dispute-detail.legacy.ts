import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readDisputeDetail } from './dispute-page';
import { findDisputeReplyBox } from './dispute-shared';

/**
 * Dispute detail on the legacy "My AliExpress" pages (~2012-2019):
 * `https://trade.aliexpress.com/issue/issueDetail.htm?issueId=<id>`.
 * Plain server-rendered tables and "label : value" items; no build hashes.
 */


// Status when no "Dispute status" label is shown, newest first.
const STATUS_TITLES = [
  '.issue-status', // issue-info-table status cell (2015-2016)
  '.status', // "label : value" layout (2016)
];

export const disputeDetailLegacy: PageReader = {
  id: 'dispute-detail.legacy',
  kind: 'dispute-detail',
  matches: READER_URLS['dispute-detail.legacy'],
  read: (root, ctx) => readDisputeDetail(root, ctx, { idParams: ['issueId'], statusTitles: STATUS_TITLES }),
  findReplyBox: findDisputeReplyBox,
};
