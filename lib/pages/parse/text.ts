import { memoizeText, readScopedMap } from './memo';
/**
 * Text helpers and the label-first value lookup every page reader relies on.
 * Seller-center class names are build-hashed, but the visible labels (订单号, Order number,
 * Número do pedido ...) are stable, so readers find values next to their labels.
 * Everything here treats page content as text only (textContent / data), never as HTML.
 */

import { toSimplified } from './hanzi';

// Invisible characters that break equality checks: zero-width spaces/joiners, BOM, soft hyphen,
// and bidi controls (RTL marks and embeddings). The zero-width joiner (U+200D) is handled apart:
// between emoji it is part of the character the buyer typed (👨‍👩‍👧 is one family, not three people).
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// JS \s already covers NBSP, the U+2000 spaces, thin/narrow NBSP and the ideographic space.
const WHITESPACE_RUN = /\s+/g;

export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  const visible = s.replace(INVISIBLE, '');
  return (visible.includes('\u200D') ? visible.replace(STRAY_JOINER, '') : visible).replace(WHITESPACE_RUN, ' ').trim();
}

export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(el.textContent) : '';
}

const TRAILING_COLON = /\s*[:：]\s*$/;
const COLON = /[:：]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// NFD leaves ASCII, Latin-1 punctuation, general punctuation, CJK punctuation, CJK ideographs and
// full-width forms as they are: text made only of those (most Chinese page text) skips it, as it is costly.
const NEEDS_NFD = /[^\t\n\r\x20-\xBF\u2000-\u206F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]/;
const PRINTABLE_ASCII = /^[\t\n\r\x20-\x7E]*$/;

/**
 * The comparable form of a label: cleaned, lower-cased, accents and a trailing colon dropped,
 * "N°"/"Nº" unified, traditional Chinese characters in simplified form ("買家" = "买家"). Used for both the dictionary labels and the page text.
 */
function normalizeLabelUncached(s: string): string {
  // Fast path for plain ASCII (most page text): no Unicode folding needed.
  if (PRINTABLE_ASCII.test(s)) {
    return s.replace(WHITESPACE_RUN, ' ').trim().replace(TRAILING_COLON, '').toLowerCase();
  }
  const clean = toSimplified(cleanText(s)).replace(TRAILING_COLON, '');
  // NFC again after the accents are gone: Hangul syllables come back whole (NFD splits them into jamo).
  const folded = NEEDS_NFD.test(clean) ? clean.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC') : clean;
  return folded.replace(/[º°]/g, 'o').toLowerCase();
}

/** Memoised: the same page texts are compared on every re-read. */
export const normalizeLabel = memoizeText(normalizeLabelUncached, 5000);

interface LabelSet {
  set: ReadonlySet<string>;
  maxLength: number;
}

// Readers pass the same LABELS arrays again and again: normalize each array once.
const labelSetCache = new WeakMap<readonly string[], LabelSet>();

function labelSetOf(labels: readonly string[]): LabelSet {
  const cached = labelSetCache.get(labels);
  if (cached) return cached;
  const set = new Set<string>();
  let maxLength = 0;
  for (const label of labels) {
    const norm = normalizeLabel(label);
    if (!norm) continue;
    set.add(norm);
    maxLength = Math.max(maxLength, norm.length);
  }
  const built = { set, maxLength };
  labelSetCache.set(labels, built);
  return built;
}

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);
const FORM_VALUE_TAGS = new Set(['INPUT', 'SELECT']);

/** A cell that only holds punctuation between label and value, e.g. `<i>:</i>`. */
const PUNCTUATION_ONLY = /^[\s:：\-–—|/]*$/;

interface LabelHit {
  /** The element holding the value (may be the label's own element for "Label: value"). */
  element: Element;
  value: string;
}

function inputValue(el: Element): string {
  const value = (el as HTMLInputElement).value;
  return cleanText(typeof value === 'string' ? value : '');
}

const VALUE_INPUTS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), select';

/** Text of a value cell; a read-only input inside it counts ("<dd><span><input value=LP…></span> Track</dd>"). */
function valueTextOf(el: Element): string {
  if (FORM_VALUE_TAGS.has(el.tagName)) return inputValue(el);
  if (!el.querySelector(VALUE_INPUTS)) return textOf(el);
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && SKIPPED_PARENTS.has(parent.tagName)) continue;
      parts.push((node as Text).data);
    } else if ((node as Element).matches(VALUE_INPUTS)) {
      parts.push(` ${inputValue(node as Element)} `);
    }
  }
  return cleanText(parts.join(''));
}

/** Another label standing where a value should be ("Order number:" followed by "Status:"). */
function looksLikeLabel(text: string, labels: LabelSet): boolean {
  if (labels.set.has(normalizeLabel(text))) return true;
  return TRAILING_COLON.test(text) && text.length <= 40;
}

/** A whole row/cell that starts with one of our labels is the next field, not this one's value. */
function startsWithLabel(el: Element, labels: LabelSet): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const head = cleanText((node as Text).data.slice(0, labels.maxLength * 3 + 16));
    if (!head) continue;
    const colonAt = head.search(COLON);
    return labels.set.has(normalizeLabel(colonAt >= 0 ? head.slice(0, colonAt) : head));
  }
  return false;
}

function isOtherField(el: Element, value: string, labels: LabelSet): boolean {
  return looksLikeLabel(value, labels) || (el.firstElementChild !== null && startsWithLabel(el, labels));
}

/**
 * Icons beside a label or value: a "?" help mark, an "ⓘ", an inline SVG (its <title> is text too).
 * They are neither the value nor part of the label. Only symbol-like text counts, so an italic
 * "<i>2</i>" stays a value.
 */
const ICON_LIKE = 'i, svg, [role="img"], [class*="icon"], [class*="Icon"], [class*="help"], [class*="Help"], [class*="tip"], [class*="Tip"]';
const ICON_TEXT = /^(?:[^\p{L}\p{N}]{0,2}|[iI])$/u;

function isDecoration(el: Element): boolean {
  if (el.tagName.toLowerCase() === 'svg') return true;
  return el.matches(ICON_LIKE) && ICON_TEXT.test(shownTextOf(el));
}

/** Text without the tooltip a "?" trigger carries inside it (`<span class="tip">?<span role="tooltip">…</span></span>`). */
function shownTextOf(el: Element): string {
  if (!el.querySelector('[role="tooltip"]')) return (el.textContent ?? '').trim();
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[role="tooltip"]')) out += node.textContent ?? '';
  }
  return out.trim();
}

/** An element's text without its icons: what a label element really says. */
export function labelTextOf(el: Element): string {
  if (!el.querySelector(ICON_LIKE)) return textOf(el);
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let icon = false;
    for (let anc = node.parentElement; anc && anc !== el.parentElement; anc = anc.parentElement) {
      if (isDecoration(anc)) {
        icon = true;
        break;
      }
    }
    if (!icon) out += node.textContent ?? '';
  }
  return cleanText(out);
}

/** The first non-empty element after `start` among its siblings. */
function nextValueElement(start: Element, labels: LabelSet): LabelHit | null {
  for (let sib = start.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (isDecoration(sib)) continue;
    const value = valueTextOf(sib);
    if (PUNCTUATION_ONLY.test(value)) continue;
    if (isOtherField(sib, value, labels)) return null;
    return { element: sib, value };
  }
  return null;
}

/** Nodes after the label's text node inside the same element: `<div>订单号<span>123</span></div>`. */
function valueAfterTextNode(node: Text, labels: LabelSet): LabelHit | null {
  const parent = node.parentElement;
  if (!parent) return null;
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 3) {
      const value = cleanText((sib as Text).data);
      if (PUNCTUATION_ONLY.test(value)) continue;
      // Loose text right after the label: the rest of the element is the value.
      const rest = cleanText(textAfter(node));
      return rest ? { element: parent, value: rest.replace(/^[\s:：]+/, '') } : null;
    }
    if (sib.nodeType === 1) {
      const el = sib as Element;
      if (isDecoration(el)) continue;
      const value = valueTextOf(el);
      if (PUNCTUATION_ONLY.test(value)) continue;
      if (isOtherField(el, value, labels)) return null;
      return { element: el, value };
    }
  }
  return null;
}

/**
 * A value written as loose text right after a label element: `<span>Buyer's comment:</span> text`.
 * Reads to the end of the line: a <br>, or an element that is itself a label ("<b>Other:</b>").
 * Null when the first thing after the label is an element (the usual label/value pair).
 */
function looseTextAfterElement(labelEl: Element): LabelHit | null {
  const parent = labelEl.parentElement;
  if (!parent) return null;
  let out = '';
  for (let sib = labelEl.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 1) {
      const el = sib as Element;
      if (el.tagName === 'BR') break;
      const text = valueTextOf(el);
      if (!cleanText(out) || PUNCTUATION_ONLY.test(out)) {
        // Nothing but punctuation so far: an element here is the value's own element, not loose text.
        if (!PUNCTUATION_ONLY.test(text)) return null;
      } else if (TRAILING_COLON.test(text) && text.length <= 40) {
        break;
      }
      out += el.textContent ?? '';
    } else if (sib.nodeType === 3) {
      out += (sib as Text).data;
    }
  }
  const value = cleanText(out).replace(/^[\s:：\-–—|]+/, '');
  return value ? { element: parent, value } : null;
}

/** Text of everything after `node` inside its parent. */
function textAfter(node: Node): string {
  let out = '';
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 1 && isDecoration(sib as Element)) continue;
    out += sib.textContent ?? '';
  }
  return out;
}

// How far up we climb from a bare label to find its value cell: label > wrapper > cell.
const MAX_CLIMB = 4;

/**
 * The label cell around a label (`<th>`, `<dt>`, `<label>`) when it holds more than the label,
 * e.g. `<th>Comprador<span>(oculto)</span></th>`: the hint is no value, the next cell is.
 * Column headers are not label cells (their neighbour is the next header).
 */
function labelCellOf(parent: Element, labelNorm: string): Element | null {
  const cell = parent.closest('th, dt, label');
  if (!cell || (cell !== parent && !cell.contains(parent))) return null;
  let depth = 0;
  for (let el: Element | null = parent; el && el !== cell; el = el.parentElement) if (++depth > MAX_CLIMB) return null;
  if (cell.tagName === 'TH') {
    const row = cell.parentElement;
    if (cell.closest('thead') || !row || !Array.from(row.children).some((c) => c.tagName === 'TD')) return null;
  }
  return normalizeLabel(labelTextOf(cell)) === labelNorm ? null : cell;
}

function resolveValue(node: Text, labelNorm: string, inlineValue: string, labels: LabelSet): LabelHit | null {
  const parent = node.parentElement;
  if (!parent) return null;
  if (inlineValue) return { element: parent, value: inlineValue };

  const cell = labelCellOf(parent, labelNorm);
  if (cell) {
    const hit = nextValueElement(cell, labels);
    if (hit) return hit;
  }

  const inside = valueAfterTextNode(node, labels);
  if (inside) return inside;

  // The label owns its element (maybe with a colon in a child): look at the following cells,
  // climbing while the ancestor still holds nothing but the label.
  let el: Element | null = parent;
  for (let depth = 0; el && depth < MAX_CLIMB; depth++) {
    if (normalizeLabel(labelTextOf(el)) !== labelNorm) break;
    const hit = looseTextAfterElement(el) ?? nextValueElement(el, labels);
    if (hit) return hit;
    el = el.parentElement;
  }
  return null;
}

/** A text node that could be a label: its normalized text (or the part before a colon). */
interface LabelCandidate {
  node: Text;
  label: string;
  /** Raw text after the colon, when the node reads "Label: value". */
  inline: string;
}

// Labels are short: longer text nodes are values or prose, and only their start is examined.
const MAX_LABEL_LENGTH = 64;
const HEAD_LENGTH = 200;

/**
 * One walk over the text nodes of `root` serves every lookup a reader makes in the same
 * synchronous turn (readers are pure and do not touch the DOM while reading). The index is
 * dropped at the next microtask, so the next read sees the page as it is then.
 */
const indexCache = readScopedMap<Node, LabelCandidate[]>();

function buildIndex(root: Node): LabelCandidate[] {
  const doc = root.ownerDocument ?? (root as Document);
  if (!doc || typeof doc.createTreeWalker !== 'function') return [];
  const out: LabelCandidate[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const raw = node.data;
    if (raw.length === 0 || raw.length > HEAD_LENGTH * 50) continue;
    const head = raw.length > HEAD_LENGTH ? raw.slice(0, HEAD_LENGTH) : raw;
    const colonAt = head.search(COLON);
    let label: string;
    let inline = '';
    if (colonAt >= 0) {
      label = normalizeLabel(head.slice(0, colonAt));
      inline = raw.slice(colonAt + 1);
    } else {
      if (raw.length > HEAD_LENGTH) continue;
      label = normalizeLabel(raw);
    }
    if (!label || label.length > MAX_LABEL_LENGTH) continue;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName)) continue;
    out.push({ node, label, inline });
  }
  return out;
}

function indexOf(root: Node): LabelCandidate[] {
  const cached = indexCache.get(root);
  if (cached) return cached;
  const built = buildIndex(root);
  indexCache.set(root, built);
  return built;
}

/**
 * Every text node of `root` that could be a label, with its comparable form (normalizeLabel of the
 * part before a colon, else of the whole text): the index `findValueByLabel` uses, built once per
 * synchronous read. For readers that need every occurrence of a label, not only the first value.
 */
export function labelCandidates(root: ParentNode): ReadonlyArray<{ readonly node: Text; readonly label: string }> {
  return indexOf(root as Node);
}

function findLabelHit(root: ParentNode, labels: readonly string[]): LabelHit | null {
  const labelSet = labelSetOf(labels);
  if (labelSet.set.size === 0) return null;
  for (const { node, label, inline } of indexOf(root as Node)) {
    if (!labelSet.set.has(label)) continue;
    const hit = resolveValue(node, label, cleanText(inline), labelSet);
    if (hit && hit.value && normalizeLabel(hit.value) !== label) return hit;
  }
  return null;
}

/**
 * The value shown next to one of `labels` (any language), or null.
 * Matches a text node equal to a label (case/accent-insensitive, optional ':' or '：'),
 * or "Label: value" in one node. The value is the text after the colon, else the next
 * non-empty sibling, else the next cell after the label's (label-only) ancestor
 * (`<th>`/`<td>`, `<dt>`/`<dd>`, label/value spans). The first labelled value in document order wins.
 */
export function findValueByLabel(root: ParentNode, labels: readonly string[]): string | null {
  return findLabelHit(root, labels)?.value ?? null;
}

/**
 * Same lookup as {@link findValueByLabel}, returning the element that holds the value
 * (for links, copy buttons, masked fields). For "Label: value" in one element that element is returned.
 */
export function findElementByLabel(root: ParentNode, labels: readonly string[]): Element | null {
  return findLabelHit(root, labels)?.element ?? null;
}
