/** Durations for people, in the UI language (date-fns locales). Pure: used by the panel and the worker's notifications. */
import { formatDuration, intervalToDuration } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { UiLanguage } from '../i18n';

const LOCALES = { en: enUS, zh_CN: zhCN } as const;

const UNITS = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'] as const;

/**
 * A span of time for a person: the largest unit and the one below it ("2 days 3 hours",
 * "4 小时 12 分钟"); seconds only under a minute, or in a countdown's last hour (`withSeconds`).
 */
export function formatSpan(ms: number, language: UiLanguage, withSeconds = false): string {
  const abs = Math.abs(ms);
  const duration = intervalToDuration({ start: 0, end: abs });
  const first = UNITS.findIndex((unit) => (duration[unit] ?? 0) > 0);
  const shown = first < 0 ? [] : UNITS.slice(first, first + 2).filter(
    (unit) => (duration[unit] ?? 0) > 0 && (unit !== 'seconds' || withSeconds || abs < 60_000),
  );
  if (shown.length === 0) return formatDuration({ minutes: 0 }, { locale: LOCALES[language], format: ['minutes'], zero: true });
  return formatDuration(duration, { locale: LOCALES[language], format: shown });
}

/** Time since an instant. */
export function formatAge(sinceIso: string, now: Date, language: UiLanguage): string {
  return formatSpan(now.getTime() - Date.parse(sinceIso), language);
}
