import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readOrderList, type ListSelectors } from './order-shared';

/**
 * Order list, previous generation (~2019-2023): csp/gsp `/apps/order/index` ("dada" framework).
 * One `tr.next-table-row` per order line; the first row of an order carries `.tb-order-info`
 * (id link, time, buyer remark `.comment`) and `.dada-buyer-info`, later rows only products.
 * Labels first (order-shared); these class names second, newest first (AE辅助 v6 selectors).
 */
const SELECTORS: ListSelectors = {
  orderAnchor: ['.tb-order-info a', '.order-no a'],
  orderId: ['.tb-order-info a'],
  status: ['.order-status .show-text', '.order-status', '.chc-state-label__stateText'],
  buyer: ['.dada-buyer-info a.buyer-name', '.dada-buyer-info a', 'a.buyer-name'],
  country: ['.buyer-country', '.dada-buyer-info [title]', '[class*="flag"][title]'],
  total: ['.order-amount .tb-text', '.order-amount', '.orderPrice .tb-text'],
  remark: ['.tb-order-info .comment', '.dada-text-commentText'],
  carrier: ['.logistics .show-text'],
  trackingNumber: ['.logistics-no', '[class*="logisticsNo"]'],
  itemTitle: ['.tb-product-title', '.tb-product-info-info a', '[class*="itemTitle"]', 'a[href*="/item/"]'],
  itemUnitPrice: ['.price .tb-text', '.price .show-text', '[class*="unitFee"]', '[class*="price"]'],
  itemQuantity: ['.quantity', '.count', '[class*="quantity"]', '[class*="qty"]'],
};


export const orderListApps: PageReader = {
  id: 'order-list.apps',
  kind: 'order-list',
  matches: READER_URLS['order-list.apps'],
  read: (root, ctx) => readOrderList(root, ctx, SELECTORS),
};
