import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readDisputeList } from './dispute-page';

/**
 * Dispute list on the current csp/gsp micro-app (2022-):
 * `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=<store>`, tabs
 * 全部 / 纠纷中 / 等待您处理. Rows are found from their order numbers (order links,
 * "订单号：" labels, an order-number column), so AIT tables with group-header rows,
 * Fusion tables with a separate header table and card lists all read the same way.
 */


export const disputeListMApps: PageReader = {
  id: 'dispute-list.m_apps',
  kind: 'dispute-list',
  matches: READER_URLS['dispute-list.m_apps'],
  read: (root, ctx) => readDisputeList(root, ctx),
};
