import { memoizeText } from './memo';
import { TZDate } from '@date-fns/tz';
import { cleanText } from './text';

/**
 * Dates and times as seller-center pages print them, to an ISO instant (UTC).
 * The seller center shows US Pacific time (America/Los_Angeles, DST-aware; its API says
 * "_timezone:-8" and ERPs convert from PST/PDT) unless the text names a zone or offset.
 *
 * Day/month order for numeric dates with the year last (`05/06/2024`, `28.10.2024`):
 * a first number above 12 is the day, a second number above 12 is the day (US `10/28/2024`),
 * and when both are <= 12 we read DAY first: the pt/es/ru/fr UIs write dd/mm/yyyy, while the
 * English and Chinese UIs use `yyyy-mm-dd` or month names, so an ambiguous slash date is far
 * more likely European than American here.
 */

export const SELLER_CENTER_TIME_ZONE = 'America/Los_Angeles';

const MINUTE_MS = 60_000;

// Month names by their accent-stripped, lower-cased start. Four-letter keys are checked first
// (French "juin"/"juil"); then three letters cover en/pt/es/fr/de/ru abbreviations and full names.
const MONTHS: Readonly<Record<string, number>> = {
  juin: 6, juil: 7, janv: 1, fevr: 2, 'мая': 5, 'май': 5,
  jan: 1, ene: 1, gen: 1, feb: 2, fev: 2, mar: 3, apr: 4, abr: 4, avr: 4, may: 5, mai: 5, jun: 6, jul: 7, aug: 8, ago: 8,
  aou: 8, sep: 9, set: 9, oct: 10, out: 10, okt: 10, nov: 11, dec: 12, dez: 12, dic: 12,
  'янв': 1, 'фев': 2, 'мар': 3, 'апр': 4, 'июн': 6, 'июл': 7, 'авг': 8, 'сен': 9, 'окт': 10, 'ноя': 11, 'дек': 12,
};

function monthFromWord(word: string): number | null {
  const w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (w.length < 3) return null;
  return MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)] ?? null;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Offset in minutes east of UTC, or 'pacific' for the seller-center default zone. */
type Zone = number | 'pacific';

const NAMED_ZONES: Readonly<Record<string, Zone>> = {
  PST: -8 * 60, PDT: -7 * 60, PT: 'pacific', MST: -7 * 60, MDT: -6 * 60, CDT: -5 * 60, EST: -5 * 60, EDT: -4 * 60,
  UTC: 0, GMT: 0, Z: 0, MSK: 3 * 60, BRT: -3 * 60, CET: 60, CEST: 2 * 60, BST: 60, WET: 0, WEST: 60, HKT: 8 * 60,
};

const GMT_OFFSET = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i;
const NAMED_ZONE = /(?<![\p{L}])(PST|PDT|PT|MST|MDT|CDT|EST|EDT|UTC|GMT|MSK|BRT|CET|CEST|BST|WET|WEST|HKT)(?![\p{L}])/u;
const PACIFIC_WORDS = /pacific|america\/los_angeles|太平洋/i;
const BEIJING_WORDS = /北京时间|beijing time|china standard time|asia\/shanghai/i;
// A numeric offset or Z directly after a time: "04:23:19-0700", "04:23:19.000+08:00", "04:23:19Z".
const TIME_OFFSET = /\d:\d{2}(?::\d{2}(?:[.,]\d{1,3})?)?\s?(?:(Z)(?![\p{L}])|([+-])(\d{2}):?(\d{2})(?!\d))/u;

function detectZone(text: string): Zone {
  const afterTime = TIME_OFFSET.exec(text);
  if (afterTime) {
    if (afterTime[1]) return 0;
    const sign = afterTime[2] === '-' ? -1 : 1;
    return sign * (Number(afterTime[3]) * 60 + Number(afterTime[4]));
  }
  const gmt = GMT_OFFSET.exec(text);
  if (gmt) {
    const sign = gmt[1] === '+' ? 1 : -1;
    return sign * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0));
  }
  if (BEIJING_WORDS.test(text)) return 8 * 60;
  const named = NAMED_ZONE.exec(text);
  if (named?.[1]) return NAMED_ZONES[named[1]] ?? 'pacific';
  if (PACIFIC_WORDS.test(text)) return 'pacific';
  return 'pacific';
}

const TIME = /(?<![\d:])(\d{1,2})\s*[:时時]\s*(\d{2})(?:\s*[:分]\s*(\d{2})(?:[.,](\d{1,3}))?)?\s*(?:秒)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|上午|下午)?(?![\d])/i;

function timeOf(text: string): Pick<Parts, 'hour' | 'minute' | 'second' | 'ms'> | null {
  const m = TIME.exec(text);
  if (!m) return { hour: 0, minute: 0, second: 0, ms: 0 };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const ms = Number((m[4] ?? '0').padEnd(3, '0'));
  // Chinese puts the half-day before the time: "下午4:23".
  const before = /(上午|下午|晚上|凌晨)\s*$/.exec(text.slice(0, m.index))?.[1] ?? '';
  const meridiem = (m[5] ?? before).toLowerCase().replace(/[.\s]/g, '');
  if (meridiem === 'pm' || meridiem === '下午' || meridiem === '晚上') {
    if (hour < 12) hour += 12;
  } else if ((meridiem === 'am' || meridiem === '上午' || meridiem === '凌晨') && hour === 12) {
    hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, ms };
}

type DateParts = Pick<Parts, 'year' | 'month' | 'day'>;

const LEGACY_COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-]\d{4})?$/;
const YEAR_FIRST = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
const YEAR_LAST = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const DAY_MONTH_NAME_YEAR = /(?<!\d)(\d{1,2})\.?\s*(?:de\s+)?(\p{L}{3,})\.?,?\s*(?:de\s+)?(\d{4})(?!\d)/u;
const MONTH_NAME_DAY_YEAR = /(?<!\p{L})(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;

/** The calendar date in the text and the text that is left for the time. */
function dateOf(text: string): { date: DateParts; rest: string } | null {
  const take = (m: RegExpExecArray, date: DateParts) => ({ date, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) });

  const ymd = YEAR_FIRST.exec(text);
  if (ymd) return take(ymd, { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) });

  const dmy = YEAR_LAST.exec(text);
  if (dmy) {
    const first = Number(dmy[1]);
    const second = Number(dmy[3]);
    // See the file comment: day first unless the second number can only be a day.
    const monthFirst = second > 12 && first <= 12;
    return take(dmy, { year: Number(dmy[4]), month: monthFirst ? first : second, day: monthFirst ? second : first });
  }

  const dmy2 = DAY_MONTH_NAME_YEAR.exec(text);
  const dmyMonth = dmy2?.[2] ? monthFromWord(dmy2[2]) : null;
  if (dmy2 && dmyMonth) return take(dmy2, { year: Number(dmy2[3]), month: dmyMonth, day: Number(dmy2[1]) });

  const mdy = MONTH_NAME_DAY_YEAR.exec(text);
  const mdyMonth = mdy?.[1] ? monthFromWord(mdy[1]) : null;
  if (mdy && mdyMonth) return take(mdy, { year: Number(mdy[3]), month: mdyMonth, day: Number(mdy[2]) });

  return null;
}

function isRealDate({ year, month, day }: DateParts): boolean {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function toInstant(p: Parts, zone: Zone): string | null {
  let time: number;
  if (zone === 'pacific') {
    time = new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms, SELLER_CENTER_TIME_ZONE).getTime();
  } else {
    time = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - zone * MINUTE_MS;
  }
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function parseLegacyCompact(text: string): string | null {
  const m = LEGACY_COMPACT.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const parts: Parts = {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]), ms: Number(m[7] ?? 0),
  };
  if (!isRealDate(parts) || parts.hour > 23 || parts.minute > 59 || parts.second > 59) return null;
  const offset = m[8];
  const zone: Zone = offset
    ? (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)))
    : 'pacific';
  return toInstant(parts, zone);
}

/**
 * A page date/time as an ISO instant (UTC), or null when the text holds no date.
 * A date without a time means midnight (seller-center time).
 */
function parsePageDateUncached(text: string): string | null {
  // Unicode minus to ASCII; "1º de outubro" to "1 de outubro".
  const clean = cleanText(text).replace(/−/g, '-').replace(/(\d)\s*[ºª°]/g, '$1');
  if (!clean || !/\d/.test(clean)) return null;

  const legacy = parseLegacyCompact(clean);
  if (legacy) return legacy;

  const found = dateOf(clean);
  if (!found || !isRealDate(found.date)) return null;
  const time = timeOf(found.rest);
  if (!time) return null;
  return toInstant({ ...found.date, ...time }, detectZone(clean));
}

export const parsePageDate = memoizeText(parsePageDateUncached);
