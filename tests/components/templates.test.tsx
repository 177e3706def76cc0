import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/components/i18n';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import { recordReplyEvent } from '@/lib/replies/store';
import { BUILT_IN_TEMPLATES, builtInId, TEMPLATE_FILE_FORMAT } from '@/lib/replies/template';

const NOW = new Date('2025-03-12T03:14:00.000Z');
const SETTINGS = { storeName: 'Sunny Home Store', signature: 'Anna', deliveryDays: '15-30' };

function freshDb(): AfterSalesDb {
  return openDatabase(`templates-test-${Math.random().toString(36).slice(2)}`);
}

function setup(db: AfterSalesDb = freshDb()) {
  const download = vi.fn<(name: string, json: string) => void>();
  const user = userEvent.setup();
  render(
    <I18nProvider language="en">
      <TemplateManager db={db} settings={SETTINGS} now={() => NOW} download={download} />
    </I18nProvider>,
  );
  return { db, user, download };
}

const list = () => screen.findByRole('list', { name: 'Templates' });
const rows = async () => within(await list()).getAllByRole('listitem');
const expectStatus = (text: string) => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
const editor = () => screen.findByRole('form', { name: /template/i });

async function openTemplate(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(await list()).getByRole('button', { name }));
  return editor();
}

// Typing re-renders a list of ~170 templates: slow in happy-dom, instant in a browser.
describe('template manager', { timeout: 30_000 }, () => {
  it('lists every built-in template and filters by scenario, language and search words', async () => {
    const { user } = setup();
    expect(await rows()).toHaveLength(BUILT_IN_TEMPLATES.length);
    expect(screen.getByText(`${BUILT_IN_TEMPLATES.length} of ${BUILT_IN_TEMPLATES.length} templates`)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Scenario'), 'logistics.customs_detained');
    expect((await rows()).map((row) => row.getAttribute('aria-label'))).toEqual([
      'Held by customs · EN',
      'Held by customs · RU',
      'Held by customs · ES',
      'Held by customs · PT',
      'Held by customs · FR',
      'Held by customs · DE',
      'Held by customs · PL',
    ]);
    await user.selectOptions(screen.getByLabelText('Language'), 'de');
    expect(await rows()).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText('Scenario'), '');
    await user.selectOptions(screen.getByLabelText('Language'), '');
    // One change event per search: typing letter by letter re-filters ~170 rows each time.
    await user.click(screen.getByLabelText('Search templates'));
    await user.paste('zzz nowhere');
    expect(await screen.findByText('No template matches.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search templates'));
    await user.paste('post office');
    const found = await rows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(BUILT_IN_TEMPLATES.length);
  });

  it('creates a template of its own, with tags, and filters by tag', async () => {
    const { db, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const form = await editor();
    await user.selectOptions(within(form).getByLabelText('Scenario'), 'ship.notice');
    await user.selectOptions(within(form).getByLabelText('Language'), 'es');
    await user.type(within(form).getByLabelText('Tags (comma separated)'), 'express, vip');
    const body = within(form).getByLabelText('Text');
    await user.type(body, 'Hola ');
    await user.click(within(form).getByRole('button', { name: '{{buyerFirstName}}' }));
    await user.type(body, ', su pedido ya salió.');
    // The live preview fills the sample buyer's name.
    expect(within(form).getByText('Lucía', { selector: 'mark' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.templates.count()).toBe(1));
    const [saved] = await db.templates.toArray();
    expect(saved).toMatchObject({ scenario: 'ship.notice', language: 'es', builtIn: false, tags: ['express', 'vip'], body: 'Hola {{buyerFirstName}}, su pedido ya salió.' });
    await expectStatus('Saved.');

    await user.selectOptions(screen.getByLabelText('Tag'), 'vip');
    const tagged = await rows();
    expect(tagged).toHaveLength(1);
    expect(within(tagged[0]!).getByText('Yours')).toBeInTheDocument();
  });

  it('rejects a template with an unknown variable and stores nothing', async () => {
    const { db, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const form = await editor();
    // user-event treats "{" as a key descriptor; "{{" types one brace.
    await user.type(within(form).getByLabelText('Text'), 'Hello {{{{buyerName}}');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('unknown variable {{buyerName}}');
    expect(await db.templates.count()).toBe(0);
  });

  it('edits a built-in, keeps the edit, and "reset to default" restores the shipped text', async () => {
    const { db, user } = setup();
    const id = builtInId('refund.timing', 'en');
    const original = BUILT_IN_TEMPLATES.find((template) => template.id === id)!;
    let form = await openTemplate(user, 'When the refund arrives · EN');
    expect(within(form).getByLabelText('Scenario')).toBeDisabled();
    const body = within(form).getByLabelText('Text');
    await user.clear(body);
    await user.type(body, 'Your refund for {{{{orderId}} is on its way. {{{{signature}}');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await db.templates.get(id))?.body).toBe('Your refund for {{orderId}} is on its way. {{signature}}'));
    const row = within(await list()).getByRole('listitem', { name: 'When the refund arrives · EN' });
    expect(within(row).getByText('Edited built-in')).toBeInTheDocument();

    form = await editor();
    await user.click(within(form).getByRole('button', { name: 'Reset to default' }));
    await waitFor(async () => expect(await db.templates.get(id)).toBeUndefined());
    await waitFor(async () => expect(within(await editor()).getByLabelText('Text')).toHaveValue(original.body));
    expect(within(await list()).getByRole('listitem', { name: 'When the refund arrives · EN' })).toHaveTextContent('Built-in');
  });

  it('hides a built-in (it cannot be deleted) and shows it again', async () => {
    const { db, user } = setup();
    const form = await openTemplate(user, 'Welcome / working hours · FR');
    await user.click(within(form).getByRole('button', { name: 'Hide' }));
    await waitFor(async () => expect(await rows()).toHaveLength(BUILT_IN_TEMPLATES.length - 1));
    expect((await db.templates.get(builtInId('welcome.auto_reply', 'fr')))?.deleted).toBe(true);

    await user.click(screen.getByLabelText('Show hidden'));
    const hiddenRow = within(await list()).getByRole('listitem', { name: 'Welcome / working hours · FR' });
    expect(within(hiddenRow).getByText('Hidden')).toBeInTheDocument();
    await user.click(within(await editor()).getByRole('button', { name: 'Show again' }));
    await waitFor(async () => expect(await db.templates.count()).toBe(0));
  });

  it('duplicates a template and deletes its own copy after confirmation', async () => {
    const { db, user } = setup();
    let form = await openTemplate(user, 'Held by customs · PL');
    await user.click(within(form).getByRole('button', { name: 'Duplicate' }));
    form = await editor();
    expect(within(form).getByRole('heading', { name: 'New template' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Language')).toHaveValue('pl');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.templates.count()).toBe(1));
    const copy = (await db.templates.toArray())[0]!;
    expect(copy.id).toMatch(/^user:/);
    expect(copy.body).toBe(BUILT_IN_TEMPLATES.find((template) => template.id === builtInId('logistics.customs_detained', 'pl'))!.body);

    form = await editor();
    await user.click(within(form).getByRole('button', { name: 'Delete' }));
    expect(await db.templates.count()).toBe(1);
    await user.click(within(form).getByRole('button', { name: 'Confirm delete' }));
    await waitFor(async () => expect(await db.templates.count()).toBe(0));
    expect(await screen.findByText('Pick a template to see and edit it.')).toBeInTheDocument();
  });

  it('imports a good file and rejects a bad one whole, with the reason, changing nothing', async () => {
    const { db, user } = setup();
    const good = {
      format: TEMPLATE_FILE_FORMAT,
      version: 1,
      templates: [
        { id: 'user:a', scenario: 'refund.timing', language: 'en', body: 'Refund for {{orderId}} sent.', tags: ['money'], builtIn: false, editedAt: NOW.toISOString() },
        { id: 'user:b', scenario: 'order.thanks', language: 'ru', body: 'Спасибо, {{buyerFirstName}}!', tags: [], builtIn: false, editedAt: NOW.toISOString() },
      ],
    };
    const input = screen.getByLabelText('Import JSON…');
    await user.upload(input, new File([JSON.stringify(good)], 'good.json', { type: 'application/json' }));
    await expectStatus('Imported 2 templates.');
    await waitFor(async () => expect(await db.templates.count()).toBe(2));

    const bad = {
      ...good,
      templates: [
        { ...good.templates[0], id: 'user:c' },
        { ...good.templates[1], id: 'user:d', body: 'Hi {{buyer}}' },
      ],
    };
    await user.upload(input, new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByText(/Import rejected, nothing was changed\. templates\[1\]\.body: unknown variable \{\{buyer\}\}/)).toBeInTheDocument();
    expect((await db.templates.toArray()).map((template) => template.id).sort()).toEqual(['user:a', 'user:b']);

    await user.upload(input, new File(['{ not json'], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByText('Import rejected, nothing was changed. file: not valid JSON')).toBeInTheDocument();
    expect(await db.templates.count()).toBe(2);
  });

  it("exports the agent's own templates and edits, not the untouched built-ins", async () => {
    const db = freshDb();
    await db.templates.put({ id: 'user:x', scenario: 'order.thanks', language: 'en', body: 'Thanks {{buyerFirstName}}', tags: [], builtIn: false, editedAt: NOW.toISOString() });
    const { user, download } = setup(db);
    await user.click(await screen.findByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, json] = download.mock.calls[0]!;
    expect(name).toBe('after-sales-desk-templates-2025-03-12.json');
    const file = JSON.parse(json) as { format: string; templates: Array<{ id: string }> };
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.templates.map((template) => template.id)).toEqual(['user:x']);
  });

  it('shows how often and when a template was used', async () => {
    const db = freshDb();
    const base = { scenario: 'order.thanks' as const, language: 'en' as const, orderId: '8194715118461470', threadId: null };
    await recordReplyEvent(db, { ...base, type: 'insert', templateId: builtInId('order.thanks', 'en'), at: new Date('2025-03-10T10:00:00Z') });
    await recordReplyEvent(db, { ...base, type: 'copy', templateId: builtInId('order.thanks', 'en'), at: new Date('2025-03-11T10:00:00Z') });
    setup(db);
    const row = await waitFor(async () => {
      const found = within(await list()).getByRole('listitem', { name: 'Thanks for the order · EN' });
      expect(found).toHaveTextContent(/Used 2× · last Mar 11, 2025/);
      return found;
    });
    expect(row).toBeInTheDocument();
    expect(within(await list()).getByRole('listitem', { name: 'Thanks for the order · RU' })).toHaveTextContent('Not used yet');
  });
});
