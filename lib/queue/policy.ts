import type { DisputeStatus } from '../model/snapshot';
import type { Settings } from '../settings/schema';
import type { ThreadState } from '../db/records';
import { DAY_MS, HOUR_MS, msOf } from './time';

/**
 * The overdue policy. Pure functions of a record, a fixed `now` and the settings.
 *
 * Edges, chosen on purpose and tested:
 * - a deadline exactly `overdueHours` away is NOT yet overdue ("less than 48 hours away");
 * - a deadline equal to now is expired (the platform acts at the deadline);
 * - a reply is owed from exactly `replyWithinHours` after the buyer's message (the window is over);
 * - a follow-up is due from exactly `followUpAfterDays` × 24 h after our message.
 */
export type PolicySettings = Pick<Settings, 'overdueHours' | 'replyWithinHours' | 'followUpAfterDays'>;

/** Statuses in which the platform waits for the SELLER: the response clock runs against us. */
export function disputeWaitsForSeller(status: DisputeStatus): boolean {
  return status === 'awaiting_seller' || status === 'awaiting_return_receipt';
}

export type DisputeUrgency =
  /** Not waiting for us (or marked done). */
  | 'not_waiting'
  /** Waiting for us, but the page showed no deadline. */
  | 'unknown_deadline'
  | 'on_time'
  /** Less than `overdueHours` left. */
  | 'overdue'
  /** Past the deadline and not yet seen closed. */
  | 'expired';

export interface DisputeClock {
  /** 1 when waiting for the seller and not marked done (see store-snapshot). */
  waiting: 0 | 1;
  /** UTC ISO, '' when unknown. */
  deadline: string;
}

export function disputeUrgency(dispute: DisputeClock, now: Date, settings: Pick<PolicySettings, 'overdueHours'>): DisputeUrgency {
  if (dispute.waiting !== 1) return 'not_waiting';
  if (!dispute.deadline) return 'unknown_deadline';
  const left = msOf(dispute.deadline) - now.getTime();
  if (left <= 0) return 'expired';
  return left < settings.overdueHours * HOUR_MS ? 'overdue' : 'on_time';
}

/** The [waiting+deadline] bounds matching `disputeUrgency` (UTC ISO strings). */
export function overdueCutoff(now: Date, overdueHours: number): string {
  return new Date(now.getTime() + overdueHours * HOUR_MS).toISOString();
}

export interface Snoozable {
  snoozedUntil?: string | null;
}

export function isSnoozed(record: Snoozable, now: Date): boolean {
  return !!record.snoozedUntil && msOf(record.snoozedUntil) > now.getTime();
}

export interface ThreadClock extends Snoozable {
  state: ThreadState;
  since: string;
}

/** The buyer spoke last and our reply window is over. */
export function replyOwed(thread: ThreadClock, now: Date, settings: Pick<PolicySettings, 'replyWithinHours'>): boolean {
  return (
    thread.state === 'awaiting_seller' &&
    !isSnoozed(thread, now) &&
    now.getTime() - msOf(thread.since) >= settings.replyWithinHours * HOUR_MS
  );
}

/** When a waiting buyer's reply becomes owed. */
export function replyDueAt(thread: Pick<ThreadClock, 'since'>, settings: Pick<PolicySettings, 'replyWithinHours'>): string {
  return new Date(msOf(thread.since) + settings.replyWithinHours * HOUR_MS).toISOString();
}

/** We spoke last and the buyer has been silent for `followUpAfterDays`: nudge them (and email). */
export function followUpDue(thread: ThreadClock, now: Date, settings: Pick<PolicySettings, 'followUpAfterDays'>): boolean {
  return (
    thread.state === 'awaiting_buyer' &&
    !isSnoozed(thread, now) &&
    now.getTime() - msOf(thread.since) >= settings.followUpAfterDays * DAY_MS
  );
}

export function replyCutoff(now: Date, replyWithinHours: number): string {
  return new Date(now.getTime() - replyWithinHours * HOUR_MS).toISOString();
}

export function followUpCutoff(now: Date, followUpAfterDays: number): string {
  return new Date(now.getTime() - followUpAfterDays * DAY_MS).toISOString();
}

export const SNOOZE_MS = DAY_MS;

/**
 * A dispute can be snoozed for a day only while its deadline is more than a day away: asleep
 * past its deadline, the buyer's refund would go through unnoticed.
 */
export function canSnoozeDispute(dispute: DisputeClock, now: Date): boolean {
  return dispute.waiting === 1 && !!dispute.deadline && msOf(dispute.deadline) - now.getTime() > SNOOZE_MS;
}

export function snoozeUntil(now: Date): string {
  return new Date(now.getTime() + SNOOZE_MS).toISOString();
}
