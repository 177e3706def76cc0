import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/i18n';
import { DataSection } from '@/components/options/DataPanel';
import { exportBackup } from '@/lib/backup/backup';
import { storeSnapshot } from '@/lib/queue/store-snapshot';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { dispute, freshDb, page, thread } from '../unit/db/helpers';

async function filledDb() {
  const db = freshDb();
  await storeSnapshot(db, page({ page: 'dispute-list', readAt: '2026-11-20T08:00:00.000Z', disputes: [dispute()] }));
  await storeSnapshot(db, page({ page: 'messages', readAt: '2026-11-20T08:00:00.000Z', threads: [thread()] }));
  return db;
}

function renderSection(db: Awaited<ReturnType<typeof filledDb>>) {
  render(
    <I18nProvider language="en">
      <DataSection db={db} />
    </I18nProvider>,
  );
}

describe('Data & backup section', () => {
  it('refuses a corrupted backup with the reason and keeps the data', async () => {
    const user = userEvent.setup();
    const db = await filledDb();
    renderSection(db);
    expect(await screen.findByText('0 orders · 1 disputes · 1 conversations · 0 templates')).toBeInTheDocument();

    const { backup } = await exportBackup(db, DEFAULT_SETTINGS, new Date('2026-11-20T09:00:00.000Z'));
    const broken = { ...backup, threads: [{ ...backup.threads[0], state: 'maybe' }] };
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    await user.upload(screen.getByLabelText('Import a backup file'), new File([JSON.stringify(broken)], 'backup.json', { type: 'application/json' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Nothing was imported\. threads\[0\]\.state: /);
    expect(await db.threads.count()).toBe(1);
    expect(await db.disputes.count()).toBe(1);
  });

  it('imports a good backup', async () => {
    const user = userEvent.setup();
    const source = await filledDb();
    const { backup } = await exportBackup(source, DEFAULT_SETTINGS, new Date('2026-11-20T09:00:00.000Z'));
    const db = freshDb();
    renderSection(db);
    await user.upload(screen.getByLabelText('Import a backup file'), new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported 2 records.');
    expect(await db.threads.count()).toBe(1);
  });

  it('asks before clearing everything', async () => {
    const user = userEvent.setup();
    const db = await filledDb();
    renderSection(db);
    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.disputes.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Clear all data…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByRole('status')).toHaveTextContent('All data was deleted.');
    expect(await db.disputes.count()).toBe(0);
    expect(await db.threads.count()).toBe(0);
  });
});
