import type { ThreadState } from '../db/records';
import { MINUTE_MS, msOf } from './time';

/**
 * The thread state machine: who owes the next message in a conversation.
 *
 *   awaiting_seller  the buyer (or, in a dispute, the buyer or the platform) acted last
 *   awaiting_buyer   we wrote last
 *   closed           the agent marked it done (or its dispute closed)
 *
 * `since` is when the current wait began: for awaiting_seller the first unanswered buyer
 * message (later buyer messages do not reset it: the buyer has waited since the first), for
 * awaiting_buyer our latest message (a nudge restarts the follow-up clock).
 *
 * Inputs come from page observations (who spoke last, when), our own insertions, and the agent's
 * "done" / "snooze". An insertion alone changes nothing: only a page showing our message sent
 * does (the agent may have edited or dropped the text).
 *
 * Pure: every instant is a UTC ISO string passed in; no clock is read here.
 */

export type Speaker = 'buyer' | 'seller';

export interface ThreadMachine {
  state: ThreadState;
  since: string;
  lastSpeaker: Speaker;
  lastMessageAt: string | null;
  /** readAt of the observation that set lastSpeaker / lastMessageAt. */
  speakerSeenAt: string | null;
  snoozedUntil: string | null;
  pendingInsertAt: string | null;
}

export interface ThreadObservation {
  /** When the page was read (UTC ISO). */
  readAt: string;
  lastSpeaker: Speaker;
  /** Time of the last real message, when the page shows it (UTC ISO). */
  lastMessageAt: string | null;
}

export type ThreadInput =
  | ({ type: 'observed' } & ThreadObservation)
  | { type: 'inserted'; at: string }
  | { type: 'done'; at: string }
  | { type: 'snoozed'; at: string; until: string }
  /** The dispute behind a negotiation thread was seen closed. */
  | { type: 'dispute_closed'; at: string };

export type TransitionReason =
  | 'buyer_wrote'
  | 'buyer_wrote_again'
  | 'seller_replied'
  | 'reply_sent_after_insert'
  | 'seller_wrote_again'
  | 'done'
  | 'dispute_closed';

export interface ThreadChange {
  from: ThreadState;
  to: ThreadState;
  at: string;
  reason: TransitionReason;
}

export interface ThreadStep {
  machine: ThreadMachine;
  /** Set when the state changed, or when a follow-up message restarted an awaiting_buyer wait. */
  change: ThreadChange | null;
}

/**
 * Message times on chat pages have minute precision ("14:05"), so a message sent right after
 * an insertion may show a time up to a minute before it. Allow two.
 */
export const INSERT_MATCH_TOLERANCE_MS = 2 * MINUTE_MS;

/** A thread seen for the first time. */
export function initialThread(observation: ThreadObservation): ThreadMachine {
  return {
    state: observation.lastSpeaker === 'buyer' ? 'awaiting_seller' : 'awaiting_buyer',
    since: observation.lastMessageAt ?? observation.readAt,
    lastSpeaker: observation.lastSpeaker,
    lastMessageAt: observation.lastMessageAt,
    speakerSeenAt: observation.readAt,
    snoozedUntil: null,
    pendingInsertAt: null,
  };
}

/**
 * Is this observation at least as new as what the machine knows? Message times decide when
 * both are known; otherwise (and on equal times: two messages in the same minute) the time
 * of reading does. A snapshot that arrives late never rolls the state back.
 */
export function isNewerObservation(observation: ThreadObservation, machine: ThreadMachine): boolean {
  if (observation.lastMessageAt && machine.lastMessageAt && observation.lastMessageAt !== machine.lastMessageAt) {
    return observation.lastMessageAt > machine.lastMessageAt;
  }
  return observation.readAt >= (machine.speakerSeenAt ?? '');
}

/**
 * Does the observation show a message the machine has not seen? With times: a later time.
 * Without (dispute negotiation, pages that hide times): only a change of speaker proves it.
 */
export function showsNewMessage(observation: ThreadObservation, machine: ThreadMachine): boolean {
  if (observation.lastMessageAt && machine.lastMessageAt) return observation.lastMessageAt > machine.lastMessageAt;
  if (observation.lastMessageAt && observation.lastSpeaker === machine.lastSpeaker) {
    return observation.lastMessageAt > machine.since;
  }
  return observation.lastSpeaker !== machine.lastSpeaker;
}

export function nextThread(machine: ThreadMachine, input: ThreadInput): ThreadStep {
  switch (input.type) {
    case 'inserted':
      return { machine: { ...machine, pendingInsertAt: input.at }, change: null };
    case 'snoozed':
      return { machine: { ...machine, snoozedUntil: input.until }, change: null };
    case 'done':
      if (machine.state === 'closed') return { machine, change: null };
      return moveTo(machine, 'closed', input.at, 'done');
    case 'dispute_closed':
      if (machine.state === 'closed') return { machine, change: null };
      return moveTo(machine, 'closed', input.at, 'dispute_closed');
    case 'observed':
      return observe(machine, input);
  }
}

function observe(machine: ThreadMachine, observation: ThreadObservation): ThreadStep {
  if (!isNewerObservation(observation, machine)) return { machine, change: null };
  const isNew = showsNewMessage(observation, machine);
  const at = observation.lastMessageAt ?? observation.readAt;
  const seen: ThreadMachine = {
    ...machine,
    lastSpeaker: observation.lastSpeaker,
    lastMessageAt: observation.lastMessageAt ?? machine.lastMessageAt,
    speakerSeenAt: observation.readAt,
  };

  if (observation.lastSpeaker === 'buyer') {
    if (machine.state === 'awaiting_seller') return { machine: seen, change: null };
    if (machine.state === 'closed') {
      return isNew ? moveTo(seen, 'awaiting_seller', at, 'buyer_wrote_again') : { machine: seen, change: null };
    }
    // awaiting_buyer: the buyer answered (a newer observation with the buyer last is a new message).
    return moveTo(seen, 'awaiting_seller', at, 'buyer_wrote');
  }

  // We spoke last.
  const confirmsInsert = isInsertConfirmed(machine.pendingInsertAt, at);
  const settled: ThreadMachine = confirmsInsert ? { ...seen, pendingInsertAt: null } : seen;
  if (machine.state === 'awaiting_seller') {
    return moveTo(settled, 'awaiting_buyer', at, confirmsInsert ? 'reply_sent_after_insert' : 'seller_replied');
  }
  if (machine.state === 'closed') {
    return isNew ? moveTo(settled, 'awaiting_buyer', at, 'seller_wrote_again') : { machine: settled, change: null };
  }
  // awaiting_buyer: a new message from us is a nudge; the follow-up clock restarts.
  if (isNew && at > machine.since) {
    return {
      machine: { ...settled, since: at, snoozedUntil: null },
      change: { from: 'awaiting_buyer', to: 'awaiting_buyer', at, reason: confirmsInsert ? 'reply_sent_after_insert' : 'seller_wrote_again' },
    };
  }
  return { machine: settled, change: null };
}

function isInsertConfirmed(pendingInsertAt: string | null, sentAt: string): boolean {
  return pendingInsertAt !== null && msOf(sentAt) >= msOf(pendingInsertAt) - INSERT_MATCH_TOLERANCE_MS;
}

/** A state change ends any snooze: the situation it was snoozed for is over. */
function moveTo(machine: ThreadMachine, to: ThreadState, at: string, reason: TransitionReason): ThreadStep {
  return {
    machine: { ...machine, state: to, since: at, snoozedUntil: null },
    change: { from: machine.state, to, at, reason },
  };
}
