/**
 * Reply templates and their use, kept in the extension's IndexedDB (side panel and options
 * page only: a content script must never open Dexie).
 *
 * The `templates` table holds only what the agent made: their own templates, edits of
 * built-ins, and hidden built-ins. Built-ins come from code (BUILT_IN_TEMPLATES) and are merged
 * in with `mergeBuiltIns`, so a new extension version brings new texts without touching edits.
 * Usage counts are derived from the `events` table (insert / copy events with a templateId).
 */
import type { AfterSalesDb } from '@/lib/db/database';
import type { EventRecord } from '@/lib/db/records';
import type { ReplyLanguage, ScenarioId } from './scenarios';
import {
  agentTemplates,
  BUILT_IN_TEMPLATES,
  editTemplate,
  exportTemplateFile,
  isEdited,
  mergeBuiltIns,
  parseStoredTemplates,
  parseTemplateFile,
  Template,
  type TemplateFile,
} from './template';

/** Stored rows, validated: a damaged row is skipped rather than breaking the panel. */
export async function loadStoredTemplates(db: AfterSalesDb): Promise<Template[]> {
  return parseStoredTemplates(await db.templates.toArray());
}

/** Every template the agent works with, hidden ones included (the manager can show them). */
export function allTemplates(stored: readonly Template[], builtIns: readonly Template[] = BUILT_IN_TEMPLATES): Template[] {
  return mergeBuiltIns(stored, builtIns);
}

/** The templates suggestions are chosen from: hidden ones left out. */
export function visibleTemplates(merged: readonly Template[]): Template[] {
  return merged.filter((template) => template.deleted !== true);
}

export type SaveResult = { ok: true; template: Template } | { ok: false; error: string };

/** Validate and store one template (a new one, an edit, or an edited built-in). */
export async function saveTemplate(db: AfterSalesDb, template: Template): Promise<SaveResult> {
  const parsed = Template.safeParse(template);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? issue.message : 'invalid template' };
  }
  await db.templates.put(parsed.data);
  return { ok: true, template: parsed.data };
}

/** The agent changed the text or tags of any template, built-in or their own. */
export async function saveEdit(
  db: AfterSalesDb,
  template: Template,
  changes: { body?: string; tags?: string[]; scenario?: ScenarioId; language?: ReplyLanguage },
  now: Date,
): Promise<SaveResult> {
  // A built-in's id ties it to its scenario and language: those cannot move.
  const { scenario, language, ...textChanges } = changes;
  const base = template.builtIn ? template : { ...template, scenario: scenario ?? template.scenario, language: language ?? template.language };
  return saveTemplate(db, editTemplate(base, textChanges, now));
}

/**
 * Delete: the agent's own templates are removed; a built-in cannot be removed, so it is
 * hidden (an edit of it stays stored, hidden, so "show again" brings the edit back).
 */
export async function deleteTemplate(db: AfterSalesDb, template: Template): Promise<void> {
  if (!template.builtIn) {
    await db.templates.delete(template.id);
    return;
  }
  await db.templates.put({ ...template, deleted: true });
}

/** Show a hidden built-in again. */
export async function restoreTemplate(db: AfterSalesDb, template: Template): Promise<void> {
  if (isEdited(template)) await db.templates.put({ ...template, deleted: false });
  else await db.templates.delete(template.id);
}

/** "Reset to default": forget the agent's copy; the shipped text shows again. */
export async function resetBuiltIn(db: AfterSalesDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

export type ImportResult = { ok: true; count: number } | { ok: false; error: string };

/**
 * Import a templates file: validated whole first, then written in one transaction, so a bad
 * file (or a failing write) leaves the stored templates exactly as they were.
 */
export async function importTemplates(db: AfterSalesDb, fileText: string): Promise<ImportResult> {
  const parsed = parseTemplateFile(fileText);
  if (!parsed.ok) return parsed;
  try {
    await db.transaction('rw', db.templates, async () => {
      await db.templates.bulkPut(parsed.templates);
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, count: parsed.templates.length };
}

/** The export file: the agent's own templates and their changes to built-ins. */
export async function exportTemplates(db: AfterSalesDb, now: Date): Promise<TemplateFile> {
  const merged = allTemplates(await loadStoredTemplates(db));
  return exportTemplateFile(agentTemplates(merged), now);
}

export type ReplyEventType = 'insert' | 'copy';

export interface ReplyEvent {
  type: ReplyEventType;
  templateId: string;
  scenario: ScenarioId;
  language: ReplyLanguage;
  orderId: string | null;
  threadId: string | null;
  at: Date;
  /** Where it went ("reply-box", "last-focused", "clipboard-fallback"). */
  detail?: string | null;
}

/** One insertion or copy, for usage statistics and the follow-up queue. */
export async function recordReplyEvent(db: AfterSalesDb, event: ReplyEvent): Promise<void> {
  const record: EventRecord = {
    type: event.type,
    at: event.at.toISOString(),
    templateId: event.templateId,
    scenario: event.scenario,
    language: event.language,
    orderId: event.orderId,
    threadId: event.threadId,
    detail: event.detail ?? null,
  };
  await db.events.add(record);
}

export interface TemplateUsage {
  count: number;
  /** ISO time of the last insertion or copy. */
  lastUsedAt: string;
}

/** How often each template was inserted or copied, and when last. */
export async function templateUsage(db: AfterSalesDb): Promise<Map<string, TemplateUsage>> {
  const usage = new Map<string, TemplateUsage>();
  await db.events
    .where('type')
    .anyOf(['insert', 'copy'])
    .each((event) => {
      if (!event.templateId) return;
      const current = usage.get(event.templateId);
      if (!current) usage.set(event.templateId, { count: 1, lastUsedAt: event.at });
      else {
        current.count += 1;
        if (event.at > current.lastUsedAt) current.lastUsedAt = event.at;
      }
    });
  return usage;
}
