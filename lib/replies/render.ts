/**
 * Logic-less template rendering: `{{variableName}}` placeholders and plain text, nothing else.
 * No expressions, no helpers, no code evaluation; values are inserted verbatim and never
 * scanned again, so a value that itself contains `{{x}}` or `<script>` stays inert text.
 */
import { isTemplateVariable, type TemplateVariable } from './scenarios';

export type TemplateVariables = Partial<Record<TemplateVariable, string | null | undefined>>;

export type Segment =
  | { kind: 'text'; text: string }
  /** `value` is null when the variable has no usable value (or the name is not a known variable). */
  | { kind: 'var'; name: string; value: string | null };

export interface RenderResult {
  segments: Segment[];
  /** The body with values filled in; placeholders without a value are left as written (`{{name}}`). */
  text: string;
  /** Known variables the template uses that have no value. */
  missing: TemplateVariable[];
  /** Placeholder names that are not template variables at all (typos, foreign templates). */
  unknown: string[];
}

export interface Placeholder {
  /** The name inside the braces, trimmed. */
  name: string;
  /** Offsets of the whole `{{...}}` in the body. */
  start: number;
  end: number;
}

/**
 * Find `{{ name }}` placeholders. A placeholder never spans a brace or a line break, so a
 * stray `{{` in ordinary text does not swallow the rest of the template.
 */
const NOT_IN_PLACEHOLDER = /[{}\n\r]/;

export function findPlaceholders(body: string): Placeholder[] {
  const found: Placeholder[] = [];
  let from = 0;
  for (;;) {
    const open = body.indexOf('{{', from);
    if (open < 0) break;
    const close = body.indexOf('}}', open + 2);
    if (close < 0) break;
    const inner = body.slice(open + 2, close);
    if (NOT_IN_PLACEHOLDER.test(inner)) {
      // "{{{x}}" or a broken pair: retry from the next brace so "{{{x}}" still finds "{{x}}".
      from = open + 1;
      continue;
    }
    found.push({ name: inner.trim(), start: open, end: close + 2 });
    from = close + 2;
  }
  return found;
}

/** Placeholder names in a body that are not TemplateVariables (deduplicated, in order). */
export function unknownVariables(body: string): string[] {
  const unknown: string[] = [];
  for (const { name } of findPlaceholders(body)) {
    if (!isTemplateVariable(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/** A value counts only if it has visible content: an empty value would leave a gap in the reply. */
function usable(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.trim() === '' ? null : value;
}

export function renderTemplate(body: string, vars: TemplateVariables): RenderResult {
  const segments: Segment[] = [];
  const missing: TemplateVariable[] = [];
  const unknown: string[] = [];
  let text = '';
  let cursor = 0;

  for (const placeholder of findPlaceholders(body)) {
    if (placeholder.start > cursor) {
      const literal = body.slice(cursor, placeholder.start);
      segments.push({ kind: 'text', text: literal });
      text += literal;
    }
    const raw = body.slice(placeholder.start, placeholder.end);
    const { name } = placeholder;
    let value: string | null = null;
    if (isTemplateVariable(name)) {
      value = usable(vars[name]);
      if (value === null && !missing.includes(name)) missing.push(name);
    } else if (!unknown.includes(name)) {
      unknown.push(name);
    }
    segments.push({ kind: 'var', name, value });
    text += value ?? raw;
    cursor = placeholder.end;
  }
  if (cursor < body.length) {
    const literal = body.slice(cursor);
    segments.push({ kind: 'text', text: literal });
    text += literal;
  }
  return { segments, text, missing, unknown };
}

export type FillResult =
  | { ok: true; text: string }
  | { ok: false; missing: TemplateVariable[]; unknown: string[] };

/**
 * The insertion path: either every placeholder of the template has a value, or nothing is
 * produced. The reply box never receives a raw `{{...}}` from the template or an empty gap.
 */
export function fillTemplate(body: string, vars: TemplateVariables): FillResult {
  const result = renderTemplate(body, vars);
  if (result.missing.length > 0 || result.unknown.length > 0) {
    return { ok: false, missing: result.missing, unknown: result.unknown };
  }
  return { ok: true, text: result.text };
}
