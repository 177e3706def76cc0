import { z } from 'zod';
import { DisputeSnapshot, OrderSnapshot, ThreadSnapshot } from '../model/snapshot';

/**
 * When each field was last observed (snapshot readAt, UTC ISO), so a snapshot that arrives
 * late never overwrites a newer value. Records written before v2 have none: their fields
 * count as observed at `lastSeenAt`.
 */
const ObservedAt = z.record(z.string(), z.string());

/** What is kept per order: the newest observation of every field, plus bookkeeping. */
export const OrderRecord = OrderSnapshot.extend({
  channelId: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  /** The page URL where it was last seen: the queue's "open" link. */
  url: z.string().nullable(),
  // v2
  observedAt: ObservedAt.optional(),
  /** Next logistics follow-up (UTC ISO), '' when none is pending (indexable). */
  followUpAt: z.string().optional(),
  /** Logistics follow-up stages the agent marked done (see lib/queue/logistics.ts). */
  followUpsDone: z.array(z.string().max(100)).max(50).optional(),
  snoozedUntil: z.string().nullable().optional(),
});
export type OrderRecord = z.infer<typeof OrderRecord>;

export const DisputeRecord = DisputeSnapshot.extend({
  /** disputeId when known, else "order:<orderId>" (list pages may not show the dispute id). */
  key: z.string(),
  channelId: z.string().nullable(),
  /** 1 when the dispute waits for the seller (see lib/queue), else 0: indexable. */
  waiting: z.union([z.literal(0), z.literal(1)]),
  /** ISO deadline, '' when unknown (indexable). */
  deadline: z.string(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  url: z.string().nullable(),
  // v2
  observedAt: ObservedAt.optional(),
  snoozedUntil: z.string().nullable().optional(),
  /** The agent marked it handled; hidden until the platform restarts the clock or it leaves and re-enters "waiting". */
  doneAt: z.string().nullable().optional(),
  /** The deadline when it was marked done: a different one later means the buyer changed the request. */
  doneDeadline: z.string().nullable().optional(),
});
export type DisputeRecord = z.infer<typeof DisputeRecord>;

export const THREAD_STATES = ['awaiting_seller', 'awaiting_buyer', 'closed'] as const;
export const ThreadState = z.enum(THREAD_STATES);
export type ThreadState = z.infer<typeof ThreadState>;

export const ThreadRecord = ThreadSnapshot.extend({
  channelId: z.string().nullable(),
  state: ThreadState,
  /** Since when it is in this state (ISO). */
  since: z.string(),
  snoozedUntil: z.string().nullable().optional(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  url: z.string().nullable(),
  // v2
  observedAt: ObservedAt.optional(),
  /** Where the conversation lives: the buyer chat, or a dispute's negotiation ("dispute:<key>"). */
  source: z.enum(['chat', 'dispute']).optional(),
  /** Dispute key for negotiation threads. */
  disputeKey: z.string().nullable().optional(),
  /** readAt of the observation that set lastSpeaker / lastMessageAt (ties of equal message times). */
  speakerSeenAt: z.string().nullable().optional(),
  /** A reply was inserted into the page at this time and not yet seen sent. */
  pendingInsertAt: z.string().nullable().optional(),
});
export type ThreadRecord = z.infer<typeof ThreadRecord>;

export const EventRecord = z.object({
  id: z.number().int().optional(),
  type: z.enum(['insert', 'copy', 'state', 'snooze', 'done']),
  at: z.string(),
  templateId: z.string().nullable().optional(),
  scenario: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  orderId: z.string().nullable().optional(),
  threadId: z.string().nullable().optional(),
  detail: z.string().max(500).nullable().optional(),
});
export type EventRecord = z.infer<typeof EventRecord>;

/** A field the agent corrected or filled by hand for one order; wins over page values. */
export const OrderOverride = z.object({
  orderId: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  updatedAt: z.string(),
});
export type OrderOverride = z.infer<typeof OrderOverride>;

export const SkuWeight = z.object({ key: z.string(), weightKg: z.number().positive(), updatedAt: z.string() });
export type SkuWeight = z.infer<typeof SkuWeight>;

export const ConfigEntry = z.object({ key: z.string(), value: z.unknown(), updatedAt: z.string() });
export type ConfigEntry = z.infer<typeof ConfigEntry>;
