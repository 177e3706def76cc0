import type { DisputeSnapshot, ReadResult } from '@/lib/model/snapshot';
import { closestMatch, compareDocumentOrder, queryAll } from '@/lib/pages/parse/query';
import { GENERIC_LABELS, LABELS } from '@/lib/pages/labels';
import type { ReadContext } from '@/lib/pages/reader';
import { readScopedMap } from '@/lib/pages/parse/memo';
import { findValueByLabel, textOf } from '@/lib/pages/parse/text';
import {
  DISPUTE_ID_PARAMS,
  DISPUTE_LINK_SELECTOR,
  ORDER_ID_PARAMS,
  ORDER_LINK_SELECTOR,
  type Scope,
  cellUnderHeader,
  deadlineFor,
  detailScope,
  digitsIn,
  findLabelElements,
  findResponseCountdown,
  idFromHref,
  isLabel,
  querySelectorAllIn,
  readBuyerComment,
  readBuyerName,
  readCountry,
  readDetailPlan,
  readDisputeIdInScope,
  readHeadingStatus,
  readLastActor,
  readOpenedAt,
  readOrderId,
  readReason,
  readRowPlan,
  readStatus,
  readStatusLine,
  sellerMustAct,
  valueByLabel,
} from './dispute-shared';

/**
 * Page-level reading for the dispute readers: one dispute on a detail page, one per row
 * block on a list page. The readers (one file per page kind and generation) pass in what
 * differs between generations: which URL parameter holds the id, the status banner's selectors.
 */

const nothing = (): ReadResult => ({ orders: [], disputes: [], threads: [], missing: [] });

export interface DetailOptions {
  /** URL parameters that carry the dispute id on this generation, e.g. `reverseOrderLineId`. */
  idParams: readonly string[];
  /** Status banner selectors (class-name prefixes), newest first, for pages without a "Dispute status" label. */
  statusTitles: readonly string[];
}

function idFromUrl(url: URL, params: readonly string[]): string | null {
  for (const name of params) {
    const value = url.searchParams.get(name);
    if (value && /^\d{4,24}$/.test(value)) return value;
  }
  return null;
}

/** A dispute detail page: the dispute, and the fields it should show but did not. */
export function readDisputeDetail(root: ParentNode, ctx: ReadContext, options: DetailOptions): ReadResult {
  try {
    const urlId = idFromUrl(ctx.url, options.idParams);
    // Side columns listing the buyer's other disputes are left out of every lookup.
    const scope: Scope = detailScope(root, urlId, ctx.url);
    const orderId = readOrderId(scope, ctx.url);
    if (!orderId) return { ...nothing(), missing: ['orderId'] };
    const missing: string[] = [];

    const statusRead = readStatus(scope, false, options.statusTitles) ?? readHeadingStatus(scope) ?? readStatusLine(scope);
    // The schema needs a status: an unreadable one is treated as the seller's turn (the cautious
    // choice for a deadline tool) and reported as missing so the panel can say so.
    const status = statusRead?.status ?? 'awaiting_seller';
    if (!statusRead) missing.push('status');

    const reason = readReason(scope, false);
    if (!reason) missing.push('reason');

    const { plan, comment } = readDetailPlan(scope);
    if (!plan) missing.push('buyerPlan');

    const deadline = deadlineFor(status, findResponseCountdown(scope, true), ctx.now);
    if (!deadline && sellerMustAct(status)) missing.push('deadline');

    const dispute: DisputeSnapshot = {
      disputeId: urlId ?? digitsIn(valueByLabel(scope, LABELS.disputeId)),
      orderId,
      reason: reason?.reason ?? 'other',
      reasonText: reason?.reasonText ?? null,
      status,
      statusText: statusRead?.statusText ?? null,
      deadline,
      buyerPlan: plan,
      buyerName: readBuyerName(scope),
      country: readCountry(scope),
      openedAt: readOpenedAt(scope, false),
      buyerComment: comment ?? readBuyerComment(scope),
      lastActor: readLastActor(scope),
    };
    return { ...nothing(), disputes: [dispute], missing };
  } catch {
    // A reader never throws into the content script: an unexpected page shape reads as "nothing found".
    return { ...nothing(), missing: ['disputes'] };
  }
}

// ---------------------------------------------------------------- list pages

interface Mark {
  id: string;
  el: Element;
}

/** Filter forms, search boxes: an order number typed there is not a dispute row. */
const NOT_A_ROW = 'form, [class*="filter" i], [class*="search" i], [role="search"]';

function byDocumentOrder(a: Mark, b: Mark): number {
  return compareDocumentOrder(a.el, b.el);
}

/** Every place an order number shows: order links, "订单号：…" labels, cells under an order-number column. */
function orderMarks(root: ParentNode, base: URL): Mark[] {
  const marks: Mark[] = [];
  for (const link of queryAll(root, ORDER_LINK_SELECTOR)) {
    const id = idFromHref(link.getAttribute('href'), ORDER_ID_PARAMS, base) ?? digitsIn(link.textContent);
    if (id) marks.push({ id, el: link });
  }
  for (const labelEl of findLabelElements(root, LABELS.orderId, true)) {
    const id = digitsIn(findValueByLabel(labelEl, LABELS.orderId));
    if (id) marks.push({ id, el: labelEl });
  }
  // An order-number column (no link, no label in the row): only tables whose header has one.
  const orderHeaders = queryAll(root, 'thead th, [role="columnheader"]').filter((th) =>
    isLabel(textOf(th), ORDER_COLUMN_HEADERS),
  );
  for (const header of orderHeaders) {
    // A <table> (maybe with its header in a separate table) or an ARIA grid of divs.
    const grid = header.closest('[role="grid"], [role="table"], [role="treegrid"]');
    const table = grid ?? header.closest('table')?.parentElement?.parentElement ?? header.closest('table');
    const headerRow = header.parentElement;
    for (const row of Array.from(table?.querySelectorAll(grid ? '[role="row"]' : 'tbody tr') ?? [])) {
      if (row === headerRow) continue;
      const id = digitsIn(cellUnderHeader([row], ORDER_COLUMN_HEADERS)?.textContent);
      if (id) marks.push({ id, el: row });
    }
  }
  return marks.filter((m) => !closestMatch(m.el, NOT_A_ROW)).sort(byDocumentOrder);
}

/** A column header is a small, known place: a one-word "Order"/"Заказ" header names the order column. */
const ORDER_COLUMN_HEADERS: readonly string[] = [...LABELS.orderId, ...GENERIC_LABELS.orderId];

const STOP_TAGS = new Set(['TABLE', 'TBODY', 'THEAD', 'UL', 'OL', 'BODY', 'HTML', 'MAIN', 'FORM']);
const LIST_CHROME = '[role="tablist"], [class*="pagination" i], form, thead';

/** Per read: list chrome on the page and every element holding some, found once for all marks. */
const chromeHolders = readScopedMap<Node, Set<Element>>();

function holdersOfChrome(el: Element): Set<Element> {
  const top = el.getRootNode();
  let holders = chromeHolders.get(top);
  if (!holders) {
    holders = new Set();
    const found = Array.from((top as ParentNode).querySelectorAll?.(LIST_CHROME) ?? []);
    if (top.nodeType === 1 && (top as Element).matches(LIST_CHROME)) found.push(top as Element);
    for (const chrome of found) {
      for (let at: Element | null = chrome; at && !holders.has(at); at = at.parentElement) holders.add(at);
    }
    chromeHolders.set(top, holders);
  }
  return holders;
}

/** A list container or page chrome: a dispute's block never grows into it. */
function isStop(el: Element): boolean {
  return STOP_TAGS.has(el.tagName) || holdersOfChrome(el).has(el);
}

/**
 * The elements of each dispute on a list page, whatever the layout (table rows, cards, a
 * group-header row followed by its item row): from an order number, the largest ancestor that
 * holds no other order number, plus the following siblings up to the next order number.
 */
function disputeBlocks(root: ParentNode, base: URL): Array<{ orderId: string; parts: Element[] }> {
  const marks = orderMarks(root, base);
  const blocks: Array<{ orderId: string; parts: Element[] }> = [];
  // Every mark makes a block (the same number may also show in a banner or a second link in the row);
  // blocks that lie inside another block of the same order are the same dispute and are dropped below.
  for (const mark of marks) {
    const others = marks.filter((m) => m.id !== mark.id);
    const holdsOther = (el: Element) => others.some((o) => el.contains(o.el));
    let el = mark.el;
    for (let parent = el.parentElement; parent && parent !== root && !isStop(parent) && !holdsOther(parent); parent = el.parentElement) {
      el = parent;
    }
    const parts = [el];
    for (let sib = el.nextElementSibling; sib && !isStop(sib) && !holdsOther(sib); sib = sib.nextElementSibling) parts.push(sib);
    blocks.push({ orderId: mark.id, parts });
  }
  const within = (inner: Element[], outer: Element[]) => inner.every((p) => outer.some((o) => o === p || o.contains(p)));
  return blocks.filter(
    (block, i) =>
      !blocks.some(
        (other, j) =>
          other.orderId === block.orderId &&
          within(block.parts, other.parts) &&
          // Of two identical blocks keep the first.
          (!within(other.parts, block.parts) || j < i),
      ),
  );
}

/** One order can carry several disputes (one per item): split its block by dispute link. */
function splitByDispute(parts: Element[], base: URL): Array<{ disputeId: string | null; scope: Scope }> {
  const links = querySelectorAllIn(parts, DISPUTE_LINK_SELECTOR)
    .map((el) => ({ el, id: idFromHref(el.getAttribute('href'), DISPUTE_ID_PARAMS, base) }))
    .filter((l): l is { el: Element; id: string } => l.id !== null);
  const ids = [...new Set(links.map((l) => l.id))];
  if (ids.length <= 1) return [{ disputeId: ids[0] ?? readDisputeIdInScope(parts, base), scope: parts }];

  const shared = parts.filter((p) => !links.some((l) => p.contains(l.el)));
  return ids.map((id) => {
    const link = links.find((l) => l.id === id);
    const holdsOther = (el: Element) => links.some((l) => l.id !== id && el.contains(l.el));
    let el: Element | null = link ? link.el : null;
    while (el?.parentElement && !holdsOther(el.parentElement) && !parts.includes(el)) el = el.parentElement;
    return { disputeId: id, scope: el ? [...shared, el] : shared };
  });
}

/** A dispute list page: one dispute per row block. */
export function readDisputeList(root: ParentNode, ctx: ReadContext): ReadResult {
  try {
    const disputes: DisputeSnapshot[] = [];
    const missing: string[] = [];
    const read = new Set<string>();
    for (const block of disputeBlocks(root, ctx.url)) {
      for (const { disputeId, scope } of splitByDispute(block.parts, ctx.url)) {
        const statusRead = readStatus(scope) ?? readStatusLine(scope);
        // An order number with neither status nor dispute link is not a dispute row (a notice, a banner).
        if (!statusRead && !disputeId) continue;
        // The same dispute reached from two blocks (a banner and its row) is read once.
        const key = `${block.orderId}/${disputeId ?? ''}`;
        if (read.has(key)) continue;
        read.add(key);
        const index = disputes.length;
        const status = statusRead?.status ?? 'awaiting_seller';
        if (!statusRead) missing.push(`disputes[${index}].status`);
        const reason = readReason(scope);
        const deadline = deadlineFor(status, findResponseCountdown(scope, false), ctx.now);
        if (!deadline && sellerMustAct(status)) missing.push(`disputes[${index}].deadline`);
        disputes.push({
          disputeId,
          orderId: block.orderId,
          reason: reason?.reason ?? 'other',
          reasonText: reason?.reasonText ?? null,
          status,
          statusText: statusRead?.statusText ?? null,
          deadline,
          buyerPlan: readRowPlan(scope),
          buyerName: readBuyerName(scope),
          country: readCountry(scope),
          openedAt: readOpenedAt(scope),
        });
      }
    }
    // Dispute links but no readable row: the list changed shape, say so rather than show "no disputes".
    if (disputes.length === 0 && root.querySelector(DISPUTE_LINK_SELECTOR)) missing.push('disputes');
    return { ...nothing(), disputes, missing };
  } catch {
    return { ...nothing(), missing: ['disputes'] };
  }
}
