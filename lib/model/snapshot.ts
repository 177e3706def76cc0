import { z } from 'zod';

/**
 * The page snapshot: what a page reader saw on one seller-center page.
 * This schema is the contract between content script, background, side panel and
 * the `inspect` CLI. Extend it; never rename a field (saved data and tools depend on it).
 * Readers build plain objects typed by `z.infer` (the content script imports types only,
 * so zod stays out of its bundle); the background parses every snapshot it receives.
 */

export const PAGE_KINDS = ['order-list', 'order-detail', 'dispute-list', 'dispute-detail', 'messages', 'unknown'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/** Order, dispute and thread ids are long digit strings; numbers would lose precision. */
export const DigitId = z.string().regex(/^\d{4,24}$/);
/** Chat session ids are opaque (not always digits). */
export const ThreadId = z.string().min(1).max(200);

export const Money = z.object({
  amount: z.number().finite(),
  /** ISO 4217, upper case: USD, EUR, BRL, CNY, RUB ... */
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof Money>;

export const ORDER_STATUSES = [
  'awaiting_payment',
  'awaiting_shipment',
  'partially_shipped',
  'awaiting_receipt',
  'completed',
  'closed',
  'in_dispute',
  'cancel_requested',
  'other',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const DISPUTE_REASONS = [
  'not_received',
  'customs',
  'not_as_described',
  'damaged',
  'not_working',
  'short_shipment',
  'counterfeit',
  'wrong_item',
  'changed_mind',
  'other',
] as const;
export const DisputeReason = z.enum(DISPUTE_REASONS);
export type DisputeReason = z.infer<typeof DisputeReason>;

export const DISPUTE_STATUSES = [
  'awaiting_seller',
  'awaiting_buyer',
  'awaiting_return',
  'awaiting_return_receipt',
  'platform',
  'closed',
] as const;
export const DisputeStatus = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

const text = (max: number) => z.string().max(max);
const IsoInstant = z.string().datetime({ offset: true });
const Country = z.string().regex(/^[A-Z]{2}$/);

export const OrderItem = z.object({
  title: text(2000),
  sku: text(500).nullable(),
  quantity: z.number().int().nonnegative().nullable(),
  unitPrice: Money.nullable(),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const OrderSnapshot = z.object({
  orderId: DigitId,
  buyerName: text(300).nullable(),
  country: Country.nullable(),
  carrier: text(300).nullable(),
  trackingNumber: text(100).nullable(),
  total: Money.nullable(),
  status: OrderStatus,
  statusText: text(300).nullable(),
  /** The buyer's order remark (never the seller's own note). Plain text, may be long. */
  remark: text(10000).nullable(),
  items: z.array(OrderItem).max(500),
  // Extensions beyond the inspect contract (optional so older snapshots still parse).
  orderedAt: IsoInstant.nullable().optional(),
  shippedAt: IsoInstant.nullable().optional(),
  weightKg: z.number().positive().nullable().optional(),
  /** Time left for the buyer-protection / receipt period, as an absolute instant. */
  protectionEndsAt: IsoInstant.nullable().optional(),
});
export type OrderSnapshot = z.infer<typeof OrderSnapshot>;

export const BuyerPlan = z.object({
  type: z.enum(['refund', 'return_and_refund']),
  amount: z.number().finite().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
});
export type BuyerPlan = z.infer<typeof BuyerPlan>;

export const DisputeSnapshot = z.object({
  disputeId: DigitId.nullable(),
  orderId: DigitId,
  reason: DisputeReason,
  reasonText: text(500).nullable(),
  status: DisputeStatus,
  statusText: text(300).nullable(),
  /** Absolute response deadline: time of reading + the countdown the page showed. */
  deadline: IsoInstant.nullable(),
  buyerPlan: BuyerPlan.nullable(),
  // Extensions.
  buyerName: text(300).nullable().optional(),
  country: Country.nullable().optional(),
  openedAt: IsoInstant.nullable().optional(),
  /** The buyer's own words on the dispute (comment on their plan). */
  buyerComment: text(10000).nullable().optional(),
  /** Who acted last in the negotiation history, when the page shows it. */
  lastActor: z.enum(['buyer', 'seller', 'platform']).nullable().optional(),
});
export type DisputeSnapshot = z.infer<typeof DisputeSnapshot>;

export const ThreadSnapshot = z.object({
  threadId: ThreadId,
  buyerName: text(300).nullable(),
  orderId: DigitId.nullable(),
  lastSpeaker: z.enum(['buyer', 'seller']),
  lastMessageAt: IsoInstant.nullable(),
  lastBuyerMessage: text(10000).nullable(),
  // Extensions.
  country: Country.nullable().optional(),
  unreadCount: z.number().int().nonnegative().nullable().optional(),
  /** True for the conversation open on screen (its reply box is the insertion target). */
  open: z.boolean().optional(),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshot>;

export const PageSnapshot = z.object({
  page: PageKind,
  /** Reader id, e.g. "order-detail.m_apps"; null when no reader matched. */
  reader: z.string().nullable(),
  url: z.string().url(),
  readAt: IsoInstant,
  /** Store id from `?channelId=` (several stores per agent). */
  channelId: z.string().regex(/^\d{1,20}$/).nullable(),
  orders: z.array(OrderSnapshot),
  disputes: z.array(DisputeSnapshot),
  threads: z.array(ThreadSnapshot),
  /** Fields this page kind should have shown but did not, e.g. "trackingNumber" or "orders[1].total". */
  missing: z.array(z.string()),
  /** The anti-bot slider was on screen: nothing was read on purpose. */
  blocked: z.boolean().optional(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

/** What a reader returns; the content script adds url, readAt, channelId, reader. */
export type ReadResult = Pick<PageSnapshot, 'orders' | 'disputes' | 'threads' | 'missing'>;
