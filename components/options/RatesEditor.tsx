import { useId, useState } from 'react';
import { parseRatesFile, type RateTable } from '@/lib/declaration';
import type { LoadedRates, SaveResult } from '@/lib/declaration/store';
import { useI18n } from '../i18n';
import { ConfirmButton, FeedbackLine, ImportButton, downloadJson, readJsonFile, todayIso, type Feedback } from '../declaration/FileTools';
import { StoredDataNotices } from '../declaration/StoredDataNotices';

export interface RatesEditorProps {
  loaded: LoadedRates;
  onSave: (rates: RateTable) => Promise<SaveResult>;
  onReset: () => Promise<void>;
}

interface RateRow {
  currency: string;
  usdPer: string;
}

interface RatesDraft {
  asOf: string;
  rows: RateRow[];
}

function toDraft(rates: RateTable): RatesDraft {
  return {
    asOf: rates.asOf,
    rows: Object.entries(rates.usdPer).map(([currency, usdPer]) => ({ currency, usdPer: String(usdPer) })),
  };
}

/** Plain data for the zod check; a rate that is not a number becomes NaN so the check names it. */
function fromDraft(draft: RatesDraft): { asOf: string; usdPer: Record<string, number> } {
  const usdPer: Record<string, number> = {};
  for (const row of draft.rows) {
    const currency = row.currency.trim().toUpperCase();
    if (currency === '' && row.usdPer.trim() === '') continue;
    const text = row.usdPer.trim().replace(',', '.');
    usdPer[currency] = /^(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  }
  return { asOf: draft.asOf.trim(), usdPer };
}

/** The exchange-rate table: its date, every rate editable, export/import/reset like the rules. */
export function RatesEditor({ loaded, onSave, onReset }: RatesEditorProps) {
  const { t } = useI18n();
  const [feedback, setFeedback] = useState<Feedback>(null);

  const importFile = async (file: File) => {
    const read = await readJsonFile(file);
    if (!read.ok) {
      setFeedback({ kind: 'error', text: t('rates.importRejected', { error: t('rules.notJson', { error: read.error }) }) });
      return;
    }
    const parsed = parseRatesFile(read.json);
    if (!parsed.ok) {
      setFeedback({ kind: 'error', text: t('rates.importRejected', { error: parsed.error }) });
      return;
    }
    const saved = await onSave(parsed.rates);
    setFeedback(saved.ok ? { kind: 'ok', text: t('rates.imported', { date: parsed.rates.asOf }) } : { kind: 'error', text: t('rates.importRejected', { error: saved.error }) });
  };

  return (
    <section className="card rates-editor" aria-labelledby="rates-title">
      <div className="card-title-row">
        <h2 className="card-title" id="rates-title">
          {t('rates.title')}
        </h2>
        <span className="chip">{t('rates.asOfShown', { date: loaded.rates.asOf })}</span>
      </div>
      <p className="muted">{t('rates.intro')}</p>
      <StoredDataNotices rulesProblem={null} ratesProblem={loaded.problem} />
      <div className="decl-toolbar">
        <button type="button" className="btn" onClick={() => downloadJson(`exchange-rates-${todayIso()}.json`, loaded.rates)}>
          {t('rates.export')}
        </button>
        <ImportButton label={t('rates.import')} onFile={(file) => void importFile(file)} />
        <ConfirmButton
          label={t('rates.reset')}
          question={t('rates.reset.confirm')}
          confirmLabel={t('rules.reset.yes')}
          onConfirm={() => void onReset().then(() => setFeedback({ kind: 'ok', text: t('rates.resetDone') }))}
        />
      </div>
      <FeedbackLine feedback={feedback} />
      <RatesForm
        // Start again from the saved table whenever it changes (import, reset, save).
        key={JSON.stringify(loaded.rates)}
        rates={loaded.rates}
        onSave={async (rates) => {
          const checked = parseRatesFile(rates);
          if (!checked.ok) return checked;
          const saved = await onSave(checked.rates);
          if (saved.ok) setFeedback({ kind: 'ok', text: t('rates.saved') });
          return saved;
        }}
      />
    </section>
  );
}

function RatesForm({ rates, onSave }: { rates: RateTable; onSave: (rates: unknown) => Promise<SaveResult> }) {
  const { t } = useI18n();
  const asOfId = useId();
  const [draft, setDraft] = useState<RatesDraft>(() => toDraft(rates));
  const [error, setError] = useState<string | null>(null);
  const setRow = (index: number, patch: Partial<RateRow>) =>
    setDraft((current) => ({ ...current, rows: current.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const changed = JSON.stringify(draft) !== JSON.stringify(toDraft(rates));

  return (
    <form
      className="rates-form"
      aria-label={t('rates.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(fromDraft(draft)).then((result) => setError(result.ok ? null : t('rates.invalid', { error: result.error })));
      }}
    >
      <div className="form-row form-row-inline">
        <label htmlFor={asOfId}>{t('rates.asOf')}</label>
        <input id={asOfId} className="input rates-date" type="date" value={draft.asOf} onChange={(e) => setDraft({ ...draft, asOf: e.target.value })} />
      </div>
      <table className="rates-table">
        <thead>
          <tr>
            <th scope="col">{t('rates.col.currency')}</th>
            <th scope="col">{t('rates.col.usdPer')}</th>
            <th scope="col">
              <span className="decl-sr-only">{t('rules.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, index) => (
            <tr key={index}>
              <td>
                <input
                  className="input rates-currency"
                  aria-label={t('rates.currencyOfRow', { n: index + 1 })}
                  value={row.currency}
                  maxLength={3}
                  onChange={(e) => setRow(index, { currency: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="input"
                  inputMode="decimal"
                  aria-label={t('rates.rateOf', { currency: row.currency || '?' })}
                  value={row.usdPer}
                  onChange={(e) => setRow(index, { usdPer: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  aria-label={t('rates.remove', { currency: row.currency || '?' })}
                  onClick={() => setDraft({ ...draft, rows: draft.rows.filter((_, i) => i !== index) })}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="decl-toolbar">
        <button type="button" className="btn btn-small" onClick={() => setDraft({ ...draft, rows: [...draft.rows, { currency: '', usdPer: '' }] })}>
          {t('rates.add')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!changed}>
          {t('rates.save')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={!changed}
          onClick={() => {
            setDraft(toDraft(rates));
            setError(null);
          }}
        >
          {t('rates.revert')}
        </button>
      </div>
      <p className="muted small">{t('rates.today', { date: todayIso() })}</p>
    </form>
  );
}
