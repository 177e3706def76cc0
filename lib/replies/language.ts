/**
 * Which language to answer a buyer in: the language of their message when it can be told
 * reliably, else the destination country's, else English.
 */
import { francAll } from 'franc-min';
import type { ReplyLanguage } from './scenarios';

const ISO3_TO_REPLY: Readonly<Record<string, ReplyLanguage>> = {
  eng: 'en',
  rus: 'ru',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  pol: 'pl',
};
const FRANC_ONLY = Object.keys(ISO3_TO_REPLY);

/** Below this many letters trigram statistics are guesswork ("ok", "hello?"). */
const MIN_LETTERS = 10;

const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Short buyer messages confuse trigram models between close languages (Spanish and
 * Portuguese above all). Distinctive function words and letters settle it; each hit adds to
 * franc's 0..1 score for that language.
 */
const MARKER_WORDS: Readonly<Record<ReplyLanguage, readonly string[]>> = {
  en: ['the', 'my', 'is', 'it', 'you', 'and', 'not', 'please', 'where', 'when', 'have', 'was', 'with', 'this', 'what', 'why', 'i', 'received', 'order', 'hello', 'hi'],
  ru: [],
  es: ['el', 'los', 'las', 'mi', 'mis', 'es', 'esta', 'pero', 'hola', 'gracias', 'quiero', 'porque', 'cuando', 'donde', 'todavia', 'aun', 'llegado', 'recibido', 'pedido', 'y', 'ya', 'muy', 'usted', 'ustedes', 'hasta', 'tengo', 'puedo', 'puede', 'cancelar', 'paquete', 'llego', 'llega', 'hay', 'necesito', 'recibi', 'del', 'lo', 'su'],
  pt: ['o', 'os', 'as', 'meu', 'minha', 'nao', 'voce', 'voces', 'ola', 'obrigado', 'obrigada', 'quero', 'porque', 'quando', 'onde', 'ainda', 'chegou', 'recebi', 'pedido', 'e', 'ja', 'muito', 'ate', 'tenho', 'posso', 'pode', 'encomenda', 'produto', 'cade', 'um', 'uma', 'do', 'da', 'na', 'com'],
  fr: ['le', 'la', 'les', 'mon', 'ma', 'mes', 'est', 'je', 'vous', 'pas', 'bonjour', 'merci', 'colis', 'commande', 'quand', 'ou', 'toujours', 'recu', 'et', 'une', 'un', 'avec', 'pour', 'ne', 'il', 'ai', 'du', 'des'],
  de: ['der', 'die', 'das', 'mein', 'meine', 'ist', 'ich', 'nicht', 'hallo', 'danke', 'paket', 'bestellung', 'wann', 'wo', 'noch', 'und', 'ein', 'eine', 'mit', 'sie', 'habe', 'bitte', 'kein', 'keine'],
  pl: ['moja', 'moje', 'jest', 'nie', 'dzien', 'dobry', 'dziekuje', 'paczka', 'paczki', 'zamowienie', 'kiedy', 'gdzie', 'jeszcze', 'i', 'czy', 'mam', 'prosze', 'juz', 'sie', 'z', 'na', 'to'],
};
const MARKER_SETS: ReadonlyArray<[ReplyLanguage, ReadonlySet<string>]> = (
  Object.keys(MARKER_WORDS) as ReplyLanguage[]
).map((language) => [language, new Set(MARKER_WORDS[language])]);

const MARKER_LETTERS: ReadonlyArray<[RegExp, ReplyLanguage, number]> = [
  [/[ñ¿¡]/u, 'es', 0.35],
  [/[ãõ]/u, 'pt', 0.35],
  [/ç/u, 'pt', 0.05],
  [/ç/u, 'fr', 0.05],
  [/[èêëœùûî]/u, 'fr', 0.2],
  [/[ßäöü]/u, 'de', 0.35],
  [/[łąęśźżćń]/u, 'pl', 0.45],
];

const WORD_WEIGHT = 0.12;
const DIACRITICS = /\p{M}/gu;
const WORDS = /[\p{L}]+/gu;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

export function detectLanguage(text: string): ReplyLanguage | null {
  const letters = countMatches(text, LETTER);
  if (letters < MIN_LETTERS) return null;
  // Cyrillic is unambiguous among our languages (Ukrainian and Belarusian buyers read Russian replies too).
  const cyrillic = countMatches(text, CYRILLIC);
  if (cyrillic / letters > 0.5) return 'ru';
  const latin = countMatches(text, LATIN);
  if (latin / letters < 0.5) return null; // Chinese, Arabic, ...: none of our reply languages

  const lower = text.toLowerCase();
  const scores = new Map<ReplyLanguage, number>();
  for (const [code, distance] of francAll(lower, { only: FRANC_ONLY, minLength: 1 })) {
    const language = ISO3_TO_REPLY[code];
    if (language) scores.set(language, distance);
  }
  if (scores.size === 0) return null;

  const plain = lower.normalize('NFD').replace(DIACRITICS, '');
  for (const word of plain.match(WORDS) ?? []) {
    for (const [language, set] of MARKER_SETS) {
      if (set.has(word)) scores.set(language, (scores.get(language) ?? 0) + WORD_WEIGHT);
    }
  }
  for (const [pattern, language, weight] of MARKER_LETTERS) {
    if (pattern.test(lower)) scores.set(language, (scores.get(language) ?? 0) + weight);
  }

  let best: ReplyLanguage | null = null;
  let bestScore = -Infinity;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

const COUNTRY_LANGUAGE: Readonly<Record<string, ReplyLanguage>> = {
  // Russian is the lingua franca for buyers across these.
  RU: 'ru', BY: 'ru', KZ: 'ru', UA: 'ru', KG: 'ru',
  ES: 'es', MX: 'es', AR: 'es', CO: 'es', CL: 'es', PE: 'es', VE: 'es', EC: 'es', GT: 'es', CU: 'es',
  BO: 'es', DO: 'es', HN: 'es', PY: 'es', SV: 'es', NI: 'es', CR: 'es', PA: 'es', UY: 'es', PR: 'es',
  BR: 'pt', PT: 'pt', AO: 'pt', MZ: 'pt', CV: 'pt',
  FR: 'fr', BE: 'fr', LU: 'fr', MC: 'fr', SN: 'fr', CI: 'fr', CM: 'fr', ML: 'fr', BF: 'fr', NE: 'fr',
  TG: 'fr', BJ: 'fr', GN: 'fr', MG: 'fr', HT: 'fr', RE: 'fr', GP: 'fr', MQ: 'fr', GF: 'fr', YT: 'fr',
  PF: 'fr', NC: 'fr', MA: 'fr', DZ: 'fr', TN: 'fr',
  DE: 'de', AT: 'de', CH: 'de', LI: 'de',
  PL: 'pl',
};

const ENGLISH_SPEAKING: ReadonlySet<string> = new Set([
  'US', 'GB', 'UK', 'AU', 'NZ', 'CA', 'IE', 'IN', 'SG', 'ZA', 'PH', 'NG', 'KE', 'GH', 'JM', 'MT', 'PK', 'MY',
]);

/** Country code (ISO 3166-1 alpha-2) → the reply language buyers there most likely read. */
export function languageForCountry(cc: string | null): ReplyLanguage {
  return (cc && COUNTRY_LANGUAGE[cc.toUpperCase()]) || 'en';
}

export type LanguageWhy = 'message' | 'country' | 'default';

export function pickReplyLanguage(input: {
  buyerMessage?: string | null;
  country?: string | null;
}): { language: ReplyLanguage; why: LanguageWhy } {
  const fromMessage = input.buyerMessage ? detectLanguage(input.buyerMessage) : null;
  if (fromMessage) return { language: fromMessage, why: 'message' };
  const fromCountry = input.country ? COUNTRY_LANGUAGE[input.country.toUpperCase()] : undefined;
  if (fromCountry) return { language: fromCountry, why: 'country' };
  if (input.country && ENGLISH_SPEAKING.has(input.country.toUpperCase())) return { language: 'en', why: 'country' };
  return { language: 'en', why: 'default' };
}
