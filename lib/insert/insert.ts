import type { InsertResult } from '../messaging/schemas';
import { editableHost, editorText, isTextField } from './editable';

/**
 * Put text into the page's reply box the way a person typing or pasting would, so the page's
 * own framework (React, Vue, rich editors) sees it, then read the box back.
 *
 * Strategy chain (the first that verifies wins):
 *  1. execCommand('insertText'): the browser edits as if typed and fires `input`; keeps the
 *     page's own undo (Ctrl+Z) and turns line breaks into the editor's paragraphs.
 *  2. textarea/input: the native value setter + a bubbling input event (React tracks the value
 *     through the prototype setter; assigning `el.value` alone is invisible to it).
 *  3. contenteditable: a synthetic `paste` with text/plain, which rich editors handle.
 *  4. contenteditable: a `beforeinput` insertFromPaste, for editors driven by input events.
 *  5. contenteditable: DOM text nodes and <br>, plus an input event.
 *
 * Two rules keep the text from landing twice: a strategy runs only while the box still holds
 * exactly what it held before (a box that changed but does not show the text is reported, not
 * fed again), and after an event the page's editor took (preventDefault) the async variant
 * waits for the editor to apply it before judging. The box is looked up again when the page
 * re-rendered it (the element we had is detached).
 * Never presses send, never clicks anything.
 */

type Method = InsertResult['method'];
type Where = InsertResult['target'];

export interface InsertOptions {
  /** Finds the reply box again after the page re-rendered it (the content script passes the reader's finder). */
  refind?: () => HTMLElement | null;
  /** How long (ms) the async variant waits for an editor that applies input later. */
  settleMs?: number;
}

/** Enough for a framework's next render (React flushes in a microtask or a frame). */
const DEFAULT_SETTLE_MS = 300;
const POLL_MS = 16;

interface Plan {
  method: Method;
  editor: HTMLElement;
  wanted: string;
  before: string;
  strategies: Strategy[];
  signature: Signature;
}

/** A strategy returns true when the page's editor took the event itself (preventDefault). */
type Strategy = (editor: HTMLElement) => boolean;

function plan(target: HTMLElement, text: string): Plan | null {
  const field = isTextField(target) ? target : null;
  const host = field ? null : editableHost(target);
  const editor = field ?? host;
  if (!editor) return null;
  // An <input> cannot hold line breaks: flatten them rather than lose the text.
  const wanted = field && field.tagName === 'INPUT' ? text.replace(/\s*\n+\s*/g, ' ') : text;
  const strategies: Strategy[] = field
    ? [(el) => execInsert(el, wanted), (el) => setNativeValue(el, wanted)]
    : [(el) => execInsert(el, wanted), (el) => pastePlainText(el, wanted), (el) => beforeInputPaste(el, wanted), (el) => appendTextNodes(el, wanted)];
  return {
    method: field ? (field.tagName === 'TEXTAREA' ? 'textarea' : 'input') : 'contenteditable',
    editor,
    wanted,
    before: editorText(editor),
    strategies,
    signature: signatureOf(editor),
  };
}

/** Synchronous: verifies right after each strategy. Kept for callers that cannot await. */
export function insertIntoEditor(target: HTMLElement, text: string, where: Where, options: InsertOptions = {}): InsertResult {
  const steps = plan(target, text);
  if (!steps) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
  let editor = steps.editor;
  for (const strategy of steps.strategies) {
    editor = liveEditor(editor, steps.signature, options) ?? editor;
    if (normalise(editorText(editor)) !== normalise(steps.before)) break;
    const taken = run(strategy, editor);
    editor = liveEditor(editor, steps.signature, options) ?? editor;
    if (verified(editor, steps)) return { ok: true, method: steps.method, target: where };
    // The editor took the event and will apply it later: feeding it again would double the text.
    if (taken) break;
  }
  return { ok: false, method: steps.method, target: where, error: 'not-verified' };
}

/**
 * The same chain, but after each strategy it waits (up to `settleMs`) for the page to apply
 * and re-render before reading the box back, following the box if it was replaced.
 */
export async function insertIntoEditorAsync(
  target: HTMLElement,
  text: string,
  where: Where,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const steps = plan(target, text);
  if (!steps) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  let editor = steps.editor;
  for (const strategy of steps.strategies) {
    editor = liveEditor(editor, steps.signature, options) ?? editor;
    if (normalise(editorText(editor)) !== normalise(steps.before)) break;
    const taken = run(strategy, editor);
    const outcome = await settle(editor, steps, options, taken ? settleMs : Math.min(settleMs, POLL_MS * 2));
    editor = outcome.editor;
    if (outcome.verified) return { ok: true, method: steps.method, target: where };
    if (taken) break;
  }
  return { ok: false, method: steps.method, target: where, error: 'not-verified' };
}

function run(strategy: Strategy, editor: HTMLElement): boolean {
  try {
    return strategy(editor);
  } catch {
    // A strategy the editor rejects is just skipped.
    return false;
  }
}

async function settle(
  editor: HTMLElement,
  steps: Plan,
  options: InsertOptions,
  waitMs: number,
): Promise<{ editor: HTMLElement; verified: boolean }> {
  let current = liveEditor(editor, steps.signature, options) ?? editor;
  if (verified(current, steps)) return { editor: current, verified: true };
  await Promise.resolve();
  const deadline = Date.now() + waitMs;
  for (;;) {
    current = liveEditor(current, steps.signature, options) ?? current;
    if (verified(current, steps)) return { editor: current, verified: true };
    if (Date.now() >= deadline) return { editor: current, verified: false };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function verified(editor: HTMLElement, steps: Plan): boolean {
  if (!editor.isConnected) return false;
  const now = editorText(editor);
  return now !== steps.before && contains(now, steps.wanted);
}

export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u200b\s]+/g, ' ').trim();
}

/**
 * Whitespace is left out of the comparison: editors render line breaks as <br>, paragraphs
 * or "\n\n" in innerText, and collapse spaces; the words and their order are what must be there.
 */
function contains(haystack: string, needle: string): boolean {
  const squeeze = (text: string) => text.replace(/[\u00a0\u200b\s]+/g, '');
  return squeeze(haystack).includes(squeeze(needle));
}

/** What identifies a reply box across re-renders: frameworks replace the element, not its attributes. */
interface Signature {
  tag: string;
  id: string;
  classes: string[];
  hints: string;
}

const HINT_ATTRIBUTES = ['role', 'aria-label', 'placeholder', 'data-placeholder', 'name'];

function signatureOf(el: HTMLElement): Signature {
  return {
    tag: el.tagName,
    id: el.id,
    classes: [...el.classList].filter((name) => !/focus|active|blank|empty|hover/i.test(name)),
    hints: HINT_ATTRIBUTES.map((name) => el.getAttribute(name) ?? '').join('|'),
  };
}

function matchesSignature(el: HTMLElement, signature: Signature): boolean {
  if (el.tagName !== signature.tag) return false;
  if (signature.id) return el.id === signature.id;
  if (HINT_ATTRIBUTES.map((name) => el.getAttribute(name) ?? '').join('|') !== signature.hints) return false;
  return signature.classes.every((name) => el.classList.contains(name));
}

/** The editor as it is on the page now: the same element, or its replacement after a re-render. */
function liveEditor(editor: HTMLElement, signature: Signature, options: InsertOptions): HTMLElement | null {
  if (editor.isConnected) return editor;
  const found = options.refind?.();
  const fromFinder = found ? (isTextField(found) ? found : editableHost(found)) : null;
  if (fromFinder?.isConnected) return fromFinder;
  for (const candidate of editor.ownerDocument.querySelectorAll<HTMLElement>(signature.tag.toLowerCase())) {
    if (matchesSignature(candidate, signature) && (isTextField(candidate) || candidate.isContentEditable)) return candidate;
  }
  return null;
}

function focusForInsert(el: HTMLElement): void {
  const doc = el.ownerDocument;
  // Where the agent left the caret in this box is where the text goes; otherwise at the end.
  const hadFocus = doc.activeElement === el || el.contains(doc.activeElement);
  el.focus({ preventScroll: true });
  if (isTextField(el)) {
    if (!hadFocus) el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const selection = doc.getSelection();
  if (!selection) return;
  if (hadFocus && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function execInsert(el: HTMLElement, text: string): boolean {
  focusForInsert(el);
  // Deprecated but still the only way to type "as the user" with the page's undo history.
  el.ownerDocument.execCommand('insertText', false, text);
  return false;
}

function setNativeValue(field: HTMLElement, text: string): boolean {
  if (!isTextField(field)) return false;
  const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const next = field.value.slice(0, start) + text + field.value.slice(end);
  if (setter) setter.call(field, next);
  else field.value = next;
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return false;
}

function plainTextTransfer(text: string): DataTransfer | null {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return data;
  } catch {
    return null;
  }
}

function pastePlainText(host: HTMLElement, text: string): boolean {
  focusForInsert(host);
  const data = plainTextTransfer(text);
  if (!data) return false;
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  host.dispatchEvent(event);
  return event.defaultPrevented;
}

function beforeInputPaste(host: HTMLElement, text: string): boolean {
  focusForInsert(host);
  const data = plainTextTransfer(text);
  if (!data) return false;
  const event = new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true });
  host.dispatchEvent(event);
  return event.defaultPrevented;
}

function appendTextNodes(host: HTMLElement, text: string): boolean {
  const doc = host.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  // An empty editor's placeholder paragraph ("<p><br></p>") would leave a blank first line.
  if (normalise(host.textContent ?? '') === '') host.replaceChildren(fragment);
  else host.append(fragment);
  host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return false;
}
