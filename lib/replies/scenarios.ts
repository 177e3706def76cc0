/**
 * Reply scenarios: the fixed list of after-sales situations a template answers.
 * This file is a contract shared with the template text files in lib/replies/library/.
 * Never rename an id: saved templates and exported files refer to them.
 */

export const SCENARIO_IDS = [
  'order.thanks',
  'order.remark_ack',
  'ship.notice',
  'ship.split',
  'ship.delay_promo',
  'ship.out_of_stock',
  'logistics.no_update_just_shipped',
  'logistics.in_transit',
  'logistics.at_customs',
  'logistics.customs_detained',
  'logistics.returned_by_customs',
  'logistics.stalled_abroad',
  'logistics.at_post_office',
  'logistics.delivered_not_received',
  'logistics.carrier_changed',
  'logistics.over_40_days',
  'quality.not_as_described',
  'quality.not_working',
  'quality.damaged',
  'quality.short_shipment',
  'quality.fake_claim',
  'quality.gift_missing',
  'return.no_reason',
  'refund.timing',
  'tariff.explain',
  'malicious.post_office_fee',
  'malicious.customs_tax',
  'review.thanks',
  'review.negative_followup',
  'followup.confirm_receipt',
  'welcome.auto_reply',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const REPLY_LANGUAGES = ['en', 'ru', 'es', 'pt', 'fr', 'de', 'pl'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** Every scenario has a built-in template in each of these. */
export const CORE_LANGUAGES = ['en', 'ru', 'es', 'pt', 'fr'] as const;

/** German and Polish only for shipping and customs scenarios */
export const DE_PL_SCENARIOS: readonly ScenarioId[] = [
  'ship.notice',
  'ship.split',
  'ship.delay_promo',
  'logistics.no_update_just_shipped',
  'logistics.in_transit',
  'logistics.at_customs',
  'logistics.customs_detained',
  'logistics.returned_by_customs',
  'logistics.stalled_abroad',
  'logistics.at_post_office',
  'logistics.over_40_days',
  'tariff.explain',
];

export const TEMPLATE_VARIABLES = [
  'buyerFirstName',
  'orderId',
  'items',
  'carrier',
  'trackingNumber',
  'trackingUrl',
  'deliveryDays',
  'disputeDeadline',
  'refundAmount',
  'storeName',
  'signature',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** What a library/<lang>.ts file exports as default */
export type LanguageLibrary = Partial<Record<ScenarioId, string>>;

export const SCENARIO_CATEGORIES = ['order', 'shipping', 'logistics', 'quality', 'return', 'money', 'relationship'] as const;
export type ScenarioCategory = (typeof SCENARIO_CATEGORIES)[number];

export interface ScenarioInfo {
  id: ScenarioId;
  category: ScenarioCategory;
  /** UI labels (the agent's language, not the buyer's). */
  label: { en: string; zh_CN: string };
}

const info = (id: ScenarioId, category: ScenarioCategory, en: string, zh_CN: string): ScenarioInfo => ({
  id,
  category,
  label: { en, zh_CN },
});

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioInfo>> = {
  'order.thanks': info('order.thanks', 'order', 'Thanks for the order', '感谢下单'),
  'order.remark_ack': info('order.remark_ack', 'order', 'Order remark received', '确认买家备注'),
  'ship.notice': info('ship.notice', 'shipping', 'Shipped', '发货通知'),
  'ship.split': info('ship.split', 'shipping', 'Sent in several parcels', '分包发货'),
  'ship.delay_promo': info('ship.delay_promo', 'shipping', 'Slower shipping during a sale', '大促期间发货延迟'),
  'ship.out_of_stock': info('ship.out_of_stock', 'shipping', 'Out of stock', '缺货'),
  'logistics.no_update_just_shipped': info(
    'logistics.no_update_just_shipped',
    'logistics',
    'Tracking not updated yet',
    '物流信息尚未更新',
  ),
  'logistics.in_transit': info('logistics.in_transit', 'logistics', 'Still on the way', '运输途中'),
  'logistics.at_customs': info('logistics.at_customs', 'logistics', 'Reached customs', '已到达目的国海关'),
  'logistics.customs_detained': info('logistics.customs_detained', 'logistics', 'Held by customs', '海关扣关'),
  'logistics.returned_by_customs': info(
    'logistics.returned_by_customs',
    'logistics',
    'Returned by customs',
    '海关退回',
  ),
  'logistics.stalled_abroad': info(
    'logistics.stalled_abroad',
    'logistics',
    'No update in the destination country',
    '目的国物流长时间未更新',
  ),
  'logistics.at_post_office': info('logistics.at_post_office', 'logistics', 'Waiting at the post office', '包裹在邮局待取'),
  'logistics.delivered_not_received': info(
    'logistics.delivered_not_received',
    'logistics',
    'Shown delivered, not received',
    '显示妥投但未收到',
  ),
  'logistics.carrier_changed': info('logistics.carrier_changed', 'logistics', 'Carrier changed', '更换了物流方式'),
  'logistics.over_40_days': info('logistics.over_40_days', 'logistics', 'Not received after 40 days', '超过40天未收到'),
  'quality.not_as_described': info('quality.not_as_described', 'quality', 'Not as described', '货不对版'),
  'quality.not_working': info('quality.not_working', 'quality', 'Not working', '产品无法使用'),
  'quality.damaged': info('quality.damaged', 'quality', 'Arrived damaged', '产品破损'),
  'quality.short_shipment': info('quality.short_shipment', 'quality', 'Parts missing', '少件漏发'),
  'quality.fake_claim': info('quality.fake_claim', 'quality', 'Authenticity question', '买家称假货'),
  'quality.gift_missing': info('quality.gift_missing', 'quality', 'Promised gift missing', '赠品未发'),
  'return.no_reason': info('return.no_reason', 'return', 'Return without a fault', '无理由退货'),
  'refund.timing': info('refund.timing', 'money', 'When the refund arrives', '退款到账时间'),
  'tariff.explain': info('tariff.explain', 'money', 'Import duties', '关税说明'),
  'malicious.post_office_fee': info('malicious.post_office_fee', 'money', 'Post office fee claim', '买家称邮局收费'),
  'malicious.customs_tax': info('malicious.customs_tax', 'money', 'Customs tax claim', '买家称需缴关税'),
  'review.thanks': info('review.thanks', 'relationship', 'Thanks for the review', '感谢好评'),
  'review.negative_followup': info('review.negative_followup', 'relationship', 'Follow up a poor review', '中差评跟进'),
  'followup.confirm_receipt': info('followup.confirm_receipt', 'relationship', 'Delivered: how is it?', '妥投后回访'),
  'welcome.auto_reply': info('welcome.auto_reply', 'relationship', 'Welcome / working hours', '欢迎语/工作时间'),
};

const SCENARIO_ID_SET: ReadonlySet<string> = new Set(SCENARIO_IDS);
export function isScenarioId(value: string): value is ScenarioId {
  return SCENARIO_ID_SET.has(value);
}

const LANGUAGE_SET: ReadonlySet<string> = new Set(REPLY_LANGUAGES);
export function isReplyLanguage(value: string): value is ReplyLanguage {
  return LANGUAGE_SET.has(value);
}

const VARIABLE_SET: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);
export function isTemplateVariable(value: string): value is TemplateVariable {
  return VARIABLE_SET.has(value);
}

/** The languages a built-in template must exist in for this scenario. */
export function requiredLanguages(scenario: ScenarioId): readonly ReplyLanguage[] {
  return DE_PL_SCENARIOS.includes(scenario) ? [...CORE_LANGUAGES, 'de', 'pl'] : CORE_LANGUAGES;
}
