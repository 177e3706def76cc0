import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readDisputeDetail } from './dispute-page';
import { findDisputeReplyBox } from './dispute-shared';

/**
 * Dispute detail on the current csp/gsp micro-app (2022-):
 * `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=<id>&channelId=<store>`.
 * Fields are found by their labels (订单号 / Order number / Número do pedido ...); the
 * selectors below are fallbacks for the status banner only.
 */


// Status banner title when the page shows no "纠纷状态 / Dispute status" label, newest first.
// CSS-module classes carry a build hash ("reverseDetail--statusTitle--Yk5mP2c"): match the prefix only.
const STATUS_TITLES = [
  '[class*="statusTitle" i]', // reverseDetail--statusTitle-- (2024-)
  '[class*="statusText" i]', // reverseDetail--statusText-- (2023-)
  '[class*="bannerTitle" i]', // reverseDetail--bannerTitle-- (2025 deploy)
  '[class*="statusValue" i]', // disputeDetail--statusValue-- (2022 Fusion deploy)
];

export const disputeDetailMApps: PageReader = {
  id: 'dispute-detail.m_apps',
  kind: 'dispute-detail',
  matches: READER_URLS['dispute-detail.m_apps'],
  read: (root, ctx) => readDisputeDetail(root, ctx, { idParams: ['reverseOrderLineId', 'reverseOrderId'], statusTitles: STATUS_TITLES }),
  findReplyBox: findDisputeReplyBox,
};
