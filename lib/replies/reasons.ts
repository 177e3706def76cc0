/**
 * Why a reply was suggested, as plain sentences for the agent (English or Chinese UI).
 * Ranking produces `Reason` data; only this file turns it into words.
 */
import type { DisputeReason, DisputeStatus, OrderStatus, PageKind } from '@/lib/model/snapshot';
import type { Intent } from './keywords';
import type { ReplyLanguage } from './scenarios';

export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

export type ReasonUiLanguage = 'en' | 'zh_CN';

type Labels<K extends string> = Record<K, { en: string; zh_CN: string }>;

export const LANGUAGE_NAMES: Labels<ReplyLanguage> = {
  en: { en: 'English', zh_CN: '英语' },
  ru: { en: 'Russian', zh_CN: '俄语' },
  es: { en: 'Spanish', zh_CN: '西班牙语' },
  pt: { en: 'Portuguese', zh_CN: '葡萄牙语' },
  fr: { en: 'French', zh_CN: '法语' },
  de: { en: 'German', zh_CN: '德语' },
  pl: { en: 'Polish', zh_CN: '波兰语' },
};

export const DISPUTE_REASON_LABELS: Labels<DisputeReason> = {
  not_received: { en: 'item not received', zh_CN: '未收到货' },
  customs: { en: 'customs detention', zh_CN: '海关扣关' },
  not_as_described: { en: 'not as described', zh_CN: '货不对版' },
  damaged: { en: 'item damaged', zh_CN: '商品破损' },
  not_working: { en: 'item does not work', zh_CN: '商品无法使用' },
  short_shipment: { en: 'parts missing', zh_CN: '少件' },
  counterfeit: { en: 'counterfeit claim', zh_CN: '假货' },
  wrong_item: { en: 'wrong item', zh_CN: '发错货' },
  changed_mind: { en: 'the buyer changed their mind', zh_CN: '买家不想要了' },
  other: { en: 'other', zh_CN: '其他' },
};

export const DISPUTE_STATUS_LABELS: Labels<DisputeStatus> = {
  awaiting_seller: { en: 'waiting for your response', zh_CN: '等待您响应' },
  awaiting_buyer: { en: 'waiting for the buyer', zh_CN: '等待买家响应' },
  awaiting_return: { en: 'waiting for the buyer to send the item back', zh_CN: '等待买家退货' },
  awaiting_return_receipt: { en: 'waiting for you to confirm the returned item', zh_CN: '等待您确认收到退货' },
  platform: { en: 'the platform is handling it', zh_CN: '平台介入处理中' },
  closed: { en: 'closed', zh_CN: '已结束' },
};

export const ORDER_STATUS_LABELS: Labels<OrderStatus> = {
  awaiting_payment: { en: 'awaiting payment', zh_CN: '等待买家付款' },
  awaiting_shipment: { en: 'awaiting shipment', zh_CN: '等待发货' },
  partially_shipped: { en: 'partly shipped', zh_CN: '部分发货' },
  awaiting_receipt: { en: 'shipped, awaiting receipt', zh_CN: '已发货，等待买家收货' },
  completed: { en: 'completed', zh_CN: '已完成' },
  closed: { en: 'closed', zh_CN: '已关闭' },
  in_dispute: { en: 'in dispute', zh_CN: '纠纷中' },
  cancel_requested: { en: 'cancellation requested', zh_CN: '买家申请取消' },
  other: { en: 'other', zh_CN: '其他' },
};

const PAGE_LABELS: Labels<PageKind> = {
  'order-list': { en: 'the order list', zh_CN: '订单列表' },
  'order-detail': { en: 'an order page', zh_CN: '订单详情' },
  'dispute-list': { en: 'the dispute list', zh_CN: '纠纷列表' },
  'dispute-detail': { en: 'a dispute page', zh_CN: '纠纷详情' },
  messages: { en: 'the messages', zh_CN: '消息页面' },
  unknown: { en: 'an unknown page', zh_CN: '未知页面' },
};

/** en: completes "The buyer wrote …"; zh_CN: completes "买家…". */
export const INTENT_PHRASES: Labels<Intent> = {
  where_is_parcel: { en: 'asking where the parcel is', zh_CN: '询问包裹在哪里' },
  tracking_not_updated: { en: 'that tracking is not updating', zh_CN: '反映物流信息不更新' },
  not_received: { en: 'that the parcel has not arrived', zh_CN: '反映还没收到货' },
  delivered: { en: 'that tracking shows it as delivered', zh_CN: '提到物流显示已妥投' },
  when_ship: { en: 'asking when the order ships', zh_CN: '询问什么时候发货' },
  cancel: { en: 'about cancelling the order', zh_CN: '要求取消订单' },
  refund: { en: 'about a refund', zh_CN: '询问退款' },
  return_item: { en: 'about sending the item back', zh_CN: '想要退货' },
  coupon: { en: 'about coupons or discounts', zh_CN: '询问优惠券或折扣' },
  broken: { en: 'that the item arrived damaged', zh_CN: '反映商品破损' },
  not_working: { en: 'that the item does not work', zh_CN: '反映商品无法使用' },
  missing_part: { en: 'that something is missing', zh_CN: '反映少件' },
  gift: { en: 'about a gift', zh_CN: '提到赠品' },
  wrong_item: { en: 'that the item differs from the order', zh_CN: '反映货不对版' },
  fake: { en: 'that the item is not genuine', zh_CN: '质疑商品是假货' },
  customs: { en: 'about customs', zh_CN: '提到海关' },
  customs_tax: { en: 'about import duties', zh_CN: '询问关税' },
  pay_fee: { en: 'about having to pay a fee', zh_CN: '提到需要付费' },
  post_office: { en: 'about the post office', zh_CN: '提到邮局取件' },
  thanks: { en: 'to say thank you', zh_CN: '表示感谢' },
};

function label<K extends string>(labels: Labels<K>, key: string | number | undefined, ui: ReasonUiLanguage): string {
  const entry = key === undefined ? undefined : (labels as Partial<Labels<string>>)[String(key)];
  return entry ? entry[ui] : String(key ?? '');
}

function days(count: number, ui: ReasonUiLanguage): string {
  if (ui === 'zh_CN') return `${count} 天`;
  return count === 1 ? '1 day' : `${count} days`;
}

export function describeReason(reason: Reason, uiLang: ReasonUiLanguage): string {
  const zh = uiLang === 'zh_CN';
  const { params } = reason;
  switch (reason.code) {
    case 'dispute_reason':
      return zh
        ? `纠纷原因：${label(DISPUTE_REASON_LABELS, params.reason, uiLang)}`
        : `Dispute reason: ${label(DISPUTE_REASON_LABELS, params.reason, uiLang)}`;
    case 'dispute_status':
      return zh
        ? `纠纷状态：${label(DISPUTE_STATUS_LABELS, params.status, uiLang)}`
        : `Dispute status: ${label(DISPUTE_STATUS_LABELS, params.status, uiLang)}`;
    case 'order_status':
      return zh
        ? `订单状态：${label(ORDER_STATUS_LABELS, params.status, uiLang)}`
        : `Order status: ${label(ORDER_STATUS_LABELS, params.status, uiLang)}`;
    case 'order_remark':
      return zh ? '买家在订单中留了备注' : 'The buyer left a remark on the order';
    case 'shipping_age': {
      const count = Number(params.days);
      if (params.since === 'ordered') return zh ? `下单已 ${days(count, uiLang)}` : `Ordered ${days(count, uiLang)} ago`;
      return zh ? `发货已 ${days(count, uiLang)}` : `Shipped ${days(count, uiLang)} ago`;
    }
    case 'buyer_intent': {
      const phrase = label(INTENT_PHRASES, params.intent, uiLang);
      const language = params.language === undefined ? null : label(LANGUAGE_NAMES, params.language, uiLang);
      if (zh) return language ? `买家用${language}${phrase}` : `买家${phrase}`;
      return language ? `The buyer wrote in ${language} ${phrase}` : `The buyer wrote ${phrase}`;
    }
    case 'language_fallback': {
      const language = label(LANGUAGE_NAMES, params.wanted, uiLang);
      return zh ? `暂无${language}模板，显示英语模板` : `No ${language} template yet: showing the English one`;
    }
    case 'page':
      return zh ? `当前页面：${label(PAGE_LABELS, params.page, uiLang)}` : `You are on ${label(PAGE_LABELS, params.page, uiLang)}`;
    default:
      return reason.code;
  }
}
