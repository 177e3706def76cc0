/**
 * Element queries for the dispute readers, fast on large pages. Their selectors are mostly
 * case-insensitive class-name fragments (`[class*="status" i]`: build hashes make the rest
 * unknowable), which browsers answer by testing every element, once per selector. Here the
 * elements of a scope part are listed once per synchronous read (with their lower-cased class
 * attribute) and such selectors become string tests over that list. Selectors of any other
 * form go to the browser unchanged. Readers are pure and the list is dropped at the next
 * microtask, so every read sees the page as it is then.
 */

/** An element node, without `instanceof Element` (no such global in the inspect CLI's DOM). */
export function isElement(node: ParentNode | Node | null | undefined): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

interface Entry {
  el: Element;
  tag: string;
  /** The class attribute, lower-cased, with a space on each side (for whole-token tests). */
  cls: string;
}

/** One simple selector: a tag and/or class conditions. */
interface Simple {
  tag: string | null;
  /** Lower-cased fragments that must all be in the class attribute (`[class*="x" i]`). */
  contains: string[];
  /** Whole class tokens that must be present (`.ait-tag`). */
  tokens: string[];
  /** Fragments that must not be in the class attribute (`:not([class*="x" i])`). */
  excludes: string[];
}

const FRAGMENT = /^\[class\*="([^"\\]+)"\s+i\]/;
const NOT_FRAGMENT = /^:not\(\[class\*="([^"\\]+)"\s+i\]\)/;
const TOKEN = /^\.([A-Za-z_][\w-]*)/;
const TAG = /^([a-z][a-z0-9]*)/;

/** A selector list as simple selectors, or null when any part needs the browser. */
function compile(selector: string): Simple[] | null {
  const out: Simple[] = [];
  for (const raw of selector.split(',')) {
    let rest = raw.trim();
    if (!rest) return null;
    const simple: Simple = { tag: null, contains: [], tokens: [], excludes: [] };
    const tag = TAG.exec(rest);
    if (tag?.[1]) {
      simple.tag = tag[1];
      rest = rest.slice(tag[0].length);
    }
    while (rest) {
      const fragment = FRAGMENT.exec(rest);
      const not = fragment ? null : NOT_FRAGMENT.exec(rest);
      const token = fragment || not ? null : TOKEN.exec(rest);
      const match = fragment ?? not ?? token;
      if (!match?.[1]) return null;
      if (fragment) simple.contains.push(match[1].toLowerCase());
      else if (not) simple.excludes.push(match[1].toLowerCase());
      else simple.tokens.push(` ${match[1].toLowerCase()} `);
      rest = rest.slice(match[0].length);
    }
    out.push(simple);
  }
  return out;
}

interface Compiled {
  simples: Simple[];
  /** Any class fragment of any simple selector: entries whose class matches none are skipped at once. */
  prefilter: RegExp | null;
}

function prefilterOf(simples: Simple[]): RegExp | null {
  const fragments: string[] = [];
  for (const simple of simples) {
    const own = [...simple.contains, ...simple.tokens.map((token) => token.trim())];
    // A selector without class conditions ("h2") can match any element: no prefilter.
    if (own.length === 0) return null;
    fragments.push(...own);
  }
  return new RegExp(fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

// Compiled selectors (the readers' constants, a bounded set) and per-read element lists.
const compiled = new Map<string, Compiled | null>();
const entriesByPart = new Map<ParentNode, Entry[]>();
let flushQueued = false;

function compiledOf(selector: string): Compiled | null {
  if (!compiled.has(selector)) {
    const simples = compile(selector);
    compiled.set(selector, simples ? { simples, prefilter: prefilterOf(simples) } : null);
  }
  return compiled.get(selector) ?? null;
}

function matches(entry: Entry, { simples, prefilter }: Compiled): boolean {
  if (prefilter && !prefilter.test(entry.cls)) return false;
  return simples.some((simple) => matchesSimple(entry, simple));
}

function entryOf(el: Element): Entry {
  return { el, tag: el.tagName.toLowerCase(), cls: ` ${(el.getAttribute('class') ?? '').toLowerCase()} ` };
}

function entriesOf(part: ParentNode): Entry[] {
  const cached = entriesByPart.get(part);
  if (cached) return cached;
  const entries: Entry[] = [];
  if (isElement(part)) entries.push(entryOf(part));
  const all = part.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el) entries.push(entryOf(el));
  }
  entriesByPart.set(part, entries);
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(() => {
      entriesByPart.clear();
      flushQueued = false;
    });
  }
  return entries;
}

function matchesSimple(entry: Entry, simple: Simple): boolean {
  if (simple.tag !== null && entry.tag !== simple.tag) return false;
  for (const fragment of simple.contains) if (!entry.cls.includes(fragment)) return false;
  for (const token of simple.tokens) if (!entry.cls.includes(token)) return false;
  for (const fragment of simple.excludes) if (entry.cls.includes(fragment)) return false;
  return true;
}

/** Every element of the scope (the parts themselves included) matching `selector`, in document order. */
export function querySelectorAllIn(scope: readonly ParentNode[], selector: string): Element[] {
  const query = compiledOf(selector);
  const out: Element[] = [];
  for (const part of scope) {
    if (!query) {
      if (isElement(part) && part.matches(selector)) out.push(part);
      out.push(...Array.from(part.querySelectorAll(selector)));
      continue;
    }
    for (const entry of entriesOf(part)) if (matches(entry, query)) out.push(entry.el);
  }
  return out;
}

/** The first element of the scope matching `selector`. */
export function querySelectorIn(scope: readonly ParentNode[], selector: string): Element | null {
  const query = compiledOf(selector);
  for (const part of scope) {
    if (!query) {
      if (isElement(part) && part.matches(selector)) return part;
      const found = part.querySelector(selector);
      if (found) return found;
      continue;
    }
    for (const entry of entriesOf(part)) if (matches(entry, query)) return entry.el;
  }
  return null;
}
