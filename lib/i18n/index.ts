import { common } from './strings/common';
import { declaration } from './strings/declaration';
import { options } from './strings/options';
import { queue } from './strings/queue';
import { replies } from './strings/replies';

/**
 * UI strings. Every namespace file exports `{ en, zh_CN }` with the same keys; the
 * compiler rejects a Chinese table that misses an English key. Register new namespaces here.
 */
const NAMESPACES = [common, options, replies, declaration, queue] as const;

export const UI_LANGUAGES = ['en', 'zh_CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

type Union<T> = T extends readonly (infer U)[] ? U : never;
type Namespace = Union<typeof NAMESPACES>;
type KeysOf<N> = N extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Namespace>;

const TABLES: Record<UiLanguage, Map<string, string>> = { en: new Map(), zh_CN: new Map() };
for (const namespace of NAMESPACES) {
  for (const language of UI_LANGUAGES) {
    for (const [key, value] of Object.entries(namespace[language])) TABLES[language].set(key, value);
  }
}

export type MessageParams = Record<string, string | number>;

/** Translate a key; `{name}` placeholders are replaced as plain text. */
export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = TABLES[language].get(key) ?? TABLES.en.get(key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The UI language for a browser locale such as "zh-CN", "zh", "en-US". Chinese variants read 简体中文. */
export function uiLanguageFromLocale(locale: string | undefined | null): UiLanguage {
  return locale?.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function allKeys(language: UiLanguage): string[] {
  return [...TABLES[language].keys()];
}
