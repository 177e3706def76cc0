import type { Money } from '@/lib/model/snapshot';
import { cleanText } from './text';

/**
 * Money as the seller center prints it, in any locale: `US $ 10.00`, `R$ 407,47`,
 * `1 234,50 ₽`, `12,99 zł`, `US$0.01(EUR € 0.01)`, `66.65 USD` ...
 * An amount counts only when a currency marker sits right before or after it
 * (whitespace between is fine): bare numbers are quantities, ids or dates.
 */

// Longest first: the regex alternation takes the first that matches at a position.
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US $', 'USD'], ['US$', 'USD'], ['U$S', 'USD'], ['AU $', 'AUD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA $', 'CAD'], ['CA$', 'CAD'],
  ['C$', 'CAD'], ['MX $', 'MXN'], ['MX$', 'MXN'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['SG$', 'SGD'], ['S$', 'SGD'], ['NT$', 'TWD'],
  ['R$', 'BRL'], ['CL$', 'CLP'], ['COL$', 'COP'], ['CN￥', 'CNY'], ['CN¥', 'CNY'], ['JP¥', 'JPY'], ['JP￥', 'JPY'],
  ['KRW ₩', 'KRW'], ['￥', 'CNY'], ['¥', 'CNY'], ['元', 'CNY'], ['円', 'JPY'], ['€', 'EUR'], ['£', 'GBP'], ['₽', 'RUB'],
  ['руб.', 'RUB'], ['руб', 'RUB'], ['р.', 'RUB'], ['zł', 'PLN'], ['₩', 'KRW'], ['원', 'KRW'], ['Kč', 'CZK'], ['Ft', 'HUF'],
  ['lei', 'RON'], ['₴', 'UAH'], ['грн.', 'UAH'], ['грн', 'UAH'], ['₺', 'TRY'], ['TL', 'TRY'], ['₹', 'INR'], ['₪', 'ILS'],
  ['฿', 'THB'], ['₫', 'VND'], ['₱', 'PHP'], ['RM', 'MYR'], ['Rp', 'IDR'], ['S/', 'PEN'], ['₸', 'KZT'], ['₾', 'GEL'],
  ['₼', 'AZN'], ['₦', 'NGN'], ['$', 'USD'],
];

const CODES = [
  'USD', 'EUR', 'CNY', 'RMB', 'BRL', 'RUB', 'GBP', 'PLN', 'KRW', 'JPY', 'AUD', 'CAD', 'MXN', 'NZD', 'HKD', 'SGD', 'TWD',
  'CHF', 'CZK', 'HUF', 'RON', 'BGN', 'SEK', 'NOK', 'DKK', 'ISK', 'UAH', 'BYN', 'KZT', 'UZS', 'GEL', 'AMD', 'AZN', 'TRY',
  'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'EGP', 'MAD', 'NGN', 'ZAR', 'INR', 'PKR', 'BDT', 'LKR', 'THB', 'VND',
  'PHP', 'MYR', 'IDR', 'CLP', 'COP', 'PEN', 'ARS', 'UYU', 'BOB', 'PYG', 'CRC', 'DOP', 'GTQ', 'RSD', 'MDL',
];

const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

const SYMBOL_TO_CODE = new Map<string, string>(SYMBOLS);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Symbols made of letters must stand alone ("TL" not inside "TOTAL"), symbols like "$" need not.
function symbolPattern(symbol: string): string {
  const escaped = escapeRegExp(symbol).replace(/ /g, '\\s?');
  const startsWithLetter = /^\p{L}/u.test(symbol);
  const endsWithLetter = /\p{L}\.?$/u.test(symbol) && !symbol.endsWith('.');
  return `${startsWithLetter ? '(?<!\\p{L})' : ''}${escaped}${endsWithLetter ? '(?!\\p{L})' : ''}`;
}

const CURRENCY_SOURCE = [
  `(?<!\\p{L})(?:${CODES.join('|')})(?!\\p{L})`,
  ...SYMBOLS.map(([symbol]) => symbolPattern(symbol)),
].join('|');

// A number: digit groups separated by '.' or ',' or (thousands only) a space/apostrophe before exactly 3 digits.
const NUMBER_SOURCE = String.raw`\d+(?:(?:[.,]|[ '’](?=\d{3}(?!\d)))\d+)*`;

const TOKEN = new RegExp(`(${CURRENCY_SOURCE})|([-−]?)(${NUMBER_SOURCE})`, 'gu');

function currencyOf(token: string): string | null {
  const compact = token.replace(/\s+/g, ' ');
  const upper = compact.toUpperCase();
  if (CODES.includes(upper)) return CODE_ALIASES[upper] ?? upper;
  return SYMBOL_TO_CODE.get(compact) ?? SYMBOL_TO_CODE.get(compact.replace(' ', '')) ?? SYMBOL_TO_CODE.get(compact.replace(/(\S)(\$)/, '$1 $2')) ?? null;
}

/**
 * A locale-formatted number as a JS number, deciding which separator is the decimal one:
 * with both '.' and ',' the last is decimal; a single separator followed by exactly three
 * digits groups thousands (`1,234`, `1.234`), otherwise it is decimal (`407,47`, `0.5`).
 */
export function parseLocaleNumber(raw: string): number | null {
  let s = raw.replace(/[\s'’]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const tail = parts[parts.length - 1] ?? '';
    const head = parts[0] ?? '';
    const isGrouping = parts.length > 2 || (tail.length === 3 && head !== '0' && head.length <= 3);
    s = isGrouping ? parts.join('') : `${parts.slice(0, -1).join('')}.${tail}`;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

interface Token {
  kind: 'currency' | 'number';
  start: number;
  end: number;
  currency?: string;
  value?: number;
}

const GAP = /^\s*$/;
// Long digit runs without separators are order ids or tracking numbers, never prices.
const ID_LIKE = /^\d{10,}$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) {
      const currency = currencyOf(m[1]);
      if (currency) tokens.push({ kind: 'currency', start: m.index, end: m.index + m[0].length, currency });
      continue;
    }
    const digits = (m[3] ?? '').trim();
    const before = text[m.index - 1] ?? '';
    // "10-20" is a range and "2024-10-28" a date: a dash after a digit is no minus sign.
    const sign = m[2] && !/\d/.test(before) ? m[2] : '';
    const start = m.index + (m[2] ?? '').length - sign.length;
    const end = m.index + (m[2] ?? '').length + digits.length;
    // Part of a word such as "LP00123CN" or "x2": not an amount. A currency token right before is fine.
    const charBefore = text[start - 1] ?? '';
    const previous = tokens[tokens.length - 1];
    const glued = previous !== undefined && previous.end === start;
    if (/[\p{L}\d]/u.test(charBefore) && !glued) continue;
    if (ID_LIKE.test(digits)) continue;
    const value = parseLocaleNumber(digits);
    if (value === null) continue;
    tokens.push({ kind: 'number', start, end, value: sign ? -value : value });
    // The number regex may have swallowed a trailing space; rewind so the next token is seen.
    TOKEN.lastIndex = end;
  }
  return tokens;
}

function adjacent(text: string, left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right) return false;
  return GAP.test(text.slice(left.end, right.start));
}

/**
 * Pair each number with the currency marker right before or after it. A marker between two
 * numbers goes to the earlier one only when the later one has its own trailing marker
 * (`5,00 € 3,00 €`); otherwise it prefixes the later one (`#123 US $10`).
 */
function pairAmounts(text: string, tokens: Token[]): Money[] {
  const used = new Set<number>();
  const out: Money[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'number' || token.value === undefined) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let currencyIndex = -1;
    let amount = token.value;
    if (prev?.kind === 'currency' && !used.has(i - 1) && adjacent(text, prev, token)) {
      currencyIndex = i - 1;
      // "-US $5.00": the sign sits right before the currency marker (not "US $1 - US $2").
      if (/(?:^|[\s(:])[-−]$/.test(text.slice(Math.max(0, prev.start - 2), prev.start)) && amount > 0) amount = -amount;
    } else if (next?.kind === 'currency' && adjacent(text, token, next)) {
      const after = tokens[i + 2];
      const nextPrefixesAnother = after?.kind === 'number' && adjacent(text, next, after);
      const afterHasOwnSuffix =
        nextPrefixesAnother && tokens[i + 3]?.kind === 'currency' && adjacent(text, after, tokens[i + 3]);
      if (!nextPrefixesAnother || afterHasOwnSuffix) currencyIndex = i + 1;
    }
    const currencyToken = tokens[currencyIndex];
    if (currencyIndex < 0 || !currencyToken?.currency) return;
    used.add(currencyIndex);
    out.push({ amount, currency: currencyToken.currency });
  });
  return out;
}

/** Every amount with a currency in `text`, in reading order. */
export function parseAllMoney(text: string): Money[] {
  const clean = cleanText(text);
  if (!clean || !/\d/.test(clean)) return [];
  return pairAmounts(clean, tokenize(clean));
}

/** The first amount with a currency in `text`, or null. */
export function parseMoney(text: string): Money | null {
  return parseAllMoney(text)[0] ?? null;
}

/**
 * A bare amount without currency (`66.65`, `1 234,50`), for cells whose currency is shown elsewhere.
 * Returns the first number in the text, or null.
 */
export function parseAmount(text: string): number | null {
  const match = new RegExp(`[-−]?${NUMBER_SOURCE}`, 'u').exec(cleanText(text));
  if (!match) return null;
  const negative = /^[-−]/.test(match[0]);
  const value = parseLocaleNumber(match[0].replace(/^[-−]/, '').trim());
  return value === null ? null : negative ? -value : value;
}
