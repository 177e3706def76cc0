import { READER_URLS } from '@/lib/pages/page-urls';
import type { PageReader } from '@/lib/pages/reader';
import { readOrderDetail, type OrderSelectors } from './order-shared';

/**
 * Order detail, legacy seller page (~2012-2019): `trade.aliexpress.com/orderDetail.htm?orderId=`.
 * Not the buyer's `order_detail.htm` (that one is the buyer's own page: not ours).
 * Server-rendered tables with "Label:" row headers; the status row says a bare "Status:",
 * so the one-word labels are allowed here. Class fallbacks second, newest first.
 */
const SELECTORS: OrderSelectors = {
  orderId: ['.order-no', '#order-no', '.order-number'],
  status: ['.order-status strong', '.order-status', '#order-status'],
  buyer: ['.buyer-name', '.buyer-info a'],
  country: ['.country', '[class*="flag"][title]'],
  total: ['.total-amount', '.order-total', '.order-amount'],
  remark: ['.buyer-message .message-content', '.buyer-message p', '.order-message', '.buyer-remark'],
  carrier: ['.logistics-company', '.shipping-company'],
  trackingNumber: ['.logistics-no', '.tracking-number', '.tracking-no'],
  itemTitle: ['.product-title', '.product-name', 'a[href*="/item/"]'],
  itemUnitPrice: ['.col-price', '.product-price', '.price'],
  itemQuantity: ['.col-quantity', '.quantity', '.product-quantity'],
};

export const orderDetailLegacy: PageReader = {
  id: 'order-detail.legacy',
  kind: 'order-detail',
  matches: READER_URLS['order-detail.legacy'],
  read: (root, ctx) => readOrderDetail(root, ctx, SELECTORS, { genericLabels: true }),
};
