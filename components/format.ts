import type { Money } from '@/lib/model/snapshot';
import type { UiLanguage } from '@/lib/i18n';

const locale = (language: UiLanguage) => (language === 'zh_CN' ? 'zh-CN' : 'en');

export function formatMoney(money: Money | null | undefined, language: UiLanguage): string | null {
  if (!money) return null;
  try {
    return new Intl.NumberFormat(locale(language), { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    return `${money.currency} ${money.amount.toFixed(2)}`;
  }
}

export function formatCountry(code: string | null | undefined, language: UiLanguage): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([locale(language)], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function formatDateTime(iso: string | null | undefined, language: UiLanguage): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
