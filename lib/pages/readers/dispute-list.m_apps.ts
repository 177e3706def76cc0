import type { PageReader } from '@/lib/pages/reader';
import { readDisputeList } from './dispute-page';

/**
 * Dispute list on the current csp/gsp micro-app (2022-):
 * `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=<store>`, tabs
 * 全部 / 纠纷中 / 等待您处理. Rows are found from their order numbers (order links,
 * "订单号：" labels, an order-number column), so AIT tables with group-header rows,
 * Fusion tables with a separate header table and card lists all read the same way.
 */

const HOSTS = new Set(['csp.aliexpress.com', 'gsp.aliexpress.com']);
// The app's index path redirects to /list; both render the list.
const PATH = /^\/m_apps\/dispute-management(?:\/list)?\/?$/;

export const disputeListMApps: PageReader = {
  id: 'dispute-list.m_apps',
  kind: 'dispute-list',
  matches: (url) => HOSTS.has(url.hostname) && PATH.test(url.pathname),
  read: (root, ctx) => readDisputeList(root, ctx),
};
