import { describe, expect, it } from 'vitest';
import {
  DE_PL_SCENARIOS,
  SCENARIO_IDS,
  isScenarioId,
  isTemplateVariable,
  type LanguageLibrary,
  type ScenarioId,
} from '@/lib/replies/scenarios';
import de from '@/lib/replies/library/de';
import en from '@/lib/replies/library/en';
import es from '@/lib/replies/library/es';
import ru from '@/lib/replies/library/ru';

interface LibraryCase {
  lang: 'en' | 'ru' | 'es' | 'de';
  library: LanguageLibrary;
  required: readonly ScenarioId[];
  /** What the first line must start with. */
  greeting: RegExp;
}

const CASES: LibraryCase[] = [
  { lang: 'en', library: en, required: SCENARIO_IDS, greeting: /^Hi \{\{buyerFirstName\}\},$/ },
  { lang: 'ru', library: ru, required: SCENARIO_IDS, greeting: /^Здравствуйте, \{\{buyerFirstName\}\}!$/ },
  { lang: 'es', library: es, required: SCENARIO_IDS, greeting: /^Hola, \{\{buyerFirstName\}\}:$/ },
  { lang: 'de', library: de, required: DE_PL_SCENARIOS, greeting: /^Hallo \{\{buyerFirstName\}\},$/ },
];

const MAX_LENGTH = 1200;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
// A closing-brace typo such as "{{orderId}]" would reach the buyer verbatim.
const STRAY_BRACE = /[{}]/;
const EMOJI = /\p{Extended_Pictographic}/gu;

function entries(library: LanguageLibrary): [ScenarioId, string][] {
  return Object.entries(library).flatMap(([id, text]) =>
    isScenarioId(id) && typeof text === 'string' ? [[id, text] as [ScenarioId, string]] : [],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

describe.each(CASES)('built-in $lang reply library', ({ lang, library, required, greeting }) => {
  it('has a non-empty template for every required scenario', () => {
    for (const id of required) {
      expect(library[id]?.trim(), `${lang} ${id}`).toBeTruthy();
    }
  });

  it('has no keys that are not scenario ids', () => {
    expect(Object.keys(library).filter((key) => !isScenarioId(key))).toEqual([]);
  });

  it.each(entries(library))('%s greets the buyer by name and ends with the signature', (_id, text) => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(greeting);
    expect(lines.at(-1)).toBe('{{signature}}');
    // a short sign-off sits right above the signature, not a paragraph of body text
    const signOff = lines.at(-2) ?? '';
    expect(signOff.trim().length).toBeGreaterThan(0);
    expect(signOff.length).toBeLessThan(40);
  });

  it.each(entries(library))('%s uses only known placeholders, well-formed', (_id, text) => {
    const used = placeholders(text);
    expect(used.filter((name) => !isTemplateVariable(name))).toEqual([]);
    expect(text.replace(PLACEHOLDER, '')).not.toMatch(STRAY_BRACE);
    expect(text).not.toContain('${');
    expect(text).not.toMatch(/undefined|null/);
  });

  it.each(entries(library))('%s is short plain text', (_id, text) => {
    expect(text.length).toBeLessThan(MAX_LENGTH);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/[ \t]+$/m);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toContain('\\n');
  });

  it.each(entries(library))('%s has at most one emoji, and only in a thank-you', (id, text) => {
    const emojis = text.match(EMOJI) ?? [];
    expect(emojis.length).toBeLessThanOrEqual(id === 'review.thanks' || id === 'order.thanks' ? 1 : 0);
  });
});

describe('same facts in every language', () => {
  // Each language must ask for, and promise, the same things: the same variables is a cheap proxy.
  it.each(CASES.filter(({ lang }) => lang !== 'en'))('$lang uses the same variables as English', ({ lang, library }) => {
    for (const [id, text] of entries(library)) {
      const english = en[id] ?? '';
      expect(new Set(placeholders(text)), `${lang} ${id}`).toEqual(new Set(placeholders(english)));
    }
  });

  it.each(CASES)('$lang states the 3–20 business day refund window', ({ library }) => {
    const refund = library['refund.timing'];
    if (refund === undefined) return;
    // "3–20", "de 3 a 20", "от 3 до 20"...
    expect(refund).toMatch(/\b3\D{1,6}20\b/);
  });

  it.each(CASES)('$lang gives working hours in Beijing time', ({ library }) => {
    const welcome = library['welcome.auto_reply'];
    if (welcome === undefined) return;
    expect(welcome).toContain('9:00');
    expect(welcome).toContain('18:00');
    expect(welcome).toContain('UTC+8');
  });
});

describe('no English left in the translations', () => {
  const ENGLISH_PHRASES = /\b(Hi|Dear|Hello|Thank you|Thanks|Please|Best regards|Kind regards|your order|tracking number)\b/i;

  it.each(CASES.filter(({ lang }) => lang !== 'en'))('$lang has no English phrases', ({ lang, library }) => {
    for (const [id, text] of entries(library)) {
      expect(text, `${lang} ${id}`).not.toMatch(ENGLISH_PHRASES);
    }
  });

  it('Russian is written in Cyrillic, with Latin only for names of services', () => {
    const allowedLatin = /\b(AliExpress|YouTube|Google|UTC)\b/g;
    for (const [id, text] of entries(ru)) {
      expect(text, id).toMatch(/[а-яё]/i);
      const rest = text.replace(PLACEHOLDER, '').replace(allowedLatin, '');
      expect(rest, id).not.toMatch(/[a-z]/i);
    }
  });
});
