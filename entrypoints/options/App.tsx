import { useState, type ReactNode } from 'react';
import { CustomsSettings } from '@/components/declaration/CustomsSettings';
import { I18nProvider, useI18n } from '@/components/i18n';
import { SettingsForm } from '@/components/options/SettingsForm';
import { DataSection } from '@/components/options/DataPanel';
import { saveSettingsWithPermissions } from '@/components/queue/notifications';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { saveSettings } from '@/lib/settings/storage';
import type { MessageKey } from '@/lib/i18n';
import { resolveUiLanguage, useSettings, useThemeAttribute } from '../sidepanel/hooks';

type Section = 'settings' | 'templates' | 'rules' | 'data';
const SECTIONS: readonly { id: Section; label: MessageKey }[] = [
  { id: 'settings', label: 'options.nav.settings' },
  { id: 'templates', label: 'options.nav.templates' },
  { id: 'rules', label: 'options.nav.rules' },
  { id: 'data', label: 'options.nav.data' },
];

export function App() {
  const settings = useSettings();
  useThemeAttribute(settings.theme);
  return (
    <I18nProvider language={resolveUiLanguage(settings)}>
      <Options />
    </I18nProvider>
  );
}

function Options() {
  const { t } = useI18n();
  const settings = useSettings();
  const initial = (location.hash.slice(1) as Section) || 'settings';
  const [section, setSection] = useState<Section>(SECTIONS.some((s) => s.id === initial) ? initial : 'settings');
  const views: Record<Section, ReactNode> = {
    settings: <SettingsForm settings={settings} onChange={(patch) => void saveSettingsWithPermissions(patch, saveSettings)} />,
    templates: <TemplateManager settings={settings} />,
    rules: <CustomsSettings />,
    data: <DataSection />,
  };
  return (
    <div className="options">
      <header className="panel-header">
        <div className="brand">
          <img src="/icons/32.png" alt="" width={20} height={20} />
          <h1 className="brand-name">{t('options.title')}</h1>
        </div>
      </header>
      <div className="options-layout">
        <nav aria-label={t('options.title')} className="options-nav">
          {SECTIONS.map((item) => (
            <a
              key={item.id}
              href={`#${item.id}`}
              aria-current={section === item.id ? 'page' : undefined}
              onClick={() => setSection(item.id)}
            >
              {t(item.label)}
            </a>
          ))}
        </nav>
        <main className="options-main">{views[section]}</main>
      </div>
    </div>
  );
}
