import type { BuyerPlan, DisputeReason, DisputeStatus } from '@/lib/model/snapshot';
import { queryAll } from '@/lib/pages/parse/query';
import { LABELS, GENERIC_LABELS } from '@/lib/pages/labels';
import { parseCountdownMs } from '@/lib/pages/parse/countdown';
import { toSimplified } from '@/lib/pages/parse/hanzi';
import { memoizeText, readScopedMap } from '@/lib/pages/parse/memo';
import { isElement, querySelectorAllIn, querySelectorIn } from './dispute-query';
import { toCountryCode } from '@/lib/pages/parse/country';
import { parsePageDate } from '@/lib/pages/parse/date';
import { parseAllMoney, parseMoney } from '@/lib/pages/parse/money';
import { normalizeDisputeReason, normalizeDisputeStatus } from '@/lib/pages/parse/status';
import { cleanText, findElementByLabel, findValueByLabel, labelCandidates, normalizeLabel, textOf } from '@/lib/pages/parse/text';

/**
 * What the dispute readers (list and detail, every generation) share: label sets the
 * dispute pages need beyond `LABELS`, finding a value in a block of elements, table
 * columns, the buyer's plan, the response countdown and the negotiation history.
 * Everything is read as text; nothing here touches the page.
 */

/** A dispute's elements: one element on detail pages, a run of sibling rows on list pages. */
export type Scope = readonly ParentNode[];

export type Actor = 'buyer' | 'seller' | 'platform';

// ---------------------------------------------------------------- labels

// Wording seen on real dispute pages that `LABELS` does not carry yet (seed 002's legacy dumps:
// "Cause of Dispute", "Dispute filing time"). Kept here until labels.ts lists them.
export const REASON_LABELS: readonly string[] = [...LABELS.disputeReason, 'Cause of Dispute', 'Reason of dispute'];
export const OPENED_LABELS: readonly string[] = [
  ...LABELS.disputeOpened,
  'Dispute filing time',
  'Filing time',
  'Dispute Opened',
  'Dispute opened on',
];
export const STATUS_LABELS: readonly string[] = LABELS.disputeStatus;
/** Column headers are a small, known place: one-word headers ("Status") are safe there. */
const STATUS_HEADERS: readonly string[] = [...LABELS.disputeStatus, ...GENERIC_LABELS.disputeStatus];
const REASON_HEADERS: readonly string[] = [...REASON_LABELS, ...GENERIC_LABELS.disputeReason];
const PLAN_HEADERS: readonly string[] = [
  ...LABELS.buyerPlan,
  ...LABELS.refundAmount,
  ...GENERIC_LABELS.refundAmount,
  '协商方案', '方案', 'Plan', 'Solution', 'Plano', 'Solução', 'Solución', 'План',
];
const BUYER_HEADERS: readonly string[] = LABELS.buyer;
const ORDER_HEADERS: readonly string[] = [...LABELS.orderId, ...GENERIC_LABELS.orderId];
const OPENED_HEADERS: readonly string[] = OPENED_LABELS;

/** Inside a located buyer-plan box, "备注"/"Remarks" are the buyer's words (never on the whole page). */
const PLAN_COMMENT_LABELS: readonly string[] = [
  ...LABELS.buyerComment,
  '备注', '留言', '说明', '买家说明', 'Remark', 'Notes', 'Note', 'Comment', 'Comments', 'Message',
  'Comentário', 'Comentarios', 'Comentario', 'Mensagem', 'Mensaje', 'Nota', 'Примечание', 'Сообщение',
];
/** Legacy pages give the plan as "Whether to return: yes" next to "Refund amount". */
const RETURN_FLAG_LABELS: readonly string[] = [
  '是否退货', '是否需要退货', 'Whether to return', 'Return goods', 'Return required', 'Return item',
  'Devolver produto', 'Devolução', 'Devolver producto', 'Devolución', 'Возврат товара',
];
/** The seller's own plan box, as titled on pages that address the seller directly ("Your plan", "Seu plano"). */
const SELLER_PLAN_LABELS: readonly string[] = [
  ...LABELS.sellerPlan,
  'Your plan', 'Your solution', 'Your proposal', 'Your offer', "Seller's offer", '您的方案', '你的方案', '我的提议', '卖家提议',
  'Seu plano', 'Sua solução', 'Sua proposta', 'Sua oferta', 'Oferta do vendedor',
  'Tu plan', 'Su plan', 'Tu solución', 'Tu propuesta', 'Su propuesta', 'Tu oferta', 'Oferta del vendedor',
  'Ваш план', 'Ваше решение', 'Ваше предложение', 'Ваш вариант', 'Предложение продавца',
];
const HISTORY_LABELS: readonly string[] = [
  '纠纷历史', '协商历史', '协商记录', '纠纷记录', '操作记录', '处理记录', '协商过程', '纠纷详情记录',
  'Negotiation history', 'Dispute history', 'Negotiation record', 'Negotiation records', 'Operation log', 'History',
  'Histórico da negociação', 'Histórico da disputa', 'Histórico', 'Historial de negociación', 'Historial de la disputa',
  'Historial', 'История переговоров', 'История спора', 'История',
  'Historique du litige', 'Historique des négociations', 'Historique', '분쟁 기록', '협상 기록', '처리 기록',
];

// ---------------------------------------------------------------- text helpers

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);

function documentOf(root: ParentNode): Document | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return doc && typeof doc.createTreeWalker === 'function' ? doc : null;
}

/** Text with a space between every text node, so `<div>Refund only</div><div>US $1</div>` keeps its words apart. */
export function spacedText(el: Node | null | undefined): string {
  if (!el) return '';
  const doc = documentOf(el as ParentNode);
  if (!doc) return cleanText(el.textContent);
  const parts: string[] = [];
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && SKIPPED_PARENTS.has(node.parentElement.tagName)) continue;
    parts.push((node as Text).data);
  }
  return cleanText(parts.join(' '));
}

interface LabelSet {
  exact: Set<string>;
  list: string[];
  /** First characters of the comparable forms. */
  initials: Set<string>;
}

const labelSets = new WeakMap<readonly string[], LabelSet>();
function labelSetOf(labels: readonly string[]): LabelSet {
  let set = labelSets.get(labels);
  if (!set) {
    const list = labels.map(normalizeLabel).filter(Boolean);
    // First characters of the comparable forms: a cheap test before comparing whole texts.
    const initials = new Set(list.map((label) => label.charAt(0)));
    set = { exact: new Set(list), list, initials };
    labelSets.set(labels, set);
  }
  return set;
}

export function isLabel(text: string, labels: readonly string[]): boolean {
  return labelSetOf(labels).exact.has(normalizeLabel(text));
}

interface Candidates {
  candidates: ReadonlyArray<{ readonly node: Text; readonly label: string }>;
  /** Positions in `candidates` by the first character of their label. */
  byInitial: Map<string, number[]>;
}

// The text index findValueByLabel builds (once per read), grouped by first character: every
// label lookup of a read then looks at a few texts instead of every text of the page.
const candidateCache = readScopedMap<ParentNode, Candidates>();

function candidatesOf(root: ParentNode): Candidates {
  const cached = candidateCache.get(root);
  if (cached) return cached;
  const candidates = labelCandidates(root);
  const byInitial = new Map<string, number[]>();
  candidates.forEach(({ label }, index) => {
    const initial = label.charAt(0);
    const bucket = byInitial.get(initial);
    if (bucket) bucket.push(index);
    else byInitial.set(initial, [index]);
  });
  const built = { candidates, byInitial };
  candidateCache.set(root, built);
  return built;
}

/**
 * Elements whose own text node is one of `labels` (e.g. every "Buyer" on the page, where
 * `findValueByLabel` gives only the first). With `prefix`, "Buyer's plan (default plan)" counts
 * for "Buyer's plan". Returns the text node's parent element, in document order.
 */
export function findLabelElements(root: ParentNode, labels: readonly string[], prefix = false): Element[] {
  const { exact, list, initials } = labelSetOf(labels);
  const { candidates, byInitial } = candidatesOf(root);
  // Only the texts that start like one of the labels, in document order.
  const indices: number[] = [];
  for (const initial of initials) indices.push(...(byInitial.get(initial) ?? []));
  if (initials.size > 1) indices.sort((a, b) => a - b);
  const found: Element[] = [];
  for (const index of indices) {
    const candidate = candidates[index];
    if (!candidate) continue;
    const { node, label } = candidate;
    const hit =
      exact.has(label) || (prefix && list.some((l) => label.startsWith(l) && /^[\s:：(（]/.test(label.slice(l.length))));
    const parent = node.parentElement;
    if (hit && parent && found[found.length - 1] !== parent) found.push(parent);
  }
  return found;
}

/** The first labelled value in any element of the scope. */
export function valueByLabel(scope: Scope, labels: readonly string[]): string | null {
  for (const part of scope) {
    const value = findValueByLabel(part, labels);
    if (value) return value;
  }
  return null;
}

/** Every labelled value in the scope (one per label occurrence), with the label and the element holding the value. */
function labelledValues(scope: Scope, labels: readonly string[]): Array<{ label: Element; element: Element; value: string }> {
  const out: Array<{ label: Element; element: Element; value: string }> = [];
  for (const part of scope) {
    for (const labelEl of findLabelElements(part, labels)) {
      const element = findElementByLabel(labelEl, labels);
      const value = findValueByLabel(labelEl, labels);
      if (element && value) out.push({ label: labelEl, element, value });
    }
  }
  return out;
}

/** The text after a label element up to the end of its line (its parent), all following siblings together. */
function restOfLine(labelEl: Element): string {
  const own = textOf(labelEl);
  // "Label: value" inside one element: the value is the rest of that element.
  const colonAt = own.search(/[:：]/);
  if (colonAt >= 0 && colonAt < own.length - 1) return cleanText(own.slice(colonAt + 1));
  // A label wrapped in its own element(s) (`<span><span>Label</span></span>`): the line is further up.
  let label = labelEl;
  while (!label.nextSibling && label.parentElement && textOf(label.parentElement) === own) label = label.parentElement;
  let text = '';
  for (let sib = label.nextSibling; sib; sib = sib.nextSibling) text += sib.textContent ?? '';
  return cleanText(text).replace(/^[\s:：]+/, '');
}

export { isElement, querySelectorAllIn, querySelectorIn };

/** Order, dispute ids: the longest run of 6-24 digits in the text. */
export function digitsIn(text: string | null | undefined): string | null {
  const runs = cleanText(text).match(/\d{6,24}/g);
  if (!runs) return null;
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

/** A digit query parameter of a link, e.g. `reverseOrderLineId` or `orderId`. */
export function idFromHref(href: string | null, params: readonly string[], base?: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? 'https://csp.aliexpress.com/');
    for (const name of params) {
      const value = url.searchParams.get(name);
      if (value && /^\d{4,24}$/.test(value)) return value;
    }
  } catch {
    // An odd href ("javascript:;") holds no id.
  }
  return null;
}

export const DISPUTE_ID_PARAMS = ['reverseOrderLineId', 'issueId', 'disputeId', 'reverseOrderId'] as const;
export const ORDER_ID_PARAMS = ['orderId', 'tradeOrderId', 'trade_order_id'] as const;

/** Links that open a dispute's detail page (any generation). */
export const DISPUTE_LINK_SELECTOR = [
  'a[href*="reverseOrderLineId="]', // m_apps/dispute-management/detail (2022-)
  'a[href*="issueDetail.htm"]', // trade.aliexpress.com legacy
  'a[href*="disputeId="]',
].join(',');

/** Links to an order page; their `orderId` parameter is the order number. */
export const ORDER_LINK_SELECTOR = ['a[href*="orderId="]', 'a[href*="tradeOrderId="]'].join(',');

// ---------------------------------------------------------------- table columns

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
/** Table rows, and rows of ARIA grids built from divs (virtualised tables). */
const ROWS = 'tr, [role="row"]';
const GRIDS = '[role="grid"], [role="table"], [role="treegrid"]';

function cellsOfRow(row: Element): Element[] {
  return Array.from(row.children).filter(
    (cell) => cell.tagName === 'TD' || cell.tagName === 'TH' || CELL_ROLES.has(cell.getAttribute('role') ?? ''),
  );
}

function isRow(el: ParentNode): el is Element {
  return isElement(el) && (el.tagName === 'TR' || el.getAttribute('role') === 'row');
}

/** The header row of an ARIA grid: the first row whose cells are column headers. */
function gridHeaderRow(grid: Element): Element | null {
  for (const row of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (Array.from(row.children).some((cell) => cell.getAttribute('role') === 'columnheader')) return row;
  }
  return null;
}

function spanOf(cell: Element): number {
  const span = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isFinite(span) && span > 0 ? span : 1;
}

/** Per read: header cells by table (or grid), so the rows of one table look their header up once. */
const headerCellsByTable = readScopedMap<Element, Element[]>();

/** The header cells of the table a body row belongs to, also when the header is a separate table (Fusion fixed header). */
function headerCellsFor(row: Element): Element[] | null {
  const table = row.tagName === 'TR' ? row.closest('table') : row.closest(GRIDS);
  if (!table) return null;
  // Every body row of a table gets the same answer; the header row itself looks further out.
  const known = headerCellsByTable.get(table);
  if (known && known[0]?.parentElement !== row) return known;
  const found = headerCellsOfTable(row);
  if (found) headerCellsByTable.set(table, found);
  return found;
}

function headerCellsOfTable(row: Element): Element[] | null {
  if (row.tagName !== 'TR') {
    const grid = row.closest(GRIDS);
    const headerRow = grid ? gridHeaderRow(grid) : null;
    const cells = headerRow && headerRow !== row ? cellsOfRow(headerRow) : [];
    return cells.length > 1 ? cells : null;
  }
  let node: Element | null = row.closest('table');
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const headerRow = node.querySelector('thead tr');
    if (headerRow && headerRow !== row) {
      const cells = cellsOfRow(headerRow);
      if (cells.length > 1) return cells;
    }
  }
  return null;
}

/** The cell under the column whose header is one of `labels`, in a row of the scope. */
export function cellUnderHeader(scope: Scope, labels: readonly string[]): Element | null {
  for (const part of scope) {
    const rows = isRow(part) ? [part] : queryAll(part, ROWS);
    for (const row of rows) {
      const headers = headerCellsFor(row);
      if (!headers) continue;
      let position = 0;
      let column = -1;
      for (const header of headers) {
        if (isLabel(textOf(header), labels)) {
          column = position;
          break;
        }
        position += spanOf(header);
      }
      if (column < 0) continue;
      position = 0;
      for (const cell of cellsOfRow(row)) {
        if (position === column && spanOf(cell) === 1 && textOf(cell)) return cell;
        position += spanOf(cell);
      }
    }
  }
  return null;
}

/** The visible lines of a cell: its child elements and loose text, descending through single wrappers. */
export function linesOf(el: Element): string[] {
  let node = el;
  for (let depth = 0; depth < 6; depth++) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const looseText = Array.from(node.childNodes).some((c) => c.nodeType === 3 && cleanText(c.textContent));
    if (!only || looseText) break;
    node = only;
  }
  const lines: string[] = [];
  for (const child of Array.from(node.childNodes)) {
    const text = child.nodeType === 1 ? spacedText(child) : child.nodeType === 3 ? cleanText(child.textContent) : '';
    if (text) lines.push(text);
  }
  return lines;
}

// ---------------------------------------------------------------- field readers

/** A field by label first, then by column header, then by class-name prefix. */
export function fieldText(
  scope: Scope,
  labels: readonly string[],
  headers: readonly string[],
  classSelector?: string,
): { text: string; element: Element | null } | null {
  const labelled = valueByLabel(scope, labels);
  if (labelled) return { text: labelled, element: null };
  const cell = cellUnderHeader(scope, headers);
  if (cell) return { text: spacedText(cell), element: cell };
  if (classSelector) {
    const el = querySelectorIn(scope, classSelector);
    const text = spacedText(el);
    if (el && text) return { text, element: el };
  }
  return null;
}

/** `columns`: also look under table column headers (list pages; detail pages have plan tables with their own columns). */
export function readReason(scope: Scope, columns = true): { reason: DisputeReason; reasonText: string } | null {
  const found = fieldText(scope, REASON_LABELS, columns ? REASON_HEADERS : [], '[class*="reason" i]:not([class*="label" i])');
  if (!found) return null;
  return { reason: normalizeDisputeReason(found.text), reasonText: found.text };
}

export function readOpenedAt(scope: Scope, columns = true): string | null {
  const found = fieldText(scope, OPENED_LABELS, columns ? OPENED_HEADERS : []);
  return found ? parsePageDate(found.text) : null;
}

export function readOrderId(scope: Scope, base?: URL): string | null {
  const labelled = digitsIn(valueByLabel(scope, LABELS.orderId));
  if (labelled) return labelled;
  const cell = cellUnderHeader(scope, ORDER_HEADERS);
  const fromCell = digitsIn(textOf(cell));
  if (fromCell) return fromCell;
  for (const link of querySelectorAllIn(scope, ORDER_LINK_SELECTOR)) {
    const id = idFromHref(link.getAttribute('href'), ORDER_ID_PARAMS, base);
    if (id) return id;
  }
  return null;
}

export function readDisputeIdInScope(scope: Scope, base?: URL): string | null {
  for (const link of querySelectorAllIn(scope, DISPUTE_LINK_SELECTOR)) {
    const id = idFromHref(link.getAttribute('href'), DISPUTE_ID_PARAMS, base);
    if (id) return id;
  }
  return digitsIn(valueByLabel(scope, LABELS.disputeId));
}

// ---------------------------------------------------------------- other disputes on a detail page

/** Page chrome that may list other disputes (a "this buyer's other disputes" column, a menu). */
const SIDE_REGIONS =
  'aside, nav, [role="complementary"], [role="navigation"], [class*="sidebar" i], [class*="side-bar" i], [class*="related" i]';
/** One entry of a list of disputes. */
const ENTRY_REGIONS = 'li, tr, [role="row"], [role="listitem"], [class*="item" i], [class*="entry" i], [class*="card" i]';

/**
 * Parts of a detail page about OTHER disputes: the side column or list entry around a link to,
 * or a labelled number of, a dispute that is not the one in the URL. Their order numbers,
 * reasons and statuses must not be read as this dispute's.
 */
function otherDisputeRegions(root: ParentNode, currentId: string, base: URL): Element[] {
  const markers: Element[] = [];
  for (const link of queryAll(root, DISPUTE_LINK_SELECTOR)) {
    const id = idFromHref(link.getAttribute('href'), DISPUTE_ID_PARAMS, base);
    if (id && id !== currentId) markers.push(link);
  }
  for (const labelEl of findLabelElements(root, LABELS.disputeId, true)) {
    const id = digitsIn(findValueByLabel(labelEl, LABELS.disputeId));
    if (id && id !== currentId) markers.push(labelEl);
  }
  if (markers.length === 0) return [];
  // (A Document has no textContent of its own: measure its root element.)
  const page = (root as Document).documentElement ?? (root as Element);
  const pageText = (page.textContent ?? '').length || 1;
  const regions: Element[] = [];
  for (const marker of markers) {
    const region = marker.closest(SIDE_REGIONS) ?? marker.closest(ENTRY_REGIONS);
    // A region holding this dispute's own id, or most of the page, is the page itself.
    if (!region || region.textContent?.includes(currentId) || (region.textContent ?? '').length > pageText / 2) continue;
    if (!regions.some((r) => r.contains(region))) regions.push(region);
  }
  return regions.filter((r) => !regions.some((o) => o !== r && o.contains(r)));
}

/** `root` without some of its subtrees, as the sibling subtrees that remain (document order). */
function scopeWithout(root: ParentNode, excluded: readonly Element[]): Scope {
  if (excluded.length === 0) return [root];
  const parts: ParentNode[] = [];
  const visit = (node: ParentNode) => {
    for (const child of Array.from(node.children)) {
      if (excluded.includes(child)) continue;
      if (excluded.some((e) => child.contains(e))) visit(child);
      else parts.push(child);
    }
  };
  visit(root);
  return parts;
}

/** What a detail page says about its own dispute: the page minus what it shows about others. */
export function detailScope(root: ParentNode, currentId: string | null, base: URL): Scope {
  return currentId ? scopeWithout(root, otherDisputeRegions(root, currentId, base)) : [root];
}

// Words that are never a buyer's name: the role word itself, or a date/number.
const NOT_A_NAME = /^(?:买家|買家|buyer|comprador|покупатель|acheteur|구매자|卖家|seller|vendedor|продавец|vendeur|판매자)$/i;

function plausibleName(value: string, element: Element | null): string | null {
  const name = cleanText(value);
  if (name.length < 2 || name.length > 60 || NOT_A_NAME.test(name)) return null;
  if (/^[\d\s:./-]+$/.test(name) || parsePageDate(name)) return null;
  // A value element holding several blocks (a whole card) is not a name cell.
  if (element && linesOf(element).length > 2) return null;
  return name;
}

/**
 * Elements named like a buyer's name: a "name" class on a "buyer" element or inside one
 * (`buyerName--`, `buyer-name`, `.buyer-card .name`), in document order.
 */
function buyerNameElements(scope: Scope): Element[] {
  const buyers = new Set(querySelectorAllIn(scope, '[class*="buyer" i]'));
  if (buyers.size === 0) return [];
  return querySelectorAllIn(scope, '[class*="name" i]').filter((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) if (buyers.has(node)) return true;
    return false;
  });
}

export function readBuyerName(scope: Scope): string | null {
  for (const { element, value } of labelledValues(scope, LABELS.buyer)) {
    // A "Buyer" card title followed by a block (name, country, contact link): its first line is the name.
    const name = plausibleName(value, element) ?? blockLines(element, value)[0] ?? null;
    if (name && plausibleName(name, null)) return name;
  }
  for (const el of buyerNameElements(scope)) {
    const name = plausibleName(spacedText(el), null);
    if (name) return name;
  }
  const cell = cellUnderHeader(scope, BUYER_HEADERS);
  const first = cell ? linesOf(cell)[0] : undefined;
  return first ? plausibleName(first, null) : null;
}

export function readCountry(scope: Scope): string | null {
  for (const { value } of labelledValues(scope, LABELS.country)) {
    const code = toCountryCode(value);
    if (code) return code;
  }
  for (const el of querySelectorAllIn(scope, '[class*="country" i]')) {
    const code = toCountryCode(spacedText(el));
    if (code) return code;
  }
  // A list's buyer column, or a "Buyer" block: the name, then the country on a line of its own.
  const buyerCell = cellUnderHeader(scope, BUYER_HEADERS);
  // "Comprador: Javier Gómez · España": the parts of the buyer's line after the name; or the
  // short text right after that line ("Buyer: Mia Thompson" then "Australia").
  const buyerBlocks = labelledValues(scope, LABELS.buyer).flatMap(({ label, element, value }) => {
    const line = label.parentElement && textOf(label.parentElement) === textOf(label) ? label.parentElement : label;
    const next = textOf(line.nextElementSibling);
    return [blockLines(element, value), restOfLine(label).split(/\s*[·•|,/()（）]\s*/), ['', next.length <= 40 ? next : '']];
  });
  for (const lines of [buyerCell ? linesOf(buyerCell) : [], ...buyerBlocks]) {
    for (const line of lines.slice(1)) {
      const code = line.length <= 40 ? toCountryCode(line) : null;
      if (code) return code;
    }
  }
  // A flag picture: its alt/title names the country, or its file does (".../flags/br.png").
  for (const el of [...querySelectorAllIn(scope, FLAG_IMAGES), ...querySelectorAllIn(scope, FLAG_CLASSES)]) {
    const named = toCountryCode(el.getAttribute('alt') ?? el.getAttribute('title') ?? '');
    if (named) return named;
    const file = FLAG_FILE.exec(`${el.getAttribute('src') ?? ''} ${el.getAttribute('class') ?? ''}`)?.[1];
    const code = file ? toCountryCode(file.toUpperCase()) : null;
    if (code) return code;
  }
  return null;
}

const FLAG_IMAGES = 'img[src*="flag" i]';
const FLAG_CLASSES = '[class*="flag" i]';
const FLAG_FILE = /(?:flags?\/|flag[-_])([a-z]{2})(?:\.(?:png|svg|jpe?g|webp)|\b)/i;
const STATUS_TAGS = '.ait-tag, .next-tag, [class*="tag" i]';

/** The lines of a labelled block value (`<div>Lukas Brandt</div><div>Germany</div><a>Contact</a>`). */
function blockLines(element: Element, value: string): string[] {
  const lines = linesOf(element);
  return lines.length > 1 ? lines : [value];
}

// ---------------------------------------------------------------- status

const STATUS_HINT_CLASSES = [
  '[class*="statusTag" i]',
  '[class*="statusSub" i]',
  '[class*="statusHint" i]',
  '[class*="statusDesc" i]',
  '[class*="subStatus" i]',
  '[class*="status-sub" i]',
  '[class*="status-desc" i]',
].join(',');

/**
 * The status from its main text and nearby hints. "纠纷协商中"/"Dispute Negotiation" alone means the
 * seller's turn; a hint "等待买家响应"/"Awaiting the buyer" next to it hands the turn to the buyer.
 */
export function resolveStatus(main: string | null, hints: readonly string[]): DisputeStatus | null {
  const fromMain = main ? normalizeDisputeStatus(main) : null;
  const fromHints = hints.map((h) => normalizeDisputeStatus(h)).filter((s): s is DisputeStatus => s !== null);
  if (fromMain === 'awaiting_seller' && fromHints.includes('awaiting_buyer')) return 'awaiting_buyer';
  return fromMain ?? fromHints[0] ?? null;
}

/**
 * Status text and hints of one dispute: label, column cell (its lines), a generation's own status
 * elements (`titles`, newest first), or any status-class element.
 */
export function readStatus(
  scope: Scope,
  columns = true,
  titles: readonly string[] = [],
): { status: DisputeStatus; statusText: string } | null {
  const hints = querySelectorAllIn(scope, STATUS_HINT_CLASSES)
    .map((el) => spacedText(el))
    .filter((t) => t.length > 0 && t.length <= 200);

  const labelled = valueByLabel(scope, STATUS_LABELS);
  if (labelled) {
    const status = resolveStatus(labelled, hints);
    if (status) return { status, statusText: labelled };
  }

  const cell = columns ? cellUnderHeader(scope, STATUS_HEADERS) : null;
  const candidates: string[][] = [];
  if (cell) candidates.push(linesOf(cell));
  for (const selector of titles) {
    const title = querySelectorIn(scope, selector);
    if (title) candidates.push([spacedText(title)]);
  }
  // "status" or "state" (caseView--state--, stateLabel): the banner line of a deploy we have not seen.
  const statusEls = querySelectorAllIn(scope, '[class*="status" i], [class*="state" i]').filter(
    (el) => !el.matches(STATUS_HINT_CLASSES) && textOf(el).length <= 120,
  );
  candidates.push(statusEls.flatMap((el) => (el.children.length > 0 ? linesOf(el) : [spacedText(el)])));
  // Lists often show the status only as a coloured tag (ait-tag / next-tag): kept when it reads as a dispute status.
  candidates.push(querySelectorAllIn(scope, STATUS_TAGS).map((el) => spacedText(el)).filter((t) => t.length <= 80));

  for (const lines of candidates) {
    const mainIndex = lines.findIndex((line) => normalizeDisputeStatus(line) !== null);
    const main = lines[mainIndex];
    if (main === undefined) continue;
    const status = resolveStatus(main, [...lines.slice(mainIndex + 1), ...hints]);
    if (status) return { status, statusText: main };
  }

  // Last resort: a bare "Status:"/"状态：" label, kept only when its value reads as a dispute status.
  const generic = valueByLabel(scope, GENERIC_LABELS.disputeStatus);
  const status = generic ? resolveStatus(generic, hints) : null;
  return generic && status ? { status, statusText: generic } : null;
}

const HEADINGS = 'h1, h2, h3, h4, [class*="title" i], [class*="heading" i], [class*="headline" i]';
const PAGE_CHROME = 'nav, aside, header, footer, [role="menu"], [role="tablist"], [class*="menu" i], [class*="breadcrumb" i]';

/**
 * Last resort on a detail page with no status label and an unknown banner class: the first short
 * heading that reads as a dispute status ("Ожидает вашего ответа"). History titles
 * ("Negotiation history" reads as "negotiation") and menus are skipped.
 */
export function readHeadingStatus(scope: Scope): { status: DisputeStatus; statusText: string } | null {
  let currentStep: { status: DisputeStatus; statusText: string } | null = null;
  for (const heading of querySelectorAllIn(scope, HEADINGS)) {
    const text = spacedText(heading);
    if (!text || text.length > 60 || isLabel(text, HISTORY_LABELS) || heading.closest(PAGE_CHROME)) continue;
    // A progress bar names every stage ("Dispute opened", "AliExpress intervention", "Closed"):
    // only its current step says where the dispute is, and a banner says it better.
    const step = heading.closest(STEPS);
    if (step && !(currentStep === null && isCurrentStep(heading, step))) continue;
    const status = normalizeDisputeStatus(text);
    if (!status) continue;
    if (!step) return { status, statusText: text };
    currentStep = { status, statusText: text };
  }
  return currentStep;
}

/**
 * Very last resort on a detail page whose status has neither label, nor class, nor heading: the
 * first short standalone line that reads as a dispute status and is alone of its kind in its
 * block (a steps bar or a row of tabs names several), outside menus and the history.
 */
export function readStatusLine(scope: Scope): { status: DisputeStatus; statusText: string } | null {
  const history = historyContainers(scope);
  for (const part of scope) {
    for (const { node } of labelCandidates(part)) {
      const line = node.parentElement;
      const text = cleanText(node.data);
      if (!line || text.length < 4 || text.length > 60 || textOf(line) !== text) continue;
      if (line.closest(`${PAGE_CHROME}, button, a, option, label, select, [role="tab"], [role="option"]`)) continue;
      if (history.some((h) => h.contains(line))) continue;
      const status = normalizeDisputeStatus(text);
      if (status && isLoneStatusLine(line)) return { status, statusText: text };
    }
  }
  return null;
}

function isLoneStatusLine(line: Element): boolean {
  let block: Element = line;
  for (let depth = 0; depth < 3 && block.parentElement; depth++) {
    block = block.parentElement;
    if ((block.textContent ?? '').length > 240) break;
    for (const other of Array.from(block.querySelectorAll('*'))) {
      if (other === line || other.children.length > 0) continue;
      const text = textOf(other);
      if (text.length > 0 && text.length <= 60 && normalizeDisputeStatus(text)) return false;
    }
  }
  return true;
}

const STEPS = '[class*="steps" i], [class*="stepper" i], [class*="step-bar" i], [class*="stepBar" i]';
const CURRENT_STEP = /(?:^|[-_\s])(?:process|current|active)(?:$|[-_\s])/i;

function isCurrentStep(heading: Element, steps: Element): boolean {
  for (let el: Element | null = heading; el && el !== steps; el = el.parentElement) {
    if (el.hasAttribute('aria-current') || CURRENT_STEP.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

// ---------------------------------------------------------------- buyer plan

const RETURN_AND_REFUND =
  /retour\s+(?:et|avec)\s+remboursement|retour\s+du\s+produit\s+et\s+remboursement|반품\s*(?:후|및|\/)\s*환불|退货退款|退货并退款|退货\s*[+&和及与]\s*退款|return(?:\s+(?:goods|item))?\s*(?:and|&|\+)\s*refund|refund\s+(?:and|with)\s+return|\breturn\s+refund|devolu[cç][aã]o\s+e\s+reembolso|devolver\s+e\s+reembolsar|reembolso\s+com\s+devolu|devoluci[oó]n\s+y\s+reembolso|reembolso\s+con\s+devoluci|возврат\s+товара\s+и\s+(?:средств|денег)|с\s+возвратом\s+товара/i;
const REFUND_ONLY =
  /remboursement\s+(?:uniquement|seulement|int[eé]gral|partiel)|환불만|부분\s*환불|전액\s*환불|仅退款|只退款|部分退款|全额退款|refunds?\s+only|only\s+refund|partial\s+refund|full\s+refund|apenas\s+reembolso|s[oó]\s+reembolso|reembolso\s+(?:parcial|total|integral)|solo\s+reembolso|s[oó]lo\s+reembolso|только\s+возврат\s+(?:средств|денег)|(?:частичный|полный)\s+возврат/i;
const YES = /^(?:是|需要|yes|y|sim|s[ií]|да|oui|예)$/i;
const NO = /^(?:否|不需要|no|n|não|nao|нет|non|아니요)$/i;

// Inside a box already known to be the buyer's plan, a bare "退货"/"Return" or "退款"/"Refund" is enough.
const RETURN_WORD = /退货|退回商品|(?<![\p{L}])return(?![\p{L}])|devolu[cç]|devolver|возврат товара|(?<![\p{L}])retour(?![\p{L}])|반품/iu;
const REFUND_WORD = /退款|(?<![\p{L}])refund|reembols|возврат (?:средств|денег)|возмещ|rembours|환불/iu;

export function planTypeOf(raw: string, loose = false): BuyerPlan['type'] | null {
  const text = toSimplified(raw);
  if (RETURN_AND_REFUND.test(text)) return 'return_and_refund';
  if (REFUND_ONLY.test(text)) return 'refund';
  if (!loose) return null;
  if (RETURN_WORD.test(text)) return 'return_and_refund';
  if (REFUND_WORD.test(text)) return 'refund';
  return null;
}

/** "Refund only, US $ 10.00" / "退货退款 US $25.80" / "Solo reembolso · 12,50 €". */
export function planFromText(text: string | null | undefined, loose = false): BuyerPlan | null {
  const clean = cleanText(text);
  const type = planTypeOf(clean, loose);
  if (!type) return null;
  const money = parseMoney(clean);
  return { type, amount: money?.amount ?? null, currency: money?.currency ?? null };
}

/**
 * The buyer's plan box: climb from its "Buyer's plan" title to the largest ancestor that holds
 * neither the seller's plan nor the dispute's general information nor the history.
 */
function buyerPlanBoxes(scope: Scope): Element[] {
  const inScope = (labels: readonly string[], prefix = false) => scope.flatMap((part) => findLabelElements(part, labels, prefix));
  const fences = [...inScope(SELLER_PLAN_LABELS, true), ...inScope(LABELS.orderId), ...inScope(HISTORY_LABELS)];
  const boxes: Element[] = [];
  for (const title of inScope(LABELS.buyerPlan, true)) {
    let box: Element = title;
    let amounts = 0;
    for (let depth = 0; depth < 6; depth++) {
      const parent: Element | null = box.parentElement;
      // Never past a part of the scope: what lies beyond it (a sidebar, the page) is not the box.
      if (!parent || scope.includes(box) || scope.includes(parent) || fences.some((f) => parent.contains(f))) break;
      // A box that already shows a plan and its amount stops before taking in another amount:
      // the card next to it is someone else's plan, whatever its title says.
      const parentText = spacedText(parent);
      const parentAmounts = parseAllMoney(parentText).length;
      if (amounts > 0 && parentAmounts > amounts && planTypeOf(spacedText(box), true)) break;
      box = parent;
      amounts = parentAmounts;
    }
    boxes.push(box);
  }
  return boxes;
}

export interface PlanReading {
  plan: BuyerPlan | null;
  comment: string | null;
}

function commentIn(box: Element): string | null {
  const scope = [box];
  const labelled = valueByLabel(scope, PLAN_COMMENT_LABELS);
  if (labelled && !isLabel(labelled, PLAN_COMMENT_LABELS)) return labelled;
  const cell = cellUnderHeader(scope, PLAN_COMMENT_LABELS);
  return cell ? spacedText(cell) : null;
}

// On the whole page only labels that name the buyer ("买家留言", "Buyer's comment"): a bare "Remarks"
// could be the seller's own note beside it.
const BUYER_WORD = /买家|買家|buyer|comprador|покупател|acheteur|구매자/i;
const BUYER_COMMENT_LABELS: readonly string[] = LABELS.buyerComment.filter((label) => BUYER_WORD.test(label));

/** The buyer's comment when the page has no buyer-plan box (older layouts put it in the dispute info). */
export function readBuyerComment(scope: Scope): string | null {
  const labelled = valueByLabel(scope, BUYER_COMMENT_LABELS);
  return labelled && !isLabel(labelled, BUYER_COMMENT_LABELS) ? labelled : null;
}

function amountIn(box: Element): ReturnType<typeof parseMoney> {
  const labelled = valueByLabel([box], LABELS.refundAmount);
  return (labelled ? parseMoney(labelled) : null) ?? parseMoney(spacedText(box));
}

/** The buyer's plan (and their comment on it) on a detail page. */
export function readDetailPlan(scope: Scope): PlanReading {
  const boxes = buyerPlanBoxes(scope);
  // Strict wording first ("仅退款", "Return and refund"); then bare "退款"/"Return" in the box.
  for (const loose of [false, true]) {
    for (const box of boxes) {
      const type = planTypeOf(spacedText(box), loose);
      if (!type) continue;
      const money = amountIn(box);
      return {
        plan: { type, amount: money?.amount ?? null, currency: money?.currency ?? null },
        comment: commentIn(box),
      };
    }
  }
  // Legacy detail pages: "Whether to return: yes" + "Refund amount: US $ 100.00".
  const returnFlag = cleanText(valueByLabel(scope, RETURN_FLAG_LABELS));
  const amountText = valueByLabel(scope, LABELS.refundAmount);
  if (returnFlag && (YES.test(returnFlag) || NO.test(returnFlag))) {
    const money = amountText ? parseMoney(amountText) : null;
    return {
      plan: {
        type: YES.test(returnFlag) ? 'return_and_refund' : 'refund',
        amount: money?.amount ?? null,
        currency: money?.currency ?? null,
      },
      comment: null,
    };
  }
  return { plan: null, comment: null };
}

/** The buyer's plan on a list row: labelled ("Buyer's request"), a plan column, or a plan-class element. */
export function readRowPlan(scope: Scope): BuyerPlan | null {
  const labelled = planFromText(valueByLabel(scope, LABELS.buyerPlan), true);
  if (labelled) return labelled;
  // Under a "Buyer's request" column a bare "Возврат средств"/"Refund" is the plan; under "Solution", only clear wording.
  const buyerCell = cellUnderHeader(scope, LABELS.buyerPlan);
  const fromBuyerCell = buyerCell ? planFromText(spacedText(buyerCell), true) : null;
  if (fromBuyerCell) return fromBuyerCell;
  const cell = cellUnderHeader(scope, PLAN_HEADERS);
  const fromCell = cell ? planFromText(spacedText(cell)) : null;
  if (fromCell) return fromCell;
  const el = querySelectorIn(scope, '[class*="plan" i], [class*="solution" i]');
  return el ? planFromText(spacedText(el)) : null;
}

// ---------------------------------------------------------------- countdown

const COUNTDOWN_HEADERS: readonly string[] = [...LABELS.responseDeadline, ...GENERIC_LABELS.responseDeadline];

const COUNTDOWN_CLASSES = [
  '[class*="countdown" i]',
  '[class*="count-down" i]',
  '[class*="timer" i]',
  '[class*="timeLeft" i]',
  '[class*="time-left" i]',
  '[class*="leftTime" i]',
  '[class*="left-time" i]',
  '[class*="remainTime" i]',
  '[class*="remain-time" i]',
  '[class*="timeout" i]',
].join(',');

/** "Respond within ..." written inside a sentence, with no element of its own (seed 002 legacy dumps). */
const RESPONSE_PHRASE =
  /(?:respond within|reply within|responda em|responda en|responde en|responder en|r[eé]pondez (?:sous|dans|avant)|请在|须在|剩余|还剩|осталось|ответьте в течение|남은 시간)\s*([^()（）。;；]{1,60})/i;
/** The phrase in a text node, folded to simplified Han; once per distinct text (menus repeat theirs). */
const responsePhraseIn = memoizeText((raw: string): { data: string; match: RegExpExecArray } | null => {
  const data = toSimplified(raw);
  const match = RESPONSE_PHRASE.exec(data);
  return match ? { data, match } : null;
});

/** Words around a countdown that make it the seller's response clock. */
const RESPONSE_CONTEXT =
  /respond|response|reply|escalat|confirm(?:ation)? (?:of )?receipt|evidence|dispute|return|refund|响应|回应|举证|证据|纠纷|确认收到退货|升级|退货|退款|responda|resposta|responder|disputa|evid[eê]ncia|prueba|respuesta|reclama|reclamo|devolu|reembols|ответ|спор|доказ|возврат|r[eé]pon|litige|retour|rembours|응답|분쟁|반품|환불/i;
/** Other clocks on the same pages: shipping, buyer protection, receipt confirmation, promotions. */
const DECOY_CONTEXT =
  /processing time|ship(?:ping)? (?:by|within|before)|发货期|备货期|发货剩余|买家确认收货|收货剩余|保护期|buyer protection|purchase protection|protection ends|报名|活动|大促|促销|promotion|campaign|coupon|优惠券|prote[cç][aã]o|protecci[oó]n|защит|processamento|prazo de (?:envio|postagem)|procesamiento|plazo de env[ií]o|обработк|срок отправки|отправ\S* до|protection de l|d[eé]lai de (?:traitement|livraison|exp[eé]dition)|구매자 보호|발송 기한|처리 기한/i;
const EXPIRED = /已超时|超时|已过期|expired|timed out|overdue|time'?s up|vencid|expirad|esgotad|agotad|просроч|истек|expir[eé]|d[eé]pass[eé]|기한 초과|만료/i;

// What may stand around the numbers of a bare countdown ("1天 05:12:33", "2 days 04:00:00 left"):
// unit words, "left"/"剩余", separators. Anything else (a product title "30 days return") is not a countdown.
const COUNTDOWN_WORDS =
  /\d+|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|and|left|remaining|dias?|días?|horas?|minutos?|segundos?|restantes?|y|e|дн(?:я|ей|ь)?\.?|день|час(?:а|ов)?|ч\.?|мин\.?|сек\.?|с\.?|осталось|и|jours?|heures?|et|restant|일|시간|분|초|남음|天|日|小时|小時|时|時|分钟|分|秒|剩余|还剩|[dhms]|[\s:：,.]/giu;

function isBareCountdown(text: string): boolean {
  return /\d/.test(text) && text.replace(COUNTDOWN_WORDS, '') === '';
}

interface CountdownCandidate {
  ms: number;
  score: number;
  order: number;
}

function contextOf(el: Element): string {
  let node: Element = el;
  for (let depth = 0; depth < 3 && node.parentElement; depth++) {
    if (spacedText(node).length >= 30) break;
    node = node.parentElement;
  }
  return spacedText(node).slice(0, 400);
}

function remainingMs(raw: string): number | null {
  // Digits in separate spans read back as "05 : 12 : 33"; the countdown parser wants "05:12:33".
  const text = raw.replace(/(\d)\s*[:：]\s*(?=\d)/g, '$1:');
  const ms = parseCountdownMs(text);
  if (ms !== null) return ms;
  return EXPIRED.test(text) && !/\d/.test(text) ? 0 : null;
}

/**
 * The seller's response countdown in the scope, in milliseconds (0 when it shows expired),
 * or null. Candidates are labelled values ("Respond within", "剩余时间"), countdown-class elements
 * and "Respond within ..." phrases; other clocks (shipping, protection, promotions) are skipped.
 * `strict` (detail pages) also wants response wording around an unlabelled candidate.
 */
export function findResponseCountdown(scope: Scope, strict: boolean): number | null {
  const candidates: CountdownCandidate[] = [];
  let order = 0;
  const consider = (el: Element, text: string, base: number) => {
    if (text.length > 120) return;
    const ms = remainingMs(text);
    if (ms === null) return;
    const context = toSimplified(contextOf(el));
    if (DECOY_CONTEXT.test(context)) return;
    const score = base + (RESPONSE_CONTEXT.test(context) ? 2 : 0);
    candidates.push({ ms, score, order: order++ });
  };

  for (const { label, element, value } of labelledValues(scope, LABELS.responseDeadline)) {
    if (remainingMs(value) !== null) consider(element, value, 3);
    // Digits and units each in their own span ("<span>1</span><span>día</span><span>05</span>:..."):
    // the label's value is the rest of its line, not the first span after it.
    else consider(label.parentElement ?? label, restOfLine(label), 3);
  }
  // textContent, not spaced text: a countdown's digits sit in inline spans ("<em>4</em> days <em>9</em>:<em>31</em>").
  for (const el of querySelectorAllIn(scope, COUNTDOWN_CLASSES)) consider(el, textOf(el), 1);
  // A list's "Time left" / "Осталось" column ("Просрочено" when it ran out).
  const column = strict ? null : cellUnderHeader(scope, COUNTDOWN_HEADERS);
  if (column) consider(column, textOf(column), 3);

  for (const part of scope) {
    const doc = documentOf(part);
    if (!doc) continue;
    const walker = doc.createTreeWalker(part as Node, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Style and script text can be long: never fold or search it.
      if (!parent || SKIPPED_PARENTS.has(parent.tagName)) continue;
      const found = responsePhraseIn((node as Text).data);
      if (!found) continue;
      const { data, match } = found;
      // The countdown may follow in its own tags ("Responda em <b>2</b> dias <b>03</b>:..."): read to the end of the line.
      let rest = data.slice(match.index + match[0].length - (match[1]?.length ?? 0));
      for (let sib = node.nextSibling; sib && rest.length < 120; sib = sib.nextSibling) rest += sib.textContent ?? '';
      consider(parent, cleanText(rest).slice(0, 120), 1);
    }
  }

  const threshold = strict ? 2 : 1;
  const pick = () => candidates.filter((c) => c.score >= threshold).sort((a, b) => b.score - a.score || a.order - b.order)[0];
  let best = pick();
  if (!best) {
    // No label, no class hint, no phrase: a small element holding nothing but a countdown. From
    // each short text with a digit, up through the few ancestors that stay short: digits and units
    // may each have a tag ("<b>6</b><small>d</small> <b>23</b><small>h</small>...").
    const seen = new Set<Element>();
    for (const part of scope) {
      for (const { node } of labelCandidates(part)) {
        if (!/\d/.test(node.data)) continue;
        // The outermost short ancestor that is a whole countdown ("1天 05:12:33", not its "05:12:33").
        let outermost: { el: Element; text: string } | null = null;
        let el = node.parentElement;
        for (let depth = 0; el && depth < 4 && !seen.has(el); depth++, el = el.parentElement) {
          seen.add(el);
          const raw = el.textContent ?? '';
          if (raw.length > 120 || el.children.length > 12) break;
          const text = cleanText(raw);
          if (text.length <= 40 && isBareCountdown(text) && remainingMs(text) !== null) outermost = { el, text };
        }
        if (outermost) consider(outermost.el, outermost.text, 1);
      }
    }
    best = pick();
  }
  return best ? best.ms : null;
}

/** Statuses where the clock on screen is not the seller's (or there is none). */
const NO_SELLER_DEADLINE: ReadonlySet<DisputeStatus> = new Set(['awaiting_buyer', 'awaiting_return', 'closed']);

export function deadlineFor(status: DisputeStatus, countdownMs: number | null, now: Date): string | null {
  if (countdownMs === null || NO_SELLER_DEADLINE.has(status) || Number.isNaN(now.getTime())) return null;
  return new Date(now.getTime() + countdownMs).toISOString();
}

/** The statuses in which the seller must act before a deadline the page should show. */
export function sellerMustAct(status: DisputeStatus): boolean {
  return status === 'awaiting_seller' || status === 'awaiting_return_receipt';
}

// ---------------------------------------------------------------- negotiation history

const ACTORS: ReadonlyArray<readonly [RegExp, Actor]> = [
  [/^(?:买家|買家|buyer|the buyer|comprador|compradora|покупатель|acheteur|acheteuse|구매자)$/i, 'buyer'],
  [/^(?:卖家|賣家|商家|您|我|seller|the seller|you|vendedor|vendedora|продавец|вы|vendeur|vous|판매자)$/i, 'seller'],
  [/^(?:平台|系统|速卖通|小二|纠纷专员|aliexpress|platform|system|plataforma|sistema|платформа|система|администрация|plateforme|système|플랫폼|시스템)$/i, 'platform'],
];
const ACTOR_IN_TEXT: ReadonlyArray<readonly [RegExp, Actor]> = [
  [/买家|買家|구매자|(?<![\p{L}])(?:buyer|comprador|compradora|покупатель|acheteur|acheteuse)(?![\p{L}])/iu, 'buyer'],
  [/卖家|賣家|판매자|(?<![\p{L}])(?:seller|vendedor|vendedora|продавец|vendeur)(?![\p{L}])/iu, 'seller'],
  [/平台|系统|速卖通|小二|플랫폼|(?<![\p{L}])(?:aliexpress|platform|system|plataforma|sistema|платформа|система|plateforme)(?![\p{L}])/iu, 'platform'],
];

const HISTORY_CLASSES = [
  '[class*="history" i]',
  '[class*="timeline" i]',
  '[class*="processList" i]',
  '[class*="process-list" i]',
  '[class*="negotiat" i]',
  '[class*="record" i]',
].join(',');

function actorOf(entry: Element): Actor | null {
  for (const el of Array.from(entry.querySelectorAll('*'))) {
    if (el.children.length > 0) continue;
    const text = toSimplified(textOf(el));
    if (text.length > 20) continue;
    for (const [pattern, actor] of ACTORS) if (pattern.test(text)) return actor;
  }
  const text = toSimplified(spacedText(entry));
  let best: { index: number; actor: Actor } | null = null;
  for (const [pattern, actor] of ACTOR_IN_TEXT) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, actor };
  }
  return best?.actor ?? null;
}

function timeOfEntry(entry: Element): number | null {
  const timeEl = entry.querySelector('time, [class*="time" i], [class*="date" i]');
  const iso = parsePageDate(timeEl ? spacedText(timeEl) : '') ?? parsePageDate(spacedText(entry));
  return iso ? Date.parse(iso) : null;
}

function historyContainers(scope: Scope): Element[] {
  const out = querySelectorAllIn(scope, HISTORY_CLASSES);
  for (const heading of scope.flatMap((part) => findLabelElements(part, HISTORY_LABELS))) {
    // The section a heading titles: climb until the ancestor holds more than the heading.
    let section: Element = heading;
    for (let depth = 0; depth < 4 && section.parentElement; depth++) {
      section = section.parentElement;
      if (spacedText(section).length > spacedText(heading).length + 10) break;
    }
    out.push(section);
  }
  return out;
}

/** Who acted last in the negotiation history (by the entries' times), or null when no history is shown. */
/** The entries of a history container: list items, rows, item-classed elements, else its children. */
function historyEntries(container: Element): Element[] {
  const marked = querySelectorAllIn([container], 'li, tr, [class*="item" i], [class*="entry" i], [class*="record" i]').filter(
    (el) => el !== container,
  );
  if (marked.length > 0) return marked;
  // Unmarked markup: the children of the element that has the most children showing a date.
  let best: Element[] = [];
  for (const el of [container, ...Array.from(container.querySelectorAll('*'))]) {
    if (el.children.length < 2) continue;
    const dated = Array.from(el.children).filter((child) => DATE_LIKE.test(child.textContent ?? ''));
    if (dated.length >= Math.max(2, best.length)) best = dated;
  }
  return best;
}

// A calendar date as history entries print them: 2025-02-18, 18/02/2025, 18.02.2025, 18 февраля 2025, Feb 18, 2025.
const DATE_LIKE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}/u;

export function readLastActor(scope: Scope): Actor | null {
  for (const container of historyContainers(scope)) {
    const items = historyEntries(container);
    // Parse dates last and only for entries with an actor: date parsing is the costly step.
    const withActor = items
      .map((el) => ({ el, actor: actorOf(el) }))
      .filter((e): e is { el: Element; actor: Actor } => e.actor !== null);
    const entries = withActor
      .map((e) => ({ ...e, time: timeOfEntry(e.el) }))
      .filter((e): e is { el: Element; time: number; actor: Actor } => e.time !== null);
    // Keep the innermost entries: an <li> that wraps a timeline item is the same entry.
    const leaves = entries.filter((e) => !entries.some((o) => o !== e && e.el.contains(o.el)));
    if (leaves.length === 0) continue;
    const first = leaves[0];
    const last = leaves[leaves.length - 1];
    if (!first || !last) continue;
    const newestFirst = first.time > last.time;
    let latest = first;
    for (const e of leaves) {
      if (e.time > latest.time || (e.time === latest.time && !newestFirst)) latest = e;
    }
    return latest.actor;
  }
  return null;
}

// ---------------------------------------------------------------- reply box

const MESSAGE_HINT = /message|留言|回复|reply|comment|备注|remark|mensagem|mensaje|comentario|coment[aá]rio|сообщени|комментар/i;

/** The negotiation message box on a dispute detail page (a textarea or a rich editor). */
export function findDisputeReplyBox(root: ParentNode): HTMLElement | null {
  const editors = Array.from(root.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]')).filter(
    (el) => !el.hasAttribute('disabled') && !el.hasAttribute('readonly') && el.getAttribute('aria-hidden') !== 'true',
  );
  const hinted = editors.find((el) => {
    const own = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('name') ?? ''}`;
    const section = el.closest('section, form, [class*="card" i], [class*="box" i], [class*="message" i]');
    return MESSAGE_HINT.test(own) || MESSAGE_HINT.test(section ? spacedText(section).slice(0, 200) : '');
  });
  return hinted ?? editors[0] ?? null;
}
