import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readOrderList, type ListSelectors } from './order-shared';

/**
 * Order list, current generation: csp/gsp `/m_apps/order-manage/orderList?channelId=`.
 * Each order is found from its link to the detail page (`orderId=`), then read label-first
 * within its own rows (order-shared). Fusion renders every order as its own
 * `table.next-table-row` (group header + item rows); newer AIT pages use `ait-table-row` rows.
 * Class fallbacks, newest first, matched by stable prefix only.
 */
const SELECTORS: ListSelectors = {
  orderAnchor: [
    '[class*="header--valueHighLight"]', // the order id text in the group header (2023-)
    '.tb-order-info a', // dada
  ],
  orderId: ['[class*="header--valueHighLight"]', '.tb-order-info a'],
  status: [
    '.chc-state-label__stateText', // shared "chc" state label
    '[class*="stateText"]',
    '[class*="orderStatus--status"]',
    '.order-status .show-text', // dada
  ],
  buyer: [
    '[class*="buyerInfo--inline"]', // 2023-
    '[class*="buyerInfo--name"]',
    '[class*="buyerName"]',
    '[class*="cells--buyerName"]',
    '.dada-buyer-info a.buyer-name', // dada
  ],
  country: ['[class*="buyerInfo--country"]', '[class*="buyerCountry"]', '.buyer-country', '[class*="flag"][title]'],
  total: [
    '[class*="amount--amount"]', // 2023-
    '[class*="orderAmount"]',
    '.order-amount .tb-text', // dada
  ],
  remark: [
    '[class*="buyerRemark"]',
    '[class*="buyerMessage"]',
    '[class*="buyer-message"]',
    '[class*="remark"][title]', // the list often shows only an icon; its tooltip text is the remark
    '.tb-order-info .comment', // dada
  ],
  carrier: ['[class*="logisticsServiceName"]', '.logistics .show-text'],
  trackingNumber: ['[class*="trackingNo"]', '[class*="trackingNumber"]', '[class*="logisticsNo"]'],
  itemTitle: [
    '[class*="productInfo--itemTitle"]', // 2023-
    '[class*="itemTitle"]',
    '[class*="productTitle"]',
    '[class*="product-title"]',
    '.tb-product-title', // dada
    'a[href*="/item/"]',
  ],
  itemUnitPrice: ['[class*="productInfo--unitFee"]', '[class*="unitFee"]', '[class*="unitPrice"]', '.price .tb-text', '[class*="price"]'],
  itemQuantity: [
    '[class*="quantity"]',
    '[class*="Quantity"]',
    '[class*="qty"]',
    '[class*="Qty"]',
    'td[data-next-table-col="3"]', // the quantity column of the 2024 Fusion list (csp scraper)
    '.count',
  ],
};


export const orderListMApps: PageReader = {
  id: 'order-list.m_apps',
  kind: 'order-list',
  matches: READER_URLS['order-list.m_apps'],
  read: (root, ctx) => readOrderList(root, ctx, SELECTORS),
};
