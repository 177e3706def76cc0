import { formatDuration, intervalToDuration } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import type { UiLanguage } from '@/lib/i18n';

const LOCALES = { en: enUS, zh_CN: zhCN } as const;

/**
 * A span of time for a person: the two largest units ("2 days 3 hours", "4 小时 12 分钟");
 * seconds only in the last minutes of a countdown.
 */
export function formatSpan(ms: number, language: UiLanguage, withSeconds = false): string {
  const abs = Math.abs(ms);
  const duration = intervalToDuration({ start: 0, end: abs });
  const units = (['years', 'months', 'days', 'hours', 'minutes', 'seconds'] as const).filter(
    (unit) => (duration[unit] ?? 0) > 0 && (unit !== 'seconds' || withSeconds || abs < 60_000),
  );
  const shown = units.slice(0, withSeconds && abs < 3_600_000 ? 3 : 2);
  if (shown.length === 0) return formatDuration({ minutes: 0 }, { locale: LOCALES[language], format: ['minutes'], zero: true });
  return formatDuration(duration, { locale: LOCALES[language], format: [...shown] });
}

/** Time since an instant. */
export function formatAge(sinceIso: string, now: Date, language: UiLanguage): string {
  return formatSpan(now.getTime() - Date.parse(sinceIso), language);
}
