import { useId, type ReactNode } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';

function Row({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <p className="muted small">{hint}</p> : null}
    </div>
  );
}

/** General settings; every change is saved at once (no save button to forget). */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const { t } = useI18n();
  const number = (value: string, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed > 0 ? Math.round(parsed) : fallback;
  };
  return (
    <form className="card form" onSubmit={(event) => event.preventDefault()}>
      <Row label={t('settings.uiLanguage')}>
        {(id) => (
          <select id={id} className="input" value={settings.uiLanguage} onChange={(e) => onChange({ uiLanguage: e.target.value as Settings['uiLanguage'] })}>
            <option value="auto">{t('lang.auto')}</option>
            <option value="en">{t('lang.en')}</option>
            <option value="zh_CN">{t('lang.zh_CN')}</option>
          </select>
        )}
      </Row>
      <Row label={t('settings.theme')}>
        {(id) => (
          <select id={id} className="input" value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
            <option value="auto">{t('theme.auto')}</option>
            <option value="light">{t('theme.light')}</option>
            <option value="dark">{t('theme.dark')}</option>
          </select>
        )}
      </Row>
      <Row label={t('settings.storeName')} hint={t('settings.storeName.hint')}>
        {(id) => <input id={id} className="input" value={settings.storeName} onChange={(e) => onChange({ storeName: e.target.value })} />}
      </Row>
      <Row label={t('settings.signature')} hint={t('settings.signature.hint')}>
        {(id) => <input id={id} className="input" value={settings.signature} onChange={(e) => onChange({ signature: e.target.value })} />}
      </Row>
      <Row label={t('settings.deliveryDays')}>
        {(id) => <input id={id} className="input" value={settings.deliveryDays} onChange={(e) => onChange({ deliveryDays: e.target.value })} />}
      </Row>
      <Row label={t('settings.overdueHours')}>
        {(id) => (
          <input id={id} className="input" type="number" min={1} max={240} value={settings.overdueHours}
            onChange={(e) => onChange({ overdueHours: number(e.target.value, settings.overdueHours) })} />
        )}
      </Row>
      <Row label={t('settings.replyWithinHours')}>
        {(id) => (
          <input id={id} className="input" type="number" min={1} max={240} value={settings.replyWithinHours}
            onChange={(e) => onChange({ replyWithinHours: number(e.target.value, settings.replyWithinHours) })} />
        )}
      </Row>
      <Row label={t('settings.followUpAfterDays')}>
        {(id) => (
          <input id={id} className="input" type="number" min={1} max={60} value={settings.followUpAfterDays}
            onChange={(e) => onChange({ followUpAfterDays: number(e.target.value, settings.followUpAfterDays) })} />
        )}
      </Row>
      <div className="form-row form-row-inline">
        <input id="notify-overdue" type="checkbox" checked={settings.notifyOverdue} onChange={(e) => onChange({ notifyOverdue: e.target.checked })} />
        <label htmlFor="notify-overdue">{t('settings.notifyOverdue')}</label>
      </div>
    </form>
  );
}
