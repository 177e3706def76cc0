import { memoizeText } from './memo';
import { COUNTRY_NAMES } from './country-names.generated';
import { normalizeCountryName } from './country-normalize';
import { toSimplified } from './hanzi';

/**
 * Country names (en, 简体中文, pt, es, ru, fr, de), ISO alpha-2/alpha-3 codes and the
 * seller center's own forms ("UK", "Korea", "Russian Federation") to ISO 3166-1 alpha-2.
 * The table is generated (scripts/gen-country-names.ts) and parsed on first use, so the
 * content script carries ~11 KB gzipped instead of i18n-iso-countries' full data.
 */

/**
 * Korean names of the markets Korean local sellers ship to (the generated table has no Korean;
 * gsp serves Korean sellers in Korean). Folded like the generated names when loaded.
 */
const KOREAN_NAMES: Readonly<Record<string, string>> = {
  대한민국: 'KR', 한국: 'KR', 미국: 'US', 일본: 'JP', 중국: 'CN', 러시아: 'RU', 브라질: 'BR', 스페인: 'ES', 프랑스: 'FR',
  독일: 'DE', 영국: 'GB', 폴란드: 'PL', 멕시코: 'MX', 이탈리아: 'IT', 네덜란드: 'NL', 캐나다: 'CA', 호주: 'AU', 이스라엘: 'IL',
  우크라이나: 'UA', 칠레: 'CL', 사우디아라비아: 'SA', 아랍에미리트: 'AE', 튀르키예: 'TR', 터키: 'TR', 베트남: 'VN', 태국: 'TH',
  인도: 'IN', 인도네시아: 'ID', 필리핀: 'PH', 말레이시아: 'MY', 싱가포르: 'SG', 대만: 'TW', 홍콩: 'HK', 뉴질랜드: 'NZ',
  벨기에: 'BE', 스위스: 'CH', 오스트리아: 'AT', 스웨덴: 'SE', 노르웨이: 'NO', 덴마크: 'DK', 핀란드: 'FI', 포르투갈: 'PT',
  그리스: 'GR', 체코: 'CZ', 헝가리: 'HU', 루마니아: 'RO', 아르헨티나: 'AR', 콜롬비아: 'CO', 페루: 'PE', 카자흐스탄: 'KZ',
  벨라루스: 'BY', 리투아니아: 'LT', 라트비아: 'LV', 에스토니아: 'EE', 아일랜드: 'IE', 남아프리카공화국: 'ZA', 이집트: 'EG', 모로코: 'MA',
};

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
  const byName = new Map<string, string>();
  const alpha2 = new Set<string>();
  const alpha3 = new Map<string, string>();
  for (const entry of COUNTRY_NAMES.split(';')) {
    const code = entry.slice(0, 2);
    const a3 = entry.slice(3, entry.indexOf('='));
    alpha2.add(code);
    if (a3) alpha3.set(a3, code);
    for (const name of entry.slice(entry.indexOf('=') + 1).split('|')) if (name) byName.set(name, code);
  }
  for (const [name, code] of Object.entries(KOREAN_NAMES)) byName.set(normalizeCountryName(name), code);
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
