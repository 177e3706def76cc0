import { useI18n } from '../i18n';

/** Saved rules or rates that failed their check: say so, and that the built-in ones are used. */
export function StoredDataNotices({ rulesProblem, ratesProblem }: { rulesProblem: string | null; ratesProblem: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {rulesProblem ? (
        <p className="notice notice-warning" role="status">
          {t('decl.problem.rules', { error: rulesProblem })}
        </p>
      ) : null}
      {ratesProblem ? (
        <p className="notice notice-warning" role="status">
          {t('decl.problem.rates', { error: ratesProblem })}
        </p>
      ) : null}
    </>
  );
}
