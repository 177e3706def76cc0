import type { DisputeRecord, OrderRecord, ThreadRecord } from '../db/records';
import type { DisputeSnapshot, OrderSnapshot, PageKind, ThreadSnapshot } from '../model/snapshot';
import { nextLogisticsFollowUpAt } from './logistics';
import { disputeWaitsForSeller } from './policy';
import { initialThread, nextThread, type ThreadChange, type ThreadMachine, type ThreadObservation } from './threads';
import { HOUR_MS, maxIso, minIso, msOf, toUtcIso } from './time';

/**
 * Pure merges of one observation into a stored record. The rule for plain fields: each keeps
 * its newest observation by time of reading; a field the page did not show (null, empty list)
 * is no observation at all. So a snapshot that arrives late (a background tab, a slow page)
 * fills gaps but never overwrites a newer value, and merging the same snapshot twice changes
 * nothing.
 */

export interface MergeContext {
  /** snapshot.readAt in UTC. */
  readAt: string;
  channelId: string | null;
  url: string;
  page: PageKind;
}

type Observed = Record<string, string>;
type Fields = Record<string, unknown>;

function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Fields that are bookkeeping or derived, never "observed" on a page. */
const NOT_OBSERVED: ReadonlySet<string> = new Set([
  'observedAt', 'firstSeenAt', 'lastSeenAt', 'key', 'orderId', 'threadId', 'waiting', 'doneAt', 'doneDeadline', 'snoozedUntil',
  'followUpAt', 'followUpsDone', 'state', 'since', 'lastSpeaker', 'lastMessageAt', 'speakerSeenAt', 'pendingInsertAt', 'source', 'disputeKey',
]);

/**
 * Take every incoming field observed at least as recently as the stored one.
 *
 * `observedAt` stores only the exceptions: a field with a value and no entry was observed at the
 * record's `lastSeenAt` (records from before v2 have no entries at all, which reads the same).
 * So the common record, every field seen on the latest page, carries an empty map. The map
 * returned here is complete; `compactObserved` drops what `lastSeenAt` already says.
 */
export function mergeNewest(
  existing: Fields | undefined,
  existingObserved: Observed | undefined,
  incoming: Fields,
  readAt: string,
): { values: Fields; observedAt: Observed } {
  const observedAt: Observed = {};
  const fallback = typeof existing?.lastSeenAt === 'string' ? existing.lastSeenAt : undefined;
  if (existing && fallback) {
    for (const [field, value] of Object.entries(existing)) {
      if (!NOT_OBSERVED.has(field) && hasValue(value)) observedAt[field] = existingObserved?.[field] ?? fallback;
    }
  }
  const values: Fields = {};
  for (const [field, value] of Object.entries(incoming)) {
    if (!hasValue(value)) continue;
    const seen = observedAt[field];
    if (seen !== undefined && readAt < seen) continue;
    values[field] = value;
    observedAt[field] = readAt;
  }
  return { values, observedAt };
}

export function compactObserved(observedAt: Observed, lastSeenAt: string): Observed {
  const compact: Observed = {};
  for (const [field, at] of Object.entries(observedAt)) if (at !== lastSeenAt) compact[field] = at;
  return compact;
}

/** Detail pages make the better "open" link; among equals the newest wins. */
function urlRank(url: string): number {
  return /detail/i.test(url) ? 2 : 1;
}

function mergeUrl(existingUrl: string | null | undefined, observedAt: Observed, fallback: string | undefined, ctx: MergeContext): string {
  if (!existingUrl) {
    observedAt.url = ctx.readAt;
    return ctx.url;
  }
  const incoming = urlRank(ctx.url);
  const current = urlRank(existingUrl);
  const seen = observedAt.url ?? fallback ?? '';
  if (incoming > current || (incoming === current && ctx.readAt >= seen)) {
    observedAt.url = ctx.readAt;
    return ctx.url;
  }
  return existingUrl;
}

function bookkeeping(existing: { firstSeenAt?: string; lastSeenAt?: string } | undefined, readAt: string) {
  return {
    firstSeenAt: existing?.firstSeenAt ? minIso(existing.firstSeenAt, readAt) : readAt,
    lastSeenAt: existing?.lastSeenAt ? maxIso(existing.lastSeenAt, readAt) : readAt,
  };
}

function withChannel(values: Fields, ctx: MergeContext): Fields {
  return ctx.channelId ? { ...values, channelId: ctx.channelId } : values;
}

export function mergeOrder(existing: OrderRecord | undefined, order: OrderSnapshot, ctx: MergeContext): OrderRecord {
  const incoming = withChannel(
    {
      ...order,
      orderedAt: toUtcIso(order.orderedAt),
      shippedAt: toUtcIso(order.shippedAt),
      protectionEndsAt: toUtcIso(order.protectionEndsAt),
    },
    ctx,
  );
  const { values, observedAt } = mergeNewest(existing, existing?.observedAt, incoming, ctx.readAt);
  const seen = bookkeeping(existing, ctx.readAt);
  const url = mergeUrl(existing?.url, observedAt, existing?.lastSeenAt, ctx);
  const merged = {
    buyerName: null,
    country: null,
    carrier: null,
    trackingNumber: null,
    total: null,
    statusText: null,
    remark: null,
    items: [],
    channelId: null,
    ...existing,
    ...values,
    orderId: order.orderId,
    status: (values.status as OrderRecord['status'] | undefined) ?? existing?.status ?? order.status,
    ...seen,
    url,
    observedAt: compactObserved(observedAt, seen.lastSeenAt),
  } as OrderRecord;
  merged.followUpAt = nextLogisticsFollowUpAt(merged);
  return merged;
}

/** disputeId when known, else "order:<orderId>" (list pages may not show the dispute id). */
export function disputeKeyOf(dispute: Pick<DisputeSnapshot, 'disputeId' | 'orderId'>): string {
  return dispute.disputeId ?? `order:${dispute.orderId}`;
}

/**
 * A countdown read twice gives deadlines a few seconds apart; a deadline that moved by more
 * than this means the platform restarted the clock (the buyer changed the request).
 */
export const DEADLINE_RESTART_MS = HOUR_MS;

export function mergeDispute(existing: DisputeRecord | undefined, dispute: DisputeSnapshot, key: string, ctx: MergeContext): DisputeRecord {
  const incoming = withChannel(
    {
      ...dispute,
      // Who acted last belongs to the negotiation thread (see mergeDisputeThread), not here.
      lastActor: undefined,
      deadline: toUtcIso(dispute.deadline),
      openedAt: toUtcIso(dispute.openedAt),
    },
    ctx,
  );
  const { values, observedAt } = mergeNewest(existing, existing?.observedAt, incoming, ctx.readAt);
  const seen = bookkeeping(existing, ctx.readAt);
  const url = mergeUrl(existing?.url, observedAt, existing?.lastSeenAt, ctx);
  const status = (values.status as DisputeRecord['status'] | undefined) ?? existing?.status ?? dispute.status;
  const deadline = (values.deadline as string | undefined) ?? existing?.deadline ?? '';

  // "Done" holds until the page shows the dispute leaving "waiting for us", or the clock restarted.
  let doneAt = existing?.doneAt ?? null;
  let doneDeadline = existing?.doneDeadline ?? null;
  if (doneAt && ctx.readAt > doneAt && values.status !== undefined) {
    const restarted = deadline !== '' && (!doneDeadline || Math.abs(msOf(deadline) - msOf(doneDeadline)) > DEADLINE_RESTART_MS);
    if (!disputeWaitsForSeller(status) || restarted) {
      doneAt = null;
      doneDeadline = null;
    }
  }

  const defaults: Fields = { reasonText: null, statusText: null, buyerPlan: null, disputeId: null, channelId: null };
  const { lastActor: _lastActor, ...kept } = { ...defaults, ...existing, ...values } as DisputeRecord;
  void _lastActor;
  return {
    ...kept,
    key,
    orderId: dispute.orderId,
    reason: (values.reason as DisputeRecord['reason'] | undefined) ?? existing?.reason ?? dispute.reason,
    status,
    deadline,
    waiting: disputeWaitsForSeller(status) && !doneAt ? 1 : 0,
    doneAt,
    doneDeadline,
    ...seen,
    url,
    observedAt: compactObserved(observedAt, seen.lastSeenAt),
  };
}

/** Every observed field of a record with its time (observedAt holds only the exceptions). */
function observedTimes(record: DisputeRecord): Observed {
  return mergeNewest(record, record.observedAt, {}, record.lastSeenAt).observedAt;
}

/** Fold a record kept under "order:<id>" into the one that now has its dispute id. */
export function foldDisputeRecords(older: DisputeRecord, newer: DisputeRecord | undefined, key: string): DisputeRecord {
  if (!newer) return { ...older, key };
  const olderTimes = observedTimes(older);
  const newerTimes = observedTimes(newer);
  const observedAt: Observed = { ...olderTimes };
  const combined: Fields = { ...older };
  for (const [field, value] of Object.entries(newer)) {
    if (!hasValue(value)) continue;
    const newerSeen = newerTimes[field];
    const olderSeen = olderTimes[field];
    if (newerSeen === undefined) {
      combined[field] = value; // bookkeeping and derived fields: the record with the id wins
    } else if (olderSeen === undefined || newerSeen >= olderSeen) {
      combined[field] = value;
      observedAt[field] = newerSeen;
    }
  }
  const lastSeenAt = maxIso(older.lastSeenAt, newer.lastSeenAt);
  return {
    ...(combined as DisputeRecord),
    key,
    firstSeenAt: minIso(older.firstSeenAt, newer.firstSeenAt),
    lastSeenAt,
    observedAt: compactObserved(observedAt, lastSeenAt),
  };
}

export function machineOf(record: ThreadRecord): ThreadMachine {
  return {
    state: record.state,
    since: record.since,
    lastSpeaker: record.lastSpeaker,
    lastMessageAt: record.lastMessageAt,
    speakerSeenAt: record.speakerSeenAt ?? record.lastSeenAt,
    snoozedUntil: record.snoozedUntil ?? null,
    pendingInsertAt: record.pendingInsertAt ?? null,
  };
}

function applyMachine(base: ThreadRecord, machine: ThreadMachine): ThreadRecord {
  return {
    ...base,
    state: machine.state,
    since: machine.since,
    lastSpeaker: machine.lastSpeaker,
    lastMessageAt: machine.lastMessageAt,
    speakerSeenAt: machine.speakerSeenAt,
    snoozedUntil: machine.snoozedUntil,
    pendingInsertAt: machine.pendingInsertAt,
  };
}

export interface ThreadMerge {
  record: ThreadRecord;
  change: ThreadChange | null;
}

export function mergeChatThread(existing: ThreadRecord | undefined, thread: ThreadSnapshot, ctx: MergeContext): ThreadMerge {
  const observation: ThreadObservation = {
    readAt: ctx.readAt,
    lastSpeaker: thread.lastSpeaker,
    lastMessageAt: toUtcIso(thread.lastMessageAt),
  };
  // Speaker and time go through the state machine; "open" describes the page, not the thread.
  const { lastSpeaker: _speaker, lastMessageAt: _time, open: _open, ...plain } = thread;
  void _speaker;
  void _time;
  void _open;
  const { values, observedAt } = mergeNewest(existing, existing?.observedAt, withChannel(plain, ctx), ctx.readAt);
  const seen = bookkeeping(existing, ctx.readAt);
  const url = mergeUrl(existing?.url, observedAt, existing?.lastSeenAt, ctx);
  const step = existing ? nextThread(machineOf(existing), { type: 'observed', ...observation }) : { machine: initialThread(observation), change: null };
  const base = {
    buyerName: null,
    orderId: null,
    lastBuyerMessage: null,
    channelId: null,
    ...existing,
    ...values,
    threadId: thread.threadId,
    source: existing?.source ?? 'chat',
    ...seen,
    url,
    observedAt: compactObserved(observedAt, seen.lastSeenAt),
  } as ThreadRecord;
  return { record: applyMachine(base, step.machine), change: step.change };
}

/** The negotiation inside a dispute is a thread of its own: one per order in dispute. */
export function disputeThreadId(orderId: string): string {
  return `dispute:${orderId}`;
}

/**
 * Update the negotiation thread of a (merged) dispute. Created only when the page shows who
 * acted last; closed when the dispute is seen closed. The platform acting last (asking for
 * proof, proposing a solution) waits on us like a buyer message.
 */
export function mergeDisputeThread(
  existing: ThreadRecord | undefined,
  dispute: DisputeRecord,
  lastActor: DisputeSnapshot['lastActor'],
  ctx: MergeContext,
): ThreadMerge | null {
  const observation: ThreadObservation | null = lastActor
    ? { readAt: ctx.readAt, lastSpeaker: lastActor === 'seller' ? 'seller' : 'buyer', lastMessageAt: null }
    : null;
  const closedNow = dispute.status === 'closed' && (dispute.observedAt?.status ?? dispute.lastSeenAt) === ctx.readAt;
  if (!existing && (!observation || dispute.status === 'closed')) return null;

  let machine: ThreadMachine;
  let change: ThreadChange | null = null;
  if (existing) {
    machine = machineOf(existing);
    if (observation) ({ machine, change } = nextThread(machine, { type: 'observed', ...observation }));
  } else {
    machine = initialThread(observation!);
  }
  if (closedNow) {
    const closed = nextThread(machine, { type: 'dispute_closed', at: ctx.readAt });
    machine = closed.machine;
    change = closed.change ?? change;
  }

  const incoming: Fields = {
    buyerName: dispute.buyerName ?? null,
    orderId: dispute.orderId,
    lastBuyerMessage: dispute.buyerComment ?? null,
    country: dispute.country ?? null,
    channelId: dispute.channelId,
  };
  const { values, observedAt } = mergeNewest(existing, existing?.observedAt, incoming, ctx.readAt);
  const seen = bookkeeping(existing, ctx.readAt);
  const base = {
    buyerName: null,
    lastBuyerMessage: null,
    channelId: null,
    ...existing,
    ...values,
    threadId: disputeThreadId(dispute.orderId),
    orderId: dispute.orderId,
    source: 'dispute',
    disputeKey: dispute.key,
    ...seen,
    url: dispute.url,
    observedAt: compactObserved(observedAt, seen.lastSeenAt),
  } as ThreadRecord;
  return { record: applyMachine(base, machine), change };
}
