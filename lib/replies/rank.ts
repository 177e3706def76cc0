/**
 * Which replies fit the order, dispute or conversation on screen, best first, each with the
 * reasons that put it there.
 *
 * Scoring is per scenario, from independent signals with fixed weights:
 *   dispute reason (strongest: the platform states what the case is about)
 *   dispute status, the buyer's last message (intents), order status and remark,
 *   time since shipping, and a faint prior so that an empty context still lists sensibly.
 * The raw sum is squashed into 0..1. Then one template per scenario is picked: the agent's
 * own or edited one before the built-in, the reply language before English.
 */
import type { DisputeSnapshot, OrderSnapshot, PageKind, ThreadSnapshot } from '@/lib/model/snapshot';
import { detectIntents, PROBLEM_INTENTS, type Intent } from './keywords';
import type { Reason } from './reasons';
import { REPLY_LANGUAGES, SCENARIO_IDS, type ReplyLanguage, type ScenarioId } from './scenarios';
import type { Template } from './template';

export type { Reason } from './reasons';

export interface RankContext {
  page: PageKind;
  order?: OrderSnapshot | null;
  dispute?: DisputeSnapshot | null;
  thread?: ThreadSnapshot | null;
}

export interface RankOptions {
  language: ReplyLanguage;
  now: Date;
  /** Language the buyer's message was detected in, for the reason text ("wrote in Russian"). */
  messageLanguage?: ReplyLanguage | null;
}

export interface Suggestion {
  scenario: ScenarioId;
  templateId: string;
  language: ReplyLanguage;
  /** 0..1, higher is a better fit. */
  score: number;
  /** Strongest first. */
  reasons: Reason[];
}

type Weights = Partial<Record<ScenarioId, number>>;

const DAY_MS = 86_400_000;

/** Keeps an empty context ordered sensibly; never shown as a reason. */
const PRIOR: Weights = {
  'welcome.auto_reply': 0.3,
  'ship.notice': 0.25,
  'logistics.in_transit': 0.25,
  'order.thanks': 0.2,
  'refund.timing': 0.15,
  'followup.confirm_receipt': 0.1,
};

/** Weight added at which a signal counts as a reason worth showing. */
const MIN_REASON_WEIGHT = 1;
/** score = raw / (raw + SQUASH): a strong single signal (~9) lands near 0.7, several near 0.8+. */
const SQUASH = 4;

/** Which logistics replies fit a parcel this many days after it left (null: unknown). */
function logisticsByAge(age: number | null): Weights {
  if (age === null) {
    return {
      'logistics.in_transit': 1,
      'logistics.no_update_just_shipped': 0.5,
      'logistics.at_post_office': 0.4,
      'logistics.stalled_abroad': 0.35,
      'logistics.over_40_days': 0.35,
      'logistics.at_customs': 0.3,
    };
  }
  if (age <= 7) return { 'logistics.no_update_just_shipped': 1, 'logistics.in_transit': 0.6 };
  if (age <= 20) {
    return { 'logistics.in_transit': 1, 'logistics.no_update_just_shipped': 0.4, 'logistics.at_customs': 0.4, 'logistics.at_post_office': 0.4 };
  }
  if (age <= 30) {
    return { 'logistics.in_transit': 1, 'logistics.stalled_abroad': 0.6, 'logistics.at_post_office': 0.5, 'logistics.at_customs': 0.4 };
  }
  if (age <= 40) {
    return { 'logistics.stalled_abroad': 1, 'logistics.in_transit': 0.6, 'logistics.over_40_days': 0.5, 'logistics.at_post_office': 0.5 };
  }
  return { 'logistics.over_40_days': 1, 'logistics.stalled_abroad': 0.6, 'logistics.at_post_office': 0.4 };
}

const DISPUTE_REASON_WEIGHTS: Record<Exclude<DisputeSnapshot['reason'], 'not_received'>, Weights> = {
  customs: {
    'logistics.customs_detained': 9,
    'logistics.at_customs': 3.5,
    'logistics.returned_by_customs': 2.5,
    'tariff.explain': 2.5,
    'malicious.customs_tax': 1.5,
  },
  not_as_described: { 'quality.not_as_described': 9, 'return.no_reason': 2.5, 'refund.timing': 1 },
  wrong_item: { 'quality.not_as_described': 9, 'quality.short_shipment': 2, 'return.no_reason': 2 },
  damaged: { 'quality.damaged': 9, 'quality.not_working': 2.5, 'return.no_reason': 1.5 },
  not_working: { 'quality.not_working': 9, 'quality.damaged': 2.5, 'return.no_reason': 1.5 },
  short_shipment: { 'quality.short_shipment': 9, 'quality.gift_missing': 3 },
  counterfeit: { 'quality.fake_claim': 9, 'quality.not_as_described': 2.5 },
  changed_mind: { 'return.no_reason': 9, 'refund.timing': 3 },
  other: {},
};

const DISPUTE_STATUS_WEIGHTS: Partial<Record<DisputeSnapshot['status'], Weights>> = {
  // The buyer must send the item back: how to pack and return it.
  awaiting_return: { 'return.no_reason': 10, 'refund.timing': 2 },
  // The return is on its way or arrived: when the money comes back is the question now.
  awaiting_return_receipt: { 'refund.timing': 10, 'return.no_reason': 5 },
  closed: { 'refund.timing': 3 },
};

const ORDER_STATUS_WEIGHTS: Partial<Record<OrderSnapshot['status'], Weights>> = {
  awaiting_payment: { 'order.thanks': 1.5, 'welcome.auto_reply': 1 },
  awaiting_shipment: { 'order.thanks': 4, 'ship.notice': 3, 'ship.delay_promo': 1.5, 'ship.out_of_stock': 1.5 },
  partially_shipped: { 'ship.split': 5, 'ship.notice': 3 },
  completed: { 'followup.confirm_receipt': 5, 'review.thanks': 3.5, 'review.negative_followup': 1.5 },
  closed: { 'refund.timing': 2 },
  cancel_requested: { 'refund.timing': 3, 'ship.out_of_stock': 1 },
};

const SHIPPED_STATUSES: ReadonlySet<OrderSnapshot['status']> = new Set(['partially_shipped', 'awaiting_receipt', 'in_dispute', 'completed']);
const NOT_SHIPPED_STATUSES: ReadonlySet<OrderSnapshot['status']> = new Set(['awaiting_payment', 'awaiting_shipment']);

interface Entry {
  raw: number;
  reasons: Array<{ reason: Reason; weight: number; key: string }>;
}

class Scores {
  readonly entries = new Map<ScenarioId, Entry>();

  add(scenario: ScenarioId, weight: number, reason?: Reason): void {
    if (weight <= 0) return;
    let entry = this.entries.get(scenario);
    if (!entry) {
      entry = { raw: 0, reasons: [] };
      this.entries.set(scenario, entry);
    }
    entry.raw += weight;
    if (!reason || weight < MIN_REASON_WEIGHT) return;
    const key = `${reason.code}|${JSON.stringify(reason.params)}`;
    const same = entry.reasons.find((item) => item.key === key);
    if (same) same.weight += weight;
    else entry.reasons.push({ reason, weight, key });
  }

  addAll(weights: Weights, scale: number, reason?: Reason): void {
    for (const [scenario, weight] of Object.entries(weights) as Array<[ScenarioId, number]>) {
      this.add(scenario, weight * scale, reason);
    }
  }
}

interface Age {
  days: number;
  since: 'shipped' | 'ordered';
}

function parcelAge(order: OrderSnapshot | null, now: Date): Age | null {
  if (!order) return null;
  const from = order.shippedAt ?? (SHIPPED_STATUSES.has(order.status) ? order.orderedAt : null);
  if (!from) return null;
  const time = new Date(from).getTime();
  if (Number.isNaN(time)) return null;
  return { days: Math.max(0, Math.floor((now.getTime() - time) / DAY_MS)), since: order.shippedAt ? 'shipped' : 'ordered' };
}

function scoreOrder(scores: Scores, order: OrderSnapshot, age: Age | null, hasDispute: boolean): void {
  const statusReason: Reason = { code: 'order_status', params: { status: order.status } };
  const weights = ORDER_STATUS_WEIGHTS[order.status];
  if (weights) scores.addAll(weights, 1, statusReason);

  if (order.remark && order.remark.trim() !== '' && NOT_SHIPPED_STATUSES.has(order.status)) {
    scores.add('order.remark_ack', 6, { code: 'order_remark', params: {} });
  }

  if (order.status === 'awaiting_receipt' || order.status === 'partially_shipped') {
    const hasTracking = Boolean(order.trackingNumber?.trim());
    if (age) {
      const ageReason: Reason = { code: 'shipping_age', params: { days: age.days, since: age.since } };
      // With a dispute open, its reason speaks louder than the calendar.
      scores.addAll(logisticsByAge(age.days), hasDispute ? 1 : 3, ageReason);
      if (age.days <= 2) scores.add('ship.notice', 3, ageReason);
      if (age.days >= 10 && age.days <= 40) scores.add('followup.confirm_receipt', 0.5);
    } else if (!hasDispute) {
      scores.addAll(logisticsByAge(null), 2, statusReason);
      scores.add('ship.notice', hasTracking ? 2 : 1, statusReason);
    }
  }
}

function scoreDispute(scores: Scores, dispute: DisputeSnapshot, age: Age | null): void {
  const reason: Reason = { code: 'dispute_reason', params: { reason: dispute.reason } };
  if (dispute.reason === 'not_received') {
    scores.addAll(logisticsByAge(age?.days ?? null), 8, reason);
    scores.add('logistics.delivered_not_received', 3, reason);
  } else {
    scores.addAll(DISPUTE_REASON_WEIGHTS[dispute.reason], 1, reason);
  }
  const statusWeights = DISPUTE_STATUS_WEIGHTS[dispute.status];
  if (statusWeights) scores.addAll(statusWeights, 1, { code: 'dispute_status', params: { status: dispute.status } });
}

function scoreIntents(
  scores: Scores,
  intents: ReadonlySet<Intent>,
  order: OrderSnapshot | null,
  age: Age | null,
  messageLanguage: ReplyLanguage | null | undefined,
): void {
  const because = (intent: Intent): Reason => ({
    code: 'buyer_intent',
    params: messageLanguage ? { intent, language: messageLanguage } : { intent },
  });
  const notShipped = order !== null && NOT_SHIPPED_STATUSES.has(order.status);
  const shipped = order !== null && SHIPPED_STATUSES.has(order.status);
  const days = age?.days ?? null;

  // Asking about a parcel that has not left yet is asking when it ships.
  const asksShipping = intents.has('when_ship') || (notShipped && (intents.has('where_is_parcel') || intents.has('not_received')));
  if (asksShipping) {
    const intent: Intent = intents.has('when_ship') ? 'when_ship' : intents.has('where_is_parcel') ? 'where_is_parcel' : 'not_received';
    if (shipped) {
      scores.add('ship.notice', 5, because(intent));
      scores.addAll(logisticsByAge(days), 2, because(intent));
    } else {
      scores.addAll({ 'ship.delay_promo': 4, 'order.thanks': 2, 'ship.out_of_stock': 1.5, 'ship.notice': 1.5 }, 1, because(intent));
    }
  }
  // "It says delivered" settles where the parcel is; the question is who has it now.
  if (!notShipped && !intents.has('delivered')) {
    if (intents.has('where_is_parcel')) scores.addAll(logisticsByAge(days), 5, because('where_is_parcel'));
    if (intents.has('not_received')) {
      scores.addAll(logisticsByAge(days), 5, because('not_received'));
      scores.add('logistics.delivered_not_received', 2, because('not_received'));
    }
  }
  if (intents.has('tracking_not_updated')) {
    const reason = because('tracking_not_updated');
    if (days === null || days <= 10) scores.addAll({ 'logistics.no_update_just_shipped': 6, 'logistics.in_transit': 2 }, 1, reason);
    else if (days <= 25) scores.addAll({ 'logistics.in_transit': 4, 'logistics.no_update_just_shipped': 3, 'logistics.stalled_abroad': 2 }, 1, reason);
    else scores.addAll({ 'logistics.stalled_abroad': 6, 'logistics.over_40_days': days > 40 ? 4 : 1, 'logistics.in_transit': 2 }, 1, reason);
  }
  if (intents.has('delivered')) {
    scores.add('logistics.delivered_not_received', intents.has('not_received') ? 9 : 6, because('delivered'));
  }
  if (intents.has('cancel')) {
    const reason = because('cancel');
    // Once it has shipped, the answer is that it is already on its way.
    if (shipped) scores.addAll({ 'ship.notice': 3, 'logistics.in_transit': 2, 'refund.timing': 2 }, 1, reason);
    else scores.addAll({ 'refund.timing': 5, 'ship.out_of_stock': 1.5 }, 1, reason);
  }
  if (intents.has('refund')) scores.addAll({ 'refund.timing': 6, 'return.no_reason': 1 }, 1, because('refund'));
  if (intents.has('return_item')) scores.addAll({ 'return.no_reason': 6, 'refund.timing': 1.5 }, 1, because('return_item'));
  if (intents.has('coupon')) scores.addAll({ 'welcome.auto_reply': 4, 'review.thanks': 1 }, 1, because('coupon'));
  if (intents.has('broken')) scores.add('quality.damaged', 7, because('broken'));
  if (intents.has('not_working')) scores.add('quality.not_working', 7, because('not_working'));
  if (intents.has('missing_part')) {
    if (intents.has('gift')) scores.add('quality.gift_missing', 8, because('gift'));
    else scores.add('quality.short_shipment', 7, because('missing_part'));
  } else if (intents.has('gift')) {
    scores.add('quality.gift_missing', 3, because('gift'));
  }
  if (intents.has('wrong_item')) scores.add('quality.not_as_described', 7, because('wrong_item'));
  if (intents.has('fake')) scores.add('quality.fake_claim', 7, because('fake'));

  const postOffice = intents.has('post_office');
  const paying = intents.has('pay_fee') || intents.has('customs_tax');
  if (intents.has('customs_tax')) {
    scores.addAll({ 'tariff.explain': 6, 'malicious.customs_tax': intents.has('pay_fee') ? 5 : 3.5 }, 1, because('customs_tax'));
  } else if (intents.has('customs')) {
    scores.addAll({ 'logistics.at_customs': 4, 'logistics.customs_detained': 3.5 }, 1, because('customs'));
  }
  if (postOffice && paying) {
    scores.add('malicious.post_office_fee', 7, because('post_office'));
  } else if (postOffice) {
    scores.add('logistics.at_post_office', 6, because('post_office'));
  } else if (intents.has('pay_fee') && !intents.has('customs_tax')) {
    scores.addAll({ 'tariff.explain': 1, 'malicious.post_office_fee': 1 }, 1, because('pay_fee'));
  }

  const hasProblem = [...intents].some((intent) => PROBLEM_INTENTS.has(intent));
  if (intents.has('thanks') && !hasProblem) {
    scores.addAll({ 'review.thanks': 4, 'followup.confirm_receipt': 3 }, 1, because('thanks'));
  }
}

/** The buyer's own words: the last message in the conversation, and their dispute comment. */
export function buyerWords(ctx: RankContext): string[] {
  const texts: string[] = [];
  const message = ctx.thread?.lastBuyerMessage?.trim();
  if (message) texts.push(message);
  const comment = ctx.dispute?.buyerComment?.trim();
  if (comment) texts.push(comment);
  return texts;
}

/** Bounds the work on a pasted novel; what matters is near the start of a message. */
const MAX_MESSAGE_CHARS = 4000;

/** Scenario and language positions, so the index is a flat array instead of string-keyed maps. */
const SCENARIO_POSITION = new Map<string, number>(SCENARIO_IDS.map((scenario, position) => [scenario, position]));
const LANGUAGE_POSITION = new Map<string, number>(REPLY_LANGUAGES.map((language, position) => [language, position]));
const slot = (scenarioPosition: number, languagePosition: number) => scenarioPosition * REPLY_LANGUAGES.length + languagePosition;

interface TemplateIndex {
  length: number;
  /** slot(scenario, language) → the template the agent would want for it. */
  best: Array<Template | undefined>;
}

const indexCache = new WeakMap<readonly Template[], TemplateIndex>();

/** Agent's own template > agent's edit of a built-in > built-in; newer edit wins a tie. */
function preference(template: Template): number {
  if (!template.builtIn) return 3;
  return template.editedAt ? 2 : 1;
}

function isBetter(candidate: Template, current: Template): boolean {
  const byKind = preference(candidate) - preference(current);
  if (byKind !== 0) return byKind > 0;
  return (candidate.editedAt ?? '') > (current.editedAt ?? '');
}

/**
 * Built once per templates array (arrays from state stores are replaced, not mutated, when
 * templates change); the length check catches an in-place push.
 */
function indexTemplates(templates: readonly Template[]): TemplateIndex {
  const cached = indexCache.get(templates);
  if (cached && cached.length === templates.length) return cached;
  const best = new Array<Template | undefined>(SCENARIO_IDS.length * REPLY_LANGUAGES.length);
  for (const template of templates) {
    if (template.deleted) continue;
    const scenarioPosition = SCENARIO_POSITION.get(template.scenario);
    const languagePosition = LANGUAGE_POSITION.get(template.language);
    if (scenarioPosition === undefined || languagePosition === undefined) continue;
    const at = slot(scenarioPosition, languagePosition);
    const current = best[at];
    if (!current || isBetter(template, current)) best[at] = template;
  }
  const index = { length: templates.length, best };
  indexCache.set(templates, index);
  return index;
}

export function rankTemplates(templates: readonly Template[], ctx: RankContext, opts: RankOptions): Suggestion[] {
  const order = ctx.order ?? null;
  const dispute = ctx.dispute ?? null;
  const scores = new Scores();
  const age = parcelAge(order, opts.now);

  scores.addAll(PRIOR, 1);
  if (order) scoreOrder(scores, order, age, dispute !== null);
  if (dispute) scoreDispute(scores, dispute, age);

  const intents = new Set<Intent>();
  for (const text of buyerWords(ctx)) {
    for (const intent of detectIntents(text.slice(0, MAX_MESSAGE_CHARS))) intents.add(intent);
  }
  if (intents.size > 0) scoreIntents(scores, intents, order, age, opts.messageLanguage);

  if (!order && !dispute && intents.size === 0 && ctx.page === 'messages') {
    // A conversation with nothing to go on yet: greet.
    scores.add('welcome.auto_reply', 1.5, { code: 'page', params: { page: ctx.page } });
  }

  const index = indexTemplates(templates);
  const suggestions: Suggestion[] = [];
  const languagePosition = LANGUAGE_POSITION.get(opts.language) ?? 0;
  const englishPosition = LANGUAGE_POSITION.get('en') ?? 0;
  SCENARIO_IDS.forEach((scenario, scenarioPosition) => {
    let template = index.best[slot(scenarioPosition, languagePosition)];
    let fallback = false;
    if (!template && opts.language !== 'en') {
      template = index.best[slot(scenarioPosition, englishPosition)];
      fallback = template !== undefined;
    }
    if (!template) return;
    const entry = scores.entries.get(scenario);
    const raw = entry?.raw ?? 0;
    const reasons = (entry?.reasons ?? []).sort((a, b) => b.weight - a.weight).map((item) => item.reason);
    if (fallback) reasons.push({ code: 'language_fallback', params: { wanted: opts.language } });
    suggestions.push({
      scenario,
      templateId: template.id,
      language: template.language,
      score: raw / (raw + SQUASH),
      reasons,
    });
  });
  // Stable: equal scores keep the scenario list's order.
  return suggestions.sort((a, b) => b.score - a.score);
}
