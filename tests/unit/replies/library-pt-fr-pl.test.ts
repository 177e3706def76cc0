import { describe, expect, it } from 'vitest';
import {
  DE_PL_SCENARIOS,
  SCENARIO_IDS,
  TEMPLATE_VARIABLES,
  type LanguageLibrary,
  type ScenarioId,
} from '@/lib/replies/scenarios';
import fr from '@/lib/replies/library/fr';
import pl from '@/lib/replies/library/pl';
import pt from '@/lib/replies/library/pt';

interface LibraryCase {
  language: string;
  library: LanguageLibrary;
  required: readonly ScenarioId[];
  /** The first line every template must open with. */
  greeting: RegExp;
}

const CASES: LibraryCase[] = [
  { language: 'pt', library: pt, required: SCENARIO_IDS, greeting: /^Olá, \{\{buyerFirstName\}\}!$/ },
  { language: 'fr', library: fr, required: SCENARIO_IDS, greeting: /^Bonjour \{\{buyerFirstName\}\},$/ },
  { language: 'pl', library: pl, required: DE_PL_SCENARIOS, greeting: /^Dzień dobry, \{\{buyerFirstName\}\}!$/ },
];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Phrases that betray an untranslated English leftover.
const ENGLISH_LEFTOVERS = [/\bHi\s/, /\bDear\b/, /\bThank you\b/i, /\bBest regards\b/i, /\bplease\b/i, /\btracking number\b/i];
const NEEDS_TRACKING: readonly ScenarioId[] = [
  'ship.notice',
  'ship.split',
  'logistics.no_update_just_shipped',
  'logistics.in_transit',
  'logistics.at_customs',
  'logistics.at_post_office',
  'logistics.carrier_changed',
];
const NEEDS_REFUND_AMOUNT: readonly ScenarioId[] = ['refund.timing', 'logistics.returned_by_customs', 'return.no_reason'];
// The only scenarios where one friendly emoji is tolerated.
const EMOJI_ALLOWED: readonly ScenarioId[] = ['order.thanks', 'review.thanks'];

function entries(library: LanguageLibrary): [ScenarioId, string][] {
  return SCENARIO_IDS.flatMap((id): [ScenarioId, string][] => {
    const text = library[id];
    return text === undefined ? [] : [[id, text]];
  });
}

describe.each(CASES)('built-in $language templates', ({ language, library, required, greeting }) => {
  it('has a non-empty template for every required scenario', () => {
    const missing = required.filter((id) => (library[id] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no template for a scenario outside its scope', () => {
    const extra = Object.keys(library).filter((id) => !(required as readonly string[]).includes(id));
    expect(extra).toEqual([]);
  });

  it.each(entries(library))('%s greets the buyer by name and ends with the signature', (_id, text) => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(greeting);
    expect(lines.at(-1)).toBe('{{signature}}');
    // a short sign-off line right before the signature
    expect(lines.at(-2)?.trim()).not.toBe('');
  });

  it.each(entries(library))('%s uses only known placeholders, written correctly', (_id, text) => {
    const used = [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
    expect(used.filter((name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name))).toEqual([]);
    // a lone brace means a mistyped placeholder the engine would leave in the buyer's message
    expect(text.replace(PLACEHOLDER, '')).not.toMatch(/[{}]/);
  });

  it.each(entries(library))('%s reads as plain, short, native text', (_id, text) => {
    expect(text.length).toBeLessThan(1200);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(ENGLISH_LEFTOVERS.filter((pattern) => pattern.test(text))).toEqual([]);
  });

  it.each(entries(library))('%s has at most one emoji, and only in thank-you messages', (id, text) => {
    const emojis = text.match(/\p{Extended_Pictographic}/gu) ?? [];
    expect(emojis.length).toBeLessThanOrEqual(EMOJI_ALLOWED.includes(id) ? 1 : 0);
  });

  it('gives the tracking number wherever a parcel is being tracked', () => {
    const without = NEEDS_TRACKING.filter((id) => required.includes(id) && !library[id]?.includes('{{trackingNumber}}'));
    expect(without).toEqual([]);
  });

  it('states the amount in messages about a refund', () => {
    const without = NEEDS_REFUND_AMOUNT.filter((id) => required.includes(id) && !library[id]?.includes('{{refundAmount}}'));
    expect(without).toEqual([]);
  });

  it(`${language}: every template except the welcome refers to the order`, () => {
    const without = entries(library)
      .filter(([id, text]) => id !== 'welcome.auto_reply' && !text.includes('{{orderId}}'))
      .map(([id]) => id);
    expect(without).toEqual([]);
  });
});

describe('built-in pl templates', () => {
  // Text typed without Polish letters reads as careless or machine-made to a Polish buyer.
  it.each(entries(pl))('%s is written with Polish diacritics', (_id, text) => {
    expect(text).toMatch(/[ąćęłńóśźż]/i);
  });
});
