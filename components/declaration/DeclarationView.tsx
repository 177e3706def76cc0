import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { loadRates, loadRememberedWeight, loadRules, rememberWeight, weightKeyOf } from '@/lib/declaration/store';
import { applyOrderOverrides, type OrderOverrideFields } from '@/lib/model/overrides';
import type { OrderSnapshot, PageSnapshot } from '@/lib/model/snapshot';
import { useI18n } from '../i18n';
import { formatDateTime } from '../format';
import { focusOf } from '../panel/PageSummary';
import { DeclarationCard } from './DeclarationCard';
import { StoredDataNotices } from './StoredDataNotices';

/** The options page, opened on the customs rules with this rule ready to edit. */
export function optionsRuleHref(ruleId: string): string {
  return `${chrome.runtime.getURL('/options.html')}?rule=${encodeURIComponent(ruleId)}#rules`;
}

/**
 * The order a dispute or conversation is about, when the page itself does not show it: the
 * one saved when its detail page was last read, with the agent's corrections applied.
 */
function useRememberedOrder(db: AfterSalesDb, orderId: string | null): { order: OrderSnapshot; seenAt: string } | null | undefined {
  return useLiveQuery(async () => {
    if (!orderId) return null;
    const [record, override] = await Promise.all([db.orders.get(orderId), db.overrides.get(orderId)]);
    if (!record) return null;
    const { order } = applyOrderOverrides(record, override?.fields as OrderOverrideFields | undefined);
    return { order, seenAt: record.lastSeenAt };
  }, [db, orderId]);
}

/**
 * The side panel's Customs tab: the declaration card for the order in focus (the seller's
 * edited rules and rates, kept live from the database), or a hint when there is none.
 * `order` is the page's focused order with hand corrections; `snapshot` lets a dispute or
 * conversation page that only names its order use the order as last seen.
 */
export function DeclarationView({
  order: pageOrder,
  snapshot = null,
  db = getDatabase(),
  editRuleHref = optionsRuleHref,
}: {
  order: OrderSnapshot | null;
  snapshot?: PageSnapshot | null;
  db?: AfterSalesDb;
  editRuleHref?: (ruleId: string) => string;
}) {
  const { t, language } = useI18n();
  const focus = snapshot ? focusOf(snapshot) : null;
  const namedOrderId = pageOrder ? null : (focus?.dispute?.orderId ?? focus?.thread?.orderId ?? null);
  const remembered = useRememberedOrder(db, namedOrderId);
  const order = pageOrder ?? remembered?.order ?? null;

  const rules = useLiveQuery(() => loadRules(db), [db]);
  const rates = useLiveQuery(() => loadRates(db), [db]);
  const weightKey = order ? weightKeyOf(order) : null;
  // [value] so "nothing remembered" (null) differs from "still loading" (undefined).
  const rememberedWeight = useLiveQuery(
    async () => [weightKey ? await loadRememberedWeight(db, weightKey) : null] as const,
    [db, weightKey],
  );

  if (!order) {
    if (namedOrderId && remembered === null) {
      return <p className="muted decl-hint">{t('decl.hint.orderNotSeen', { orderId: namedOrderId })}</p>;
    }
    return <p className="muted decl-hint">{t('decl.hint.noOrder')}</p>;
  }
  if (!rules || !rates) return <p className="muted">{t('decl.loading')}</p>;
  return (
    <>
      <StoredDataNotices rulesProblem={rules.problem} ratesProblem={rates.problem} />
      {!pageOrder && remembered ? (
        <p className="muted small decl-hint">
          {t('decl.rememberedOrder', { orderId: order.orderId, time: formatDateTime(remembered.seenAt, language) ?? '' })}
        </p>
      ) : null}
      <DeclarationCard
        // A different order starts from its own values, not the previous order's edits.
        key={order.orderId}
        order={order}
        rules={rules.rules}
        rates={rates.rates}
        rememberedWeight={rememberedWeight?.[0]}
        canRememberWeight={weightKey !== null}
        onRememberWeight={(weightKg) => {
          if (weightKey) void rememberWeight(db, weightKey, weightKg);
        }}
        editRuleHref={editRuleHref}
      />
    </>
  );
}
