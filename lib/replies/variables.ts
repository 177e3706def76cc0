/**
 * Template variable values from what the page showed and the agent's settings, formatted
 * the way a buyer reading in `lang` expects (dates, money, lists).
 * A value that is unknown or would read badly is null, so the renderer reports it as
 * missing instead of sending a reply with a hole or a wrong guess.
 */
import type { DisputeSnapshot, OrderSnapshot, ThreadSnapshot } from '@/lib/model/snapshot';
import type { ReplyLanguage, TemplateVariable } from './scenarios';

export interface VariableContext {
  order?: OrderSnapshot | null;
  dispute?: DisputeSnapshot | null;
  thread?: ThreadSnapshot | null;
}

export interface VariableSettings {
  storeName: string;
  signature: string;
  deliveryDays?: string;
  /** IANA zone used to show deadlines; the buyer's own zone is unknown, so UTC by default. */
  timeZone?: string;
}

export type VariableValues = Record<TemplateVariable, string | null>;

/** Titles on AliExpress are keyword lists; a reply only needs enough to recognise the item. */
export const MAX_TITLE_LENGTH = 40;
const MAX_LISTED_ITEMS = 3;

const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sr', 'sra', 'srta', 'mme', 'm', 'herr', 'frau', 'pan', 'pani']);
const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;
const LETTERS = /\p{L}/gu;
const NOT_A_NAME = /[\d@]/u;
const WHITESPACE = /\s+/u;
const ALL_WHITESPACE = /\s+/gu;
const TRAILING_SEPARATORS = /[\s,;:.\-–/|]+$/u;

function capitalizeWord(word: string, locale: string): string {
  return word
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase(locale) + part.slice(1).toLocaleLowerCase(locale))
    .join('-');
}

/**
 * "IVAN PETROV" → "Ivan"; "maria" → "Maria"; "J. Smith" → null (an initial reads oddly after
 * "Hi"); "a***a" → null (the platform masked it).
 */
export function buyerFirstName(name: string | null | undefined, locale = 'en'): string | null {
  if (!name || name.includes('*')) return null;
  const parts = name.trim().split(WHITESPACE);
  let first = parts.shift();
  if (first !== undefined && HONORIFICS.has(first.replace(EDGE_NON_LETTERS, '').toLowerCase()) && parts.length > 0) {
    first = parts.shift();
  }
  if (first === undefined) return null;
  const word = first.replace(EDGE_NON_LETTERS, '');
  if (NOT_A_NAME.test(first) || (word.match(LETTERS)?.length ?? 0) < 2) return null;
  // Names typed all in capitals or all in lower case get a normal capital; "McKenzie" stays.
  const uniformCase = word === word.toLocaleUpperCase(locale) || word === word.toLocaleLowerCase(locale);
  return uniformCase ? capitalizeWord(word, locale) : word;
}

export function shortenTitle(title: string, max = MAX_TITLE_LENGTH): string {
  const clean = title.replace(ALL_WHITESPACE, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that would leave almost nothing.
  const head = lastSpace >= max / 2 ? cut.slice(0, lastSpace) : clean.slice(0, max);
  return `${head.replace(TRAILING_SEPARATORS, '')}…`;
}

/** The language, with the destination country as region when known (pt-BR vs pt-PT dates). */
export function localeFor(lang: ReplyLanguage, country: string | null | undefined): string {
  if (country && /^[A-Z]{2}$/.test(country)) {
    try {
      const [locale] = Intl.getCanonicalLocales(`${lang}-${country}`);
      if (locale) return locale;
    } catch {
      // fall through to the bare language
    }
  }
  return lang;
}

/**
 * Intl formatters cost far more to build than to use; the panel re-renders often, so each
 * distinct (kind, locale, options) is built once. The set of keys is small and bounded.
 */
const formatterCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, build: () => T): T {
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = build();
    formatterCache.set(key, formatter);
  }
  return formatter as T;
}

function itemsText(order: OrderSnapshot, locale: string): string | null {
  const described = order.items
    .filter((item) => item.title.trim() !== '')
    .map((item) => {
      const title = shortenTitle(item.title);
      return item.quantity !== null && item.quantity > 1 ? `${title} ×${item.quantity}` : title;
    });
  if (described.length === 0) return null;
  const shown = described.length > MAX_LISTED_ITEMS ? described.slice(0, MAX_LISTED_ITEMS - 1) : described;
  const rest = described.length - shown.length;
  const list = rest > 0 ? shown.join(', ') : cached(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(shown);
  return rest > 0 ? `${list} (+${rest})` : list;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function formatDeadline(iso: string, locale: string, timeZone = 'UTC'): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return cached(`date|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone })).format(date);
  } catch {
    return cached(`date|${locale}|UTC`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).format(date);
  }
}

function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

export function trackingUrl(trackingNumber: string): string {
  return `https://t.17track.net/en#nums=${encodeURIComponent(trackingNumber.replace(ALL_WHITESPACE, ''))}`;
}

export function buildVariables(
  ctx: VariableContext,
  settings: VariableSettings,
  lang: ReplyLanguage,
  now: Date,
): VariableValues {
  const { order = null, dispute = null, thread = null } = ctx;
  const locale = localeFor(lang, order?.country ?? dispute?.country ?? thread?.country ?? null);

  // The first name that is shown unmasked anywhere wins: lists often mask what a detail page shows.
  let firstName: string | null = null;
  for (const name of [order?.buyerName, dispute?.buyerName, thread?.buyerName]) {
    firstName = buyerFirstName(name, locale);
    if (firstName) break;
  }

  const tracking = trimmed(order?.trackingNumber);

  let refundAmount: string | null = null;
  const plan = dispute?.buyerPlan;
  if (plan && plan.amount !== null) {
    const currency = plan.currency ?? order?.total?.currency ?? null;
    if (currency) refundAmount = formatMoney(plan.amount, currency, locale);
  }

  // A deadline already past is no use in a message to the buyer.
  const deadline = dispute?.deadline && new Date(dispute.deadline).getTime() > now.getTime()
    ? formatDeadline(dispute.deadline, locale, settings.timeZone)
    : null;

  const storeName = trimmed(settings.storeName);
  return {
    buyerFirstName: firstName,
    orderId: order?.orderId ?? dispute?.orderId ?? thread?.orderId ?? null,
    items: order ? itemsText(order, locale) : null,
    carrier: trimmed(order?.carrier),
    trackingNumber: tracking,
    trackingUrl: tracking ? trackingUrl(tracking) : null,
    deliveryDays: trimmed(settings.deliveryDays),
    disputeDeadline: deadline,
    refundAmount,
    storeName,
    signature: trimmed(settings.signature) ?? storeName,
  };
}
