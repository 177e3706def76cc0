import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams, type UiLanguage } from '@/lib/i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  language: 'en',
  t: (key, params) => translate('en', key, params),
});

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo<I18nValue>(
    () => ({ language, t: (key, params) => translate(language, key, params) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
