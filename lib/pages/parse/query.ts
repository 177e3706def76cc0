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
  | { kind: 'class'; fragment: string }
  | { kind: 'token'; token: string }
  | { kind: 'has'; name: string }
  | { kind: 'equals' | 'contains' | 'prefix'; name: string; value: string; fold: boolean };

interface Compound {
  tag: string | null;
  tests: AttributeTest[];
  /** How this compound relates to the one on its right: ' ' descendant, '>' child. */
  combinator: ' ' | '>' | null;
}

/** A selector list: each selector as compounds, left to right; the parts this file cannot read go to the browser. */
interface Compiled {
  selectors: Compound[][];
  /** Class fragments one of which every match must hold (null when some selector has none). */
  prefilter: string[] | null;
  /** Selectors left to the browser (pseudo-classes, ids ...), joined; '' when none. */
  native: string;
}

const ATTRIBUTE = /^\[\s*([\w-]+)\s*(?:([*^]?=)\s*(?:"([^"]*)"|'([^']*)')\s*(i)?\s*)?\]/;
const TOKEN = /^\.(-?[A-Za-z_][\w-]*)/;
const TAG = /^(\*|[a-zA-Z][a-zA-Z0-9]*)/;

function compileCompound(text: string): Omit<Compound, 'combinator'> | null {
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
    else if (name === 'class' && operator === '*=') tests.push({ kind: 'class', fragment: classForm(value) });
    else {
      const fold = flag === 'i';
      const kind = operator === '*=' ? 'contains' : operator === '^=' ? 'prefix' : 'equals';
      tests.push({ kind, name, value: fold ? value.toLowerCase() : value, fold });
    }
    rest = rest.slice(whole.length);
  }
  return tag === null && tests.length === 0 && !text.startsWith('*') ? null : { tag, tests };
}

function compileSelector(text: string): Compound[] | null {
  // Split into compounds and combinators; attribute values here never hold spaces or '>'.
  const pieces = text.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
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
    compounds.push({ ...compound, combinator: compounds.length === 0 ? null : (combinator ?? ' ') });
    combinator = null;
  }
  return compounds.length > 0 && combinator === null ? compounds : null;
}

function compile(list: string): Compiled {
  const selectors: Compound[][] = [];
  const native: string[] = [];
  let prefilter: string[] | null = [];
  // Selectors here never hold commas inside brackets or parentheses.
  for (const text of list.split(',')) {
    if (!text.trim()) continue;
    const selector = compileSelector(text);
    if (!selector) {
      native.push(text.trim());
      continue;
    }
    selectors.push(selector);
    const last = selector[selector.length - 1];
    const fragments = last ? last.tests.flatMap((t) => (t.kind === 'class' ? [t.fragment] : t.kind === 'token' ? [classForm(t.token)] : [])) : [];
    if (fragments.length === 0) prefilter = null;
    else prefilter?.push(fragments[0] ?? '');
  }
  return { selectors, prefilter, native: native.join(', ') };
}

// ------------------------------------------------------------------ per-read state

interface Entry {
  el: Element;
  /** `classForm` of the class attribute, with a space on each side. */
  cls: string;
}

const compiledCache = new Map<string, Compiled>();
const entriesCache = new Map<ParentNode, Entry[]>();
const classCache = new Map<Element, string>();
let flushQueued = false;

function queueFlush(): void {
  if (flushQueued) return;
  flushQueued = true;
  queueMicrotask(() => {
    entriesCache.clear();
    classCache.clear();
    flushQueued = false;
  });
}

function compiledOf(selector: string): Compiled {
  let compiled = compiledCache.get(selector);
  if (!compiled) {
    compiled = compile(selector);
    compiledCache.set(selector, compiled);
  }
  return compiled;
}

function classOf(el: Element): string {
  let cls = classCache.get(el);
  if (cls === undefined) {
    const raw = el.getAttribute('class');
    cls = raw ? ` ${classForm(raw)} ` : '';
    classCache.set(el, cls);
    queueFlush();
  }
  return cls;
}

function entriesOf(root: ParentNode): Entry[] {
  const cached = entriesCache.get(root);
  if (cached) return cached;
  const entries: Entry[] = [];
  if (isElement(root)) entries.push({ el: root, cls: classOf(root) });
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el) entries.push({ el, cls: classOf(el) });
  }
  entriesCache.set(root, entries);
  queueFlush();
  return entries;
}

// ------------------------------------------------------------------ matching

function testAttribute(el: Element, cls: string, test: AttributeTest): boolean {
  switch (test.kind) {
    case 'class':
      return cls.includes(test.fragment);
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
  if (compound.tag !== null && el.tagName.toUpperCase() !== compound.tag) return false;
  const needsClass = compound.tests.some((t) => t.kind === 'class');
  const cls = needsClass ? classOf(el) : '';
  return compound.tests.every((test) => testAttribute(el, cls, test));
}

/** Does `el` match the compounds up to `index` (right to left), walking its ancestors? */
function matchesFrom(el: Element, compounds: Compound[], index: number): boolean {
  const compound = compounds[index];
  if (!compound || !matchesCompound(el, compound)) return false;
  if (index === 0) return true;
  if (compound.combinator === '>') {
    const parent = el.parentElement;
    return !!parent && matchesFrom(parent, compounds, index - 1);
  }
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (matchesFrom(up, compounds, index - 1)) return true;
  }
  return false;
}

function matchesOwn(el: Element, cls: string, compiled: Compiled): boolean {
  if (compiled.selectors.length === 0) return false;
  if (compiled.prefilter && !compiled.prefilter.some((fragment) => cls.includes(fragment))) return false;
  return compiled.selectors.some((compounds) => matchesFrom(el, compounds, compounds.length - 1));
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
  const out: Element[] = [];
  let nativeHits: Set<Element> | null = null;
  if (compiled.native) {
    try {
      nativeHits = new Set(root.querySelectorAll(compiled.native));
    } catch {
      nativeHits = new Set();
    }
  }
  const entries = entriesOf(root);
  for (let i = includeSelf || !isElement(root) ? 0 : 1; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    if (matchesOwn(entry.el, entry.cls, compiled) || nativeHits?.has(entry.el) || (i === 0 && matchesNative(entry.el, compiled.native))) {
      out.push(entry.el);
    }
  }
  return out;
}

/** The first element under `root` (with `includeSelf`, `root` itself first) matching `selector`, or null. */
export function queryFirst(root: ParentNode, selector: string, includeSelf = false): Element | null {
  const compiled = compiledOf(selector);
  if (compiled.native) return queryAll(root, selector, includeSelf)[0] ?? null;
  const entries = entriesOf(root);
  for (let i = includeSelf || !isElement(root) ? 0 : 1; i < entries.length; i++) {
    const entry = entries[i];
    if (entry && matchesOwn(entry.el, entry.cls, compiled)) return entry.el;
  }
  return null;
}

/** Does `el` match `selector` (same class-name tolerance as `queryAll`)? Never throws. */
export function matchesSelector(el: Element, selector: string): boolean {
  const compiled = compiledOf(selector);
  return matchesOwn(el, classOf(el), compiled) || matchesNative(el, compiled.native);
}
