import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readOrderDetail, type OrderSelectors } from './order-shared';

/**
 * Order detail, current generation: csp/gsp `/m_apps/order-manage/orderDetail?orderId=`.
 * Values are found next to their labels first (see order-shared); these class-name
 * fallbacks come second. Newest first; match the stable CSS-module prefix, never the
 * build hash (`header--valueHighLight--wCk3sLF` changes with each deploy). The dada names
 * stay because this path served the apps/ markup too (AE辅助 v6, 2022, read both with them);
 * drop them when no saved page of that kind turns up for a year (noted 2025-03).
 */
const SELECTORS: OrderSelectors = {
  orderId: [
    '[class*="header--valueHighLight"]', // m_apps 2023-
    '[class*="orderId"]',
    '.parent-copyOrderId .show-text', // dada
  ],
  status: [
    '.chc-state-label__stateText', // m_apps shared "chc" state label
    '[class*="stateText"]',
    '[class*="orderStatus--status"]',
    '[class*="statusText"]',
    '[class*="status-text"]',
    '.parent-orderStatus .show-text', // dada
  ],
  buyer: [
    '[class*="buyerInfo--inline"]', // m_apps 2023-
    '[class*="buyerInfo--name"]',
    '[class*="buyerName"]',
    '.dada-buyer-info a.buyer-name', // dada
  ],
  country: [
    '[class*="buyerInfo--country"]',
    '[class*="buyerCountry"]',
    '.buyer-country', // dada
    '[class*="flag"][title]',
  ],
  total: [
    '[class*="amount--amount"]', // m_apps 2023-
    '[class*="orderAmount--value"]',
    '[class*="totalAmount"]',
    '[class*="actualPay"]',
    '.orderPrice .show-text', // dada
    '.orderPrice .tb-text',
  ],
  remark: [
    '[class*="buyerRemark"]',
    '[class*="buyerMessage"]',
    '[class*="buyer-message"]',
    '.dada-text-commentText', // dada
    '[class*="remark"][title]', // a remark icon whose tooltip text is the remark
  ],
  address: ['[class*="orderInfo--addressValue"]', '.address-desensitize > .content > :nth-child(2) .content'],
  recipient: ['.address-desensitize > .content > :first-child .content'],
  carrier: ['[class*="logisticsServiceName"]', '[class*="logisticsService"]', '.logistics .show-text'],
  trackingNumber: ['[class*="trackingNo"]', '[class*="trackingNumber"]', '[class*="logisticsNo"]', '[class*="logisticsNumber"]'],
  itemTitle: [
    '[class*="productInfo--itemTitle"]', // m_apps 2023-
    '[class*="itemTitle"]',
    '[class*="productTitle"]',
    '[class*="product-title"]',
    '.tb-product-title', // dada
    'a[href*="/item/"]', // any generation: the title links to the product page
  ],
  itemUnitPrice: ['[class*="productInfo--unitFee"]', '[class*="unitFee"]', '[class*="unitPrice"]', '.price .tb-text', '[class*="price"]'],
  itemQuantity: ['[class*="quantity"]', '[class*="Quantity"]', '[class*="qty"]', '[class*="Qty"]', '.count'],
};


export const orderDetailMApps: PageReader = {
  id: 'order-detail.m_apps',
  kind: 'order-detail',
  matches: READER_URLS['order-detail.m_apps'],
  read: (root, ctx) => readOrderDetail(root, ctx, SELECTORS),
};
