import { z } from 'zod';
import type { AfterSalesDb, StoredTemplate as StoredTemplateRow } from '../db/database';
import {
  ConfigEntry,
  DisputeRecord,
  EventRecord,
  OrderOverride,
  OrderRecord,
  SkuWeight,
  ThreadRecord,
} from '../db/records';
import { parseRatesFile } from '../declaration/rates';
import { parseRulesFile } from '../declaration/rules';
import { RATES_CONFIG_KEY, RULES_CONFIG_KEY } from '../declaration/store';
import { nextLogisticsFollowUpAt } from '../queue/logistics';
import { disputeWaitsForSeller } from '../queue/policy';
import { toUtcIso } from '../queue/time';
import { Template } from '../replies/template';
import { Settings } from '../settings/schema';

/**
 * One versioned JSON file with everything the extension keeps: templates, customs rules and
 * rates (config), settings, and the queue (orders, disputes, threads, events, overrides,
 * parcel weights). Import is all or nothing: the whole file is validated first, then written
 * in ONE transaction; any problem rejects it with the place and the reason.
 */
export const BACKUP_FORMAT = 'after-sales-desk/backup';
export const BACKUP_VERSION = 1;

export const BACKUP_TABLES = ['templates', 'config', 'orders', 'disputes', 'threads', 'events', 'overrides', 'skuWeights'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const MAX_ROWS = 1_000_000;

const StoredTemplate = Template;

export const BackupFile = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: `not an After-Sales Desk backup (expected format "${BACKUP_FORMAT}")` }),
    version: z.literal(BACKUP_VERSION, { error: `unsupported backup version (this extension reads version ${BACKUP_VERSION})` }),
    exportedAt: z.string().datetime({ offset: true }),
    settings: Settings,
    templates: z.array(StoredTemplate).max(MAX_ROWS),
    config: z.array(ConfigEntry).max(MAX_ROWS),
    orders: z.array(OrderRecord).max(MAX_ROWS),
    disputes: z.array(DisputeRecord).max(MAX_ROWS),
    threads: z.array(ThreadRecord).max(MAX_ROWS),
    events: z.array(EventRecord).max(MAX_ROWS),
    overrides: z.array(OrderOverride).max(MAX_ROWS),
    skuWeights: z.array(SkuWeight).max(MAX_ROWS),
  })
  .superRefine((file, ctx) => {
    const unique = <T>(table: BackupTable, rows: readonly T[], key: (row: T) => string | number | undefined) => {
      const seen = new Set<string | number>();
      rows.forEach((row, index) => {
        const value = key(row);
        if (value === undefined) return;
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [table, index], message: `duplicate key "${value}"` });
        seen.add(value);
      });
    };
    unique('templates', file.templates, (row) => row.id);
    unique('config', file.config, (row) => row.key);
    unique('orders', file.orders, (row) => row.orderId);
    unique('disputes', file.disputes, (row) => row.key);
    unique('threads', file.threads, (row) => row.threadId);
    unique('events', file.events, (row) => row.id);
    unique('overrides', file.overrides, (row) => row.orderId);
    unique('skuWeights', file.skuWeights, (row) => row.key);
    // Customs rules and rates have their own, stricter file checks: a backup must pass them too.
    file.config.forEach((entry, index) => {
      const check = entry.key === RULES_CONFIG_KEY ? parseRulesFile(entry.value) : entry.key === RATES_CONFIG_KEY ? parseRatesFile(entry.value) : null;
      if (check && !check.ok) ctx.addIssue({ code: 'custom', path: ['config', index, 'value'], message: check.error });
    });
  });
export type BackupFile = z.infer<typeof BackupFile>;

export type ParseBackupResult = { ok: true; backup: BackupFile } | { ok: false; error: string };

/** "disputes[3].status" from a zod path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'file' : out;
}

/** Validate a backup (the parsed JSON or the raw text). Nothing is written here. */
export function parseBackup(json: unknown): ParseBackupResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, error: 'file: not valid JSON' };
    }
  }
  const parsed = BackupFile.safeParse(value);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const [first, ...rest] = parsed.error.issues;
  if (!first) return { ok: false, error: 'file: invalid' };
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return { ok: false, error: `${formatPath(first.path)}: ${first.message}${more}` };
}

function tablesOf(db: AfterSalesDb) {
  return [db.templates, db.config, db.orders, db.disputes, db.threads, db.events, db.overrides, db.skuWeights];
}

export interface ExportResult {
  backup: BackupFile;
  /** Stored rows that failed validation and were left out (a damaged database), per table. */
  skipped: Partial<Record<BackupTable, number>>;
}

/**
 * Read everything in one transaction. Rows are checked with the same schemas as an import, so
 * an exported file always imports; damaged rows are left out and counted.
 */
export async function exportBackup(db: AfterSalesDb, settings: Settings, now: Date): Promise<ExportResult> {
  const rows = await db.transaction('r', tablesOf(db), () =>
    Promise.all([
      db.templates.toArray(),
      db.config.toArray(),
      db.orders.toArray(),
      db.disputes.toArray(),
      db.threads.toArray(),
      db.events.toArray(),
      db.overrides.toArray(),
      db.skuWeights.toArray(),
    ]),
  );
  const skipped: ExportResult['skipped'] = {};
  const keep = <T>(table: BackupTable, schema: z.ZodType<T>, values: readonly unknown[]): T[] => {
    const valid: T[] = [];
    for (const value of values) {
      const parsed = schema.safeParse(value);
      if (parsed.success) valid.push(parsed.data);
      else skipped[table] = (skipped[table] ?? 0) + 1;
    }
    return valid;
  };
  const [templates, config, orders, disputes, threads, events, overrides, skuWeights] = rows;
  return {
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      settings,
      templates: keep('templates', StoredTemplate, templates),
      config: keep('config', ConfigEntry, config),
      orders: keep('orders', OrderRecord, orders),
      disputes: keep('disputes', DisputeRecord, disputes),
      threads: keep('threads', ThreadRecord, threads),
      events: keep('events', EventRecord, events),
      overrides: keep('overrides', OrderOverride, overrides),
      skuWeights: keep('skuWeights', SkuWeight, skuWeights),
    },
    skipped,
  };
}

export function backupFileName(now: Date): string {
  return `after-sales-desk-backup-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  mode: ImportMode;
  /** Rows written per table. */
  written: Record<BackupTable, number>;
  /** Settings to apply (replace mode); merge keeps the current settings. */
  settings: Settings | null;
}

/**
 * Index fields are derived, never trusted from a file: instants in UTC, "waiting" from the
 * status, the next logistics follow-up from the order.
 */
function withUtc<T extends object>(row: T, fields: readonly (keyof T & string)[]): T {
  const out = { ...row } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    const normalized = typeof value === 'string' ? toUtcIso(value) : null;
    if (normalized) out[field] = normalized;
  }
  return out as T;
}

function normalizeDispute(row: DisputeRecord): DisputeRecord {
  const dispute = withUtc(row, ['deadline', 'snoozedUntil', 'openedAt', 'doneAt', 'doneDeadline']);
  return { ...dispute, waiting: disputeWaitsForSeller(row.status) && !row.doneAt ? 1 : 0 };
}

function normalizeThread(row: ThreadRecord): ThreadRecord {
  return withUtc(row, ['since', 'snoozedUntil', 'lastMessageAt', 'pendingInsertAt']);
}

function normalizeOrder(row: OrderRecord): OrderRecord {
  const order = withUtc(row, ['shippedAt', 'protectionEndsAt', 'snoozedUntil', 'orderedAt']);
  return { ...order, followUpAt: nextLogisticsFollowUpAt(order) };
}

/** Keep, of two versions of a record, the one changed last; on a tie the one already here. */
async function mergeKeyed<T>(
  table: { bulkGet(keys: string[]): Promise<(NoInfer<T> | undefined)[]>; bulkPut(rows: NoInfer<T>[]): Promise<unknown> },
  rows: readonly T[],
  key: (row: T) => string,
  changedAt: (row: T) => string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = await table.bulkGet(rows.map(key));
  const newer = rows.filter((row, index) => {
    const current = existing[index];
    return current === undefined || changedAt(row) > changedAt(current);
  });
  if (newer.length > 0) await table.bulkPut(newer);
  return newer.length;
}

function eventSignature(event: EventRecord): string {
  return JSON.stringify([event.type, event.at, event.threadId ?? null, event.orderId ?? null, event.templateId ?? null, event.detail ?? null]);
}

/**
 * Write a validated backup in ONE read-write transaction over every table: if anything fails,
 * IndexedDB rolls it all back and the database is as it was.
 */
export async function importBackup(db: AfterSalesDb, backup: BackupFile, mode: ImportMode): Promise<ImportSummary> {
  const orders = backup.orders.map(normalizeOrder);
  const disputes = backup.disputes.map(normalizeDispute);
  const threads = backup.threads.map(normalizeThread);
  const written = await db.transaction('rw', tablesOf(db), async () => {
    if (mode === 'replace') {
      await Promise.all(tablesOf(db).map((table) => table.clear()));
      await Promise.all([
        db.templates.bulkAdd(backup.templates),
        db.config.bulkAdd(backup.config),
        db.orders.bulkAdd(orders),
        db.disputes.bulkAdd(disputes),
        db.threads.bulkAdd(threads),
        db.events.bulkAdd(backup.events),
        db.overrides.bulkAdd(backup.overrides),
        db.skuWeights.bulkAdd(backup.skuWeights),
      ]);
      return {
        templates: backup.templates.length,
        config: backup.config.length,
        orders: orders.length,
        disputes: disputes.length,
        threads: threads.length,
        events: backup.events.length,
        overrides: backup.overrides.length,
        skuWeights: backup.skuWeights.length,
      };
    }
    const existingEvents = new Set((await db.events.toArray()).map(eventSignature));
    const freshEvents = backup.events.filter((event) => !existingEvents.has(eventSignature(event))).map(({ id: _id, ...event }) => event);
    if (freshEvents.length > 0) await db.events.bulkAdd(freshEvents);
    const [templates, config, orderCount, disputeCount, threadCount, overrides, skuWeights] = await Promise.all([
      mergeKeyed<StoredTemplateRow>(db.templates, backup.templates, (row) => row.id, (row) => (typeof row.editedAt === 'string' ? row.editedAt : '')),
      mergeKeyed(db.config, backup.config, (row) => row.key, (row) => row.updatedAt),
      mergeKeyed(db.orders, orders, (row) => row.orderId, (row) => row.lastSeenAt),
      mergeKeyed(db.disputes, disputes, (row) => row.key, (row) => row.lastSeenAt),
      mergeKeyed(db.threads, threads, (row) => row.threadId, (row) => maxOf(row.lastSeenAt, row.since)),
      mergeKeyed(db.overrides, backup.overrides, (row) => row.orderId, (row) => row.updatedAt),
      mergeKeyed(db.skuWeights, backup.skuWeights, (row) => row.key, (row) => row.updatedAt),
    ]);
    return { templates, config, orders: orderCount, disputes: disputeCount, threads: threadCount, events: freshEvents.length, overrides, skuWeights };
  });
  return { mode, written, settings: mode === 'replace' ? backup.settings : null };
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** Validate, then import; a bad file writes nothing. */
export async function importBackupText(
  db: AfterSalesDb,
  text: string,
  mode: ImportMode,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: string }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await importBackup(db, parsed.backup, mode) };
}

/** "Clear all data": every table emptied in one transaction. */
export async function clearAllData(db: AfterSalesDb): Promise<void> {
  await db.transaction('rw', tablesOf(db), () => Promise.all(tablesOf(db).map((table) => table.clear())));
}

export function totalWritten(summary: ImportSummary): number {
  return Object.values(summary.written).reduce((sum, count) => sum + count, 0);
}
