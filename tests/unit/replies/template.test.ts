import { describe, expect, it } from 'vitest';
import {
  agentTemplates,
  editTemplate,
  exportTemplateFile,
  hasNewerDefault,
  mergeBuiltIns,
  newUserTemplate,
  parseStoredTemplates,
  parseTemplateFile,
  resetToDefault,
  type Template,
} from '@/lib/replies/template';
import { NOW, testTemplate } from './helpers';

const userTemplate = newUserTemplate(
  { scenario: 'logistics.customs_detained', language: 'ru', body: 'Здравствуйте, {{buyerFirstName}}! Посылка {{trackingNumber}} на таможне.', tags: ['customs'] },
  NOW,
  'user:customs-ru',
);

function file(templates: unknown[]): unknown {
  return { format: 'after-sales-desk/templates', version: 1, templates };
}

describe('parseTemplateFile', () => {
  it('accepts a good file and returns its templates', () => {
    const result = parseTemplateFile(file([userTemplate, testTemplate('order.thanks', 'en', { editedAt: NOW.toISOString() })]));
    expect(result).toEqual({ ok: true, templates: [userTemplate, testTemplate('order.thanks', 'en', { editedAt: NOW.toISOString() })] });
  });

  it('reads an exported file back (round trip through JSON text)', () => {
    const text = JSON.stringify(exportTemplateFile([userTemplate], NOW));
    expect(parseTemplateFile(text)).toEqual({ ok: true, templates: [userTemplate] });
  });

  it('rejects the whole file when one template is bad, naming where', () => {
    const result = parseTemplateFile(file([userTemplate, { ...userTemplate, id: 'user:2', scenario: 'logistics.teleported' }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^templates\[1\]\.scenario: /);
  });

  it('rejects a template that uses an unknown variable', () => {
    const result = parseTemplateFile(file([{ ...userTemplate, body: 'Order {{orderNumber}} is on its way' }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('templates[0].body');
      expect(result.error).toContain('{{orderNumber}}');
    }
  });

  it('says plainly when the file is not ours, of a newer version, or not JSON', () => {
    const foreign = parseTemplateFile({ format: 'something-else', version: 1, templates: [] });
    expect(foreign.ok || foreign.error).toMatch(/^format: not an After-Sales Desk templates file/);
    const newer = parseTemplateFile({ format: 'after-sales-desk/templates', version: 2, templates: [] });
    expect(newer.ok || newer.error).toMatch(/^version: unsupported file version/);
    expect(parseTemplateFile('{"format": ')).toEqual({ ok: false, error: 'file: not valid JSON' });
  });

  it('rejects duplicate ids and built-in ids that do not match their scenario', () => {
    const duplicate = parseTemplateFile(file([userTemplate, userTemplate]));
    expect(duplicate.ok || duplicate.error).toMatch(/^templates\[1\]\.id: duplicate id/);
    const mislabelled = parseTemplateFile(file([testTemplate('order.thanks', 'en', { id: 'builtin:ship.notice:en' })]));
    expect(mislabelled.ok || mislabelled.error).toMatch(/^templates\[0\]\.id: /);
    const squatting = parseTemplateFile(file([{ ...userTemplate, id: 'builtin:whatever' }]));
    expect(squatting.ok).toBe(false);
  });
});

describe('mergeBuiltIns', () => {
  const oldThanks = testTemplate('order.thanks', 'en', { body: 'Thanks {{buyerFirstName}} (v1)', builtInVersion: 1 });
  const newThanks = testTemplate('order.thanks', 'en', { body: 'Thank you {{buyerFirstName}} (v2)', builtInVersion: 2 });
  const newNotice = testTemplate('ship.notice', 'en', { body: 'Shipped: {{trackingNumber}} (v2)', builtInVersion: 2 });

  it('gives the agent new built-in texts they have not edited, and new built-ins', () => {
    const merged = mergeBuiltIns([oldThanks], [newThanks, newNotice]);
    expect(merged).toEqual([newThanks, newNotice]);
  });

  it('never overwrites an agent edit, which keeps its editedAt and base version', () => {
    const edited = editTemplate(oldThanks, { body: 'My own thanks, {{buyerFirstName}}' }, NOW);
    const merged = mergeBuiltIns([edited], [newThanks, newNotice]);
    expect(merged[0]).toEqual(edited);
    expect(merged[0]?.editedAt).toBe(NOW.toISOString());
    expect(hasNewerDefault(edited, [newThanks])).toBe(true);
    expect(hasNewerDefault(edited, [oldThanks])).toBe(false);
  });

  it('keeps user templates and hidden built-ins hidden', () => {
    const hidden = { ...oldThanks, deleted: true };
    const merged = mergeBuiltIns([hidden, userTemplate], [newThanks]);
    expect(merged).toEqual([{ ...newThanks, deleted: true }, userTemplate]);
  });

  it('keeps an edit of a built-in that no longer ships, drops an unedited one', () => {
    const gone = testTemplate('quality.gift_missing', 'fr');
    const goneEdited = editTemplate(testTemplate('quality.gift_missing', 'es'), { body: 'Mi texto' }, NOW);
    expect(mergeBuiltIns([gone, goneEdited], [newThanks])).toEqual([newThanks, goneEdited]);
  });

  it('resetToDefault returns the shipped text, unedited and visible', () => {
    const reset = resetToDefault('builtin:order.thanks:en', [newThanks]);
    expect(reset).toEqual({ ...newThanks, editedAt: null, deleted: false });
    expect(resetToDefault('user:customs-ru', [newThanks])).toBeNull();
  });
});

describe('stored templates', () => {
  it('drops damaged entries instead of failing', () => {
    const stored: unknown[] = [userTemplate, { id: 'x' }, null, { ...userTemplate, id: 'user:3', body: '{{nope}}' }];
    expect(parseStoredTemplates(stored)).toEqual([userTemplate]);
  });

  it('exports only what the agent made or changed', () => {
    const builtIn = testTemplate('order.thanks', 'en');
    const edited: Template = editTemplate(testTemplate('ship.notice', 'en'), { tags: ['mine'] }, NOW);
    const hidden: Template = { ...testTemplate('ship.split', 'en'), deleted: true };
    expect(agentTemplates([builtIn, edited, hidden, userTemplate])).toEqual([edited, hidden, userTemplate]);
  });
});
