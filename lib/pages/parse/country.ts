import { memoizeText } from './memo';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './country-names.generated';
import { namesFromBrowser } from './country-display-names';
import { normalizeCountryName } from './country-normalize';
import { toSimplified } from './hanzi';

/**
 * Country names (en, 简体中文, pt, es, ru, fr, de, ko), ISO alpha-2/alpha-3 codes and the
 * seller center's own forms ("UK", "Korea", "Russian Federation") to ISO 3166-1 alpha-2.
 * Names come from the browser (Intl.DisplayNames) plus a generated alias table
 * (scripts/gen-country-names.ts), built on first use: the content script carries codes and
 * aliases (~3 KB gzipped), not a name table of every country in every language.
 */

/** Non-ISO codes AliExpress uses in addresses and buyer profiles. */
const ALIEXPRESS_CODES: Readonly<Record<string, string>> = { UK: 'GB', SRB: 'RS', MNE: 'ME', KS: 'XK', EL: 'GR' };

interface CountryTable {
  byName: Map<string, string>;
  alpha2: Set<string>;
  alpha3: Map<string, string>;
  /** Names for the in-text search, longest first so "papua new guinea" beats "guinea". */
  searchable: string[];
}

let table: CountryTable | null = null;

// Han and Hangul (also as the jamo NFD folding leaves): names written without spaces around them ("收货国家巴西", "배송국가미국").
const CJK = /[\u1100-\u11ff\u3400-\u9fff\uac00-\ud7af]/;

function loadTable(): CountryTable {
  if (table) return table;
  const alpha2 = new Set<string>();
  const alpha3 = new Map<string, string>();
  for (const entry of COUNTRY_CODES.split(';')) {
    const [code = '', a3] = entry.split('.');
    alpha2.add(code);
    if (a3) alpha3.set(a3, code);
  }
  const byName = namesFromBrowser([...alpha2]);
  // Aliases win: they settle the names the browser gives to two countries ("congo").
  for (const entry of COUNTRY_ALIASES.split(';')) {
    const code = entry.slice(0, 2);
    for (const name of entry.slice(3).split('|')) if (name) byName.set(name, code);
  }
  // Short Latin names ("us", "uk", "usa") only count as the whole text, never inside a sentence.
  const searchable = [...byName.keys()].filter((n) => (CJK.test(n) ? n.length >= 2 : n.length >= 4));
  searchable.sort((a, b) => b.length - a.length);
  table = { byName, alpha2, alpha3, searchable };
  return table;
}

function fromCode(raw: string, t: CountryTable): string | null {
  const upper = raw.toUpperCase();
  if (ALIEXPRESS_CODES[upper]) return ALIEXPRESS_CODES[upper];
  if (upper.length === 2 && t.alpha2.has(upper)) return upper;
  if (upper.length === 3) return t.alpha3.get(upper) ?? null;
  return null;
}

function isWordAt(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before === undefined || before === ' ') && (after === undefined || after === ' ');
}

/**
 * ISO 3166-1 alpha-2 for a country name or code, tolerant of case, accents and surrounding
 * text ("Brazil (BR)", "Ship to: Россия", "收货国家：巴西"). Null when no country is recognised.
 */
function toCountryCodeUncached(text: string): string | null {
  if (!text) return null;
  // Traditional characters in simplified form: the table holds 简体 names ("台灣" is "台湾").
  const raw = toSimplified(text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '').trim());
  if (!raw || raw.length > 300) return null;
  const t = loadTable();

  // A bare code: "BR", "us", "UK", "RUS".
  if (/^[A-Za-z]{2,3}$/.test(raw)) {
    const code = fromCode(raw, t);
    if (code) return code;
  }

  const whole = normalizeCountryName(raw);
  if (!whole) return null;
  const direct = t.byName.get(whole);
  if (direct) return direct;

  // Parts around brackets and separators: "Brazil (BR)", "BR - Brasil", "Страна: Россия".
  for (const part of raw.split(/[()[\]{},;:：|/\\–—-]+/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const byName = t.byName.get(normalizeCountryName(trimmed));
    if (byName) return byName;
  }
  const parenCode = /\(\s*([A-Za-z]{2,3})\s*\)/.exec(raw);
  if (parenCode?.[1]) {
    const code = fromCode(parenCode[1], t);
    if (code) return code;
  }

  // A name inside a longer text, as a whole word (CJK names have no word spaces).
  for (const name of t.searchable) {
    const at = whole.indexOf(name);
    if (at < 0) continue;
    if (CJK.test(name) || isWordAt(whole, at, at + name.length)) return t.byName.get(name) ?? null;
  }
  return null;
}

export const toCountryCode = memoizeText(toCountryCodeUncached);
