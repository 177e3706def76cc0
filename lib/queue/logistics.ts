import { classifyCarrier, type CarrierClass } from '../declaration/carriers';
import type { OrderStatus } from '../model/snapshot';
import { DAY_MS, msOf, plusMs, toUtcIso } from './time';

/**
 * Logistics follow-ups for shipped orders (seeds: track and tell the buyer a week after an
 * express shipment or a month after a postal one; after about 40 days ask the local carrier,
 * then resend or refund; for destinations with structural delays extend the buyer-protection
 * period when fewer than 5 days of it remain).
 */
export const LOGISTICS_STAGES = ['track', 'local_carrier', 'extend_protection'] as const;
export type LogisticsStage = (typeof LOGISTICS_STAGES)[number];

export const TRACK_AFTER_DAYS: Readonly<Record<CarrierClass, number>> = { express: 7, post: 30 };
export const LOCAL_CARRIER_AFTER_DAYS = 40;
export const EXTEND_WHEN_DAYS_LEFT = 5;
export const SUGGESTED_EXTENSION_DAYS = 30;

/**
 * Destinations where economy parcels are slow as a rule, so protection periods run out before
 * delivery: Brazil (named by the seeds) and its South-American neighbours served by the same lines.
 */
export const SLOW_DESTINATIONS: ReadonlySet<string> = new Set(['BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'PY', 'BO', 'EC']);

/** Only parcels still on their way get follow-ups; delivered, closed or disputed orders do not. */
const IN_TRANSIT: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['awaiting_receipt', 'partially_shipped']);

export interface LogisticsOrder {
  status: OrderStatus;
  carrier: string | null;
  country: string | null;
  shippedAt?: string | null;
  protectionEndsAt?: string | null;
  followUpsDone?: readonly string[];
}

export interface LogisticsFollowUp {
  stage: LogisticsStage;
  /** UTC ISO instant from which it is due. */
  dueAt: string;
  /**
   * What "done" records. The protection stage includes the end date: once extended, the page
   * shows a new end date and the reminder re-arms for it.
   */
  doneKey: string;
  carrierClass: CarrierClass;
  /** For extend_protection: when the protection ends. */
  protectionEndsAt?: string;
}

/** Unknown carriers are treated as postal: the later reminder is the one that never nags wrongly. */
export function carrierClassOf(carrier: string | null): CarrierClass {
  return (carrier ? classifyCarrier(carrier)?.class : undefined) ?? 'post';
}

/** Every stage not yet marked done, with its due time (due or not), earliest first. */
export function pendingLogisticsFollowUps(order: LogisticsOrder): LogisticsFollowUp[] {
  if (!IN_TRANSIT.has(order.status)) return [];
  const done = new Set(order.followUpsDone ?? []);
  const carrierClass = carrierClassOf(order.carrier);
  const stages: LogisticsFollowUp[] = [];
  const shippedAt = toUtcIso(order.shippedAt);
  if (shippedAt) {
    stages.push({ stage: 'track', dueAt: plusMs(shippedAt, TRACK_AFTER_DAYS[carrierClass] * DAY_MS), doneKey: 'track', carrierClass });
    stages.push({ stage: 'local_carrier', dueAt: plusMs(shippedAt, LOCAL_CARRIER_AFTER_DAYS * DAY_MS), doneKey: 'local_carrier', carrierClass });
  }
  const protectionEndsAt = toUtcIso(order.protectionEndsAt);
  if (protectionEndsAt && order.country && SLOW_DESTINATIONS.has(order.country)) {
    stages.push({
      stage: 'extend_protection',
      dueAt: plusMs(protectionEndsAt, -EXTEND_WHEN_DAYS_LEFT * DAY_MS),
      doneKey: `extend_protection:${protectionEndsAt}`,
      carrierClass,
      protectionEndsAt,
    });
  }
  return stages.filter((stage) => !done.has(stage.doneKey)).sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/** Stages due now. A protection that already ended cannot be extended any more: not offered. */
export function dueLogisticsFollowUps(order: LogisticsOrder, now: Date): LogisticsFollowUp[] {
  const nowMs = now.getTime();
  return pendingLogisticsFollowUps(order).filter(
    (stage) => msOf(stage.dueAt) <= nowMs && !(stage.protectionEndsAt && msOf(stage.protectionEndsAt) <= nowMs),
  );
}

const PRIORITY: Readonly<Record<LogisticsStage, number>> = { extend_protection: 3, local_carrier: 2, track: 1 };

/**
 * The one follow-up to show for an order now: the protection running out is the most urgent;
 * "ask the local carrier" supersedes "check tracking" (both are due after 40 days).
 */
export function currentLogisticsFollowUp(order: LogisticsOrder, now: Date): LogisticsFollowUp | null {
  const due = dueLogisticsFollowUps(order, now);
  return due.sort((a, b) => PRIORITY[b.stage] - PRIORITY[a.stage])[0] ?? null;
}

/**
 * The indexable next follow-up time ('' when none): the queue reads orders whose time has come
 * by index, then asks `currentLogisticsFollowUp` (a protection that ended meanwhile drops out there).
 */
export function nextLogisticsFollowUpAt(order: LogisticsOrder): string {
  return pendingLogisticsFollowUps(order)[0]?.dueAt ?? '';
}

/** Marking the shown follow-up done also settles the stages it supersedes (all due now). */
export function followUpsDoneAfter(order: LogisticsOrder, now: Date): string[] {
  const keys = new Set(order.followUpsDone ?? []);
  for (const stage of dueLogisticsFollowUps(order, now)) keys.add(stage.doneKey);
  return [...keys];
}
