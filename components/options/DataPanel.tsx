import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import { backupFileName, clearAllData, exportBackup, importBackupText, totalWritten, type ImportMode } from '@/lib/backup/backup';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { persistState, requestPersistentStorage, type PersistState } from '../queue/storage';
import { useI18n } from '../i18n';

export interface DataCounts {
  orders: number;
  disputes: number;
  threads: number;
  templates: number;
}

export type DataMessage = { tone: 'ok' | 'error'; text: string } | null;

export interface DataPanelProps {
  counts: DataCounts | undefined;
  persist: PersistState;
  busy: boolean;
  message: DataMessage;
  onExport: () => void;
  onImport: (file: File, mode: ImportMode) => void;
  onClear: () => void;
  onAskPersist: () => void;
}

/** The options page's "Data & backup" section: export, import (merge or replace), clear all. */
export function DataPanel({ counts, persist, busy, message, onExport, onImport, onClear, onAskPersist }: DataPanelProps) {
  const { t } = useI18n();
  const fileId = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p className="muted">{t('data.intro')}</p>
      {counts ? <p className="small">{t('data.counts', { ...counts })}</p> : null}
      {persist === 'granted' ? (
        <p className="small muted">{t('data.persist.granted')}</p>
      ) : persist === 'not-granted' ? (
        <p className="notice notice-warning small">
          {t('data.persist.notGranted')}{' '}
          <button type="button" className="btn-link" onClick={onAskPersist}>
            {t('data.persist.ask')}
          </button>
        </p>
      ) : null}

      <div className="data-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onExport}>
          {t('data.export')}
        </button>
      </div>

      <fieldset className="data-mode" disabled={busy}>
        <legend>{t('data.import.mode')}</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {t('data.import.merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {t('data.import.replace')}
        </label>
      </fieldset>
      <div className="form-row">
        <label htmlFor={fileId}>{t('data.import')}</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onImport(file, mode);
          }}
        />
      </div>

      <div className="data-actions">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="data-clear-question" className="notice notice-error">
            <p id="data-clear-question">{t('data.clear.confirm')}</p>
            <div className="data-actions">
              <button
                type="button"
                className="btn btn-danger-solid"
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  onClear();
                }}
              >
                {t('data.clear.yes')}
              </button>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>
                {t('action.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('data.clear')}
          </button>
        )}
      </div>

      {busy ? <p className="muted small">{t('data.busy')}</p> : null}
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`notice ${message.tone === 'error' ? 'notice-error' : 'notice-ok'}`}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** DataPanel wired to IndexedDB, chrome.storage and the browser's persistent-storage request. */
export function DataSection({ db = getDatabase() }: { db?: AfterSalesDb }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DataMessage>(null);
  const [persist, setPersist] = useState<PersistState>('unsupported');
  const counts = useLiveQuery(
    async () => {
      const [orders, disputes, threads, templates] = await Promise.all([db.orders.count(), db.disputes.count(), db.threads.count(), db.templates.count()]);
      return { orders, disputes, threads, templates };
    },
    [db],
  );

  useEffect(() => {
    // Ask once on opening; the browser decides (installed extensions are usually granted).
    void requestPersistentStorage().then(setPersist);
  }, []);

  const run = async (work: () => Promise<DataMessage>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ tone: 'error', text: t('data.import.failed', { reason: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <DataPanel
      counts={counts}
      persist={persist}
      busy={busy}
      message={message}
      onAskPersist={() => void requestPersistentStorage().then(async () => setPersist(await persistState()))}
      onExport={() =>
        void run(async () => {
          const now = new Date();
          const { backup } = await exportBackup(db, await loadSettings(), now);
          const name = backupFileName(now);
          download(name, JSON.stringify(backup, null, 1));
          return { tone: 'ok', text: t('data.export.done', { file: name }) };
        })
      }
      onImport={(file, mode) =>
        void run(async () => {
          const result = await importBackupText(db, await file.text(), mode);
          if (!result.ok) return { tone: 'error', text: t('data.import.failed', { reason: result.error }) };
          if (result.summary.settings) await saveSettings(result.summary.settings);
          return { tone: 'ok', text: t('data.import.done', { count: totalWritten(result.summary) }) };
        })
      }
      onClear={() =>
        void run(async () => {
          await clearAllData(db);
          // Settings and the worker's small state live in chrome.storage.local: all data means that too.
          await chrome.storage.local.clear();
          return { tone: 'ok', text: t('data.clear.done') };
        })
      }
    />
  );
}
