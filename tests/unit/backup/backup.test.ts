import { describe, expect, it, vi } from 'vitest';
import type { AfterSalesDb } from '@/lib/db/database';
import { BACKUP_FORMAT, clearAllData, exportBackup, importBackup, importBackupText, parseBackup, type BackupFile } from '@/lib/backup/backup';
import { storeSnapshot } from '@/lib/queue/store-snapshot';
import { recordInsertion } from '@/lib/queue/actions';
import { RATES_CONFIG_KEY } from '@/lib/declaration/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { dispute, freshDb, order, page, thread } from '../db/helpers';

const now = new Date('2026-11-20T08:00:00.000Z');
const settings = { ...DEFAULT_SETTINGS, signature: 'Anna, Sunny Home', overdueHours: 36 };

async function fill(db: AfterSalesDb) {
  await storeSnapshot(db, page({ page: 'order-detail', readAt: now.toISOString(), orders: [order({ shippedAt: '2026-10-01T00:00:00.000Z' })] }));
  await storeSnapshot(db, page({ page: 'dispute-list', readAt: now.toISOString(), disputes: [dispute({ lastActor: 'buyer' }), dispute({ disputeId: '6375657552402845', orderId: '8208460785972845' })] }));
  await storeSnapshot(db, page({ page: 'messages', readAt: now.toISOString(), threads: [thread(), thread({ threadId: 'session-2', lastSpeaker: 'seller' })] }));
  await recordInsertion(db, { threadId: 'session-1', templateId: 'mine-1', at: now });
  await db.templates.put({ id: 'mine-1', scenario: 'order.thanks', language: 'en', body: 'Thank you, {{buyerFirstName}}!', tags: [], builtIn: false });
  await db.overrides.put({ orderId: '8194715118461470', fields: { weightKg: 0.4 }, updatedAt: now.toISOString() });
  await db.skuWeights.put({ key: 'comb-blue', weightKg: 0.05, updatedAt: now.toISOString() });
}

async function snapshotOf(db: AfterSalesDb) {
  return (await exportBackup(db, DEFAULT_SETTINGS, now)).backup;
}

describe('backup', () => {
  it('exports everything into one versioned file that imports back identically', async () => {
    const source = freshDb();
    await fill(source);
    const { backup, skipped } = await exportBackup(source, settings, now);
    expect(skipped).toEqual({});
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), settings });
    expect(backup.disputes).toHaveLength(2);
    expect(backup.threads.map((row) => row.threadId).sort()).toEqual(['dispute:8208460785972844', 'session-1', 'session-2']);

    const text = JSON.stringify(backup);
    const target = freshDb();
    const result = await importBackupText(target, text, 'replace');
    expect(result).toMatchObject({ ok: true, summary: { mode: 'replace', settings } });
    expect(await snapshotOf(target)).toEqual(await snapshotOf(source));
  });

  it('rejects a corrupted file whole, says where and why, and leaves the data untouched', async () => {
    const db = freshDb();
    await fill(db);
    const before = await snapshotOf(db);
    const file = JSON.parse(JSON.stringify(before)) as Record<string, unknown[]>;
    (file.disputes![1] as Record<string, unknown>).status = 'lost_in_space';
    file.orders = [];

    const result = await importBackupText(db, JSON.stringify(file), 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^disputes\[1\]\.status: /);
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('rejects files that are not backups, or from a newer version', () => {
    expect(parseBackup('{nope')).toEqual({ ok: false, error: 'file: not valid JSON' });
    expect(parseBackup({ format: 'after-sales-desk/templates', version: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/^format: not an After-Sales Desk backup/) });
    const future = { format: BACKUP_FORMAT, version: 2 };
    expect(parseBackup(future)).toMatchObject({ ok: false, error: expect.stringMatching(/^version: unsupported backup version/) });
  });

  it('rejects duplicate keys and damaged customs rates', async () => {
    const db = freshDb();
    await fill(db);
    const backup = await snapshotOf(db);
    const duplicated: BackupFile = { ...backup, threads: [...backup.threads, backup.threads[0]!] };
    expect(parseBackup(duplicated)).toMatchObject({ ok: false, error: expect.stringMatching(/^threads\[3\]: duplicate key/) });
    const badRates: BackupFile = { ...backup, config: [{ key: RATES_CONFIG_KEY, value: { nonsense: true }, updatedAt: now.toISOString() }] };
    expect(parseBackup(badRates)).toMatchObject({ ok: false, error: expect.stringMatching(/^config\[0\]\.value: /) });
  });

  it('writes nothing when a write fails half-way (one transaction)', async () => {
    const db = freshDb();
    await fill(db);
    const before = await snapshotOf(db);
    const backup = { ...before, orders: [], templates: [] };
    vi.spyOn(db.threads, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(importBackup(db, backup, 'replace')).rejects.toThrow('disk full');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('merges: records in both keep the newer version, the rest is added, settings stay', async () => {
    const db = freshDb();
    await fill(db);
    const backup = await snapshotOf(db);
    // Here: the order was seen again later with a tracking number.
    await storeSnapshot(db, page({ page: 'order-detail', readAt: '2026-11-21T08:00:00.000Z', orders: [order({ trackingNumber: 'LP999' })] }));
    const older = backup.orders[0]!;
    const extraThread = { ...backup.threads.find((row) => row.threadId === 'session-2')!, threadId: 'session-3' };
    const file: BackupFile = { ...backup, orders: [{ ...older, trackingNumber: 'OLD' }], threads: [...backup.threads, extraThread] };

    const summary = await importBackup(db, file, 'merge');
    expect(summary.settings).toBeNull();
    expect(summary.written).toMatchObject({ orders: 0, threads: 1, events: 0 });
    expect((await db.orders.get(older.orderId))?.trackingNumber).toBe('LP999');
    expect(await db.threads.get('session-3')).toBeDefined();
    expect(await db.events.count()).toBe(backup.events.length);
  });

  it('recomputes index fields instead of trusting the file', async () => {
    const db = freshDb();
    await fill(db);
    const backup = await snapshotOf(db);
    const tampered: BackupFile = {
      ...backup,
      disputes: backup.disputes.map((row) => ({ ...row, status: 'closed' as const, waiting: 1 as const, deadline: '2026-11-21T10:00:00+08:00' })),
    };
    await importBackup(db, tampered, 'replace');
    const stored = await db.disputes.toArray();
    expect(stored.every((row) => row.waiting === 0 && row.deadline === '2026-11-21T02:00:00.000Z')).toBe(true);
  });

  it('leaves damaged stored rows out of an export and counts them, so the file always imports', async () => {
    const db = freshDb();
    await fill(db);
    await db.templates.put({ id: 'broken', scenario: 'order.thanks', language: 'en', body: 'Hi {{nobody}}', builtIn: false });
    const { backup, skipped } = await exportBackup(db, DEFAULT_SETTINGS, now);
    expect(skipped).toEqual({ templates: 1 });
    expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
  });

  it('clears every table at once', async () => {
    const db = freshDb();
    await fill(db);
    await clearAllData(db);
    const backup = await snapshotOf(db);
    expect([backup.templates, backup.config, backup.orders, backup.disputes, backup.threads, backup.events, backup.overrides, backup.skuWeights].every((rows) => rows.length === 0)).toBe(true);
  });
});
