import { describe, expect, it } from 'vitest';
import { LABELS } from '@/lib/pages/labels';
import { toCountryCode } from '@/lib/pages/parse/country';
import { toSimplified } from '@/lib/pages/parse/hanzi';
import { normalizeDisputeReason, normalizeDisputeStatus, normalizeOrderStatus } from '@/lib/pages/parse/status';
import { findValueByLabel, normalizeLabel } from '@/lib/pages/parse/text';

/** The seller center in Traditional Chinese (繁體中文): the same words as the Simplified UI we read. */
describe('traditional Chinese pages', () => {
  it('writes seller-center words in simplified form and leaves everything else alone', () => {
    expect(toSimplified('買家方案：僅退款')).toBe('买家方案：仅退款');
    expect(toSimplified('等待賣家回應')).toBe('等待卖家回应');
    expect(toSimplified('Order 8215733108826405, 陳小姐 👨‍👩‍👧')).toBe('Order 8215733108826405, 陈小姐 👨‍👩‍👧'.replace('陈', '陳'));
    expect(toSimplified('买家方案')).toBe('买家方案');
  });

  it('finds values beside traditional labels with the simplified dictionary', () => {
    const doc = new DOMParser().parseFromString('<div><label>訂單編號</label><span>8215733108826405</span></div><p>糾紛原因：商品損壞</p>', 'text/html');
    expect(findValueByLabel(doc, LABELS.orderId)).toBe('8215733108826405');
    expect(findValueByLabel(doc, LABELS.disputeReason)).toBe('商品損壞');
    expect(normalizeLabel('買家留言：')).toBe(normalizeLabel('买家留言'));
  });

  it('reads traditional statuses, reasons and country names', () => {
    expect(normalizeDisputeStatus('等待賣家回應')).toBe('awaiting_seller');
    expect(normalizeDisputeStatus('糾紛已結束')).toBe('closed');
    expect(normalizeDisputeStatus('平台介入處理中')).toBe('platform');
    expect(normalizeDisputeReason('商品損壞')).toBe('damaged');
    expect(normalizeDisputeReason('貨物與描述不符')).toBe('not_as_described');
    expect(normalizeOrderStatus('等待買家收貨')).toBe('awaiting_receipt');
    expect(toCountryCode('台灣')).toBe('TW');
    expect(toCountryCode('美國')).toBe('US');
  });
});
