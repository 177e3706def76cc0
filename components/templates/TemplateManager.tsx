import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { LANGUAGE_NAMES } from '@/lib/replies/reasons';
import { REPLY_LANGUAGES, SCENARIO_IDS, SCENARIOS, type ReplyLanguage, type ScenarioId } from '@/lib/replies/scenarios';
import {
  allTemplates,
  deleteTemplate,
  exportTemplates,
  importTemplates,
  loadStoredTemplates,
  resetBuiltIn,
  restoreTemplate,
  templateUsage,
  type TemplateUsage,
} from '@/lib/replies/store';
import { hasNewerDefault, isEdited, type Template } from '@/lib/replies/template';
import type { VariableSettings } from '@/lib/replies/variables';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { TemplateEditor, type EditorTarget } from './TemplateEditor';

export interface TemplateManagerProps {
  db?: AfterSalesDb;
  settings: VariableSettings;
  now?: () => Date;
  /** Saves a file (the options page downloads it); tests pass a spy. */
  download?: (fileName: string, json: string) => void;
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

function downloadFile(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function firstLine(body: string): string {
  return body.split('\n').find((line) => line.trim() !== '' && !/^\S+\s*\{\{buyerFirstName\}\}[,!]?$/.test(line.trim())) ?? body;
}

/** Options page, "Reply templates": list, search, filter, edit, import and export. */
export function TemplateManager({ db = getDatabase(), settings, now = () => new Date(), download = downloadFile }: TemplateManagerProps) {
  const { t, language: ui } = useI18n();
  const stored = useLiveQuery(() => loadStoredTemplates(db), [db]);
  const usage = useLiveQuery(() => templateUsage(db), [db]) ?? new Map<string, TemplateUsage>();
  const lastOrder = useLiveQuery(() => db.orders.orderBy('lastSeenAt').last(), [db]) ?? null;
  const lastDispute = useLiveQuery(
    async () => (lastOrder ? ((await db.disputes.where('orderId').equals(lastOrder.orderId).first()) ?? null) : null),
    [db, lastOrder?.orderId],
  ) ?? null;

  const templates = useMemo(() => (stored ? allTemplates(stored) : []), [stored]);
  const [query, setQuery] = useState('');
  const [scenario, setScenario] = useState<ScenarioId | ''>('');
  const [language, setLanguage] = useState<ReplyLanguage | ''>('');
  const [tag, setTag] = useState('');
  const [showHidden, setShowHidden] = useState(false);
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const ids = { search: useId(), scenario: useId(), language: useId(), tag: useId(), hidden: useId(), file: useId() };

  const tags = useMemo(() => [...new Set(templates.flatMap((template) => template.tags))].sort(), [templates]);

  const filtered = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return templates.filter((template) => {
      if (!showHidden && template.deleted) return false;
      if (scenario && template.scenario !== scenario) return false;
      if (language && template.language !== language) return false;
      if (tag && !template.tags.includes(tag)) return false;
      if (words.length === 0) return true;
      const label = SCENARIOS[template.scenario].label;
      const haystack = [template.body, template.scenario, label.en, label.zh_CN, template.tags.join(' '), template.id].join('\n').toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [templates, query, scenario, language, tag, showHidden]);

  const selected = target?.kind === 'existing' ? (templates.find((template) => template.id === target.id) ?? null) : null;

  const say = (tone: 'ok' | 'error', text: string) => setNotice({ tone, text });

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await importTemplates(db, await file.text());
    if (result.ok) say('ok', t('templates.imported', { count: result.count }));
    else say('error', t('templates.importFailed', { error: result.error }));
  };

  const onExport = async () => {
    const file = await exportTemplates(db, now());
    const date = file.exportedAt?.slice(0, 10) ?? 'templates';
    download(`after-sales-desk-templates-${date}.json`, JSON.stringify(file, null, 2));
    say('ok', t('templates.exported', { count: file.templates.length }));
  };

  const onDelete = async (template: Template) => {
    if (!template.builtIn && confirmDelete !== template.id) {
      setConfirmDelete(template.id);
      return;
    }
    setConfirmDelete(null);
    await deleteTemplate(db, template);
    if (!template.builtIn) setTarget(null);
    say('ok', template.builtIn ? t('templates.hidden') : t('templates.deleted'));
  };

  const kindOf = (template: Template): string =>
    !template.builtIn ? t('templates.kind.own') : isEdited(template) ? t('templates.kind.edited') : t('templates.kind.builtIn');

  return (
    <section className="templates" aria-labelledby={`${ids.search}-title`}>
      <div className="card templates-head">
        <h2 id={`${ids.search}-title`}>{t('templates.title')}</h2>
        <p className="muted small">{t('templates.intro')}</p>
        <div className="templates-toolbar">
          <div className="form-row templates-search">
            <label htmlFor={ids.search}>{t('templates.search')}</label>
            <input id={ids.search} className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div className="form-row">
            <label htmlFor={ids.scenario}>{t('templates.filter.scenario')}</label>
            <select id={ids.scenario} className="input" value={scenario} onChange={(event) => setScenario(event.target.value as ScenarioId | '')}>
              <option value="">{t('templates.filter.all')}</option>
              {SCENARIO_IDS.map((id) => (
                <option key={id} value={id}>
                  {SCENARIOS[id].label[ui]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={ids.language}>{t('templates.filter.language')}</label>
            <select id={ids.language} className="input" value={language} onChange={(event) => setLanguage(event.target.value as ReplyLanguage | '')}>
              <option value="">{t('templates.filter.all')}</option>
              {REPLY_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {LANGUAGE_NAMES[code][ui]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={ids.tag}>{t('templates.filter.tag')}</label>
            <select id={ids.tag} className="input" value={tag} onChange={(event) => setTag(event.target.value)}>
              <option value="">{t('templates.filter.all')}</option>
              {tags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row form-row-inline templates-hidden">
            <input id={ids.hidden} type="checkbox" checked={showHidden} onChange={(event) => setShowHidden(event.target.checked)} />
            <label htmlFor={ids.hidden}>{t('templates.filter.hidden')}</label>
          </div>
        </div>
        <div className="templates-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setTarget({ kind: 'new', scenario: scenario || 'order.thanks', language: language || 'en', body: '', tags: [] })}
          >
            {t('templates.new')}
          </button>
          <label htmlFor={ids.file} className="btn">
            {t('templates.import')}
          </label>
          <input id={ids.file} className="visually-hidden" type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
          <button type="button" className="btn" onClick={() => void onExport()}>
            {t('templates.export')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {notice ? <p className={`notice notice-${notice.tone} templates-notice`}>{notice.text}</p> : null}
        </div>
      </div>

      <div className="templates-body">
        <div className="card templates-list-card">
          <p className="muted small">{t('templates.count', { shown: filtered.length, total: templates.filter((x) => showHidden || !x.deleted).length })}</p>
          {filtered.length === 0 ? (
            <p className="muted">{t('templates.none')}</p>
          ) : (
            <ul className="list templates-list" aria-label={t('templates.list')}>
              {filtered.map((template) => {
                const used = usage.get(template.id);
                const label = `${SCENARIOS[template.scenario].label[ui]} · ${template.language.toUpperCase()}`;
                return (
                  <li
                    key={template.id}
                    className={`list-row template-row${selected?.id === template.id ? ' is-selected' : ''}`}
                    aria-label={label}
                    aria-current={selected?.id === template.id ? 'true' : undefined}
                  >
                    <div className="template-row-head">
                      <button type="button" className="btn-link template-open" onClick={() => setTarget({ kind: 'existing', id: template.id })}>
                        {label}
                      </button>
                      <span className="chip">{kindOf(template)}</span>
                      {template.deleted ? <span className="chip">{t('templates.kind.hidden')}</span> : null}
                      {template.tags.map((name) => (
                        <span key={name} className="chip chip-manual">
                          {name}
                        </span>
                      ))}
                    </div>
                    <span className="list-detail muted template-excerpt">{firstLine(template.body)}</span>
                    <span className="list-detail muted">
                      {used ? t('templates.usage', { count: used.count, time: formatDateTime(used.lastUsedAt, ui) ?? '' }) : t('templates.usage.never')}
                    </span>
                    {hasNewerDefault(template) ? <span className="list-detail notice-warning">{t('templates.newerDefault')}</span> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </div>

        <div className="card templates-editor-card">
          {/* A template deleted meanwhile (another window, an import) simply closes its editor. */}
          {target && (target.kind === 'new' || selected) ? (
            <TemplateEditor
              // Remount when the stored text changes underneath (saved, reset to default, shown again).
              key={target.kind === 'existing' ? `${target.id}|${selected?.editedAt ?? ''}|${String(selected?.deleted ?? false)}` : `new|${target.scenario}|${target.body.length}`}
              target={target}
              template={selected}
              db={db}
              settings={settings}
              now={now}
              lastSeen={lastOrder ? { order: lastOrder, dispute: lastDispute } : null}
              confirmingDelete={selected !== null && confirmDelete === selected.id}
              onSaved={(saved) => {
                setTarget({ kind: 'existing', id: saved.id });
                say('ok', t('templates.saved'));
              }}
              onCancel={() => setTarget(selected ? { kind: 'existing', id: selected.id } : null)}
              onDuplicate={(template) =>
                setTarget({
                  kind: 'new',
                  scenario: template.scenario,
                  language: template.language,
                  body: template.body,
                  tags: template.tags,
                })
              }
              onDelete={(template) => void onDelete(template)}
              onRestore={(template) => void restoreTemplate(db, template).then(() => say('ok', t('templates.saved')))}
              onReset={(template) => void resetBuiltIn(db, template.id).then(() => say('ok', t('templates.resetDone')))}
            />
          ) : (
            <p className="muted">{t('templates.pick')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
