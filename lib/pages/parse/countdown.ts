import { cleanText } from './text';

/**
 * Countdowns as the seller center shows them ("Respond within 4 days 9:31:06",
 * "剩余 1天 05:12:33", "Осталось 2 дня 03:04:05", "5d 3h 2m 1s" ...).
 * The remaining time is the sum of every number-with-unit plus one h:mm:ss clock,
 * in whatever order they appear (a legacy English page says "9:31:6 of 4 days").
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

// Longest forms first: the alternation takes the first that matches.
const UNITS: ReadonlyArray<readonly [string, number]> = [
  // weeks
  ['weeks?', WEEK], ['wks?', WEEK], ['semanas?', WEEK], ['недел[ьяию]', WEEK], ['нед\\.?', WEEK], ['星期', WEEK], ['周', WEEK],
  // days
  ['days?', DAY], ['dias?', DAY], ['días?', DAY], ['jours?', DAY], ['tage?n?', DAY], ['дн(?:я|ей|ь)', DAY], ['день', DAY],
  ['дн\\.?', DAY], ['д\\.?', DAY], ['天', DAY], ['日', DAY], ['일', DAY], ['d', DAY],
  // hours
  ['hours?', HOUR], ['hrs?', HOUR], ['horas?', HOUR], ['heures?', HOUR], ['stunden?', HOUR], ['hs', HOUR],
  ['час(?:а|ов)?', HOUR], ['ч\\.?', HOUR], ['小时', HOUR], ['小時', HOUR], ['時間', HOUR], ['时', HOUR], ['時', HOUR], ['시간', HOUR],
  ['h', HOUR],
  // minutes
  ['minutes?', MINUTE], ['minutos?', MINUTE], ['minuten?', MINUTE], ['mins?', MINUTE], ['мин(?:ута|уты|ут)?\\.?', MINUTE],
  ['分钟', MINUTE], ['分鐘', MINUTE], ['分', MINUTE], ['분', MINUTE], ['m', MINUTE],
  // seconds
  ['seconds?', SECOND], ['secs?', SECOND], ['segundos?', SECOND], ['secondes?', SECOND], ['sekunden?', SECOND],
  ['сек(?:унда|унды|унд)?\\.?', SECOND], ['с\\.?', SECOND], ['秒钟', SECOND], ['秒', SECOND], ['초', SECOND], ['s', SECOND],
];

const UNIT_SOURCE = UNITS.map(([pattern]) => `(${pattern})`).join('|');
// Latin/Cyrillic units must end their word ("5 months" is no minutes); CJK units need no boundary.
const WORD_END = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}])';
const DAY_COUNT = new RegExp(`\\d\\s*(?:${UNITS.filter(([, ms]) => ms === DAY).map(([p]) => p).join('|')})${WORD_END}`, 'iu');
const AMOUNT_WITH_UNIT = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(?:${UNIT_SOURCE})${WORD_END}`, 'giu');
const CLOCK = /(?<![\d:])(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?(?![\d:])/;
// A calendar date means an absolute time, not a countdown (parsePageDate handles those).
const CALENDAR_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** Remaining duration in milliseconds, or null when the text holds no countdown. */
export function parseCountdownMs(text: string): number | null {
  // Some deploys put each clock digit group in its own span: "03 : 04 : 05".
  const clean = cleanText(text).replace(/(\d)\s*:\s*(?=\d)/g, '$1:');
  if (!clean || !/\d/.test(clean) || CALENDAR_DATE.test(clean)) return null;

  let total = 0;
  let found = false;
  let rest = clean;

  const clock = CLOCK.exec(rest);
  if (clock) {
    const [whole, a, b, c] = clock;
    const hasSeconds = c !== undefined;
    // "12:00" alone reads as a time of day; only h:mm:ss (or h:mm next to a day count) is a countdown.
    const hasDays = DAY_COUNT.test(rest.replace(whole, ' '));
    if (hasSeconds || hasDays) {
      total += Number(a) * HOUR + Number(b) * MINUTE + (hasSeconds ? Number(c) * SECOND : 0);
      found = true;
      rest = rest.replace(whole, ' ');
    }
  }

  AMOUNT_WITH_UNIT.lastIndex = 0;
  for (let m = AMOUNT_WITH_UNIT.exec(rest); m; m = AMOUNT_WITH_UNIT.exec(rest)) {
    const value = Number((m[1] ?? '0').replace(',', '.'));
    const unitIndex = m.slice(2).findIndex((group) => group !== undefined);
    const unit = UNITS[unitIndex];
    if (!unit || !Number.isFinite(value)) continue;
    total += value * unit[1];
    found = true;
  }

  return found ? Math.round(total) : null;
}

/** The absolute instant a countdown ends (ISO, UTC), counted from the moment of reading. */
export function deadlineFromCountdown(text: string, now: Date): string | null {
  const ms = parseCountdownMs(text);
  if (ms === null || Number.isNaN(now.getTime())) return null;
  return new Date(now.getTime() + ms).toISOString();
}
