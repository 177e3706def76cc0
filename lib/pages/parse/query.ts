import { readScopedMap } from './memo';

/**
 * Element queries for page readers: fast on large pages and tolerant of how a deploy spells
 * its class names.
 *
 * Readers find elements by class-name fragments (`[class*="session-item"]`): build hashes make
 * whole names unknowable. Deploys also switch naming styles (`session-item__3f0a`,
 * `sessionItem--Qe7aa`, `session_item_x1`), so a fragment here matches in any of them: class
 * attributes and fragments are compared lower-cased, with camelCase humps, `_` and `-` all read
 * as `-` (`[class*="session-item"]` matches `sessionItem--Qe7aa`, `[class*="name__"]` matches
 * `userName--Xy12ab`). Other attribute tests keep their CSS meaning.
 *
 * Speed: browsers answer a selector by testing every element, once per selector (and
 * case-insensitive ones slowly). Here the elements under a root are listed once per synchronous
 * read and the readers' selectors (tags, classes, attributes, descendant and child combinators)
 * are tested in JavaScript over that list. Anything else (pseudo-classes, other combinators)
 * goes to the browser unchanged. Readers are pure; the lists are dropped at the next microtask,
 * so every read sees the page as it is then.
 */
/** An element node, without `instanceof Element` (no such global in the inspect CLI's DOM). */
export function isElement(node: ParentNode | Node | null | undefined): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** A class attribute or fragment in the comparable form: `sessionItem--Qe7aa` -> `session-item--qe7aa`. */
export function classForm(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-');
}

type AttributeTest =
  /** `flat`: the fragment without separators ("countdown" for "count-down"), or null when it marks a hash boundary. */
  | { kind: 'class'; fragment: string; flat: string | null }
  | { kind: 'token'; token: string }
  | { kind: 'has'; name: string }
  | { kind: 'equals' | 'contains' | 'prefix'; name: string; value: string; fold: boolean };

interface Compound {
  tag: string | null;
  tests: AttributeTest[];
  /** How this compound relates to the one on its right: ' ' descendant, '>' child. */
  combinator: ' ' | '>' | null;
  /** Some test reads the class (so the element's class forms are needed). */
  needsClass: boolean;
}

/** One selector: its compounds left to right, and a quick test of the rightmost one's class (null when it has none). */
interface Selector {
  compounds: Compound[];
  prefilter: RegExp | null;
}

/** A selector list; the parts this file cannot read go to the browser. */
interface Compiled {
  /** Selectors whose rightmost compound tests a class: tried only when `classFilter` passes. */
  classSelectors: Selector[];
  /** Any class fragment of `classSelectors`, as one test of an entry's `key`. */
  classFilter: RegExp | null;
  /** Selectors without a class test on the right (tags, attributes): tried on every element. */
  plainSelectors: Selector[];
  /** Selectors left to the browser (pseudo-classes, ids ...), joined; '' when none. */
  native: string;
  /** The same, one selector each: Chromium answers a single selector much faster than a list. */
  nativeList: string[];
  /** The class selectors a class key can match (by their prefilters): rows of a list repeat the same class attributes. */
  filterMemo: Map<string, readonly Selector[]>;
}

const ATTRIBUTE = /^\[\s*([\w-]+)\s*(?:([*^]?=)\s*(?:"([^"]*)"|'([^']*)')\s*(i)?\s*)?\]/;
const TOKEN = /^\.(-?[A-Za-z_][\w-]*)/;
const TAG = /^(\*|[a-zA-Z][a-zA-Z0-9]*)/;

function compileCompound(text: string): Omit<Compound, 'combinator' | 'needsClass'> | null {
  let rest = text;
  let tag: string | null = null;
  const tagMatch = TAG.exec(rest);
  if (tagMatch?.[1]) {
    tag = tagMatch[1] === '*' ? null : tagMatch[1].toUpperCase();
    rest = rest.slice(tagMatch[0].length);
  }
  const tests: AttributeTest[] = [];
  while (rest) {
    const token = TOKEN.exec(rest);
    if (token?.[1]) {
      tests.push({ kind: 'token', token: token[1] });
      rest = rest.slice(token[0].length);
      continue;
    }
    const attribute = ATTRIBUTE.exec(rest);
    if (!attribute?.[1]) return null;
    const [whole, name, operator, double, single, flag] = attribute;
    const value = double ?? single ?? '';
    if (!operator) tests.push({ kind: 'has', name });
    else if (name === 'class' && operator === '*=') tests.push(classTest(value));
    else {
      const fold = flag === 'i';
      const kind = operator === '*=' ? 'contains' : operator === '^=' ? 'prefix' : 'equals';
      tests.push({ kind, name, value: fold ? value.toLowerCase() : value, fold });
    }
    rest = rest.slice(whole.length);
  }
  return tag === null && tests.length === 0 && !text.startsWith('*') ? null : { tag, tests };
}

/**
 * `text` cut at the characters `isCut` accepts, outside brackets, parentheses and quotes; a cut
 * character for which `keep` holds is a piece of its own ('>' between compounds).
 */
function cutOutside(text: string, isCut: (char: string) => boolean, keep: (char: string) => boolean = () => false): string[] {
  const pieces: string[] = [];
  let current = '';
  let depth = 0;
  let quote = '';
  for (const char of text.trim()) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '(') {
      depth++;
    } else if (char === ']' || char === ')') {
      depth--;
    } else if (depth === 0 && isCut(char)) {
      if (current.trim()) pieces.push(current.trim());
      if (keep(char)) pieces.push(char);
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

function splitTopLevel(text: string, separator: string): string[] {
  return cutOutside(text, (char) => char === separator);
}

/** A selector's compounds and combinators: whitespace and '>' outside brackets and quotes. */
function piecesOf(text: string): string[] {
  return cutOutside(text, (char) => /\s/.test(char) || char === '>', (char) => char === '>');
}

function classTest(value: string): AttributeTest {
  const fragment = classForm(value);
  return { kind: 'class', fragment, flat: fragment.includes('--') ? null : fragment.replace(/-/g, '') };
}

/** Does a class attribute (in both comparable forms) hold the fragment? */
function hasFragment(cls: string, flat: string, test: { fragment: string; flat: string | null }): boolean {
  return cls.includes(test.fragment) || (test.flat !== null && flat.includes(test.flat));
}

function compileSelector(text: string): Compound[] | null {
  const pieces = piecesOf(text);
  const compounds: Compound[] = [];
  let combinator: Compound['combinator'] = null;
  for (const piece of pieces) {
    if (piece === '>') {
      if (compounds.length === 0 || combinator === '>') return null;
      combinator = '>';
      continue;
    }
    const compound = compileCompound(piece);
    if (!compound) return null;
    compounds.push({
      ...compound,
      combinator: compounds.length === 0 ? null : (combinator ?? ' '),
      needsClass: compound.tests.some((t) => t.kind === 'class'),
    });
    combinator = null;
  }
  return compounds.length > 0 && combinator === null ? compounds : null;
}

const escapeRegExp = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function prefilterOf(test: AttributeTest | undefined): RegExp | null {
  if (!test || test.kind !== 'class') return null;
  return new RegExp([test.fragment, ...(test.flat === null ? [] : [test.flat])].map(escapeRegExp).join('|'));
}

function compile(list: string): Compiled {
  const classSelectors: Selector[] = [];
  const plainSelectors: Selector[] = [];
  const native: string[] = [];
  const fragments: string[] = [];
  for (const text of splitTopLevel(list, ',')) {
    if (!text.trim()) continue;
    const selector = compileSelector(text);
    // Left to the browser: what this file cannot read, and selectors without class names (tags,
    // attributes), which the browser answers fast and the same way.
    const hasClass = selector?.some((compound) => compound.tests.some((t) => t.kind === 'class' || t.kind === 'token'));
    if (!selector || !hasClass) {
      native.push(text.trim());
      continue;
    }
    const last = selector[selector.length - 1];
    const first = last?.tests.map((t) => (t.kind === 'class' ? t : t.kind === 'token' ? classTest(t.token) : null)).find((t) => t) ?? undefined;
    const prefilter = prefilterOf(first);
    if (first?.kind === 'class' && prefilter) {
      classSelectors.push({ compounds: selector, prefilter });
      fragments.push(first.fragment, ...(first.flat === null ? [] : [first.flat]));
    } else {
      plainSelectors.push({ compounds: selector, prefilter: null });
    }
  }
  const classFilter = fragments.length > 0 ? new RegExp(fragments.map(escapeRegExp).join('|')) : null;
  return { classSelectors, classFilter, plainSelectors, native: native.join(', '), nativeList: native, filterMemo: new Map() };
}

// ------------------------------------------------------------------ per-read state

interface Forms {
  /** `classForm` of the class attribute, with a space on each side. */
  cls: string;
  /** The same without separators: `countDown--wrap` -> ` countdownwrap `. */
  flat: string;
  /** Both, for one prefilter test. */
  key: string;
}

interface Entry extends Forms {
  el: Element;
  /** tagName, upper case: read once per element, not once per selector. */
  tag: string;
}

const compiledCache = new Map<string, Compiled>();
/** Per read: the elements under each queried root. */
const entriesCache = readScopedMap<ParentNode, Entry[]>();

function compiledOf(selector: string): Compiled {
  let compiled = compiledCache.get(selector);
  if (!compiled) {
    compiled = compile(selector);
    compiledCache.set(selector, compiled);
  }
  return compiled;
}

const NO_CLASS: Forms = { cls: '', flat: '', key: '' };

/**
 * Each element's tag and comparable class forms, kept while the element lives and its class
 * attribute is the same string: re-reads of a page (several a second) then cost one attribute
 * read per element, and no allocation.
 */
const entryOf = new WeakMap<Element, Entry & { raw: string | null }>();

function entryFor(el: Element): Entry {
  const raw = el.getAttribute('class');
  const known = entryOf.get(el);
  if (known && known.raw === raw) return known;
  const cls = raw ? ` ${classForm(raw)} ` : '';
  const flat = cls.replace(/-/g, '');
  const entry = { el, tag: known?.tag ?? el.tagName.toUpperCase(), raw, cls, flat, key: cls ? `${cls}\n${flat}` : '' };
  entryOf.set(el, entry);
  return entry;
}

const classOf: (el: Element) => Forms = entryFor;

function entriesOf(root: ParentNode): Entry[] {
  const cached = entriesCache.get(root);
  if (cached) return cached;
  const entries: Entry[] = [];
  if (isElement(root)) entries.push(entryFor(root));
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el) entries.push(entryFor(el));
  }
  entriesCache.set(root, entries);
  return entries;
}

// ------------------------------------------------------------------ matching

function testAttribute(el: Element, forms: Forms, test: AttributeTest): boolean {
  switch (test.kind) {
    case 'class':
      return hasFragment(forms.cls, forms.flat, test);
    case 'token':
      return el.classList.contains(test.token);
    case 'has':
      return el.hasAttribute(test.name);
    default: {
      const raw = el.getAttribute(test.name);
      if (raw === null) return false;
      const value = test.fold ? raw.toLowerCase() : raw;
      if (test.kind === 'equals') return value === test.value;
      if (test.kind === 'prefix') return value.startsWith(test.value);
      return test.value !== '' && value.includes(test.value);
    }
  }
}

function matchesCompound(el: Element, compound: Compound): boolean {
  // HTML tag names are upper case already; other namespaces keep their own case.
  if (compound.tag !== null && el.tagName !== compound.tag && el.tagName.toUpperCase() !== compound.tag) return false;
  if (compound.tests.length === 0) return true;
  const forms = compound.needsClass ? classOf(el) : NO_CLASS;
  for (const test of compound.tests) if (!testAttribute(el, forms, test)) return false;
  return true;
}

/** Does `el` match the compounds up to `index` (right to left), walking its ancestors? */
function matchesFrom(el: Element, compounds: Compound[], index: number): boolean {
  const compound = compounds[index];
  if (!compound || !matchesCompound(el, compound)) return false;
  if (index === 0) return true;
  if (compound.combinator === '>') {
    const parent = el.parentElement;
    return !!parent && parentMatches(parent, compounds, index - 1);
  }
  return selfOrAncestorMatches(el.parentElement, compounds, index - 1);
}

/**
 * Per read, per selector and compound: does an element or one of its ancestors match the
 * compounds up to `index`? Rows of a list share their ancestors, so each is tested once.
 */
const ancestorMemo = readScopedMap<Compound[], Array<Map<Element, boolean>>>();
/** The same for child combinators: siblings ("> li" under one list) share their parent's answer. */
const parentMemo = readScopedMap<Compound[], Array<Map<Element, boolean>>>();

function memoFor(memos: Map<Compound[], Array<Map<Element, boolean>>>, compounds: Compound[], index: number): Map<Element, boolean> {
  let byIndex = memos.get(compounds);
  if (!byIndex) {
    byIndex = [];
    memos.set(compounds, byIndex);
  }
  return (byIndex[index] ??= new Map());
}

function parentMatches(parent: Element, compounds: Compound[], index: number): boolean {
  const memo = memoFor(parentMemo, compounds, index);
  let answer = memo.get(parent);
  if (answer === undefined) {
    answer = matchesFrom(parent, compounds, index);
    memo.set(parent, answer);
  }
  return answer;
}

function selfOrAncestorMatches(start: Element | null, compounds: Compound[], index: number): boolean {
  const memo = memoFor(ancestorMemo, compounds, index);
  const path: Element[] = [];
  let answer = false;
  for (let el = start; el; el = el.parentElement) {
    const known = memo.get(el);
    if (known !== undefined) {
      answer = known;
      break;
    }
    if (matchesFrom(el, compounds, index)) {
      answer = true;
      memo.set(el, true);
      break;
    }
    path.push(el);
  }
  for (const el of path) memo.set(el, answer);
  return answer;
}

/** Selectors whose class prefilter (if any) already passed for this element. */
function trySelectors(el: Element, selectors: readonly Selector[], tag: string): boolean {
  for (const { compounds } of selectors) {
    const last = compounds[compounds.length - 1];
    if (last?.tag && last.tag !== tag) continue;
    if (matchesFrom(el, compounds, compounds.length - 1)) return true;
  }
  return false;
}

const FILTER_MEMO_LIMIT = 5000;

const NO_SELECTORS: readonly Selector[] = [];

/** The class selectors whose class fragment the key holds (their other tests still to run). */
function classCandidates(compiled: Compiled, key: string): readonly Selector[] {
  if (!compiled.classFilter || !key) return NO_SELECTORS;
  let candidates = compiled.filterMemo.get(key);
  if (candidates === undefined) {
    candidates = compiled.classFilter.test(key)
      ? compiled.classSelectors.filter((selector) => !selector.prefilter || selector.prefilter.test(key))
      : NO_SELECTORS;
    if (compiled.filterMemo.size >= FILTER_MEMO_LIMIT) compiled.filterMemo.clear();
    compiled.filterMemo.set(key, candidates);
  }
  return candidates;
}

function matchesOwn(el: Element, forms: Forms, compiled: Compiled, tag = el.tagName.toUpperCase()): boolean {
  // One test of the class for every class-based selector together; the rest are cheap tag/attribute tests.
  const candidates = classCandidates(compiled, forms.key);
  if (candidates.length > 0 && trySelectors(el, candidates, tag)) return true;
  return compiled.plainSelectors.length > 0 && trySelectors(el, compiled.plainSelectors, tag);
}

function matchesNative(el: Element, selector: string): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Every element under `root` matching `selector` (a selector list), in document order; with
 * `includeSelf`, `root` too when it matches. Never throws (an invalid selector matches nothing).
 */
export function queryAll(root: ParentNode, selector: string, includeSelf = false): Element[] {
  const compiled = compiledOf(selector);
  if (compiled.classSelectors.length === 0 && compiled.plainSelectors.length === 0) return queryNative(root, compiled, includeSelf);
  const out: Element[] = [];
  let nativeHits: Set<Element> | null = null;
  if (compiled.native) nativeHits = new Set(nativeMatches(root, compiled.nativeList));
  const entries = entriesOf(root);
  for (let i = includeSelf || !isElement(root) ? 0 : 1; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    if (matchesOwn(entry.el, entry, compiled, entry.tag) || nativeHits?.has(entry.el) || (i === 0 && matchesNative(entry.el, compiled.native))) {
      out.push(entry.el);
    }
  }
  return out;
}

/**
 * Elements under `root` matching any of `selectors`, asked one selector at a time: Chromium's
 * fast paths (by tag, id, class, attribute) skip selector lists, which made "tr, [role=row]"
 * ten times slower than "tr" and "[role=row]" apart. Invalid selectors match nothing.
 */
function nativeMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const parts: Element[][] = [];
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) parts.push(Array.from(found));
    } catch {
      // An invalid selector in a reader's list matches nothing; the others still count.
    }
  }
  if (parts.length <= 1) return parts[0] ?? [];
  const unique = [...new Set(parts.flat())];
  return unique.sort(compareDocumentOrder);
}

/** Sort comparator: nodes in the order they appear in the document. */
export function compareDocumentOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** A list the browser answers alone: no need to list every element under `root`. */
function queryNative(root: ParentNode, compiled: Compiled, includeSelf: boolean): Element[] {
  const found = nativeMatches(root, compiled.nativeList);
  return includeSelf && isElement(root) && matchesNative(root, compiled.native) ? [root, ...found] : found;
}

/** The first element under `root` (with `includeSelf`, `root` itself first) matching `selector`, or null. */
export function queryFirst(root: ParentNode, selector: string, includeSelf = false): Element | null {
  const compiled = compiledOf(selector);
  if (compiled.native) return queryAll(root, selector, includeSelf)[0] ?? null;
  const entries = entriesOf(root);
  for (let i = includeSelf || !isElement(root) ? 0 : 1; i < entries.length; i++) {
    const entry = entries[i];
    if (entry && matchesOwn(entry.el, entry, compiled, entry.tag)) return entry.el;
  }
  return null;
}

/** Does `el` match `selector` (same class-name tolerance as `queryAll`)? Never throws. */
export function matchesSelector(el: Element, selector: string): boolean {
  const compiled = compiledOf(selector);
  return matchesOwn(el, classOf(el), compiled) || matchesNative(el, compiled.native);
}

/** The element or its nearest ancestor matching `selector` (same class-name tolerance as `queryAll`), or null. */
export function closestMatch(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (matchesSelector(at, selector)) return at;
  return null;
}
