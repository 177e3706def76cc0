/**
 * One call from a page snapshot to ranked replies: what the side panel and the `inspect`
 * CLI both use, so they can never disagree.
 */
import type { DisputeSnapshot, OrderSnapshot, PageSnapshot, ThreadSnapshot } from '@/lib/model/snapshot';
import { detectLanguage, pickReplyLanguage, type LanguageWhy } from './language';
import { buyerWords, rankTemplates, type Suggestion } from './rank';
import type { ReplyLanguage } from './scenarios';
import type { Template } from './template';
import { buildVariables, type VariableSettings, type VariableValues } from './variables';

export interface SuggestSettings extends VariableSettings {
  /** The agent chose the reply language by hand for this buyer. */
  languageOverride?: ReplyLanguage | null;
}

export interface Focus {
  order: OrderSnapshot | null;
  dispute: DisputeSnapshot | null;
  thread: ThreadSnapshot | null;
}

export interface SuggestResult {
  language: ReplyLanguage;
  languageWhy: LanguageWhy | 'override';
  /** The language the buyer's message was detected in, when it could be told. */
  messageLanguage: ReplyLanguage | null;
  focus: Focus;
  /** Values for the template variables, in `language`. */
  variables: VariableValues;
  suggestions: Suggestion[];
}

/**
 * What the agent is looking at: the open conversation, the dispute or order of a detail page,
 * or the first row of a list; plus whatever else the snapshot holds about the same order.
 */
export function pickFocus(snapshot: PageSnapshot): Focus {
  const { page, orders, disputes, threads } = snapshot;
  const thread = threads.find((candidate) => candidate.open === true) ?? (page === 'messages' ? (threads[0] ?? null) : null);

  let dispute: DisputeSnapshot | null = null;
  if (page === 'dispute-detail' || page === 'dispute-list') dispute = disputes[0] ?? null;

  let order: OrderSnapshot | null = null;
  if (page === 'order-detail' || page === 'order-list') order = orders[0] ?? null;

  const orderId = dispute?.orderId ?? order?.orderId ?? thread?.orderId ?? null;
  if (orderId) {
    order ??= orders.find((candidate) => candidate.orderId === orderId) ?? null;
    dispute ??= disputes.find((candidate) => candidate.orderId === orderId) ?? null;
  } else if (!order && orders.length === 1) {
    // A conversation page often shows the one order it is about without linking the ids.
    order = orders[0] ?? null;
  }
  return { order, dispute, thread };
}

export function suggestForSnapshot(
  snapshot: PageSnapshot,
  templates: readonly Template[],
  settings: SuggestSettings,
  now: Date,
): SuggestResult {
  const focus = pickFocus(snapshot);
  const context = { page: snapshot.page, ...focus };

  let messageLanguage: ReplyLanguage | null = null;
  for (const text of buyerWords(context)) {
    // The opening of a message says enough about its language; trigram scoring grows with length.
    messageLanguage = detectLanguage(text.slice(0, 600));
    if (messageLanguage) break;
  }
  const country = focus.order?.country ?? focus.dispute?.country ?? focus.thread?.country ?? null;

  let language: ReplyLanguage;
  let languageWhy: SuggestResult['languageWhy'];
  if (settings.languageOverride) {
    language = settings.languageOverride;
    languageWhy = 'override';
  } else if (messageLanguage) {
    language = messageLanguage;
    languageWhy = 'message';
  } else {
    ({ language, why: languageWhy } = pickReplyLanguage({ country }));
  }

  const suggestions = snapshot.blocked ? [] : rankTemplates(templates, context, { language, now, messageLanguage });
  return {
    language,
    languageWhy,
    messageLanguage,
    focus,
    variables: buildVariables(focus, settings, language, now),
    suggestions,
  };
}
