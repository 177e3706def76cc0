import type { Transaction } from 'dexie';
import { nextLogisticsFollowUpAt, type LogisticsOrder } from '../../queue/logistics';
import { toUtcIso } from '../../queue/time';

type Row = Record<string, unknown>;

/** Rewrite an instant field in UTC ("…Z"); values that do not parse are left as they are. */
function utc(row: Row, field: string): void {
  const value = row[field];
  if (typeof value !== 'string' || value === '') return;
  const normalized = toUtcIso(value);
  if (normalized) row[field] = normalized;
}

/**
 * Version 1 → 2: instants in UTC so index ranges compare them correctly (v1 stored deadlines as
 * the reader gave them, possibly with "-08:00"), and orders get their next logistics follow-up.
 * No record is dropped; unknown fields are kept.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('disputes')
    .toCollection()
    .modify((row: Row) => {
      for (const field of ['deadline', 'openedAt', 'firstSeenAt', 'lastSeenAt']) utc(row, field);
      if (typeof row.deadline !== 'string') row.deadline = '';
    });
  await tx
    .table('threads')
    .toCollection()
    .modify((row: Row) => {
      for (const field of ['since', 'lastMessageAt', 'snoozedUntil', 'firstSeenAt', 'lastSeenAt']) utc(row, field);
    });
  await tx
    .table('orders')
    .toCollection()
    .modify((row: Row) => {
      for (const field of ['orderedAt', 'shippedAt', 'protectionEndsAt', 'firstSeenAt', 'lastSeenAt']) utc(row, field);
      row.followUpAt = typeof row.status === 'string' ? nextLogisticsFollowUpAt(row as unknown as LogisticsOrder) : '';
    });
}
