import { describe, expect, it } from 'vitest';
import { isSellerCenterUrl } from '@/lib/pages/hosts';

describe('isSellerCenterUrl', () => {
  it.each([
    'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470',
    'https://gsp.aliexpress.com/m_apps/im-chat/im#/window',
    'https://trade.aliexpress.com/issue/issueList.htm',
    'https://msg.aliexpress.com/sellerMsgListNew.htm',
  ])('accepts %s', (url) => expect(isSellerCenterUrl(url)).toBe(true));

  it.each([
    'https://www.aliexpress.com/p/order/detail.html?orderId=1',
    'https://csp.aliexpress.com.evil.example/m_apps/order-manage/orderList',
    'http://localhost:3000/',
    'not a url',
    undefined,
  ])('rejects %s', (url) => expect(isSellerCenterUrl(url)).toBe(false));
});
