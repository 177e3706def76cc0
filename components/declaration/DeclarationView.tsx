import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { loadRates, loadRememberedWeight, loadRules, rememberWeight, weightKeyOf } from '@/lib/declaration/store';
import type { OrderSnapshot } from '@/lib/model/snapshot';
import { useI18n } from '../i18n';
import { DeclarationCard } from './DeclarationCard';
import { StoredDataNotices } from './StoredDataNotices';

/** The options page, opened on the customs rules with this rule ready to edit. */
export function optionsRuleHref(ruleId: string): string {
  return `${chrome.runtime.getURL('/options.html')}?rule=${encodeURIComponent(ruleId)}#rules`;
}

/**
 * The side panel's Customs tab: the declaration card for the order in focus (the seller's
 * edited rules and rates, kept live from the database), or a hint when there is none.
 */
export function DeclarationView({
  order,
  db = getDatabase(),
  editRuleHref = optionsRuleHref,
}: {
  order: OrderSnapshot | null;
  db?: AfterSalesDb;
  editRuleHref?: (ruleId: string) => string;
}) {
  const { t } = useI18n();
  const rules = useLiveQuery(() => loadRules(db), [db]);
  const rates = useLiveQuery(() => loadRates(db), [db]);
  const weightKey = order ? weightKeyOf(order) : null;
  // [value] so "nothing remembered" (null) differs from "still loading" (undefined).
  const remembered = useLiveQuery(async () => [weightKey ? await loadRememberedWeight(db, weightKey) : null] as const, [db, weightKey]);

  if (!order) return <p className="muted decl-hint">{t('decl.hint.noOrder')}</p>;
  if (!rules || !rates) return <p className="muted">{t('decl.loading')}</p>;
  return (
    <>
      <StoredDataNotices rulesProblem={rules.problem} ratesProblem={rates.problem} />
      <DeclarationCard
        // A different order starts from its own values, not the previous order's edits.
        key={order.orderId}
        order={order}
        rules={rules.rules}
        rates={rates.rates}
        rememberedWeight={remembered?.[0]}
        canRememberWeight={weightKey !== null}
        onRememberWeight={(weightKg) => {
          if (weightKey) void rememberWeight(db, weightKey, weightKg);
        }}
        editRuleHref={editRuleHref}
      />
    </>
  );
}
