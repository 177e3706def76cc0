import { tzOffset } from '@date-fns/tz';
import { parsePageDate, SELLER_CENTER_TIME_ZONE } from '../parse/date';
import { cleanText } from '../parse/text';

/**
 * Chat pages print times the way chat apps do: `10:32` (today), `Yesterday 22:15`, `昨天`,
 * `Ontem`, `星期日`, `10/27`, `5 min ago`, `há 12 min`, with day dividers ("Today", "Oct 15, 2024")
 * above clock-only message times. This file turns them into instants against `now`.
 *
 * Time zone: the project reads every seller-center wall-clock time as US Pacific
 * (see parse/date.ts). The chat app renders message timestamps with the browser's clock, so on
 * a browser in another zone "today" may be off by a day near midnight; one constant to change if
 * the lead decides the chat follows the browser zone.
 */
export const CHAT_TIME_ZONE = SELLER_CENTER_TIME_ZONE;

export interface WallDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

export interface ChatTime {
  /** ISO instant (UTC). */
  iso: string;
  /** The calendar day (chat time zone) the text resolved to: context for clock-only times below it. */
  day: WallDay;
  /** True when the text named a clock time, false for a bare day ("Yesterday", a divider). */
  hasClock: boolean;
}

export interface ChatTimeOptions {
  /** Read `05/06` as day/month (pt, es, ru, fr, de UIs) instead of month/day (en-US, zh). */
  dayFirst?: boolean;
  /** The day a divider above this message named; clock-only times belong to it. */
  contextDay?: WallDay | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Zone offsets change only on quarter hours: one Intl lookup per quarter hour, not per message. */
const QUARTER_HOUR_MS = 900_000;
const offsetByQuarter = new Map<number, number>();

/** Minutes east of UTC in the chat zone at that instant (DST-aware). */
function offsetMinutes(ms: number): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  let offset = offsetByQuarter.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(CHAT_TIME_ZONE, new Date(ms));
    if (offsetByQuarter.size >= 2000) offsetByQuarter.clear();
    offsetByQuarter.set(quarter, offset);
  }
  return offset;
}

export function wallDayOf(now: Date): WallDay {
  const wall = new Date(now.getTime() + offsetMinutes(now.getTime()) * MINUTE_MS);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

function shiftDay(day: WallDay, deltaDays: number): WallDay {
  // Calendar arithmetic in UTC is safe: no DST there.
  const shifted = new Date(Date.UTC(day.year, day.month - 1, day.day) + deltaDays * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function weekdayOf(day: WallDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

function isRealDay({ year, month, day }: WallDay): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A wall-clock time in the chat zone as an ISO instant. */
function toIso(day: WallDay, clock: Clock | null): string {
  const c = clock ?? { hour: 0, minute: 0, second: 0 };
  const asUtc = Date.UTC(day.year, day.month - 1, day.day, c.hour, c.minute, c.second);
  // The offset at the guessed instant; once more if that instant sits across a DST change.
  let instant = asUtc - offsetMinutes(asUtc) * MINUTE_MS;
  const check = asUtc - offsetMinutes(instant) * MINUTE_MS;
  if (check !== instant) instant = check;
  return new Date(instant).toISOString();
}

/** Lower-cased, accents stripped: "Sábado" and "sabado" compare equal. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

// Relative day words in the chat app's UI languages (zh, en, pt, es, ru, fr, de).
const DAY_OFFSET_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/(?<![\p{L}])(?:today|hoje|hoy|сегодня|aujourd'hui|heute)(?![\p{L}])|今天|今日|오늘/u, 0],
  [/(?<![\p{L}])(?:day before yesterday|anteontem|anteayer|позавчера|avant-hier|vorgestern)(?![\p{L}])|前天|그저께|그제/u, -2],
  [/(?<![\p{L}])(?:yesterday|ontem|ayer|вчера|hier|gestern)(?![\p{L}])|昨天|昨日|어제/u, -1],
];

// Weekday names (folded), Sunday = 0. Chat lists show a weekday for the last seven days.
const WEEKDAYS: ReadonlyArray<[RegExp, number]> = [
  [/(?<![\p{L}])(?:sunday|sun|domingo|dom|воскресенье|вс|dimanche|sonntag)(?![\p{L}])|(?:星期|周|週)[日天]|일요일/u, 0],
  [/(?<![\p{L}])(?:monday|mon|segunda(?:-feira)?|seg|lunes|понедельник|пн|lundi|montag)(?![\p{L}])|(?:星期|周|週)一|월요일/u, 1],
  [/(?<![\p{L}])(?:tuesday|tues?|terca(?:-feira)?|ter|martes|вторник|вт|mardi|dienstag)(?![\p{L}])|(?:星期|周|週)二|화요일/u, 2],
  [/(?<![\p{L}])(?:wednesday|wed|quarta(?:-feira)?|qua|miercoles|среда|ср|mercredi|mittwoch)(?![\p{L}])|(?:星期|周|週)三|수요일/u, 3],
  [/(?<![\p{L}])(?:thursday|thu|thurs?|quinta(?:-feira)?|qui|jueves|четверг|чт|jeudi|donnerstag)(?![\p{L}])|(?:星期|周|週)四|목요일/u, 4],
  [/(?<![\p{L}])(?:friday|fri|sexta(?:-feira)?|sex|viernes|пятница|пт|vendredi|freitag)(?![\p{L}])|(?:星期|周|週)五|금요일/u, 5],
  [/(?<![\p{L}])(?:saturday|sat|sabado|sab|суббота|сб|samedi|samstag)(?![\p{L}])|(?:星期|周|週)六|토요일/u, 6],
];

// Month names without a year ("Oct 15", "15 de out."): folded three-letter starts.
const MONTH_STARTS: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, janv: 1, feb: 2, fev: 2, mar: 3, apr: 4, abr: 4, avr: 4, may: 5, mai: 5, jun: 6, jui: 6,
  jul: 7, aug: 8, ago: 8, aou: 8, sep: 9, set: 9, oct: 10, out: 10, okt: 10, nov: 11, dec: 12, dez: 12, dic: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

function monthOf(word: string): number | null {
  const w = fold(word);
  if (w.startsWith('juil')) return 7;
  return MONTH_STARTS[w.slice(0, 3)] ?? null;
}

const CLOCK = /(?<![\d:])(\d{1,2})[:：](\d{2})(?::(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?)?|(上午|下午|오전|오후)\s*(\d{1,2})[:：](\d{2})/i;

function clockOf(text: string): { clock: Clock; rest: string } | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  let hour: number;
  let minute: number;
  let second = 0;
  let meridiem = '';
  if (m[5]) {
    hour = Number(m[6]);
    minute = Number(m[7]);
    meridiem = m[5] === '下午' || m[5] === '오후' ? 'pm' : 'am';
  } else {
    hour = Number(m[1]);
    minute = Number(m[2]);
    second = Number(m[3] ?? 0);
    meridiem = (m[4] ?? '').toLowerCase().replace(/[.\s]/g, '');
  }
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { clock: { hour, minute, second }, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}

// "5 min ago", "2 hours ago", "5分钟前", "há 12 min", "hace 3 horas", "5 мин. назад", "il y a 2 h", "vor 5 Min."
const AGO_MARKER = /(?<![\p{L}])(?:ago|há|ha|hace|atras|назад|il y a|vor)(?![\p{L}])|前|전/u;
const AGO_AMOUNT =
  /(\d+)\s*(秒|分钟|分鐘|小时|小時|天|초|분|시간|일|(?:s|sec|secs|seconds?|segundos?|сек\p{L}*|min|mins|minutes?|minutos?|мин\p{L}*|h|hr|hrs|hours?|horas?|heures?|stunden?|ч|час\p{L}*|d|days?|dias?|jours?|tage?n?|дн\p{L}*|день)(?![\p{L}]))/u;
const JUST_NOW =
  /^(?:just now|now|刚刚|刚才|剛剛|agora(?: mesmo)?|ahora(?: mismo)?|только что|a l'instant|gerade eben|jetzt|방금|방금 전)$/u;

function unitMs(unit: string): number | null {
  if (/^(?:秒|초|s|sec|secs|seconds?|segundos?|сек)/u.test(unit)) return 1000;
  if (/^(?:分|분|min|мин)/u.test(unit)) return MINUTE_MS;
  if (/^(?:小|시간|h|hr|hours?|horas?|heures?|stunde|ч|час)/u.test(unit)) return 60 * MINUTE_MS;
  if (/^(?:天|일|d|days?|dias?|jours?|tag|дн|день)/u.test(unit)) return DAY_MS;
  return null;
}

function agoOf(folded: string, now: Date): string | null {
  if (JUST_NOW.test(folded)) return floorToMinute(now.getTime());
  if (!AGO_MARKER.test(folded)) return null;
  const m = AGO_AMOUNT.exec(folded);
  if (!m?.[1] || !m[2]) return null;
  const unit = unitMs(m[2]);
  if (unit === null) return null;
  // Floored to the minute so repeated reads of "5 min ago" do not look like changes.
  return floorToMinute(now.getTime() - Number(m[1]) * unit);
}

function floorToMinute(ms: number): string {
  return new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString();
}

/** A date in the text without a year: `10/27`, `22/10`, `10-21`, `10月21日`, `Oct 15`, `15 de out.` */
function yearlessDayOf(text: string, today: WallDay, dayFirst: boolean): WallDay | null {
  let month: number | null = null;
  let day: number | null = null;
  const cjk = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(text);
  const numeric = /(?<![\d./:-])(\d{1,2})([./-])(\d{1,2})(?![\d./:-])/.exec(text);
  const monthName = /(?<![\p{L}])(\p{L}{3,})\.?\s+(\d{1,2})(?!\d)/u.exec(text);
  const dayMonthName = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,})/u.exec(text);
  if (cjk) {
    month = Number(cjk[1]);
    day = Number(cjk[2]);
  } else if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    // "-" is the Chinese UI's month-day; a number above 12 can only be the day.
    const dayFirstHere = numeric[2] !== '-' && (a > 12 || (dayFirst && b <= 12));
    month = dayFirstHere ? b : a;
    day = dayFirstHere ? a : b;
  } else if (monthName && monthOf(monthName[1] ?? '')) {
    month = monthOf(monthName[1] ?? '');
    day = Number(monthName[2]);
  } else if (dayMonthName && monthOf(dayMonthName[2] ?? '')) {
    month = monthOf(dayMonthName[2] ?? '');
    day = Number(dayMonthName[1]);
  }
  if (month === null || day === null) return null;
  const candidate = { year: today.year, month, day };
  if (!isRealDay(candidate)) return null;
  // A yearless date after today belongs to last year (a December chat read in January).
  const asNumber = (d: WallDay) => d.year * 10000 + d.month * 100 + d.day;
  return asNumber(candidate) > asNumber(today) ? { ...candidate, year: today.year - 1 } : candidate;
}

// Every relative-day word and weekday in one pattern: most texts asked about are names and
// messages, and one test tells them apart (the ten patterns above run only on a hit).
const ANY_DAY_WORD = new RegExp([...DAY_OFFSET_WORDS, ...WEEKDAYS].map(([pattern]) => `(?:${pattern.source})`).join('|'), 'u');

function hasDayWord(folded: string): boolean {
  return JUST_NOW.test(folded) || ANY_DAY_WORD.test(folded);
}

/** The day named by the text (relative word, weekday, yearless or full date), if any. */
function dayOf(folded: string, raw: string, today: WallDay, dayFirst: boolean): WallDay | null {
  for (const [pattern, offset] of DAY_OFFSET_WORDS) {
    if (pattern.test(folded)) return shiftDay(today, offset);
  }
  const absolute = parsePageDate(raw);
  if (absolute) return wallDayOf(new Date(absolute));
  for (const [pattern, weekday] of WEEKDAYS) {
    if (!pattern.test(folded)) continue;
    // The most recent such day before today (today itself would have shown a clock).
    const back = (weekdayOf(today) - weekday + 7) % 7 || 7;
    return shiftDay(today, -back);
  }
  return yearlessDayOf(folded, today, dayFirst);
}

/**
 * A chat time text as an instant, resolved against `now` in CHAT_TIME_ZONE. Null when the text
 * holds no time at all. A day without a clock ("Yesterday") resolves to the start of that day:
 * the earliest moment it can mean, so a waiting buyer looks late rather than early.
 */
export function resolveChatTime(text: string, now: Date, options: ChatTimeOptions = {}): ChatTime | null {
  const raw = cleanText(text);
  if (!raw || raw.length > 60) return null;
  const folded = fold(raw);
  // Most texts asked about are names and messages: no digit and no day word means no time.
  if (!/\d/.test(raw) && !hasDayWord(folded)) return null;
  const today = wallDayOf(now);

  const ago = agoOf(folded, now);
  if (ago) return { iso: ago, day: wallDayOf(new Date(ago)), hasClock: true };

  const clockHit = clockOf(raw);
  const restRaw = clockHit ? clockHit.rest : raw;
  const day = dayOf(fold(restRaw), restRaw, today, options.dayFirst ?? false);
  if (day) {
    return { iso: toIso(day, clockHit?.clock ?? null), day, hasClock: clockHit !== null };
  }
  if (!clockHit) return null;

  // Clock only: the divider's day, else today; a "today" clock later than now is yesterday's
  // (the page clock and ours disagree near midnight).
  let base = options.contextDay ?? today;
  const iso = toIso(base, clockHit.clock);
  if (!options.contextDay && Date.parse(iso) > now.getTime() + 5 * MINUTE_MS) {
    base = shiftDay(today, -1);
    return { iso: toIso(base, clockHit.clock), day: base, hasClock: true };
  }
  return { iso, day: base, hasClock: true };
}
