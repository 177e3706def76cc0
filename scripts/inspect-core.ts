import { readPage } from '../lib/pages/registry';
import type { PageSnapshot } from '../lib/model/snapshot';
import { suggestForSnapshot } from '../lib/replies/suggest';
import { BUILT_IN_TEMPLATES } from '../lib/replies/template';
import { describeReason } from '../lib/replies/reasons';
import { adviseDeclaration } from '../lib/declaration/advise';
import { describe } from '../lib/declaration/describe';
import { declarationInputFromOrder } from '../lib/declaration/from-order';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';

export interface InspectOptions {
  weightKg: number | null;
}

/**
 * The inspect output: the page snapshot, plus `suggestions` and (on order pages)
 * `declaration`, computed exactly as the side panel does. Extended, never renamed.
 */
export function inspectDocument(root: ParentNode, url: URL, now: Date, options: InspectOptions) {
  const snapshot: PageSnapshot = readPage(root, url, now);
  const suggested = suggestForSnapshot(snapshot, BUILT_IN_TEMPLATES, DEFAULT_SETTINGS, now);
  const suggestions = suggested.suggestions.map((suggestion) => ({
    scenario: suggestion.scenario,
    templateId: suggestion.templateId,
    language: suggestion.language,
    score: Number(suggestion.score.toFixed(3)),
    reasons: suggestion.reasons.map((reason) => describeReason(reason, 'en')),
  }));
  const order = suggested.focus.order;
  let declaration: Record<string, unknown> | undefined;
  if (order && (snapshot.page === 'order-detail' || snapshot.page === 'order-list')) {
    const advice = adviseDeclaration(declarationInputFromOrder(order, options.weightKg ?? order.weightKg ?? null));
    declaration = advice.ok
      ? {
          country: advice.country,
          currency: advice.currency,
          value: advice.value,
          range: advice.range,
          reasons: advice.reasons.map((reason) => describe(reason, 'en')),
          warnings: advice.warnings.map((warning) => describe(warning, 'en')),
        }
      : { error: describe(advice.error, 'en') };
  }
  return {
    ...snapshot,
    replyLanguage: suggested.language,
    suggestions,
    ...(declaration ? { declaration } : {}),
  };
}
