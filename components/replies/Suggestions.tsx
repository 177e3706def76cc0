import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Suggestion } from '@/lib/replies/rank';
import { describeReason, LANGUAGE_NAMES } from '@/lib/replies/reasons';
import { fillTemplate, renderTemplate, type RenderResult, type TemplateVariables } from '@/lib/replies/render';
import { REPLY_LANGUAGES, SCENARIOS, type ReplyLanguage, type TemplateVariable } from '@/lib/replies/scenarios';
import type { SuggestResult } from '@/lib/replies/suggest';
import type { Template } from '@/lib/replies/template';
import { trackingUrl } from '@/lib/replies/variables';
import { useI18n } from '../i18n';
import { TemplateText } from './TemplateText';

/** How many suggestions are shown before "More", and reachable by the keys 1–3. */
export const TOP_COUNT = 3;

export type ReplyAction = 'insert' | 'copy';

/** A reply ready to leave the panel: every variable filled. */
export interface ReadyReply {
  text: string;
  suggestion: Suggestion;
  template: Template;
}

export type ReplyStatus = { tone: 'ok' | 'warning' | 'error'; text: string } | null;

export interface SuggestionsProps {
  result: SuggestResult;
  templates: ReadonlyMap<string, Template>;
  onInsert: (reply: ReadyReply) => void | Promise<void>;
  onCopy: (reply: ReadyReply) => void | Promise<void>;
  /** null: back to the detected language. */
  onLanguageChange: (language: ReplyLanguage | null) => void;
  status?: ReplyStatus;
  onManage?: () => void;
  /** Listen for 1–3 / arrows / Enter on the whole panel document. */
  keyboard?: boolean;
}

interface Asking {
  index: number;
  action: ReplyAction;
  /** The fields asked for, fixed when asked: the form must not lose a row while it is typed in. */
  fields: TemplateVariable[];
}

function hasValue(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

/** What to ask the agent for: the tracking link follows from the tracking number. */
function askedFields(missing: readonly TemplateVariable[]): TemplateVariable[] {
  return missing.filter((name) => !(name === 'trackingUrl' && missing.includes('trackingNumber')));
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The ranked replies for the page: top 3, reasons, highlighted variables, insert / copy. */
export function Suggestions({ result, templates, onInsert, onCopy, onLanguageChange, status, onManage, keyboard = true }: SuggestionsProps) {
  const { t, language: ui } = useI18n();
  const [selected, setSelected] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  /** What the agent typed for variables the page did not show; shared by every card. */
  const [typed, setTyped] = useState<Partial<Record<TemplateVariable, string>>>({});
  const listRef = useRef<HTMLOListElement>(null);

  const values = useMemo<TemplateVariables>(() => {
    const merged: TemplateVariables = { ...result.variables };
    for (const [name, value] of Object.entries(typed) as Array<[TemplateVariable, string]>) {
      if (!hasValue(merged[name])) merged[name] = value;
    }
    // A tracking number typed by hand brings its tracking link with it.
    if (!hasValue(merged.trackingUrl) && hasValue(merged.trackingNumber)) merged.trackingUrl = trackingUrl(merged.trackingNumber);
    return merged;
  }, [result.variables, typed]);

  const items = useMemo(
    () =>
      result.suggestions.flatMap((suggestion) => {
        const template = templates.get(suggestion.templateId);
        if (!template) return [];
        return [{ suggestion, template, rendered: renderTemplate(template.body, values) }];
      }),
    [result.suggestions, templates, values],
  );
  const visible = showAll ? items : items.slice(0, TOP_COUNT);
  const current = Math.min(selected, Math.max(visible.length - 1, 0));

  const act = async (index: number, action: ReplyAction) => {
    const item = items[index];
    if (!item || busy) return;
    setSelected(index);
    const filled = fillTemplate(item.template.body, values);
    if (!filled.ok) {
      // Never a raw {{…}} or an empty gap: ask for what is missing, in the card.
      const fields = askedFields(filled.missing);
      if (fields.length > 0) {
        setAsking((previous) => (previous?.index === index ? { ...previous, action } : { index, action, fields }));
      }
      return;
    }
    setAsking(null);
    setBusy(true);
    try {
      const reply = { text: filled.text, suggestion: item.suggestion, template: item.template };
      await (action === 'insert' ? onInsert(reply) : onCopy(reply));
    } finally {
      setBusy(false);
    }
  };

  // Keys work anywhere in the panel except while typing in a field.
  const actRef = useRef(act);
  const currentRef = useRef(current);
  useEffect(() => {
    actRef.current = act;
    currentRef.current = current;
  });
  useEffect(() => {
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const count = showAll ? items.length : Math.min(items.length, TOP_COUNT);
      if (count === 0) return;
      if (/^[1-3]$/.test(event.key)) {
        const index = Number(event.key) - 1;
        if (index < Math.min(items.length, TOP_COUNT)) {
          event.preventDefault();
          void actRef.current(index, 'insert');
        }
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setSelected((value) => {
          const from = Math.min(value, count - 1);
          return event.key === 'ArrowDown' ? Math.min(from + 1, count - 1) : Math.max(from - 1, 0);
        });
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && !(event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        void actRef.current(Math.min(currentRef.current, count - 1), 'insert');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keyboard, items.length, showAll]);

  useEffect(() => {
    const card = listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const why =
    result.languageWhy === 'message'
      ? t('replies.language.why.message', { language: LANGUAGE_NAMES[result.language][ui] })
      : t(`replies.language.why.${result.languageWhy}`);

  return (
    <section className="replies" aria-label={t('replies.title')}>
      <div className="reply-language">
        <div role="group" aria-label={t('replies.language')} className="lang-switch">
          {REPLY_LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              className="lang-option"
              aria-pressed={language === result.language}
              title={LANGUAGE_NAMES[language][ui]}
              aria-label={LANGUAGE_NAMES[language][ui]}
              onClick={() => onLanguageChange(language === result.language && result.languageWhy === 'override' ? null : language)}
            >
              {language.toUpperCase()}
            </button>
          ))}
          {result.languageWhy === 'override' ? (
            <button type="button" className="lang-option lang-auto" title={t('replies.language.autoHint')} onClick={() => onLanguageChange(null)}>
              {t('replies.language.auto')}
            </button>
          ) : null}
        </div>
        <p className="muted small reply-language-why">{why}</p>
      </div>

      <div role="status" aria-live="polite" className="reply-status-slot">
        {status ? <p className={`notice notice-${status.tone} reply-status`}>{status.text}</p> : null}
      </div>

      {items.length === 0 ? (
        <p className="muted">{t('replies.empty')}</p>
      ) : (
        <ol className="reply-list" aria-label={t('replies.list')} ref={listRef}>
          {visible.map((item, index) => (
            <SuggestionCard
              key={`${item.suggestion.scenario}|${item.template.id}`}
              index={index}
              suggestion={item.suggestion}
              template={item.template}
              rendered={item.rendered}
              selected={index === current}
              busy={busy}
              asking={asking?.index === index ? asking : null}
              typed={typed}
              onType={(name, value) => setTyped((previous) => ({ ...previous, [name]: value }))}
              onSelect={() => setSelected(index)}
              onAct={(action) => void act(index, action)}
              onCloseAsk={() => setAsking(null)}
            />
          ))}
        </ol>
      )}

      <div className="reply-footer">
        {items.length > TOP_COUNT ? (
          <button type="button" className="btn btn-small" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
            {showAll ? t('replies.less') : t('replies.more', { count: items.length - TOP_COUNT })}
          </button>
        ) : null}
        {onManage ? (
          <button type="button" className="btn-link" onClick={onManage}>
            {t('replies.manage')}
          </button>
        ) : null}
      </div>
      {keyboard && items.length > 0 ? <p className="muted small reply-keys">{t('replies.keys')}</p> : null}
    </section>
  );
}

interface CardProps {
  index: number;
  suggestion: Suggestion;
  template: Template;
  rendered: RenderResult;
  selected: boolean;
  busy: boolean;
  asking: Asking | null;
  typed: Partial<Record<TemplateVariable, string>>;
  onType: (name: TemplateVariable, value: string) => void;
  onSelect: () => void;
  onAct: (action: ReplyAction) => void;
  onCloseAsk: () => void;
}

function SuggestionCard({ index, suggestion, template, rendered, selected, busy, asking, typed, onType, onSelect, onAct, onCloseAsk }: CardProps) {
  const { t, language: ui } = useI18n();
  const titleId = useId();
  const rank = index + 1;
  const key = rank <= TOP_COUNT ? String(rank) : undefined;
  const scenario = SCENARIOS[suggestion.scenario].label[ui];
  const kind = !template.builtIn ? t('replies.own') : template.editedAt ? t('replies.edited') : null;

  return (
    <li
      className={`reply-card card${selected ? ' is-selected' : ''}`}
      data-index={index}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <header className="reply-head">
        {key ? (
          <kbd className="reply-key" aria-hidden="true">
            {key}
          </kbd>
        ) : null}
        <h3 id={titleId} className="reply-scenario">
          {scenario}
        </h3>
        <span className="chip" title={LANGUAGE_NAMES[template.language][ui]}>
          {template.language.toUpperCase()}
        </span>
        {kind ? <span className="chip chip-manual">{kind}</span> : null}
        <span className="reply-fit muted small">{t('replies.fit', { percent: Math.round(suggestion.score * 100) })}</span>
      </header>
      {suggestion.reasons.length > 0 ? (
        <ul className="reply-reasons" aria-label={t('replies.reasons')}>
          {suggestion.reasons.map((reason, reasonIndex) => (
            <li key={reasonIndex}>{describeReason(reason, ui)}</li>
          ))}
        </ul>
      ) : null}
      <TemplateText segments={rendered.segments} lang={template.language} />
      {rendered.unknown.length > 0 ? (
        <p className="notice notice-error small">{t('replies.unknown', { names: rendered.unknown.map((name) => `{{${name}}}`).join(', ') })}</p>
      ) : null}
      {asking ? (
        <FillForm
          missing={asking.fields}
          typed={typed}
          action={asking.action}
          onType={onType}
          onSubmit={() => onAct(asking.action)}
          onClose={onCloseAsk}
        />
      ) : (
        <div className="reply-actions">
          <button
            type="button"
            className="btn btn-primary btn-small"
            disabled={busy}
            aria-keyshortcuts={key}
            title={key ? t('replies.insertKey', { key }) : undefined}
            onClick={(event) => {
              event.stopPropagation();
              onAct('insert');
            }}
          >
            {t('replies.insert')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={(event) => {
              event.stopPropagation();
              onAct('copy');
            }}
          >
            {t('replies.copy')}
          </button>
          {rendered.missing.length > 0 ? (
            <span className="muted small reply-missing">
              {t('replies.fill.hint', { fields: askedFields(rendered.missing).map((name) => t(`var.${name}`)).join(', ') })}
            </span>
          ) : null}
        </div>
      )}
    </li>
  );
}

function FillForm({
  missing,
  typed,
  action,
  onType,
  onSubmit,
  onClose,
}: {
  missing: readonly TemplateVariable[];
  typed: Partial<Record<TemplateVariable, string>>;
  action: ReplyAction;
  onType: (name: TemplateVariable, value: string) => void;
  onSubmit: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const baseId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="reply-fill" aria-label={t('replies.fill.title')} onSubmit={submit} onClick={(event) => event.stopPropagation()}>
      <p className="small reply-fill-title">{t('replies.fill.title')}</p>
      {missing.map((name, index) => (
        <div className="reply-fill-row" key={name}>
          <label htmlFor={`${baseId}-${name}`}>{t(`var.${name}`)}</label>
          <input
            id={`${baseId}-${name}`}
            ref={index === 0 ? firstRef : undefined}
            className="input"
            required
            value={typed[name] ?? ''}
            onChange={(event) => onType(name, event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onClose();
            }}
          />
        </div>
      ))}
      <div className="reply-actions">
        <button type="submit" className="btn btn-primary btn-small">
          {action === 'insert' ? t('replies.fill.insert') : t('replies.fill.copy')}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>
          {t('replies.fill.close')}
        </button>
      </div>
    </form>
  );
}
