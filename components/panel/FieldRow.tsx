import { useId, useState } from 'react';
import { useI18n } from '../i18n';

/**
 * One labelled value of what the page showed. Editable rows let the agent fix or fill the
 * value by hand (kept per order). Values are rendered as text, never as HTML.
 */
export function FieldRow({
  label,
  value,
  missing = false,
  manual = false,
  editable = false,
  rawValue,
  inputMode,
  onSave,
  onReset,
  multiline = false,
}: {
  label: string;
  value: string | null;
  missing?: boolean;
  manual?: boolean;
  editable?: boolean;
  rawValue?: string;
  inputMode?: 'text' | 'decimal';
  onSave?: (value: string) => void;
  onReset?: () => void;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const inputId = useId();

  if (editing) {
    return (
      <div className="field field-editing">
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        <form
          className="field-form"
          onSubmit={(event) => {
            event.preventDefault();
            onSave?.(draft.trim());
            setEditing(false);
          }}
        >
          <input
            id={inputId}
            className="input"
            value={draft}
            inputMode={inputMode}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="btn btn-primary btn-small">
            {t('action.save')}
          </button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
            {t('action.cancel')}
          </button>
        </form>
      </div>
    );
  }

  return (
    <div className={`field${missing ? ' field-missing' : ''}`}>
      <span className="field-label">{label}</span>
      <span className={`field-value${multiline ? ' field-multiline' : ''}`}>
        {value ?? t('value.none')}
        {manual ? <span className="chip chip-manual">{t('value.manual')}</span> : null}
      </span>
      {editable ? (
        <span className="field-actions">
          <button
            type="button"
            className="btn btn-link"
            aria-label={`${t('action.edit')}: ${label}`}
            onClick={() => {
              setDraft(rawValue ?? value ?? '');
              setEditing(true);
            }}
          >
            {t('action.edit')}
          </button>
          {manual && onReset ? (
            <button type="button" className="btn btn-link" onClick={onReset}>
              {t('action.reset')}
            </button>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
