import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readOrderDetail, type OrderSelectors } from './order-shared';

/**
 * Order detail, previous generation (~2019-2023): csp/gsp `/apps/order/detail?orderId=`
 * (also `?step=4&orderId=`), rendered by the "dada" framework with Fusion `next-*` tables.
 * Labels first (order-shared); these dada class names second, newest first. Field blocks are
 * named `parent-<field>` and values sit in `.show-text` / `.tb-text` (AE辅助 v6 selectors).
 */
const SELECTORS: OrderSelectors = {
  orderId: ['.parent-copyOrderId .show-text', '.parent-copyOrderId'],
  status: ['.parent-orderStatus .show-text', '.status-text', '.chc-state-label__stateText'],
  buyer: ['.dada-buyer-info a.buyer-name', '.dada-buyer-info a', 'a.buyer-name', '[class*="buyerInfo--inline"]'],
  country: ['.buyer-country', '[class*="buyer-country"]', '[class*="flag"][title]'],
  total: ['.orderPrice .show-text', '.orderPrice .tb-text', '.orderPrice'],
  remark: ['.dada-text-commentText', '.parent-comment .dada-text', '[class*="buyerRemark"]'],
  // .address-desensitize > .content children: [0] name, [1] address, [2] zip, [3] phone (AE辅助 v6).
  address: ['.address-desensitize > .content > :nth-child(2) .content', '.address-desensitize > .content > :nth-child(2)'],
  recipient: ['.address-desensitize > .content > :first-child .content', '.address-desensitize > .content > :first-child'],
  carrier: ['.logistics .show-text', '[class*="logisticsServiceName"]'],
  trackingNumber: ['.parent-logisticsNo .show-text', '[class*="logisticsNo"]', '[class*="trackingNo"]'],
  itemTitle: ['.tb-product-title', '.tb-product-info-info a', '[class*="itemTitle"]', 'a[href*="/item/"]'],
  itemUnitPrice: ['.price .tb-text', '.price .show-text', '[class*="unitFee"]', '[class*="price"]'],
  itemQuantity: ['.quantity', '.count', '[class*="quantity"]', '[class*="qty"]'],
};


export const orderDetailApps: PageReader = {
  id: 'order-detail.apps',
  kind: 'order-detail',
  matches: READER_URLS['order-detail.apps'],
  read: (root, ctx) => readOrderDetail(root, ctx, SELECTORS),
};
