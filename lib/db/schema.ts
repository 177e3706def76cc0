/**
 * Every schema version the database has ever had, oldest first. Never edit a shipped
 * version: add a new one (with an `upgrade` when data must move) and a test in
 * tests/unit/db/upgrade.test.ts that opens a database written by the previous version
 * and finds every record intact.
 *
 * Index notes: booleans cannot be indexed in IndexedDB, so "waits for the seller" is the
 * number 1/0 in `waiting`; deadlines are ISO strings ('' when unknown) so they sort.
 */
import { upgradeToVersion2 } from './upgrades/v2';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      orders: 'orderId, channelId, lastSeenAt',
      disputes: 'key, orderId, channelId, status, [waiting+deadline], lastSeenAt',
      threads: 'threadId, channelId, orderId, state, [state+since]',
      events: '++id, type, at, [type+at]',
      templates: 'id, scenario, language',
      overrides: 'orderId',
      skuWeights: 'key',
      config: 'key',
    },
  },
  {
    // v2 (follow-up queue): snooze indexes so counts subtract the few snoozed rows instead of
    // scanning; `followUpAt` (next logistics follow-up, '' when none) on orders. Instants are
    // rewritten in UTC ("…Z"): index ranges compare strings, and "09:00-08:00" sorts before
    // "10:00Z" although it is later.
    version: 2,
    stores: {
      orders: 'orderId, channelId, lastSeenAt, followUpAt, snoozedUntil',
      disputes: 'key, orderId, channelId, status, [waiting+deadline], lastSeenAt, snoozedUntil',
      threads: 'threadId, channelId, orderId, state, [state+since], snoozedUntil',
      events: '++id, type, at, [type+at]',
      templates: 'id, scenario, language',
      overrides: 'orderId',
      skuWeights: 'key',
      config: 'key',
    },
    upgrade: (tx) => upgradeToVersion2(tx),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
