import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { exportRulesFile, parseRulesFile, type DeclarationRule } from '@/lib/declaration';
import { CARRIER_IDS } from '@/lib/declaration/carriers';
import {
  AVOID_REASONS,
  GOODS_CATEGORIES,
  RULES_FILE_VERSION,
  type BandCarrier,
  type ValueBand,
} from '@/lib/declaration/schema';
import type { LoadedRules, SaveResult } from '@/lib/declaration/store';
import type { MessageKey, UiLanguage } from '@/lib/i18n';
import { useI18n } from '../i18n';
import { ConfirmButton, FeedbackLine, ImportButton, downloadJson, readJsonFile, todayIso, type Feedback } from '../declaration/FileTools';
import { StoredDataNotices } from '../declaration/StoredDataNotices';
import {
  draftToRule,
  newBandDraft,
  newRuleDraft,
  ruleToDraft,
  type AvoidDraft,
  type BandDraft,
  type GoodsDraft,
  type RuleDraft,
} from '../declaration/ruleDraft';

export interface RulesEditorProps {
  loaded: LoadedRules;
  /** Saves the whole rule set (checked again there); resolves with the reason when refused. */
  onSave: (rules: readonly DeclarationRule[]) => Promise<SaveResult>;
  onReset: () => Promise<void>;
  /** Open this rule's form at once (the side panel's "Edit this rule" link). */
  initialRuleId?: string | null;
}

type Editing = { mode: 'edit'; index: number; draft: RuleDraft } | { mode: 'new'; draft: RuleDraft } | null;

const CARRIER_KEYS: Record<BandCarrier, MessageKey> = {
  any: 'rules.carrier.any',
  express: 'rules.carrier.express',
  post: 'rules.carrier.post',
};

function ruleName(rule: DeclarationRule, language: UiLanguage): string {
  return language === 'zh_CN' ? (rule.name.zh_CN ?? rule.name.en) : rule.name.en;
}

/**
 * The customs rules in the options page: every rule listed, each editable in a form, plus
 * export, import (checked whole, refused whole) and reset to the built-in rules.
 */
export function RulesEditor({ loaded, onSave, onReset, initialRuleId = null }: RulesEditorProps) {
  const { t, language } = useI18n();
  const rules = loaded.rules;
  const [editing, setEditing] = useState<Editing>(() => {
    const index = initialRuleId ? rules.findIndex((rule) => rule.id === initialRuleId) : -1;
    const rule = rules[index];
    return rule ? { mode: 'edit', index, draft: ruleToDraft(rule) } : null;
  });
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const startEdit = (index: number) => {
    const rule = rules[index];
    if (!rule) return;
    setFeedback(null);
    setFormError(null);
    setEditing({ mode: 'edit', index, draft: ruleToDraft(rule) });
  };

  const saveDraft = async (draft: RuleDraft) => {
    if (!editing) return;
    const candidate = draftToRule(draft);
    const next: unknown[] = [...rules];
    let index: number;
    if (editing.mode === 'edit') {
      index = editing.index;
      next[index] = candidate;
    } else {
      // New rules go before the default rule, which reads best last.
      const defaultIndex = rules.findIndex((rule) => rule.countries.length === 0);
      index = defaultIndex >= 0 ? defaultIndex : rules.length;
      next.splice(index, 0, candidate);
    }
    const checked = parseRulesFile({ version: RULES_FILE_VERSION, rules: next });
    if (!checked.ok) {
      setFormError(t('rules.invalid', { error: checked.error.split(`rules[${index}].`).join('') }));
      return;
    }
    const saved = await onSave(checked.rules);
    if (!saved.ok) {
      setFormError(t('rules.invalid', { error: saved.error }));
      return;
    }
    setEditing(null);
    setFormError(null);
    setFeedback({ kind: 'ok', text: t('rules.saved') });
  };

  const deleteRule = async (index: number) => {
    const next = rules.filter((_, position) => position !== index);
    const saved = await onSave(next);
    setEditing(null);
    setFeedback(saved.ok ? { kind: 'ok', text: t('rules.deleted') } : { kind: 'error', text: t('rules.invalid', { error: saved.error }) });
  };

  const importFile = async (file: File) => {
    setEditing(null);
    const read = await readJsonFile(file);
    if (!read.ok) {
      setFeedback({ kind: 'error', text: t('rules.importRejected', { error: t('rules.notJson', { error: read.error }) }) });
      return;
    }
    const parsed = parseRulesFile(read.json);
    if (!parsed.ok) {
      setFeedback({ kind: 'error', text: t('rules.importRejected', { error: parsed.error }) });
      return;
    }
    const saved = await onSave(parsed.rules);
    setFeedback(
      saved.ok
        ? { kind: 'ok', text: t('rules.imported', { count: parsed.rules.length }) }
        : { kind: 'error', text: t('rules.importRejected', { error: saved.error }) },
    );
  };

  return (
    <section className="card rules-editor" aria-labelledby="rules-title">
      <div className="card-title-row">
        <h2 className="card-title" id="rules-title">
          {t('rules.title')}
        </h2>
        <span className="chip">{loaded.custom ? t('rules.custom') : t('rules.builtIn')}</span>
      </div>
      <p className="muted">{t('rules.intro')}</p>
      <StoredDataNotices rulesProblem={loaded.problem} ratesProblem={null} />

      <div className="decl-toolbar">
        <button
          type="button"
          className="btn"
          onClick={() => {
            setFeedback(null);
            setFormError(null);
            setEditing({ mode: 'new', draft: newRuleDraft(rules.map((rule) => rule.id), todayIso()) });
          }}
        >
          {t('rules.add')}
        </button>
        <button type="button" className="btn" onClick={() => downloadJson(`customs-rules-${todayIso()}.json`, exportRulesFile(rules))}>
          {t('rules.export')}
        </button>
        <ImportButton label={t('rules.import')} onFile={(file) => void importFile(file)} />
        <ConfirmButton
          label={t('rules.reset')}
          question={t('rules.reset.confirm')}
          confirmLabel={t('rules.reset.yes')}
          onConfirm={() => {
            setEditing(null);
            void onReset().then(() => setFeedback({ kind: 'ok', text: t('rules.resetDone') }));
          }}
        />
      </div>
      <FeedbackLine feedback={feedback} />

      {editing ? (
        <RuleForm
          key={editing.mode === 'edit' ? `edit-${editing.index}` : 'new'}
          title={
            editing.mode === 'edit' && rules[editing.index]
              ? t('rules.form.title', { name: ruleName(rules[editing.index]!, language) })
              : t('rules.form.newTitle')
          }
          initial={editing.draft}
          isDefault={editing.mode === 'edit' && rules[editing.index]?.countries.length === 0}
          error={formError}
          onSave={(draft) => void saveDraft(draft)}
          onCancel={() => {
            setEditing(null);
            setFormError(null);
          }}
          onDelete={
            editing.mode === 'edit' && rules[editing.index]?.countries.length !== 0
              ? () => void deleteRule(editing.index)
              : undefined
          }
        />
      ) : null}

      <div className="decl-table-scroll">
        <table className="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('rules.col.rule')}</th>
              <th scope="col">{t('rules.col.countries')}</th>
              <th scope="col">{t('rules.col.currency')}</th>
              <th scope="col">{t('rules.col.bands')}</th>
              <th scope="col">{t('rules.col.avoid')}</th>
              <th scope="col">{t('rules.col.reviewed')}</th>
              <th scope="col">
                <span className="decl-sr-only">{t('rules.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => (
              <tr key={rule.id} aria-current={editing?.mode === 'edit' && editing.index === index ? 'true' : undefined}>
                <th scope="row">
                  {ruleName(rule, language)}
                  {rule.note ? <span className="muted small rules-note-mark">{t('rules.hasNote')}</span> : null}
                </th>
                <td>{rule.countries.length > 0 ? rule.countries.join(', ') : <span className="muted">{t('rules.default')}</span>}</td>
                <td>{rule.currency}</td>
                <td>
                  <ul className="rules-bands">
                    {rule.bands.map((band) => (
                      <li key={band.id}>{bandSummary(band, t)}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {rule.avoidCarriers.length === 0 ? (
                    <span className="muted">{t('value.none')}</span>
                  ) : (
                    rule.avoidCarriers.map((entry, position) => (
                      <div key={position}>
                        {entry.carriers.join(', ')}
                        {entry.onlyWithDetainedGoods ? <span className="muted small"> ({t('rules.withDetainedGoods')})</span> : null}
                      </div>
                    ))
                  )}
                </td>
                <td className="decl-nowrap">{rule.reviewedAt}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('rules.editRule', { name: ruleName(rule, language) })}
                    onClick={() => startEdit(index)}
                  >
                    {t('action.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "Express, under 3 kg: 5–30 (cap < 50) → 20" */
function bandSummary(band: ValueBand, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const parts: string[] = [];
  if (band.carrier !== 'any') parts.push(t(CARRIER_KEYS[band.carrier]));
  const from = band.weightKg?.fromKg;
  const below = band.weightKg?.belowKg;
  if (from !== undefined && from > 0 && below !== undefined) parts.push(`${from}–<${below} kg`);
  else if (below !== undefined) parts.push(`<${below} kg`);
  else if (from !== undefined) parts.push(`≥${from} kg`);
  const scope = parts.length > 0 ? `${parts.join(', ')}: ` : '';
  const range = band.min === band.max ? `${band.min}` : band.maxIncluded ? `${band.min}–${band.max}` : `${band.min}–<${band.max}`;
  const cap = band.capBelow !== null ? ` (${t('rules.summary.cap', { cap: band.capBelow })})` : '';
  const suggest = band.suggest === 'goods-value' ? t('rules.summary.goodsValue') : String(band.suggest);
  const estimate = band.basis === 'estimate' ? ` · ${t('rules.summary.estimate')}` : '';
  return `${scope}${range}${cap} → ${suggest}${estimate}`;
}

function Field({ label, hint, children, wide = false }: { label: string; hint?: string; wide?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={`form-row${wide ? ' decl-form-row-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <p className="muted small">{hint}</p> : null}
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="form-row form-row-inline">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function RuleForm({
  title,
  initial,
  isDefault,
  error,
  onSave,
  onCancel,
  onDelete,
}: {
  title: string;
  initial: RuleDraft;
  isDefault: boolean;
  error: string | null;
  onSave: (draft: RuleDraft) => void;
  onCancel: () => void;
  onDelete?: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, []);

  const set = (patch: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setBand = (index: number, patch: Partial<BandDraft>) =>
    setDraft((current) => ({ ...current, bands: current.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)) }));
  const setAvoid = (index: number, patch: Partial<AvoidDraft>) =>
    setDraft((current) => ({ ...current, avoid: current.avoid.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) }));
  const setGoods = (index: number, patch: Partial<GoodsDraft>) =>
    setDraft((current) => ({ ...current, goods: current.goods.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) }));

  return (
    <form
      ref={formRef}
      className="rule-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <h3>{title}</h3>
      <div className="decl-form-grid">
        <Field label={t('rules.form.nameEn')}>
          {(id) => <input id={id} className="input" value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.nameZh')}>
          {(id) => <input id={id} className="input" value={draft.nameZh} onChange={(e) => set({ nameZh: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.id')}>
          {(id) => <input id={id} className="input" value={draft.id} onChange={(e) => set({ id: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.currency')}>
          {(id) => <input id={id} className="input" value={draft.currency} maxLength={3} onChange={(e) => set({ currency: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.countries')} hint={isDefault ? t('rules.form.countries.default') : t('rules.form.countries.hint')} wide>
          {(id) => <input id={id} className="input" value={draft.countries} onChange={(e) => set({ countries: e.target.value })} />}
        </Field>
      </div>

      <fieldset className="rule-fieldset">
        <legend>{t('rules.form.bands')}</legend>
        {draft.bands.map((band, index) => (
          <fieldset key={index} className="rule-band">
            <legend>{t('rules.form.band', { n: index + 1 })}</legend>
            <div className="decl-form-grid">
              <Field label={t('rules.form.band.id')}>
                {(id) => <input id={id} className="input" value={band.id} onChange={(e) => setBand(index, { id: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.carrier')}>
                {(id) => (
                  <select id={id} className="input" value={band.carrier} onChange={(e) => setBand(index, { carrier: e.target.value as BandCarrier })}>
                    {(Object.keys(CARRIER_KEYS) as BandCarrier[]).map((carrier) => (
                      <option key={carrier} value={carrier}>
                        {t(CARRIER_KEYS[carrier])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('rules.form.band.fromKg')}>
                {(id) => <input id={id} className="input" inputMode="decimal" value={band.fromKg} onChange={(e) => setBand(index, { fromKg: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.belowKg')}>
                {(id) => <input id={id} className="input" inputMode="decimal" value={band.belowKg} onChange={(e) => setBand(index, { belowKg: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.min')}>
                {(id) => <input id={id} className="input" inputMode="decimal" value={band.min} onChange={(e) => setBand(index, { min: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.max')}>
                {(id) => <input id={id} className="input" inputMode="decimal" value={band.max} onChange={(e) => setBand(index, { max: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.capBelow')} hint={t('rules.form.band.capBelow.hint')}>
                {(id) => <input id={id} className="input" inputMode="decimal" value={band.capBelow} onChange={(e) => setBand(index, { capBelow: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.band.suggest')}>
                {(id) => (
                  <input
                    id={id}
                    className="input"
                    inputMode="decimal"
                    value={band.suggestGoodsValue ? '' : band.suggest}
                    disabled={band.suggestGoodsValue}
                    onChange={(e) => setBand(index, { suggest: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('rules.form.band.basis')}>
                {(id) => (
                  <select id={id} className="input" value={band.basis} onChange={(e) => setBand(index, { basis: e.target.value as BandDraft['basis'] })}>
                    <option value="source">{t('rules.basis.source')}</option>
                    <option value="estimate">{t('rules.basis.estimate')}</option>
                  </select>
                )}
              </Field>
            </div>
            <Check label={t('rules.form.band.maxIncluded')} checked={band.maxIncluded} onChange={(checked) => setBand(index, { maxIncluded: checked })} />
            <Check
              label={t('rules.form.band.suggestGoods')}
              checked={band.suggestGoodsValue}
              onChange={(checked) => setBand(index, { suggestGoodsValue: checked })}
            />
            <Check
              label={t('rules.form.band.assume')}
              checked={band.assumeWhenWeightUnknown}
              onChange={(checked) => setBand(index, { assumeWhenWeightUnknown: checked })}
            />
            {draft.bands.length > 1 ? (
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => set({ bands: draft.bands.filter((_, i) => i !== index) })}
              >
                {t('rules.form.band.remove', { n: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <button type="button" className="btn btn-small" onClick={() => set({ bands: [...draft.bands, newBandDraft(draft.bands.length)] })}>
          {t('rules.form.band.add')}
        </button>
      </fieldset>

      <fieldset className="rule-fieldset">
        <legend>{t('rules.form.avoid')}</legend>
        {draft.avoid.length === 0 ? <p className="muted small">{t('rules.form.avoid.none')}</p> : null}
        {draft.avoid.map((entry, index) => (
          <div key={index} className="rule-band">
            <div className="decl-form-grid">
              <Field label={t('rules.form.avoid.carriers')} hint={t('rules.form.avoid.carriers.hint', { ids: CARRIER_IDS.join(', ') })} wide>
                {(id) => <input id={id} className="input" value={entry.carriers} onChange={(e) => setAvoid(index, { carriers: e.target.value })} />}
              </Field>
              <Field label={t('rules.form.avoid.reason')}>
                {(id) => (
                  <select id={id} className="input" value={entry.reason} onChange={(e) => setAvoid(index, { reason: e.target.value as AvoidDraft['reason'] })}>
                    {AVOID_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {t(`rules.reason.${reason}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Check
              label={t('rules.form.avoid.onlyDetained')}
              checked={entry.onlyWithDetainedGoods}
              onChange={(checked) => setAvoid(index, { onlyWithDetainedGoods: checked })}
            />
            <button type="button" className="btn btn-small btn-ghost" onClick={() => set({ avoid: draft.avoid.filter((_, i) => i !== index) })}>
              {t('rules.form.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set({ avoid: [...draft.avoid, { carriers: '', reason: 'strict_customs', onlyWithDetainedGoods: false }] })}
        >
          {t('rules.form.avoid.add')}
        </button>
      </fieldset>

      <fieldset className="rule-fieldset">
        <legend>{t('rules.form.goods')}</legend>
        {draft.goods.length === 0 ? <p className="muted small">{t('rules.form.goods.none')}</p> : null}
        {draft.goods.map((entry, index) => (
          <div key={index} className="rule-band">
            <div className="decl-form-grid">
              <Field label={t('rules.form.goods.category')}>
                {(id) => (
                  <select id={id} className="input" value={entry.category} onChange={(e) => setGoods(index, { category: e.target.value as GoodsDraft['category'] })}>
                    {GOODS_CATEGORIES.map((category) => (
                      <option key={category} value={category}>
                        {t(`rules.goods.${category}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('rules.form.goods.words')} hint={t('rules.form.goods.words.hint')} wide>
                {(id) => <textarea id={id} className="input" rows={3} value={entry.words} onChange={(e) => setGoods(index, { words: e.target.value })} />}
              </Field>
            </div>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => set({ goods: draft.goods.filter((_, i) => i !== index) })}>
              {t('rules.form.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => set({ goods: [...draft.goods, { category: 'wood', words: '' }] })}>
          {t('rules.form.goods.add')}
        </button>
      </fieldset>

      <div className="decl-form-grid">
        <Field label={t('rules.form.source')} wide>
          {(id) => <input id={id} className="input" value={draft.source} onChange={(e) => set({ source: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.reviewedAt')} hint={t('rules.form.reviewedAt.hint')}>
          {(id) => <input id={id} className="input" type="date" value={draft.reviewedAt} onChange={(e) => set({ reviewedAt: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.noteEn')} wide>
          {(id) => <textarea id={id} className="input" rows={3} value={draft.noteEn} onChange={(e) => set({ noteEn: e.target.value })} />}
        </Field>
        <Field label={t('rules.form.noteZh')} wide>
          {(id) => <textarea id={id} className="input" rows={3} value={draft.noteZh} onChange={(e) => set({ noteZh: e.target.value })} />}
        </Field>
      </div>

      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="decl-toolbar">
        <button type="submit" className="btn btn-primary">
          {t('rules.form.save')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        {onDelete ? (
          <span className="decl-toolbar-end">
            <ConfirmButton label={t('rules.form.delete')} question={t('rules.form.delete.confirm')} confirmLabel={t('rules.form.delete.yes')} onConfirm={onDelete} />
          </span>
        ) : null}
      </div>
    </form>
  );
}
