import { useId, useMemo, useRef, useState } from 'react';
import type { AfterSalesDb } from '@/lib/db/database';
import type { DisputeSnapshot, OrderSnapshot } from '@/lib/model/snapshot';
import { LANGUAGE_NAMES } from '@/lib/replies/reasons';
import { renderTemplate } from '@/lib/replies/render';
import { REPLY_LANGUAGES, SCENARIO_IDS, SCENARIOS, TEMPLATE_VARIABLES, type ReplyLanguage, type ScenarioId } from '@/lib/replies/scenarios';
import { saveEdit, saveTemplate } from '@/lib/replies/store';
import { isEdited, newUserTemplate, type Template } from '@/lib/replies/template';
import type { VariableSettings } from '@/lib/replies/variables';
import { useI18n } from '../i18n';
import { TemplateText } from '../replies/TemplateText';
import { previewVariables, sampleContext } from './preview';

export type EditorTarget =
  | { kind: 'existing'; id: string }
  | { kind: 'new'; scenario: ScenarioId; language: ReplyLanguage; body: string; tags: string[] };

export interface TemplateEditorProps {
  target: EditorTarget;
  /** The stored template when editing one (null for a new draft). */
  template: Template | null;
  db: AfterSalesDb;
  settings: VariableSettings;
  now: () => Date;
  /** The order seen last in the seller center, for a preview with real data. */
  lastSeen: { order: OrderSnapshot; dispute: DisputeSnapshot | null } | null;
  confirmingDelete: boolean;
  onSaved: (template: Template) => void;
  onCancel: () => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
  onRestore: (template: Template) => void;
  onReset: (template: Template) => void;
}

function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

export function TemplateEditor(props: TemplateEditorProps) {
  const { target, template, db, settings, now, lastSeen, confirmingDelete } = props;
  const { t, language: ui } = useI18n();
  const id = useId();
  const initial = template ?? (target.kind === 'new' ? target : null);
  const [scenario, setScenario] = useState<ScenarioId>(initial?.scenario ?? 'order.thanks');
  const [language, setLanguage] = useState<ReplyLanguage>(initial?.language ?? 'en');
  const [tagsText, setTagsText] = useState((initial?.tags ?? []).join(', '));
  const [body, setBody] = useState(initial?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<'sample' | 'order'>('sample');
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const locked = template?.builtIn === true;
  const isNew = template === null;

  const preview = useMemo(() => {
    const date = now();
    const useOrder = source === 'order' && lastSeen !== null;
    const context = useOrder ? { order: lastSeen.order, dispute: lastSeen.dispute, thread: null } : sampleContext(language, date);
    return renderTemplate(body, previewVariables(context, settings, language, date, !useOrder));
  }, [body, language, source, lastSeen, settings, now]);

  if (target.kind === 'existing' && !template) return null;

  const insertVariable = (name: string) => {
    const field = bodyRef.current;
    const placeholder = `{{${name}}}`;
    const start = field?.selectionStart ?? body.length;
    const end = field?.selectionEnd ?? body.length;
    const next = body.slice(0, start) + placeholder + body.slice(end);
    setBody(next);
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  const save = async () => {
    const tags = parseTags(tagsText);
    setError(null);
    if (template) {
      const unchanged = body === template.body && tags.join(',') === template.tags.join(',') && scenario === template.scenario && language === template.language;
      // Saving an untouched built-in must not turn it into an "edit" that stops updates.
      if (unchanged) {
        props.onSaved(template);
        return;
      }
      const result = await saveEdit(db, template, { body, tags, scenario, language }, now());
      if (result.ok) props.onSaved(result.template);
      else setError(result.error);
      return;
    }
    const result = await saveTemplate(db, newUserTemplate({ scenario, language, body, tags }, now()));
    if (result.ok) props.onSaved(result.template);
    else setError(result.error);
  };

  return (
    <form
      className="form template-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>{isNew ? t('templates.editor.new') : t('templates.editor.edit')}</h3>
      {template && template.deleted ? <p className="notice">{t('templates.kind.hidden')}</p> : null}
      <div className="template-editor-row">
        <div className="form-row">
          <label htmlFor={`${id}-scenario`}>{t('templates.filter.scenario')}</label>
          <select id={`${id}-scenario`} className="input" value={scenario} disabled={locked} onChange={(event) => setScenario(event.target.value as ScenarioId)}>
            {SCENARIO_IDS.map((option) => (
              <option key={option} value={option}>
                {SCENARIOS[option].label[ui]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-language`}>{t('templates.filter.language')}</label>
          <select id={`${id}-language`} className="input" value={language} disabled={locked} onChange={(event) => setLanguage(event.target.value as ReplyLanguage)}>
            {REPLY_LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {LANGUAGE_NAMES[option][ui]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {locked ? <p className="muted small">{t('templates.editor.locked')}</p> : null}
      <div className="form-row">
        <label htmlFor={`${id}-tags`}>{t('templates.editor.tags')}</label>
        <input id={`${id}-tags`} className="input" value={tagsText} onChange={(event) => setTagsText(event.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-body`}>{t('templates.editor.body')}</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          className="input template-body"
          rows={12}
          lang={language}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="template-variables" role="group" aria-label={t('templates.editor.variables')}>
          {TEMPLATE_VARIABLES.map((name) => (
            <button key={name} type="button" className="chip template-variable" title={t(`var.${name}`)} onClick={() => insertVariable(name)}>
              {`{{${name}}}`}
            </button>
          ))}
        </div>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}

      <div className="template-preview">
        <div className="template-preview-head">
          <h4>{t('templates.preview')}</h4>
          <label className="small muted" htmlFor={`${id}-source`}>
            {t('templates.preview.with')}
          </label>
          <select id={`${id}-source`} className="input input-small" value={source} onChange={(event) => setSource(event.target.value as 'sample' | 'order')}>
            <option value="sample">{t('templates.preview.sample')}</option>
            {lastSeen ? <option value="order">{t('templates.preview.order', { orderId: lastSeen.order.orderId })}</option> : null}
          </select>
        </div>
        <TemplateText segments={preview.segments} lang={language} />
      </div>

      <div className="templates-actions">
        <button type="submit" className="btn btn-primary">
          {t('templates.save')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('templates.cancel')}
        </button>
        {template ? (
          <>
            <button type="button" className="btn" onClick={() => props.onDuplicate(template)}>
              {t('templates.duplicate')}
            </button>
            {template.builtIn && isEdited(template) ? (
              <button type="button" className="btn" onClick={() => props.onReset(template)}>
                {t('templates.reset')}
              </button>
            ) : null}
            {template.deleted ? (
              <button type="button" className="btn" onClick={() => props.onRestore(template)}>
                {t('templates.restore')}
              </button>
            ) : (
              <button type="button" className="btn btn-danger" onClick={() => props.onDelete(template)}>
                {template.builtIn ? t('templates.hide') : confirmingDelete ? t('templates.confirmDelete') : t('templates.delete')}
              </button>
            )}
          </>
        ) : null}
      </div>
    </form>
  );
}
