import type { InsertResult } from '../messaging/schemas';
import { editableHost, editorText, isTextField } from './editable';

/**
 * Put text into the page's reply box the way a person typing would, so the page's own
 * framework (React, Vue, rich editors) sees it, then read the box back.
 *
 * Strategy chain (first that verifies wins):
 *  1. execCommand('insertText'): fires beforeinput/input like typing, keeps the page's undo.
 *  2. textarea/input: the native value setter + a bubbling input event (React tracks the
 *     value through the prototype setter; assigning `el.value` alone is invisible to it).
 *  3. contenteditable: a synthetic paste with text/plain, which rich editors handle.
 *  4. contenteditable: DOM text nodes and <br>, plus an input event.
 * Never presses send, never clicks anything.
 */
export function insertIntoEditor(
  target: HTMLElement,
  text: string,
  where: InsertResult['target'],
): InsertResult {
  const field = isTextField(target) ? target : null;
  const host = field ? null : editableHost(target);
  if (!field && !host) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
  const method = field ? (field.tagName === 'TEXTAREA' ? 'textarea' : 'input') : 'contenteditable';
  const editor = (field ?? host)!;
  const before = editorText(editor);
  // An <input> cannot hold line breaks: flatten them rather than lose the text.
  const wanted = field && field.tagName === 'INPUT' ? text.replace(/\s*\n+\s*/g, ' ') : text;

  const strategies: Array<() => void> = field
    ? [() => execInsert(field, wanted), () => setNativeValue(field, wanted)]
    : [() => execInsert(host!, wanted), () => pastePlainText(host!, wanted), () => appendTextNodes(host!, wanted)];

  for (const strategy of strategies) {
    try {
      strategy();
    } catch {
      // A strategy the editor rejects is just skipped.
    }
    if (contains(editorText(editor), wanted) && editorText(editor) !== before) {
      return { ok: true, method, target: where };
    }
  }
  return { ok: false, method, target: where, error: 'not-verified' };
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00a0\s]+/g, ' ').trim();
}

function contains(haystack: string, needle: string): boolean {
  return normalise(haystack).includes(normalise(needle));
}

function focusAtEnd(el: HTMLElement): void {
  el.focus();
  if (isTextField(el)) {
    // Keep what the agent already typed: insert at the caret, or at the end when unfocused.
    if (el.selectionStart === null || document.activeElement !== el) {
      el.setSelectionRange(el.value.length, el.value.length);
    }
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  if (selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function execInsert(el: HTMLElement, text: string): void {
  focusAtEnd(el);
  // Deprecated but still the only way to type "as the user" with undo support.
  el.ownerDocument.execCommand('insertText', false, text);
}

function setNativeValue(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const next = field.value ? `${field.value}${field.value.endsWith('\n') ? '' : '\n'}${text}` : text;
  if (setter) setter.call(field, next);
  else field.value = next;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function pastePlainText(host: HTMLElement, text: string): void {
  focusAtEnd(host);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  host.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function appendTextNodes(host: HTMLElement, text: string): void {
  const doc = host.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  host.append(fragment);
  host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
