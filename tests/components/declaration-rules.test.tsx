import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nProvider } from '@/components/i18n';
import { CustomsSettings } from '@/components/declaration/CustomsSettings';
import { openDatabase, type AfterSalesDb } from '@/lib/db/database';
import { DEFAULT_RATES, DEFAULT_RULES, exportRulesFile } from '@/lib/declaration';
import { RULES_CONFIG_KEY, loadRates, loadRules, saveRules } from '@/lib/declaration/store';
import type { UiLanguage } from '@/lib/i18n';

const opened: AfterSalesDb[] = [];
let counter = 0;
function freshDb(): AfterSalesDb {
  counter += 1;
  const db = openDatabase(`declaration-rules-test-${counter}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function renderSettings({ db = freshDb(), language = 'en' as UiLanguage, initialRuleId = null as string | null } = {}) {
  render(
    <I18nProvider language={language}>
      <CustomsSettings db={db} initialRuleId={initialRuleId} />
    </I18nProvider>,
  );
  await screen.findAllByRole('row');
  return db;
}

function jsonFile(content: unknown, name = 'rules.json'): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}

function rulesTable(): HTMLElement {
  const table = screen.getAllByRole('table')[0];
  if (!table) throw new Error('no rules table');
  return table;
}

describe('customs rules in the options page', () => {
  it('lists every rule with its countries, ranges and review date', async () => {
    await renderSettings();
    const rows = within(rulesTable()).getAllByRole('row');
    expect(rows).toHaveLength(DEFAULT_RULES.length + 1);
    const germany = within(rulesTable()).getByRole('rowheader', { name: /Germany/ }).closest('tr')!;
    expect(germany).toHaveTextContent('DE');
    expect(germany).toHaveTextContent('EUR');
    expect(germany).toHaveTextContent('<0.5 kg: 5');
    expect(germany).toHaveTextContent('dhl, ems, e-ems');
    expect(germany).toHaveTextContent('2026-11-22');
    expect(screen.getByText('Built-in rules')).toBeInTheDocument();
  });

  it('saves an edited rule, and the table and database show it', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Edit rule Germany' }));
    const form = screen.getByRole('form', { name: 'Edit rule: Germany' });
    const heavy = within(form).getByRole('group', { name: 'Range 2' });
    const suggested = within(heavy).getByLabelText('Suggested value');
    await user.clear(suggested);
    await user.type(suggested, '12');
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Rules saved.');
    expect(screen.queryByRole('form', { name: 'Edit rule: Germany' })).toBeNull();
    await waitFor(() => expect(screen.getByText('Your edited rules')).toBeInTheDocument());
    const stored = await loadRules(db);
    expect(stored.custom).toBe(true);
    expect(stored.rules.find((rule) => rule.id === 'de')?.bands[1]?.suggest).toBe(12);
    expect(within(rulesTable()).getByRole('rowheader', { name: /Germany/ }).closest('tr')).toHaveTextContent('→ 12');
  });

  it('refuses an invalid edit with the reason, and keeps the form open with nothing saved', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Edit rule Germany' }));
    const form = screen.getByRole('form', { name: 'Edit rule: Germany' });
    const lowest = within(within(form).getByRole('group', { name: 'Range 2' })).getByLabelText('Lowest value');
    await user.clear(lowest);
    await user.type(lowest, '25');
    await user.click(within(form).getByRole('button', { name: 'Save rule' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('Not saved: bands[1].min: min 25 is above the highest allowed value 19.5');
    expect(screen.getByRole('form', { name: 'Edit rule: Germany' })).toBeInTheDocument();
    expect((await loadRules(db)).custom).toBe(false);
  });

  it('rejects an imported file whole, with the reason, when one rule in it is broken', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    const file = exportRulesFile(DEFAULT_RULES) as { rules: Record<string, unknown>[] };
    // One good change and one broken rule: the good change must not slip in either.
    file.rules[1] = { ...file.rules[1], reviewedAt: '2027-01-15' };
    file.rules[2] = { ...file.rules[2], currency: 'dollars' };
    await user.upload(screen.getByLabelText('Import rules file'), jsonFile(file));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'File not imported, nothing was changed: rules[2].currency: must be a three-letter currency code',
    );
    const stored = await loadRules(db);
    expect(stored.custom).toBe(false);
    expect(stored.rules.find((rule) => rule.id === 'de')?.reviewedAt).toBe('2026-11-22');
    expect(within(rulesTable()).queryByText('2027-01-15')).toBeNull();
  });

  it('rejects a file that is not JSON', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    await user.upload(screen.getByLabelText('Import rules file'), jsonFile('{"version": 1, "rules": [', 'broken.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('File not imported, nothing was changed: it is not a JSON file');
    expect((await loadRules(db)).custom).toBe(false);
  });

  it('imports a valid file', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    const file = exportRulesFile(DEFAULT_RULES) as { rules: Record<string, unknown>[] };
    file.rules[1] = { ...file.rules[1], reviewedAt: '2027-01-15' };
    await user.upload(screen.getByLabelText('Import rules file'), jsonFile(file));
    expect(await screen.findByRole('status')).toHaveTextContent(`Imported ${DEFAULT_RULES.length} rules.`);
    expect((await loadRules(db)).rules.find((rule) => rule.id === 'de')?.reviewedAt).toBe('2027-01-15');
    expect(await within(rulesTable()).findByText('2027-01-15')).toBeInTheDocument();
  });

  it('resets to the built-in rules only after confirmation', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const edited = DEFAULT_RULES.map((rule) => (rule.id === 'pl' ? { ...rule, reviewedAt: '2027-02-01' } : rule));
    await saveRules(db, edited);
    await renderSettings({ db });
    expect(await screen.findByText('Your edited rules')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to the built-in rules' }));
    const question = screen.getByRole('group', { name: 'Reset to the built-in rules' });
    expect(question).toHaveTextContent('Replace all rules with the built-in ones?');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await loadRules(db)).custom).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Reset to the built-in rules' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The built-in rules are in use again.');
    expect(await loadRules(db)).toEqual({ rules: DEFAULT_RULES, custom: false, problem: null });
    expect(await screen.findByText('Built-in rules')).toBeInTheDocument();
  });

  it('opens the rule the side panel linked to', async () => {
    await renderSettings({ initialRuleId: 'au' });
    const form = screen.getByRole('form', { name: 'Edit rule: Australia' });
    const goods = within(form).getByRole('group', { name: 'Goods often held by customs' });
    const [woodWords] = within(goods).getAllByLabelText('Words in item titles') as HTMLTextAreaElement[];
    expect(woodWords?.value).toContain('wood*');
  });

  it('says when the saved rules are damaged', async () => {
    const db = freshDb();
    await db.config.put({ key: RULES_CONFIG_KEY, value: { version: 9 }, updatedAt: '2026-11-20T08:00:00.000Z' });
    await renderSettings({ db });
    expect(screen.getByText(/Your saved customs rules could not be read/)).toBeInTheDocument();
    expect(within(rulesTable()).getAllByRole('row')).toHaveLength(DEFAULT_RULES.length + 1);
  });

  it('speaks 简体中文', async () => {
    await renderSettings({ language: 'zh_CN' });
    expect(screen.getByRole('heading', { name: '报关申报规则' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '编辑规则 德国' })).toBeInTheDocument();
    expect(screen.getByText('汇率日期 2026-11-01')).toBeInTheDocument();
  });
});

describe('exchange rates in the options page', () => {
  it('shows the table date and saves an edited rate', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    expect(screen.getByText(`Rates of ${DEFAULT_RATES.asOf}`)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Exchange rates' });
    const euro = within(form).getByLabelText('US dollars for one EUR');
    await user.clear(euro);
    await user.type(euro, '1.2');
    const date = within(form).getByLabelText('Rates as of');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(within(form).getByRole('button', { name: 'Save rates' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Rates saved.');
    const stored = await loadRates(db);
    expect(stored.rates.usdPer.EUR).toBe(1.2);
    expect(stored.rates.asOf).toBe('2026-12-01');
    expect(await screen.findByText('Rates of 2026-12-01')).toBeInTheDocument();
  });

  it('refuses a rate that is not a number, naming it', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    const form = screen.getByRole('form', { name: 'Exchange rates' });
    const pound = within(form).getByLabelText('US dollars for one GBP');
    await user.clear(pound);
    await user.type(pound, 'lots');
    await user.click(within(form).getByRole('button', { name: 'Save rates' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/Not saved: usdPer\.GBP/);
    expect((await loadRates(db)).custom).toBe(false);
  });

  it('rejects a rates file whole', async () => {
    const user = userEvent.setup();
    const db = await renderSettings();
    await user.upload(screen.getByLabelText('Import rates file'), jsonFile({ asOf: '2026-12-01', usdPer: { USD: 1, EUR: -1 } }));
    expect(await screen.findByRole('alert')).toHaveTextContent('File not imported, nothing was changed: usdPer.EUR');
    expect((await loadRates(db)).custom).toBe(false);
  });
});
