/**
 * Reply templates: the schema, the built-in set, merging built-ins with what the agent
 * stored, and the versioned import/export file.
 *
 * Storage holds only the agent's own templates and the agent's copies of built-ins (edits,
 * hidden ones). Built-ins themselves come from code, so a new extension version brings new
 * texts; `mergeBuiltIns` decides which of them the agent sees.
 */
import { z } from 'zod';
import { BUILT_IN_LIBRARY } from './library';
import { unknownVariables } from './render';
import {
  REPLY_LANGUAGES,
  SCENARIO_IDS,
  TEMPLATE_VARIABLES,
  type LanguageLibrary,
  type ReplyLanguage,
  type ScenarioId,
} from './scenarios';

const IsoInstant = z.string().datetime({ offset: true });

const TemplateBody = z
  .string()
  .min(1, { error: 'the template text is empty' })
  .max(20_000)
  .superRefine((body, ctx) => {
    const unknown = unknownVariables(body);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown variable ${unknown.map((name) => `{{${name}}}`).join(', ')}; allowed: ${TEMPLATE_VARIABLES.join(', ')}`,
      });
    }
  });

export const BUILT_IN_ID_PREFIX = 'builtin:';

export function builtInId(scenario: ScenarioId, language: ReplyLanguage): string {
  return `${BUILT_IN_ID_PREFIX}${scenario}:${language}`;
}

export const Template = z
  .object({
    id: z.string().min(1).max(200),
    scenario: z.enum(SCENARIO_IDS),
    language: z.enum(REPLY_LANGUAGES),
    body: TemplateBody,
    tags: z.array(z.string().min(1).max(60)).max(30).default([]),
    /** True for the shipped templates and for the agent's edits of them (same id). */
    builtIn: z.boolean(),
    /** Content version of the built-in text this template is (or was edited from). */
    builtInVersion: z.number().int().nonnegative().optional(),
    /** Set when the agent changed the text: such a template is never overwritten by an update. */
    editedAt: IsoInstant.nullable().optional(),
    /** Hidden by the agent (built-ins cannot be removed, only hidden). */
    deleted: z.boolean().optional(),
  })
  .superRefine((template, ctx) => {
    // Ids tie an edit to its built-in; a mismatch would silently shadow another template.
    const expected = builtInId(template.scenario, template.language);
    if (template.builtIn && template.id !== expected) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `a built-in ${template.scenario} template in "${template.language}" must have the id "${expected}"` });
    }
    if (!template.builtIn && template.id.startsWith(BUILT_IN_ID_PREFIX)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `ids starting with "${BUILT_IN_ID_PREFIX}" are reserved for built-in templates` });
    }
  });
export type Template = z.infer<typeof Template>;

export const TEMPLATE_FILE_FORMAT = 'after-sales-desk/templates';
export const TEMPLATE_FILE_VERSION = 1;

export const TemplateFile = z
  .object({
    format: z.literal(TEMPLATE_FILE_FORMAT, { error: `not an After-Sales Desk templates file (expected format "${TEMPLATE_FILE_FORMAT}")` }),
    version: z.literal(TEMPLATE_FILE_VERSION, { error: `unsupported file version (this extension reads version ${TEMPLATE_FILE_VERSION})` }),
    exportedAt: IsoInstant.optional(),
    templates: z.array(Template).max(10_000),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.templates.forEach((template, index) => {
      if (seen.has(template.id)) {
        ctx.addIssue({ code: 'custom', path: ['templates', index, 'id'], message: `duplicate id "${template.id}"` });
      }
      seen.add(template.id);
    });
  });
export type TemplateFile = z.infer<typeof TemplateFile>;

/** "templates[3].body" from a zod path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'file' : out;
}

export type ParseTemplateFileResult = { ok: true; templates: Template[] } | { ok: false; error: string };

/**
 * Read an import file. All or nothing: one bad template rejects the whole file, with the
 * place and the reason, so the agent never ends up with half an import.
 * Accepts the parsed JSON value or the raw file text.
 */
export function parseTemplateFile(json: unknown): ParseTemplateFileResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, error: 'file: not valid JSON' };
    }
  }
  const parsed = TemplateFile.safeParse(value);
  if (parsed.success) return { ok: true, templates: parsed.data.templates };
  const [first, ...rest] = parsed.error.issues;
  if (!first) return { ok: false, error: 'file: invalid' };
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return { ok: false, error: `${formatPath(first.path)}: ${first.message}${more}` };
}

export function exportTemplateFile(templates: readonly Template[], now: Date): TemplateFile {
  return { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, exportedAt: now.toISOString(), templates: [...templates] };
}

/** What is worth exporting: the agent's own templates and their changes to built-ins. */
export function agentTemplates(templates: readonly Template[]): Template[] {
  return templates.filter((template) => !template.builtIn || isEdited(template) || template.deleted === true);
}

/** Templates read back from storage: damaged entries are dropped rather than breaking the panel. */
export function parseStoredTemplates(values: readonly unknown[]): Template[] {
  const templates: Template[] = [];
  for (const value of values) {
    const parsed = Template.safeParse(value);
    if (parsed.success) templates.push(parsed.data);
  }
  return templates;
}

/**
 * Content version of a built-in text (32-bit FNV-1a of the body). A hash instead of a
 * hand-bumped number: any change to a library text reaches agents without anyone having to
 * remember to bump it.
 */
export function contentVersion(body: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < body.length; index++) {
    hash ^= body.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function builtInTemplatesFrom(library: Readonly<Partial<Record<ReplyLanguage, LanguageLibrary>>>): Template[] {
  const templates: Template[] = [];
  for (const language of REPLY_LANGUAGES) {
    const texts = library[language];
    if (!texts) continue;
    for (const scenario of SCENARIO_IDS) {
      const body = texts[scenario];
      if (body === undefined || body.trim() === '') continue;
      templates.push({
        id: builtInId(scenario, language),
        scenario,
        language,
        body,
        tags: [],
        builtIn: true,
        builtInVersion: contentVersion(body),
        editedAt: null,
      });
    }
  }
  return templates;
}

export const BUILT_IN_TEMPLATES: readonly Template[] = builtInTemplatesFrom(BUILT_IN_LIBRARY);

export function isEdited(template: Template): boolean {
  return template.editedAt !== null && template.editedAt !== undefined;
}

/**
 * The templates the agent works with: current built-ins, except where the agent edited one
 * (the edit wins and keeps its `editedAt`), plus the agent's own templates.
 * Unedited stored copies (e.g. a hidden built-in) take the new text but stay hidden.
 * An edited copy of a built-in that no longer ships is kept: it is the agent's text.
 */
export function mergeBuiltIns(stored: readonly Template[], builtIns: readonly Template[]): Template[] {
  const storedById = new Map(stored.map((template) => [template.id, template]));
  const builtInIds = new Set<string>();
  const merged: Template[] = [];
  for (const builtIn of builtIns) {
    builtInIds.add(builtIn.id);
    const own = storedById.get(builtIn.id);
    if (!own) merged.push(builtIn);
    else if (isEdited(own)) merged.push(own);
    else merged.push(own.deleted ? { ...builtIn, deleted: true } : builtIn);
  }
  for (const template of stored) {
    if (builtInIds.has(template.id)) continue;
    if (template.builtIn && !isEdited(template)) continue;
    merged.push(template);
  }
  return merged;
}

/** True when the agent edited a built-in and the shipped text has changed since. */
export function hasNewerDefault(template: Template, builtIns: readonly Template[] = BUILT_IN_TEMPLATES): boolean {
  if (!template.builtIn || !isEdited(template)) return false;
  const current = builtIns.find((builtIn) => builtIn.id === template.id);
  return current !== undefined && current.builtInVersion !== template.builtInVersion;
}

/** "Reset to default": the shipped version of a built-in, visible and unedited; null for the agent's own templates. */
export function resetToDefault(id: string, builtIns: readonly Template[] = BUILT_IN_TEMPLATES): Template | null {
  const builtIn = builtIns.find((template) => template.id === id);
  return builtIn ? { ...builtIn, editedAt: null, deleted: false } : null;
}

/** The agent changes a template's text or tags: from now on it is theirs and survives updates. */
export function editTemplate(template: Template, changes: { body?: string; tags?: string[] }, now: Date): Template {
  return { ...template, ...changes, editedAt: now.toISOString() };
}

export function newUserTemplate(
  fields: { scenario: ScenarioId; language: ReplyLanguage; body: string; tags?: string[] },
  now: Date,
  id: string = `user:${crypto.randomUUID()}`,
): Template {
  return { id, scenario: fields.scenario, language: fields.language, body: fields.body, tags: fields.tags ?? [], builtIn: false, editedAt: now.toISOString() };
}
