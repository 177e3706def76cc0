import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { loadRates, loadRules, resetRates, resetRules, saveRates, saveRules } from '@/lib/declaration/store';
import { useI18n } from '../i18n';
import { RatesEditor } from '../options/RatesEditor';
import { RulesEditor } from '../options/RulesEditor';

/** The options page's "Customs rules" section: the rules and the rate table, saved in the database. */
export function CustomsSettings({ db = getDatabase(), initialRuleId }: { db?: AfterSalesDb; initialRuleId?: string | null }) {
  const { t } = useI18n();
  const rules = useLiveQuery(() => loadRules(db), [db]);
  const rates = useLiveQuery(() => loadRates(db), [db]);
  if (!rules || !rates) return <p className="muted">{t('decl.loading')}</p>;
  return (
    <>
      <RulesEditor
        loaded={rules}
        onSave={(next) => saveRules(db, next)}
        onReset={() => resetRules(db)}
        initialRuleId={initialRuleId ?? ruleFromLocation()}
      />
      <RatesEditor loaded={rates} onSave={(next) => saveRates(db, next)} onReset={() => resetRates(db)} />
    </>
  );
}

/** `options.html?rule=de#rules`: the side panel's "Edit this rule" link. */
function ruleFromLocation(): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('rule');
}
