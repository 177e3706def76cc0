import type { DetainedGoods, GoodsCategory } from './schema';

export interface DetainedGoodsMatch {
  category: GoodsCategory;
  /** The word as it appears in the title (lower case, accents removed), e.g. "wooden". */
  word: string;
  /** The item title it was found in. */
  item: string;
}

const HAN = /\p{Script=Han}/u;

/** Lower case, full-width folded, accents removed: "Hölzerner KAMM" → "holzerner kamm". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "wood*" matches words starting with "wood"; "pena" matches only the word "pena" (not "penal");
 * Chinese words match anywhere, as Chinese is written without spaces.
 */
const PATTERNS = new Map<string, RegExp>();

function wordPattern(word: string): RegExp {
  let pattern = PATTERNS.get(word);
  if (!pattern) {
    pattern = buildPattern(word);
    PATTERNS.set(word, pattern);
  }
  return pattern;
}

function buildPattern(word: string): RegExp {
  const prefix = word.endsWith('*');
  const stem = fold(prefix ? word.slice(0, -1) : word);
  const escaped = escapeRegExp(stem);
  if (HAN.test(stem)) return new RegExp(escaped, 'u');
  const tail = prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, 'u');
}

/** The first match in each category, so the agent sees why the goods were flagged. */
export function findDetainedGoods(itemTitles: readonly string[], lists: readonly DetainedGoods[]): DetainedGoodsMatch[] {
  const matches: DetainedGoodsMatch[] = [];
  const titles = itemTitles.map((title) => ({ title, folded: fold(title) }));
  for (const list of lists) {
    if (matches.some((match) => match.category === list.category)) continue;
    const match = firstMatch(titles, list);
    if (match) matches.push(match);
  }
  return matches;
}

function firstMatch(titles: readonly { title: string; folded: string }[], list: DetainedGoods): DetainedGoodsMatch | null {
  for (const { title, folded } of titles) {
    for (const word of list.words) {
      const found = wordPattern(word).exec(folded);
      if (found) return { category: list.category, word: found[0], item: title.trim() };
    }
  }
  return null;
}
