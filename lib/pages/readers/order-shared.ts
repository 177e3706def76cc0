import type { Money, OrderItem, OrderSnapshot, OrderStatus, ReadResult } from '@/lib/model/snapshot';
import { GENERIC_LABELS, LABELS } from '@/lib/pages/labels';
import { deadlineFromCountdown, parseCountdownMs } from '@/lib/pages/parse/countdown';
import { toCountryCode } from '@/lib/pages/parse/country';
import { parsePageDate } from '@/lib/pages/parse/date';
import { parseAllMoney, parseMoney } from '@/lib/pages/parse/money';
import { memoizeText, readScopedMap } from '@/lib/pages/parse/memo';
import { compareDocumentOrder, matchesSelector, queryAll, queryFirst as queryFirstMatch } from '@/lib/pages/parse/query';
import { normalizeOrderStatus } from '@/lib/pages/parse/status';
import { cleanText, findElementByLabel, findValueByLabel, labelTextOf, normalizeLabel, textOf } from '@/lib/pages/parse/text';
import type { ReadContext } from '@/lib/pages/reader';

/**
 * The order-page engine shared by every order reader (detail and list, all generations).
 * Readers only differ in their URL test and in their class-name fallbacks; the engine works
 * LABELS FIRST (the text next to 订单号 / Order number / Número do pedido ...), then the
 * reader's selectors. Page text is read with textContent only; nothing is clicked or changed.
 *
 * Speed: it runs several times a second on 3,000-element pages, so the page's text nodes are
 * walked once into a label index and every value is then resolved next to its label.
 */

// ---------------------------------------------------------------- selectors a reader supplies

export interface OrderSelectors {
  /** Element whose text is the order id (when no label or link gives it). */
  orderId: readonly string[];
  /** The order status text (only the status, not its countdown). */
  status: readonly string[];
  /** The buyer's (possibly masked) name. */
  buyer: readonly string[];
  /** Country name or flag (text, title or alt). */
  country: readonly string[];
  /** The amount the buyer paid for the order. */
  total: readonly string[];
  /** The buyer's order remark, never the seller's memo. */
  remark: readonly string[];
  /** The shipping address line (its last part names the country) when no label says "Country". */
  address?: readonly string[];
  /** The recipient's name, the buyer's name when the page shows no buyer. */
  recipient?: readonly string[];
  carrier: readonly string[];
  trackingNumber: readonly string[];
  /** Product title of one order line. */
  itemTitle: readonly string[];
  itemUnitPrice: readonly string[];
  itemQuantity: readonly string[];
}

export interface ListSelectors extends OrderSelectors {
  /** Elements that carry one order's id in a list row (a link, or the id text itself). */
  orderAnchor: readonly string[];
}

export interface DetailOptions {
  /** Old pages label the status with a bare "Status:"; allow the generic one-word labels page-wide. */
  genericLabels?: boolean;
}

// ---------------------------------------------------------------- small text helpers

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'SELECT']);
/** Values that mean "nothing here": "-", "--", "暂无", "N/A" ... */
const PLACEHOLDER = /^(?:[-–—_/.*\s]*|暂无.*|无|none|n\/a|null|undefined|nenhum|ninguno|нет)$/i;
const ORDER_ID_IN_TEXT = /(?<!\d)(\d{8,24})(?!\d)/;
const ORDER_ID_IN_HREF = /[?&#]orderId=(\d{6,24})(?!\d)/;
const TRACKING = /^[A-Z0-9][A-Z0-9-]{6,38}[A-Z0-9]$/i;
const WEIGHT = /(\d+(?:[.,]\d+)?)\s*(kgs?|kilogram\w*|quilo\w*|кг|公斤|千克|g|gr|grams?|gramas?|gramos?|г|克)(?![\p{L}])/iu;
/** Text near a countdown that says it is the buyer's time left to confirm receipt. */
const RECEIPT_COUNTDOWN = /确认收货|自动收货|確認收貨|confirm (?:order |goods )?receiv|confirm (?:the )?receipt|auto-?confirm|confirmar (?:o )?recebimento|confirma[çc][ãa]o (?:autom[áa]tica )?(?:de |do )?recebimento|recebimento autom|confirmar (?:la )?recepci|confirmaci[óo]n (?:autom[áa]tica )?de (?:la )?recepci|recepci[óo]n autom|подтвер\p{L}* получени|автоподтвержд|confirmation (?:automatique )?de (?:la )?r[ée]ception|구매 ?확정|수령 ?확인/iu;

/** Page texts repeat (menus, every row's labels): the big pattern runs once per distinct text. */
const speaksOfReceipt = memoizeText((text: string) => RECEIPT_COUNTDOWN.test(text));

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const BLOCK_TAGS = 'div, p, li, td, th, dd, dt, tr, section, article, h1, h2, h3, h4, h5, h6';

/**
 * Text with a space between blocks and cells but none between inline pieces, so a price split
 * into spans (`<span>R$</span><span>139</span><span>,90</span>`) stays whole while two cells do not run together.
 */
function textOfSpaced(el: Element): string {
  let out = '';
  let lastBlock: Element | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIPPED_TAGS.has(parent.tagName)) continue;
    const block = parent.closest(BLOCK_TAGS);
    if (block !== lastBlock) out += ' ';
    lastBlock = block;
    out += node.textContent ?? '';
  }
  return cleanText(out);
}

/** The first non-empty text node of an element: "AliExpress Standard Shipping" out of a cell that also says "15-25 days". */
function firstLineOf(el: Element): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED_TAGS.has(parent.tagName)) continue;
    const text = cleanText(node.textContent);
    if (text && !/^[:：]$/.test(text)) return text;
  }
  return '';
}

function queryFirst(roots: readonly Element[], selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const root of roots) {
      const found = matchesSelector(root, selector) ? root : queryFirstMatch(root, selector);
      if (found) return found;
    }
  }
  return null;
}

/** The first element matching the selectors (in selector order) that is not another order's. */
function queryOwn(scope: Scope, selectors: readonly string[]): Element | null {
  if (scope.foreign.length === 0) return queryFirst(scope.roots, selectors);
  for (const selector of selectors) {
    for (const root of scope.roots) {
      const found = (matchesSelector(root, selector) ? [root] : queryAll(root, selector)).find((el) => !isForeign(scope, el));
      if (found) return found;
    }
  }
  return null;
}

/** Text of an element, or its title/alt when it shows only an icon (a flag). */
function textOrTitle(el: Element): string {
  const text = textOf(el);
  if (text) return text;
  const titled = el.getAttribute('title') ?? el.getAttribute('alt') ?? el.querySelector('[title],[alt]')?.getAttribute('title') ?? el.querySelector('[alt]')?.getAttribute('alt') ?? '';
  return cleanText(titled);
}

function rootElement(root: ParentNode): Element | null {
  if ((root as Document).documentElement !== undefined && (root as Node).nodeType === 9) {
    const doc = root as Document;
    return doc.body ?? doc.documentElement;
  }
  return (root as Element).nodeType === 1 ? (root as Element) : null;
}

// ---------------------------------------------------------------- label index (one text pass)

/** Menus, tabs and breadcrumbs: a menu group titled "物流服务" is no carrier label. */
const PAGE_CHROME = 'nav, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [class*="menu"], [class*="sidebar"], [class*="sider"], [class*="breadcrumb"]';
/** Where a <header>/<footer> is an order card's own head (its id, date, status), not the page banner. */
const CARD = 'article, section, li, tr, [role="row"], [role="article"], [role="listitem"]';

const CHROME_OR_BANNER = `${PAGE_CHROME}, header, footer`;

/** Nearest element (itself or above) that is chrome or a banner; shared by every lookup in one read. */
const nearestChromeCache = readScopedMap<Element, Element | null>();

function nearestChrome(el: Element): Element | null {
  const path: Element[] = [];
  let found: Element | null | undefined;
  for (let at: Element | null = el; at; at = at.parentElement) {
    found = nearestChromeCache.get(at);
    if (found !== undefined) break;
    if (at.matches(CHROME_OR_BANNER)) {
      found = at;
      nearestChromeCache.set(at, at);
      break;
    }
    path.push(at);
  }
  for (const at of path) nearestChromeCache.set(at, found ?? null);
  return found ?? null;
}

function inPageChrome(el: Element): boolean {
  // One lookup for the usual answer (no chrome at all); a card's own <header> needs a second look.
  const found = nearestChrome(el);
  if (!found) return false;
  if (found.tagName !== 'HEADER' && found.tagName !== 'FOOTER') return true;
  const above = found.parentElement;
  return above ? above.closest(PAGE_CHROME) !== null || above.closest(CARD) === null : true;
}

/**
 * The labels of the fields the order readers look up, picked one by one (static lookups) so
 * the order reader bundle carries no dispute-only labels.
 */
const ORDER_LABELS = {
  orderId: LABELS.orderId, orderStatus: LABELS.orderStatus, buyer: LABELS.buyer, country: LABELS.country,
  carrier: LABELS.carrier, trackingNumber: LABELS.trackingNumber, orderTotal: LABELS.orderTotal,
  orderTime: LABELS.orderTime, shipTime: LABELS.shipTime, remark: LABELS.remark, sellerNote: LABELS.sellerNote,
  recipient: LABELS.recipient, address: LABELS.address, weight: LABELS.weight, quantity: LABELS.quantity,
  unitPrice: LABELS.unitPrice, sku: LABELS.sku,
} as const;

/** Fields the order readers look up by label. */
const ORDER_FIELDS = Object.keys(ORDER_LABELS) as Array<keyof typeof ORDER_LABELS>;
type OrderField = keyof typeof ORDER_LABELS;

interface LabelMap {
  byLabel: Map<string, OrderField[]>;
  /** Longest label: longer texts (before any colon) cannot be a label, so they are not normalized. */
  longest: number;
}

function buildLabelMap(generic: boolean): LabelMap {
  const byLabel = new Map<string, OrderField[]>();
  let longest = 0;
  const add = (field: OrderField, label: string) => {
    const norm = normalizeLabel(label);
    if (!norm) return;
    const fields = byLabel.get(norm) ?? [];
    if (!fields.includes(field)) fields.push(field);
    byLabel.set(norm, fields);
    longest = Math.max(longest, norm.length);
  };
  for (const field of ORDER_FIELDS) for (const label of ORDER_LABELS[field]) add(field, label);
  if (generic) {
    for (const [field, labels] of Object.entries(GENERIC_LABELS)) {
      if ((ORDER_FIELDS as readonly string[]).includes(field)) for (const label of labels) add(field as OrderField, label);
    }
  }
  return { byLabel, longest: longest + 4 };
}

// Built once: the dictionaries are constants, and rebuilding them on every read would be waste.
const LABEL_MAPS = { plain: buildLabelMap(false), generic: buildLabelMap(true) };

// The same array for the same field on every read, so findValueByLabel's per-array label cache hits.
const WITH_GENERIC = new Map<OrderField, readonly string[]>();

function labelsFor(field: OrderField, generic: boolean): readonly string[] {
  if (!generic) return ORDER_LABELS[field];
  const cached = WITH_GENERIC.get(field);
  if (cached) return cached;
  const extra = (GENERIC_LABELS as Partial<Record<OrderField, readonly string[]>>)[field];
  const labels = extra ? [...ORDER_LABELS[field], ...extra] : ORDER_LABELS[field];
  WITH_GENERIC.set(field, labels);
  return labels;
}

/** Fields whose one-word labels ("Status", "留言") count: all of them inside one list order, few page-wide. */
type GenericFields = 'all' | readonly OrderField[];

/** A label's text node; `segment` is the value when the label stood mid-line after a separator. */
interface LabelHit {
  node: Text;
  segment?: string;
}

interface LabelIndex {
  generic: GenericFields;
  hits: Map<OrderField, LabelHit[]>;
  /** Text nodes that speak of the buyer confirming receipt (the protection countdown sits next to them). */
  receiptNodes: Text[];
}

/** Walk the text nodes under `roots` once; remember every node that is one of our labels. */
/** Separators between fields written on one line: "Shipping: Cainiao · Tracking number: LP…". */
const FIELD_SEPARATOR = /\s[·•|｜]\s/;

function indexLabels(roots: readonly Element[], generic: GenericFields): LabelIndex {
  const map = generic === 'all' || generic.length > 0 ? LABEL_MAPS.generic : LABEL_MAPS.plain;
  const hits = new Map<OrderField, LabelHit[]>();
  const receiptNodes: Text[] = [];
  const add = (node: Text, parent: Element, label: string, segment?: string) => {
    const fields = map.byLabel.get(normalizeLabel(label));
    if (!fields) return;
    let plain: OrderField[] | undefined;
    for (const field of fields) {
      if (generic !== 'all' && map !== LABEL_MAPS.plain) {
        // A one-word label: only for the allowed fields, and never a link or a button ("留言" to chat).
        plain ??= LABEL_MAPS.plain.byLabel.get(normalizeLabel(label)) ?? [];
        if (!plain.includes(field) && (!generic.includes(field) || parent.closest('a, button, [role="button"]'))) continue;
      }
      const list = hits.get(field) ?? [];
      list.push(segment === undefined ? { node } : { node, segment });
      hits.set(field, list);
    }
  };
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const raw = node.data;
      const text = raw.length < 400 ? raw.trim() : raw.slice(0, 400).trim();
      if (text.length === 0) continue;
      if (raw.length < 400 && speaksOfReceipt(text)) receiptNodes.push(node);
      // Cheap length tests first: most text nodes (titles, prices, ids) are never normalized.
      const colonAt = text.slice(0, map.longest + 1).search(/[:：]/);
      const head = colonAt > 0 ? text.slice(0, colonAt) : text.length <= map.longest ? text : null;
      const isLabel = head !== null && map.byLabel.has(normalizeLabel(head));
      const segmented = raw.length < 400 && FIELD_SEPARATOR.test(text);
      if (!isLabel && !segmented) continue;
      const parent = node.parentElement;
      if (!parent || SKIPPED_TAGS.has(parent.tagName) || inPageChrome(parent)) continue;
      if (isLabel && head !== null) add(node, parent, head);
      if (!segmented) continue;
      // Later fields on the same line: each "Label: value" segment after a separator.
      for (const part of text.split(FIELD_SEPARATOR).slice(1)) {
        const m = /^([^:：]{1,40})[:：]\s*(\S.*)$/.exec(part.trim());
        if (m?.[1] && m[2]) add(node, parent, m[1], m[2]);
      }
    }
  }
  return { generic, hits, receiptNodes };
}

// ---------------------------------------------------------------- tables: header -> column -> cell

/** Per-read caches; nothing survives between reads. */
/** Table columns we read: the labelled fields, plus the product column (its first line is the title). */
type ColumnField = OrderField | 'product';

/** Headers of the product column, for pages whose titles are neither links nor known classes. */
const PRODUCT_COLUMN_LABELS = new Set(
  ['商品', '商品信息', '商品名称', '产品', '产品信息', '宝贝', 'Product', 'Products', 'Product details', 'Product Details', 'Product information',
    'Item', 'Items', 'Item details', 'Produto', 'Produtos', 'Detalhes do produto', 'Producto', 'Productos', 'Artículo', 'Artículos',
    'Товар', 'Товары', 'Информация о товаре'].map(normalizeLabel),
);

interface TableCache {
  grids: Map<Element, Map<Element, Map<number, Element>>>;
  headers: Map<Element, Map<ColumnField, number>>;
  /** Header cells found under an ancestor (Fusion's split header), so each ancestor is searched once. */
  headerCells: Map<Element, Element[]>;
}

function newTableCache(): TableCache {
  return { grids: new Map(), headers: new Map(), headerCells: new Map() };
}

/** Per read: each row's cells and each row's table; every field of every order asks again. */
const cellsByRow = readScopedMap<Element, Element[]>();
const gridByRow = readScopedMap<Element, Element | null>();

function cellsOf(row: Element): Element[] {
  let cells = cellsByRow.get(row);
  if (!cells) {
    cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH' || c.getAttribute('role') === 'gridcell' || c.getAttribute('role') === 'cell');
    cellsByRow.set(row, cells);
  }
  return cells;
}

function gridAround(row: Element): Element | null {
  let grid = gridByRow.get(row);
  if (grid === undefined) {
    grid = row.closest(GRID);
    gridByRow.set(row, grid);
  }
  return grid;
}

function spanOf(cell: Element, attr: 'colspan' | 'rowspan'): number {
  const n = Number(cell.getAttribute(attr) ?? cell.getAttribute(`aria-${attr}`));
  return Number.isInteger(n) && n > 1 ? Math.min(n, 100) : 1;
}

/** Column index of every cell of a table section's rows, rowspan/colspan aware (Fusion's data-next-table-col wins). */
function gridOf(section: Element, cache: TableCache): Map<Element, Map<number, Element>> {
  const cached = cache.grids.get(section);
  if (cached) return cached;
  const grid = new Map<Element, Map<number, Element>>();
  const rows = Array.from(section.children).filter((r) => r.tagName === 'TR' || r.getAttribute('role') === 'row');
  const occupied: Array<Map<number, Element>> = rows.map(() => new Map());
  rows.forEach((row, r) => {
    const taken = occupied[r] ?? new Map<number, Element>();
    let col = 0;
    for (const cell of cellsOf(row)) {
      const explicit = cell.getAttribute('data-next-table-col');
      if (explicit !== null && /^\d+$/.test(explicit)) col = Number(explicit);
      else while (taken.has(col)) col++;
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        const target = occupied[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < colspan; dc++) if (!target.has(col + dc)) target.set(col + dc, cell);
      }
      col += colspan;
    }
    grid.set(row, taken);
  });
  cache.grids.set(section, grid);
  return grid;
}

/** A th that heads a column (in a thead, or in a row of header cells only), not a row label. */
function columnHeaderOf(el: Element): Element | null {
  const th = el.closest('th, [role="columnheader"]');
  if (!th) return null;
  if (th.closest('thead') || th.getAttribute('role') === 'columnheader') return th;
  const row = th.parentElement;
  return row && cellsOf(row).every((c) => c.tagName === 'TH') ? th : null;
}

function columnIndexOf(header: Element): number {
  let col = 0;
  for (let sib = header.previousElementSibling; sib; sib = sib.previousElementSibling) col += spanOf(sib, 'colspan');
  return col;
}

/** Body sections that belong with a header: the same table, or (Fusion's split header/body) a nearby table body. */
/** A table, or a grid of divs with ARIA roles (virtualised lists render no <table>). */
const GRID = 'table, [role="grid"], [role="table"], [role="treegrid"]';

function bodySectionsNear(header: Element): Element[] {
  const table = header.closest(GRID);
  if (!table) return [];
  if (table.tagName !== 'TABLE') {
    // Row groups other than the header's own; rows straight under the grid form one section.
    const groups = Array.from(table.querySelectorAll('[role="rowgroup"]')).filter((g) => !g.contains(header) && g.closest(GRID) === table);
    return groups.length > 0 ? groups : [table];
  }
  const own = Array.from(table.children).filter((c) => c.tagName === 'TBODY');
  if (own.some((b) => b.children.length > 0)) return own;
  let anc: Element | null = table.parentElement;
  for (let depth = 0; anc && depth < 4; depth++, anc = anc.parentElement) {
    const bodies = Array.from(anc.querySelectorAll('tbody')).filter((b) => !table.contains(b));
    if (bodies.length > 0) return bodies;
  }
  return [];
}

/** The body cells under a column header, top to bottom (group-header rows spanning the table skipped). */
function columnCells(header: Element, cache: TableCache): Element[] {
  const col = columnIndexOf(header);
  const headerRow = header.parentElement;
  const width = headerRow ? cellsOf(headerRow).reduce((n, c) => n + spanOf(c, 'colspan'), 0) : 0;
  const out: Element[] = [];
  for (const section of bodySectionsNear(header)) {
    for (const [row, cells] of gridOf(section, cache)) {
      const own = cellsOf(row);
      if (own.length === 1 && own[0] && spanOf(own[0], 'colspan') >= width && width > 1) continue;
      const cell = cells.get(col);
      if (cell && !out.includes(cell)) out.push(cell);
    }
  }
  return out;
}

/** Which column holds which field, from the header row of the table around `row`. */
function headerMapFor(row: Element, cache: TableCache): Map<ColumnField, number> {
  const table = gridAround(row);
  if (!table) return new Map();
  const cached = cache.headers.get(table);
  if (cached) return cached;
  const map = new Map<ColumnField, number>();
  let ths = headerCellsUnder(table, cache);
  let anc: Element | null = table.parentElement;
  // Fusion renders the header in its own <table> above the body tables.
  for (let depth = 0; ths.length === 0 && anc && depth < 4; depth++, anc = anc.parentElement) {
    ths = headerCellsUnder(anc, cache);
  }
  for (const th of ths) {
    const norm = normalizeLabel(labelTextOf(th));
    const col = columnIndexOf(th);
    if (PRODUCT_COLUMN_LABELS.has(norm) && !map.has('product')) map.set('product', col);
    for (const field of LABEL_MAPS.generic.byLabel.get(norm) ?? []) if (!map.has(field)) map.set(field, col);
  }
  cache.headers.set(table, map);
  return map;
}

function headerCellsUnder(el: Element, cache: TableCache): Element[] {
  const cached = cache.headerCells.get(el);
  if (cached) return cached;
  const found = queryAll(el, 'thead th, [role="columnheader"]');
  cache.headerCells.set(el, found);
  return found;
}

/** The cell of `field`'s column in one body row, or null. */
function cellInRow(row: Element, field: ColumnField, cache: TableCache): Element | null {
  const col = headerMapFor(row, cache).get(field);
  if (col === undefined) return null;
  const section = row.parentElement;
  if (!section) return null;
  const cell = gridOf(section, cache).get(row)?.get(col) ?? null;
  // A group-header row (one cell across the table) has no columns.
  const own = cellsOf(row);
  if (cell && own.length === 1 && own[0] === cell && spanOf(cell, 'colspan') > 1) return null;
  return cell;
}

// ---------------------------------------------------------------- resolving labelled values

interface Labelled {
  text: string;
  /** The element holding the value (a table cell, the sibling span, or the label's own element). */
  el: Element;
  /** The value sat under a column header (so other rows may hold more values). */
  fromColumn: boolean;
  /** Label and value share one element ("Order time: Mar 17"): `el` also holds the label. */
  inline: boolean;
  /** The label's text node. */
  labelNode: Text | null;
}

/** Every value shown next to `field`'s labels, in page order (lazily: stops when the caller is satisfied). */
function* labelledValues(index: LabelIndex, field: OrderField, cache: TableCache, foreign: readonly Element[] = []): Generator<Labelled> {
  const labels = labelsFor(field, index.generic === 'all' || index.generic.includes(field));
  const own = (el: Element) => foreign.length === 0 || !foreign.some((box) => box.contains(el));
  for (const { node, segment } of index.hits.get(field) ?? []) {
    const parent = node.parentElement;
    if (!parent || !own(parent)) continue;
    if (segment !== undefined) {
      yield { text: cutAtNextLabel(segment), el: parent, fromColumn: false, inline: true, labelNode: node };
      continue;
    }
    const header = columnHeaderOf(parent);
    if (header) {
      for (const cell of columnCells(header, cache)) {
        const text = textOf(cell);
        if (text && own(cell)) yield { text, el: cell, fromColumn: true, inline: false, labelNode: null };
      }
      continue;
    }
    // Scoped to the label's own element, so the lookup only walks a few nodes.
    const text = findValueByLabel(parent, labels);
    if (text) {
      const el = findElementByLabel(parent, labels) ?? parent;
      yield { text: cutAtNextLabel(stripLabel(text, labels)), el, fromColumn: false, inline: el.contains(node), labelNode: node };
      continue;
    }
    // `<div><span>Observação do comprador:</span> loose text</div>`: the value is a bare text node.
    const loose = looseTextAfter(parent);
    if (loose && parent.parentElement) yield { text: loose, el: parent.parentElement, fromColumn: false, inline: true, labelNode: node };
  }
}

function looseTextAfter(labelEl: Element): string {
  let out = '';
  for (let sib = labelEl.nextSibling; sib; sib = sib.nextSibling) {
    if (sib.nodeType === 1) break;
    out += sib.textContent ?? '';
  }
  return cleanText(out);
}

/** "Cainiao Standard · Tracking number: LP…": the value ends where the next labelled field begins. */
function cutAtNextLabel(text: string): string {
  const separators = new RegExp(FIELD_SEPARATOR.source, 'g');
  for (let m = separators.exec(text); m; m = separators.exec(text)) {
    const label = /^\s*([^:：]{1,40})[:：]/.exec(text.slice(m.index + m[0].length));
    if (label?.[1] && LABEL_MAPS.generic.byLabel.has(normalizeLabel(label[1]))) return cleanText(text.slice(0, m.index));
  }
  return text;
}

/** "留言：Привет" read from an element that also holds its label: keep what follows the label. */
function stripLabel(text: string, labels: readonly string[]): string {
  const colon = text.search(/[:：]/);
  if (colon > 0 && colon < 60) {
    const norm = normalizeLabel(text.slice(0, colon));
    if (labels.some((l) => normalizeLabel(l) === norm)) return cleanText(text.slice(colon + 1));
  }
  return text;
}

function firstLabelled<T>(scope: Pick<Scope, 'index' | 'cache' | 'foreign'>, field: OrderField, accept: (v: Labelled) => T | null): T | null {
  for (const value of labelledValues(scope.index, field, scope.cache, scope.foreign)) {
    const out = accept(value);
    if (out !== null) return out;
  }
  return null;
}

// ---------------------------------------------------------------- field parsers

function orderIdFrom(text: string): string | null {
  return ORDER_ID_IN_TEXT.exec(text)?.[1] ?? null;
}

function trackingFrom(text: string): string | null {
  const first = text.split(/[\s,;，；]+/).find((part) => part.length > 0) ?? '';
  const compact = first.replace(/[^\w-]/g, '');
  return TRACKING.test(compact) && /\d/.test(compact) ? compact.toUpperCase() : null;
}

function weightFrom(text: string): number | null {
  const m = WEIGHT.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const value = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return null;
  const unit = m[2].toLowerCase();
  const grams = /^(g|gr|grams?|gramas?|gramos?|г|克)$/.test(unit);
  return Math.round((grams ? value / 1000 : value) * 1000) / 1000;
}

function quantityFrom(text: string): number | null {
  const m = /(?:^|[\sx×*:：])(\d{1,5})(?!\d|[.,]\d)/i.exec(cleanText(text));
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return Number.isInteger(n) ? n : null;
}

/** A status value: short, no long digit run (that would be an id row), not another label. */
function statusCandidate(text: string): string | null {
  const t = cleanText(text);
  if (!t || t.length > 40 || /\d{5,}/.test(t) || /[:：]/.test(t) || isPlaceholder(t)) return null;
  return t;
}

/** A total: one amount, or a short text whose first amount is the total ("US $ 66.65 (R$ 340,87)"). */
function totalFrom(text: string): Money | null {
  const all = parseAllMoney(text);
  if (all.length === 0) return null;
  if (all.length > 1 && text.length > 60) return null;
  return all[0] ?? null;
}

/** A buyer name as shown; null when it is nothing but a mask ("***", "* *"). */
function buyerNameFrom(text: string): string | null {
  let t = cleanText(text);
  // "J***n D. (United States)": the country in brackets is not part of the name.
  const bracket = /\s*[(（]([^()（）]{2,40})[)）]$/.exec(t);
  if (bracket?.[1] && toCountryCode(bracket[1])) t = t.slice(0, bracket.index);
  if (!t || !/[\p{L}\p{N}]/u.test(t) || t.length > 120) return null;
  return t;
}

function countryFrom(text: string): string | null {
  const t = cleanText(text);
  if (!t || t.length > 80) return null;
  return toCountryCode(t);
}

/** Country at the end of an address line: "..., Sao Paulo, Brazil". */
function countryFromAddress(text: string): string | null {
  const parts = cleanText(text).split(/[,，،]/).map((p) => p.trim()).filter(Boolean);
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 3); i--) {
    const code = countryFrom(parts[i] ?? '');
    if (code) return code;
  }
  return null;
}

// ---------------------------------------------------------------- order-level fields

interface Scope {
  roots: readonly Element[];
  index: LabelIndex;
  cache: TableCache;
  sel: OrderSelectors;
  /** The body row(s) of a list order, for column lookups. */
  rows: readonly Element[];
  kind: 'detail' | 'list';
  /** Rows and cards of OTHER orders shown on a detail page (a buyer's other orders, a to-do table). */
  foreign: readonly Element[];
}

function isForeign(scope: Scope, el: Element): boolean {
  return scope.foreign.length > 0 && scope.foreign.some((box) => box.contains(el));
}

function readStatus(scope: Scope): { status: OrderStatus; statusText: string | null } {
  let fallback: string | null = null;
  let status: OrderStatus = 'other';
  const consider = (text: string): string | null => {
    const candidate = statusCandidate(text);
    if (!candidate) return null;
    status = normalizeOrderStatus(candidate);
    if (status !== 'other') return candidate;
    fallback ??= candidate;
    return null;
  };
  // A value box may also hold a countdown ("等待发货 剩余 2天"): the status element, else its first line.
  const inBox = (el: Element, whole: string, inline: boolean): string | null => {
    const exact = queryFirst([el], scope.sel.status);
    return (exact ? consider(textOf(exact)) : null) ?? (inline ? null : consider(firstLineOf(el))) ?? consider(whole);
  };
  const known =
    firstLabelled(scope, 'orderStatus', (v) => inBox(v.el, v.text, v.inline)) ??
    columnStatus(scope, inBox) ??
    selectorText(scope, scope.sel.status, consider) ??
    (scope.kind === 'list' ? statusByWording(scope) : statusByClass(scope));
  if (known && status === 'other') status = normalizeOrderStatus(known);
  // An unknown wording is still shown to the agent as it is, with status 'other'.
  return known ? { status, statusText: known } : { status: 'other', statusText: fallback };
}

/**
 * Last resort inside one list order: a short text that is a known status wording. Links,
 * buttons and product titles are skipped ("关闭订单" is a button, "Closed Toe Sandals" a title).
 */
function statusByWording(scope: Scope): string | null {
  for (const root of scope.roots) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Style and script text can be long: skip it before cleaning.
      if (!parent || SKIPPED_TAGS.has(parent.tagName) || (node as Text).data.length > 200) continue;
      const text = cleanText((node as Text).data);
      if (text.length < 2 || text.length > 30) continue;
      if (parent.closest('a, button, [role="button"], label, th')) continue;
      const candidate = statusCandidate(text);
      if (candidate && normalizeOrderStatus(candidate) !== 'other') return candidate;
    }
  }
  return null;
}

/** Detail pages without a status label: a box named for the status whose text is a known status wording. */
function statusByClass(scope: Scope): string | null {
  for (const root of scope.roots) {
    for (const el of queryAll(root, '[class*="status"]')) {
      if (inPageChrome(el) || el.closest('a, button, th, td')) continue;
      for (const text of [firstLineOf(el), textOf(el)]) {
        const candidate = statusCandidate(text);
        if (candidate && normalizeOrderStatus(candidate) !== 'other') return candidate;
      }
    }
  }
  return null;
}

function columnStatus(scope: Scope, inBox: (el: Element, whole: string, inline: boolean) => string | null): string | null {
  for (const row of scope.rows) {
    const cell = cellInRow(row, 'orderStatus', scope.cache);
    const out = cell ? inBox(cell, textOf(cell), false) : null;
    if (out !== null) return out;
  }
  return null;
}

function columnText<T>(scope: Scope, field: OrderField, accept: (text: string) => T | null): T | null {
  for (const row of scope.rows) {
    const cell = cellInRow(row, field, scope.cache);
    if (!cell) continue;
    const out = accept(textOf(cell)) ?? accept(firstLineOf(cell));
    if (out !== null) return out;
  }
  return null;
}

function columnCell(scope: Scope, field: OrderField): Element | null {
  for (const row of scope.rows) {
    const cell = cellInRow(row, field, scope.cache);
    if (cell) return cell;
  }
  return null;
}

function selectorText<T>(scope: Scope, selectors: readonly string[], accept: (text: string) => T | null): T | null {
  for (const selector of selectors) {
    for (const root of scope.roots) {
      const els = matchesSelector(root, selector) ? [root] : queryAll(root, selector);
      for (const el of els) {
        if (isForeign(scope, el)) continue;
        const out = accept(textOf(el)) ?? accept(firstLineOf(el));
        if (out !== null) return out;
      }
    }
  }
  return null;
}

/** Links and buttons beside a buyer's name that are not the name. */
const BUYER_ACTIONS = new RegExp(
  '^(?:(?:联系|发送|发消息|查看|复制|聊天|發送|聯繫|메시지|연락|보기|복사|채팅|문의)' +
    '|(?:contact|chat|message|send|view|show|copy|contatar|contactar|enviar|mandar|ver|copiar|escrever|escribir|' +
    'написать|связаться|показать|копировать|отправить|сообщени\\p{L}*|contacter|envoyer|voir|copier)(?![\\p{L}]))',
  'iu',
);

function isBuyerAction(text: string): boolean {
  return text.length <= 30 && BUYER_ACTIONS.test(text);
}

interface BuyerRead {
  found: boolean;
  name: string | null;
  /** The element showing the name (a country or flag often stands right after it). */
  el: Element | null;
}

/** The buyer element next to the label: its name link, else its first line that is not an action. */
function buyerFromElement(el: Element, after: Node | null = null): BuyerRead {
  const text = textOf(el);
  if (text.length > 160) return { found: false, name: null, el: null };
  if (el.matches('a')) return { found: true, name: buyerNameFrom(text), el };
  const follows = (n: Node) => after === null || (after.compareDocumentPosition(n) & 4) !== 0;
  const link = Array.from(el.querySelectorAll('a')).find((a) => {
    const t = textOf(a);
    return t.length > 0 && !isBuyerAction(t) && follows(a);
  });
  if (link) return { found: true, name: buyerNameFrom(textOf(link)), el: link };
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!follows(node) || node === after || node.parentElement?.closest('svg')) continue;
    const t = cleanText(node.textContent).replace(/^[:：]\s*/, '');
    if (t && !isBuyerAction(t)) return { found: true, name: buyerNameFrom(t), el: node.parentElement };
  }
  return { found: true, name: null, el: null };
}

function readBuyer(scope: Scope): BuyerRead {
  const labelled = firstLabelled(scope, 'buyer', (v) => {
    // "Buyer <i/>: L***s B." in one element: read what follows the label only.
    const res = v.inline
      ? buyerFromElement(v.el, v.labelNode)
      : v.el.matches('a') || v.fromColumn || v.el.children.length > 0
        ? buyerFromElement(v.el)
        : { found: true, name: buyerNameFrom(v.text), el: v.el };
    return res.found ? res : null;
  });
  if (labelled) return labelled;
  const bySelector = queryOwn(scope, scope.sel.buyer);
  if (bySelector) return { found: true, name: buyerNameFrom(textOf(bySelector)), el: bySelector };
  const cell = columnCell(scope, 'buyer');
  if (cell) return buyerFromElement(cell);
  // The recipient is the buyer on almost every order; better than nothing for a greeting.
  const recipient =
    firstLabelled(scope, 'recipient', (v) => (v.text.length <= 120 ? v.text : null)) ??
    selectorText(scope, scope.sel.recipient ?? [], (t) => (t.length <= 120 ? t : null));
  if (recipient !== null) return { found: true, name: buyerNameFrom(recipient), el: null };
  return { found: false, name: null, el: null };
}

/** "Buyer: J***n D. (United States)" or a flag right after the name. */
function countryBesideBuyer(buyer: BuyerRead): string | null {
  let sib = buyer.el?.nextElementSibling ?? null;
  for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
    const code = countryFrom(textOrTitle(sib).replace(/[()（）[\]]/g, ' '));
    if (code) return code;
  }
  return null;
}

function readCountry(scope: Scope, buyer: BuyerRead): string | null {
  return (
    firstLabelled(scope, 'country', (v) => countryFrom(v.text) ?? countryFrom(firstLineOf(v.el))) ??
    selectorText(scope, scope.sel.country, countryFrom) ??
    firstFlagCountry(scope) ??
    firstLabelled(scope, 'address', (v) => (v.text.length <= 400 ? countryFromAddress(v.text) : null)) ??
    selectorText(scope, scope.sel.address ?? [], (t) => (t.length <= 400 ? countryFromAddress(t) : null)) ??
    countryBesideBuyer(buyer)
  );
}

/** A flag icon whose title/alt names the country. */
function firstFlagCountry(scope: Scope): string | null {
  const flag = queryOwn(scope, scope.sel.country);
  return flag ? countryFrom(textOrTitle(flag)) : null;
}

/** Words of a section heading that make its parcel the buyer's RETURN, not the order's shipment. */
const RETURN_PARCEL = /退货|退件|退回|逆向|return|devolu[çc]|devoluci|возврат|обратн|반품|retour/i;
/** A section heading among an element's children: h1-h6, legend, or a box named for a title/head. */
function headingChild(el: Element, except: Element): Element | null {
  for (const child of Array.from(el.children)) {
    if (child.contains(except)) continue;
    if (/^(?:H[1-6]|LEGEND)$/.test(child.tagName) || /title|head/i.test(child.getAttribute('class') ?? '')) return child;
  }
  return null;
}

/** The nearest section heading above `el` names a return parcel. */
function inReturnParcel(el: Element): boolean {
  for (let anc = el.parentElement, depth = 0; anc && depth < 6; anc = anc.parentElement, depth++) {
    const heading = headingChild(anc, el);
    if (heading) {
      const text = textOf(heading);
      if (text.length <= 80) return RETURN_PARCEL.test(text);
    }
    // Without heading markup, a card's first line is its title ("Возвратное отправление"); near ones only.
    const first = anc.firstElementChild;
    if (depth < 4 && first && !first.contains(el) && RETURN_PARCEL.test(textOf(first).slice(0, 80))) return true;
  }
  return false;
}

function readCarrier(scope: Scope): string | null {
  const accept = (text: string): string | null => {
    const t = cleanText(text);
    // A "Shipping: US $ 0.00" line is a fee, not a carrier.
    return t && !isPlaceholder(t) && t.length <= 120 && !/^\d+$/.test(t) && !LEADING_AMOUNT.test(t) ? t : null;
  };
  return (
    // The first line: "AliExpress Standard Shipping" without the "15-25 days" or Chinese name under it.
    firstLabelled(scope, 'carrier', (v) => {
      const carrier = accept(v.inline ? v.text : firstLineOf(v.el));
      return carrier !== null && !inReturnParcel(v.el) ? carrier : null;
    }) ??
    columnCarrier(scope, accept) ??
    selectorText(scope, scope.sel.carrier, accept)
  );
}

function columnCarrier(scope: Scope, accept: (text: string) => string | null): string | null {
  const cell = columnCell(scope, 'carrier');
  return cell ? accept(firstLineOf(cell)) : null;
}

function readTracking(scope: Scope): string | null {
  return (
    firstLabelled(scope, 'trackingNumber', (v) => {
      const tracking = trackingFrom(v.text) ?? trackingFrom(firstLineOf(v.el));
      return tracking !== null && !inReturnParcel(v.el) ? tracking : null;
    }) ??
    selectorText(scope, scope.sel.trackingNumber, trackingFrom)
  );
}

/** Text that starts with an amount ("US $ 12.35", "46,90 €"), not a note about one ("含运费 US $ 0.00"). */
const LEADING_AMOUNT = /^[-−+]?\s*(?:(?:\p{Lu}{1,3}\s?)?[$€£¥￥₽₩₺₹₪]|\d|(?:USD|EUR|BRL|RUB|GBP|PLN|CNY|JPY|KRW|MXN|CAD|AUD|CHF)(?!\p{L}))/u;

function leadingTotal(text: string): Money | null {
  const t = cleanText(text);
  return LEADING_AMOUNT.test(t) ? totalFrom(t) : null;
}

function readTotal(scope: Scope): Money | null {
  return (
    firstLabelled(scope, 'orderTotal', (v) => (v.fromColumn && scope.rows.length === 0 ? null : totalFrom(v.text))) ??
    selectorText(scope, scope.sel.total, leadingTotal) ??
    columnText(scope, 'orderTotal', leadingTotal)
  );
}

/** Inside the seller's own memo box (class or a heading naming the seller), whatever its label says. */
function inSellerNote(el: Element): boolean {
  for (let anc: Element | null = el, depth = 0; anc && depth < 3; anc = anc.parentElement, depth++) {
    const cls = anc.getAttribute('class') ?? '';
    if (/seller(?!-?center)|memo|备忘|卖家备注/i.test(cls)) return true;
  }
  return false;
}

/** A label that says the remark is the buyer's (not the one-word "留言" / "Message"). */
function isBuyerRemarkLabel(node: Text): boolean {
  const text = cleanText(node.data);
  const colon = text.search(/[:：]/);
  const fields = LABEL_MAPS.plain.byLabel.get(normalizeLabel(colon > 0 ? text.slice(0, colon) : text));
  return fields !== undefined && fields.includes('remark') && !fields.includes('sellerNote');
}

const SELLER_NOTE_LABELS = new Set(LABELS.sellerNote.map(normalizeLabel));

function readRemark(scope: Scope): string | null {
  const sellerLabels = SELLER_NOTE_LABELS;
  // `named`: the value sits next to a label that names the buyer ("买家留言", "구매자 메모"), so a
  // "memo" box around it holds both notes and says nothing about whose this one is.
  const accept = (text: string, el: Element, named = false): string | null => {
    const t = cleanText(text);
    if (!t || isPlaceholder(t) || (!named && inSellerNote(el))) return null;
    // The value found is the seller note's own row ("备注 | 已联系仓库"): the buyer's remark is empty.
    const firstLine = firstLineOf(el);
    const lead = firstLine.split(/[:：]/)[0] ?? '';
    if (sellerLabels.has(normalizeLabel(t)) || sellerLabels.has(normalizeLabel(firstLine)) || sellerLabels.has(normalizeLabel(lead))) return null;
    return t.length > 10000 ? t.slice(0, 10000) : t;
  };
  const labelled = firstLabelled(scope, 'remark', (v) => accept(v.text, v.el, v.labelNode !== null && isBuyerRemarkLabel(v.labelNode)));
  if (labelled !== null) return labelled;
  const remarkLabels = labelsFor('remark', true);
  // An icon whose tooltip holds the remark ("买家留言" shown on hover) has it in its title.
  for (const selector of scope.sel.remark) {
    for (const root of scope.roots) {
      for (const el of queryAll(root, selector)) {
        const out = accept(stripLabel(textOf(el) || cleanText(el.getAttribute('title')), remarkLabels), el);
        if (out !== null) return out;
      }
    }
  }
  return null;
}

function readDate(scope: Scope, field: 'orderTime' | 'shipTime'): string | null {
  return firstLabelled(scope, field, (v) => (v.text.length <= 80 ? parsePageDate(v.text) : null));
}

function readWeight(scope: Scope): number | null {
  return firstLabelled(scope, 'weight', (v) => (v.text.length <= 60 ? weightFrom(v.text) : null));
}

/** The buyer's time left to confirm receipt, as an instant (only meaningful while awaiting receipt). */
function readProtectionEnd(scope: Scope, now: Date): string | null {
  for (const node of scope.index.receiptNodes) {
    const parent = node.parentElement;
    // Nearest first: the node, its own siblings and line, then the neighbouring elements
    // (a line below may hold another countdown, e.g. the shipping deadline).
    const candidates = [
      node.data,
      nextSiblingText(node),
      previousSiblingText(node),
      parent && textOf(parent).length <= 300 ? textOf(parent) : '',
      parent?.nextElementSibling ? textOf(parent.nextElementSibling) : '',
      parent?.previousElementSibling ? textOf(parent.previousElementSibling) : '',
    ];
    for (const text of candidates) {
      if (text && parseCountdownMs(text) !== null) return deadlineFromCountdown(text, now);
    }
  }
  return null;
}

function nextSiblingText(node: Node): string {
  for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
    const t = cleanText(sib.textContent);
    if (t) return t;
  }
  return '';
}

function previousSiblingText(node: Node): string {
  for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
    const t = cleanText(sib.textContent);
    if (t) return t;
  }
  return '';
}

// ---------------------------------------------------------------- items

/** "Color: Blue" pairs; keys that are product codes or other fields are not SKU attributes. */
const ATTRIBUTE_PAIR = /^([^:：;；]{1,40}?)\s*[:：]\s*(\S.*)$/;
const SPEC_CONTAINER_LABELS = new Set(
  ['规格', '属性', '商品属性', '商品规格', 'Specifications', 'Specification', 'Variant', 'Properties', 'Product properties', 'Attributes',
    'Variação', 'Especificações', 'Atributos', 'Propriedades', 'Variante', 'Especificaciones', 'Propiedades',
    'Характеристики', 'Свойства', 'Атрибуты', 'Модификация', 'Вариант'].map(normalizeLabel),
);
const NOT_ATTRIBUTE_KEYS = new Set(
  [...LABELS.sku, '商品ID', 'Product ID', 'Item ID', 'ID do produto', 'ID del producto', 'ID товара', 'SKU ID']
    .map(normalizeLabel)
    .filter((k) => !SPEC_CONTAINER_LABELS.has(k)),
);

function isAttributeKey(key: string): boolean {
  const norm = normalizeLabel(key);
  // Attribute names are words ("Color", "尺码", "Ships From"); digits or a currency mean prices and counts ran together.
  if (!norm || NOT_ATTRIBUTE_KEYS.has(norm) || /[\d$€£¥￥₽₩]/.test(norm)) return false;
  // A key that is another field's label ("Unit price:", "Buyer:") is not a product attribute.
  const fields = LABEL_MAPS.generic.byLabel.get(norm);
  return !fields || fields.includes('sku');
}

/** Pairs out of one text: "Color:Blue;Size:60cm" or "规格：Color: Blue". */
function pairsOf(text: string): string[] {
  const t = cleanText(text);
  const m = ATTRIBUTE_PAIR.exec(t);
  if (!m?.[1] || !m[2]) return [];
  const key = cleanText(m[1]);
  if (SPEC_CONTAINER_LABELS.has(normalizeLabel(key))) return pairsOf(m[2]).length > 0 ? splitPairs(m[2]) : [];
  if (!isAttributeKey(key)) return [];
  return splitPairs(t);
}

function splitPairs(text: string): string[] {
  const out: string[] = [];
  // "Color: Blue; Size: XL", "Color:Blue;Size:60cm" or "Color: Blue, Size: XL" (a comma only before another key).
  for (const part of text.split(/[;；]|(?:[,，]|\s[/|]|\s·)\s*(?=[^,，:：;；/|]{1,40}[:：])/)) {
    const m = ATTRIBUTE_PAIR.exec(cleanText(part));
    if (!m?.[1] || !m[2]) continue;
    const key = cleanText(m[1]);
    if (!isAttributeKey(key)) continue;
    out.push(`${key}: ${cleanText(m[2])}`);
  }
  return out;
}

/** SKU attributes shown with a title: the deepest elements reading "Name: Value", in page order. */
function skuNear(title: Element, block: Element): string | null {
  let scope: Element | null = title.parentElement;
  let variant: string | null = null;
  for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
    const found = attributePairsIn(scope, title);
    if (found.pairs.length > 0) return found.pairs.join('; ');
    variant ??= found.variant;
    if (scope === block || scope.matches('td, th, [role="gridcell"], [role="cell"]')) break;
  }
  return variant ?? namedRowsAfter(title) ?? skuWithoutNames(title, block);
}

/** Name/value rows (`<li><span>Cor</span><span>Azul</span></li>`) right after the title, whatever their classes. */
function namedRowsAfter(title: Element): string | null {
  let sib = title.nextElementSibling;
  for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
    const named = namedValueRows(sib);
    if (named) return named;
  }
  return null;
}

/** Attribute values shown without their names ("Blue, XL" in an element named for the SKU). */
const SKU_BOX = '[class*="sku"], [class*="Sku"], [class*="spec"], [class*="Spec"], [class*="attr"], [class*="Attr"], [class*="prop"], [class*="Prop"]';
const PRODUCT_CODE = /^[A-Z0-9][A-Z0-9._#-]*$/i;

function skuWithoutNames(title: Element, block: Element): string | null {
  const cell = title.closest('td, [role="gridcell"], [role="cell"]') ?? block;
  for (const el of queryAll(cell, SKU_BOX)) {
    if (el.contains(title) || title.contains(el)) continue;
    const named = namedValueRows(el);
    if (named) return named;
    const whole = labelTextOf(el);
    const text = stripSkuLabel(whole);
    if (!text || text.length > 200 || parseMoney(text)) continue;
    // A lone code is the seller's product code, unless a label said it is the variant ("Variante: Blanco").
    if (text === whole && PRODUCT_CODE.test(text)) continue;
    return text;
  }
  return null;
}

/** "Variante: Negro, 27" / "规格：黑色" without attribute names: the values after the container label. */
function stripSkuLabel(text: string): string {
  const m = ATTRIBUTE_PAIR.exec(text);
  return m?.[1] && m[2] && SPEC_CONTAINER_LABELS.has(normalizeLabel(m[1])) ? cleanText(m[2]) : text;
}

/**
 * Attribute rows whose name and value sit in two elements without a colon
 * (`<li><span>Cor</span><span>Azul</span></li>`): "Cor: Azul; Tamanho: M".
 */
function namedValueRows(box: Element): string | null {
  const rows = Array.from(box.children);
  if (rows.length === 0) return null;
  const out: string[] = [];
  for (const row of rows) {
    const parts = Array.from(row.children);
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    const name = textOf(parts[0]);
    const value = textOf(parts[1]);
    if (!/^[\s:：]*$/.test(textAfterChildren(row))) return null;
    if (!name || !value || name.length > 40 || /\d/.test(name) || !isAttributeKey(name) || parseMoney(value)) return null;
    out.push(`${name.replace(/[:：]\s*$/, '')}: ${value}`);
  }
  return out.join('; ');
}

/** Loose text directly inside an element (between its children). */
function textAfterChildren(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) out += node.textContent ?? '';
  return out;
}

/** Attribute pairs near a title; `variant` is a labelled variant without names ("Variante: Negro, 27"). */
function attributePairsIn(scope: Element, title: Element): { pairs: string[]; variant: string | null } {
  const out: string[] = [];
  let variant: string | null = null;
  const matched = new Set<Element>();
  const els = Array.from(scope.querySelectorAll('*'));
  // Children before parents, so a parent is only used when none of its children reads as a pair.
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    if (!el || el === title || title.contains(el) || el.contains(title) || SKIPPED_TAGS.has(el.tagName)) continue;
    if (Array.from(el.children).some((c) => matched.has(c) || hasMatchedDescendant(c, matched))) {
      matched.add(el);
      continue;
    }
    const text = labelTextOf(el);
    const pairs = pairsOf(text);
    if (pairs.length === 0) {
      if (el.children.length === 0) {
        const stripped = stripSkuLabel(text);
        if (stripped !== text && stripped.length <= 200 && !parseMoney(stripped)) variant = stripped;
      }
      continue;
    }
    matched.add(el);
    out.unshift(...pairs);
  }
  return { pairs: out, variant };
}

function hasMatchedDescendant(el: Element, matched: Set<Element>): boolean {
  for (const m of matched) if (el !== m && el.contains(m)) return true;
  return false;
}

/** The row (or block) of one order line: the nearest row, else the largest box holding only this title. */
function itemBlockOf(title: Element, limit: Element, titles: readonly Element[]): Element {
  const row = title.closest('tr, [role="row"], li');
  if (row && limit.contains(row)) return row;
  let block: Element = title;
  for (let anc = title.parentElement; anc && anc !== limit && limit.contains(anc); anc = anc.parentElement) {
    if (titles.some((t) => t !== title && anc.contains(t))) break;
    block = anc;
  }
  return block;
}

function unitPriceIn(block: Element, scope: Scope): Money | null {
  const fromColumn = block.matches('tr, [role="row"]') ? cellInRow(block, 'unitPrice', scope.cache) : null;
  const fromColumnMoney = fromColumn ? parseMoney(textOf(fromColumn)) : null;
  if (fromColumnMoney) return fromColumnMoney;
  const bySelector = queryFirst([block], scope.sel.itemUnitPrice);
  const selectorMoney = bySelector ? parseMoney(textOf(bySelector)) : null;
  if (selectorMoney) return selectorMoney;
  const labelled = findValueByLabel(block, LABELS.unitPrice) ?? findValueByLabel(block, GENERIC_LABELS.unitPrice);
  const labelledMoney = labelled ? parseMoney(labelled) : null;
  if (labelledMoney) return labelledMoney;
  // No price column, class or label: the line's first amount is its unit price (a subtotal comes after it).
  return parseMoney(textOfSpaced(block));
}

function quantityIn(block: Element, scope: Scope): number | null {
  const fromColumn = block.matches('tr, [role="row"]') ? cellInRow(block, 'quantity', scope.cache) : null;
  const columnQty = fromColumn ? quantityFrom(textOf(fromColumn)) : null;
  if (columnQty !== null) return columnQty;
  const bySelector = queryFirst([block], scope.sel.itemQuantity);
  const selectorQty = bySelector ? quantityFrom(textOf(bySelector)) : null;
  if (selectorQty !== null) return selectorQty;
  const labelled = findValueByLabel(block, LABELS.quantity);
  const labelledQty = labelled ? quantityFrom(labelled) : null;
  if (labelledQty !== null) return labelledQty;
  // A text of its own that is only "x2" / "× 2" (not the "x 30" of "45 x 30 cm").
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = /^[x×]\s?(\d{1,4})$/i.exec(cleanText(node.textContent));
    if (own?.[1]) return Number(own[1]);
  }
  // "US $24.10 x 2" or "× 2" anywhere in the line.
  const times = /(?:^|[\s\d])[x×]\s?(\d{1,4})(?![\d.,])/i.exec(textOf(block));
  return times?.[1] ? Number(times[1]) : null;
}

/** Product titles under the roots, outermost first, empty ones (image links) dropped. */
function itemTitles(roots: readonly Element[], selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  const combined = selectors.join(', ');
  const found: Element[] = [];
  for (const root of roots) {
    for (const el of queryAll(root, combined)) {
      if (el.closest('thead, th') || !textOf(el)) continue;
      const last = found[found.length - 1];
      if (last && last.contains(el)) continue;
      found.push(el);
    }
  }
  return found;
}

/**
 * Titles from the product column when no title element is known: the first line of each row's
 * product cell that is neither an attribute pair nor an amount.
 */
function productColumnTitles(scope: Scope): Element[] {
  const rows = scope.rows.length > 0 ? scope.rows : scope.roots.flatMap((r) => Array.from(r.querySelectorAll('tbody > tr')));
  const out: Element[] = [];
  for (const row of rows) {
    const cell = cellInRow(row, 'product', scope.cache);
    if (!cell || cell.parentElement !== row) continue;
    const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || SKIPPED_TAGS.has(parent.tagName)) continue;
      const text = cleanText((node as Text).data);
      if (text.length < 2 || ATTRIBUTE_PAIR.test(text) || parseMoney(text)) continue;
      if (!out.includes(parent)) out.push(parent);
      break;
    }
  }
  return out;
}

function readItems(scope: Scope, limit: Element): OrderItem[] {
  const found = itemTitles(scope.roots, scope.sel.itemTitle).filter((t) => !inPageChrome(t) && !isForeign(scope, t));
  const titles = found.length > 0 ? found : productColumnTitles(scope);
  const lines = titles.map((title) => {
    const within = scope.roots.find((r) => r.contains(title)) ?? limit;
    const block = itemBlockOf(title, within, titles);
    const item: OrderItem = {
      title: textOf(title).slice(0, 2000),
      sku: skuInColumn(block, scope) ?? skuNear(title, block),
      quantity: quantityIn(block, scope),
      unitPrice: unitPriceIn(block, scope),
    };
    return { item, block };
  });
  // An order line always shows its quantity; products beside the order (best-sellers to recommend,
  // "you may also like") show a price but none. Keep unquantified lines only in the order's own list.
  const lists = new Set(lines.filter((l) => l.item.quantity !== null).map((l) => l.block.parentElement));
  if (lists.size === 0) return lines.map((l) => l.item);
  return lines.filter((l) => l.item.quantity !== null || lists.has(l.block.parentElement)).map((l) => l.item);
}

/** The SKU in its own column ("옵션", "规格") of the item's row. */
function skuInColumn(block: Element, scope: Scope): string | null {
  if (!block.matches('tr, [role="row"]')) return null;
  const cell = cellInRow(block, 'sku', scope.cache);
  if (!cell) return null;
  const pairs = pairsOf(textOf(cell));
  if (pairs.length > 0) return pairs.join('; ');
  const text = stripSkuLabel(textOf(cell));
  return text && !isPlaceholder(text) && text.length <= 200 ? text : null;
}

// ---------------------------------------------------------------- one order

const SHIPPED: readonly OrderStatus[] = ['awaiting_receipt', 'partially_shipped', 'completed'];

interface OrderRead {
  order: OrderSnapshot;
  missing: string[];
}

function readOrder(orderId: string, scope: Scope, limit: Element, now: Date, kind: 'detail' | 'list'): OrderRead {
  const { status, statusText } = readStatus(scope);
  const buyer = readBuyer(scope);
  const total = readTotal(scope);
  const items = readItems(scope, limit);
  const carrier = readCarrier(scope);
  const trackingNumber = readTracking(scope);
  const country = readCountry(scope, buyer);
  const order: OrderSnapshot = {
    orderId,
    buyerName: buyer.name,
    country,
    carrier,
    trackingNumber,
    total,
    status,
    statusText,
    remark: readRemark(scope),
    items,
    orderedAt: readDate(scope, 'orderTime'),
    shippedAt: readDate(scope, 'shipTime'),
    weightKg: readWeight(scope),
    protectionEndsAt: status === 'awaiting_receipt' ? readProtectionEnd(scope, now) : null,
  };
  // What this page kind always shows; carrier and tracking number once the order has shipped
  // (before that the carrier is only the buyer's wish and there is no tracking number).
  const missing: string[] = [];
  if (statusText === null) missing.push('status');
  if (!buyer.found) missing.push('buyerName');
  if (total === null) missing.push('total');
  if (items.length === 0) missing.push('items');
  if (kind === 'detail') {
    if (country === null) missing.push('country');
    if (carrier === null && SHIPPED.includes(status)) missing.push('carrier');
    if (trackingNumber === null && SHIPPED.includes(status)) missing.push('trackingNumber');
  }
  return { order, missing };
}

// ---------------------------------------------------------------- detail pages

/** One order detail page: the whole page is the order. */
export function readOrderDetail(root: ParentNode, ctx: ReadContext, sel: OrderSelectors, options: DetailOptions = {}): ReadResult {
  const top = rootElement(root);
  if (!top) return { orders: [], disputes: [], threads: [], missing: ['orderId'] };
  // Page-wide, only the buyer's "留言 / Message" is worth its one-word label; old pages also say "Status:".
  const index = indexLabels([top], options.genericLabels ? 'all' : ['remark']);
  const cache = newTableCache();
  const scope: Scope = { roots: [top], index, cache, sel, rows: [], kind: 'detail', foreign: [] };
  // The URL names the order; a labelled number that matches it beats the first one on the page
  // (a table of the shop's other orders may come first). A page that does not show it is mid-navigation.
  const fromUrl = urlOrderId(ctx.url);
  const orderId =
    (fromUrl ? firstLabelled(scope, 'orderId', (v) => (orderIdFrom(v.text) === fromUrl ? fromUrl : null)) : null) ??
    firstLabelled(scope, 'orderId', (v) => orderIdFrom(v.text)) ??
    selectorText(scope, sel.orderId, orderIdFrom) ??
    fromUrl;
  if (!orderId) return { orders: [], disputes: [], threads: [], missing: ['orderId'] };
  const { order, missing } = readOrder(orderId, { ...scope, foreign: foreignBoxes(top, orderId) }, top, ctx.now, 'detail');
  return { orders: [order], disputes: [], threads: [], missing };
}

const ORDER_LINKS = 'a[href*="orderid=" i]';
/** A box this long holds more than one order's row or card. */
const MAX_FOREIGN_BOX_TEXT = 400;

/**
 * The rows and cards of OTHER orders on a detail page ("this buyer's other orders", a to-do
 * table, a notice): the largest box around each foreign order link that holds no other order
 * link and not this order's number. Their statuses and totals are not this order's.
 */
function foreignBoxes(top: Element, orderId: string): Element[] {
  const links = Array.from(top.querySelectorAll(ORDER_LINKS))
    .map((el) => ({ el, id: ORDER_ID_IN_HREF.exec(el.getAttribute('href') ?? '')?.[1] ?? null }))
    .filter((l): l is { el: Element; id: string } => l.id !== null);
  const foreign = links.filter((l) => l.id !== orderId);
  if (foreign.length === 0) return [];
  // Ancestors holding an order link, with how many; a box around one link holds exactly one.
  const linksUnder = new Map<Element, number>();
  for (const { el } of links) {
    for (let anc = el.parentElement; anc && anc !== top; anc = anc.parentElement) linksUnder.set(anc, (linksUnder.get(anc) ?? 0) + 1);
  }
  const boxes: Element[] = [];
  for (const { el } of foreign) {
    let box: Element = el;
    for (let anc = el.parentElement, depth = 0; anc && anc !== top && depth < 6; anc = anc.parentElement, depth++) {
      if ((linksUnder.get(anc) ?? 0) > 1) break;
      const text = anc.textContent ?? '';
      if (text.length > MAX_FOREIGN_BOX_TEXT || text.includes(orderId)) break;
      box = anc;
    }
    if (!boxes.includes(box)) boxes.push(box);
  }
  return boxes;
}

function urlOrderId(url: URL): string | null {
  const id = url.searchParams.get('orderId') ?? url.searchParams.get('orderid');
  return id && /^\d{6,24}$/.test(id) ? id : null;
}

// ---------------------------------------------------------------- list pages

interface Anchor {
  el: Element;
  id: string;
}

function anchorsIn(top: Element, sel: ListSelectors): Anchor[] {
  const out: Anchor[] = [];
  const selector = ['a[href*="orderId="]', ...sel.orderAnchor].join(', ');
  for (const el of queryAll(top, selector)) {
    if (el.closest('form') || inPageChrome(el)) continue;
    const href = el.getAttribute('href') ?? '';
    const id = ORDER_ID_IN_HREF.exec(href)?.[1] ?? (/^\d{8,24}$/.test(textOf(el)) ? textOf(el) : null);
    if (id) out.push({ el, id });
  }
  return out;
}

function inDocumentOrder(anchors: Anchor[]): Anchor[] {
  const seen = new Set<Element>();
  return anchors
    .filter((a) => (seen.has(a.el) ? false : (seen.add(a.el), true)))
    .sort((a, b) => compareDocumentOrder(a.el, b.el));
}

/** Anchors found by the order-number label ("订单号：…", "Nº de pedido: …") in list rows (full labels only). */
function anchorsByLabel(index: LabelIndex, cache: TableCache): Anchor[] {
  const plainHits = (index.hits.get('orderId') ?? []).filter(({ node, segment }) => segment === undefined && isPlainLabel(node, 'orderId'));
  const plainIndex: LabelIndex = { generic: [], hits: new Map([['orderId', plainHits]]), receiptNodes: [] };
  const out: Anchor[] = [];
  for (const v of labelledValues(plainIndex, 'orderId', cache)) {
    if (v.el.closest('form')) continue;
    const id = orderIdFrom(v.text);
    if (id) out.push({ el: v.el, id });
  }
  return out;
}

/** The label text node is one of `field`'s full labels, not a one-word one. */
function isPlainLabel(node: Text, field: OrderField): boolean {
  const text = cleanText(node.data);
  const colon = text.search(/[:：]/);
  return LABEL_MAPS.plain.byLabel.get(normalizeLabel(colon > 0 ? text.slice(0, colon) : text))?.includes(field) ?? false;
}

/** The smallest element holding every one of `els`. */
function commonAncestor(els: readonly Element[], top: Element): Element {
  let common: Element | null = els[0] ?? top;
  for (const el of els.slice(1)) {
    while (common && common !== top && !common.contains(el)) common = common.parentElement;
  }
  return common ?? top;
}

/** One label index per order, cut from the index of the whole list (one text walk for all orders). */
function splitIndex(index: LabelIndex, segments: Map<string, Element[]>): Map<string, LabelIndex> {
  const owner = new Map<Element, string>();
  for (const [id, roots] of segments) for (const r of roots) owner.set(r, id);
  const ownerOf = (node: Node): string | undefined => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      const id = owner.get(el);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  const out = new Map<string, LabelIndex>();
  const indexOf = (id: string): LabelIndex => {
    let found = out.get(id);
    if (!found) {
      found = { generic: 'all', hits: new Map(), receiptNodes: [] };
      out.set(id, found);
    }
    return found;
  };
  for (const id of segments.keys()) indexOf(id);
  for (const [field, hits] of index.hits) {
    for (const hit of hits) {
      const id = ownerOf(hit.node);
      if (id === undefined) continue;
      const target = indexOf(id).hits;
      const list = target.get(field) ?? [];
      list.push(hit);
      target.set(field, list);
    }
  }
  for (const node of index.receiptNodes) {
    const id = ownerOf(node);
    if (id !== undefined) indexOf(id).receiptNodes.push(node);
  }
  return out;
}

/**
 * Each order's elements: the largest box holding only its own id; where an order is spread over
 * sibling rows (a header row, then item rows), the rows up to the next order's row.
 */
function segmentsOf(anchors: readonly Anchor[], top: Element): Map<string, Element[]> {
  const idsUnder = new Map<Element, Set<string>>();
  for (const { el, id } of anchors) {
    for (let anc: Element | null = el; anc; anc = anc === top ? null : anc.parentElement) {
      const ids = idsUnder.get(anc) ?? new Set<string>();
      ids.add(id);
      idsUnder.set(anc, ids);
    }
  }
  const own = (el: Element, id: string) => {
    const ids = idsUnder.get(el);
    return ids?.size === 1 && ids.has(id);
  };
  const boxes = new Map<string, Element[]>();
  for (const { el, id } of anchors) {
    let box = el;
    for (let anc = el.parentElement; anc && own(anc, id) && anc !== top; anc = anc.parentElement) box = anc;
    const list = boxes.get(id) ?? [];
    if (!list.includes(box)) list.push(box);
    boxes.set(id, list);
  }
  const segments = new Map<string, Element[]>();
  for (const [id, list] of boxes) {
    const first = list[0];
    if (!first) continue;
    const parent = first.parentElement;
    const siblingsOnly = parent && list.every((b) => b.parentElement === parent);
    if (!siblingsOnly) {
      segments.set(id, list);
      continue;
    }
    // An order spread over sibling rows (header row, item rows): its own rows, then the id-less
    // rows that follow, up to the next order's row. Id-less boxes after cards are page furniture.
    const last = list[list.length - 1] ?? first;
    const segment: Element[] = [];
    for (let sib: Element | null = first; sib; sib = sib.nextElementSibling) {
      if (sib.tagName !== first.tagName) break;
      const ids = idsUnder.get(sib);
      if (ids && !(ids.size === 1 && ids.has(id))) break;
      const pastOwnRows = !ids && (last.compareDocumentPosition(sib) & 4) !== 0;
      if (pastOwnRows && !isRowLike(sib)) break;
      segment.push(sib);
    }
    segments.set(id, segment);
  }
  return segments;
}

function isRowLike(el: Element): boolean {
  // Fusion gives each order's <table> role="row": that is a box of rows, not a row.
  return el.tagName === 'TR' || el.tagName === 'LI' || (el.getAttribute('role') === 'row' && el.tagName !== 'TABLE');
}

/** An order list page: one snapshot per order shown, `orders[i].field` for what a row lacks. */
export function readOrderList(root: ParentNode, ctx: ReadContext, sel: ListSelectors): ReadResult {
  const top = rootElement(root);
  if (!top) return { orders: [], disputes: [], threads: [], missing: [] };
  const links = anchorsIn(top, sel);
  // Labels are walked once, over the part of the page that holds the order links (the list, not the
  // menus); over the whole page when one link or none cannot outline a list (a banner's link, a
  // one-order page), or when the links lead to no order row.
  const region = links.length > 1 ? commonAncestor(links.map((l) => l.el), top) : top;
  const result = readListIn(region, links, top, ctx, sel);
  return result.orders.length === 0 && region !== top ? readListIn(top, links, top, ctx, sel) : result;
}

function readListIn(region: Element, links: readonly Anchor[], top: Element, ctx: ReadContext, sel: ListSelectors): ReadResult {
  const cache = newTableCache();
  const regionIndex = indexLabels([region], 'all');
  // Links and labelled numbers together: a list whose rows show "Order no.: …" but link only from an
  // action button (or not at all) must not be read from a banner's link to some other order.
  const anchors = inDocumentOrder([...links, ...anchorsByLabel(regionIndex, cache)]);
  const segments = segmentsOf(anchors, top);
  const indexes = splitIndex(regionIndex, segments);
  const orders: OrderSnapshot[] = [];
  const missing: string[] = [];
  for (const [orderId, roots] of segments) {
    // An order box reaching beyond the region (a page with one order) gets its own walk.
    const inRegion = roots.every((r) => region.contains(r));
    const index = (inRegion ? indexes.get(orderId) : undefined) ?? indexLabels(roots, 'all');
    const rows = roots.flatMap((r) => (isRowLike(r) ? [r] : queryAll(r, 'tr, [role="row"]')));
    const scope: Scope = { roots, index, cache, sel, rows, kind: 'list', foreign: [] };
    const limit = roots[0] ?? top;
    const { order, missing: lacks } = readOrder(orderId, scope, limit, ctx.now, 'list');
    // A stray link to an order (a notice, a banner, "recently viewed") is no order row: a row shows its items or status.
    if (order.items.length === 0 && order.statusText === null) continue;
    for (const field of lacks) missing.push(`orders[${orders.length}].${field}`);
    orders.push(order);
  }
  return { orders, disputes: [], threads: [], missing };
}
