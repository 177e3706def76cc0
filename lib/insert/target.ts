import type { InsertResult } from '../messaging/schemas';
import { editableHost, isTextField } from './editable';
import { insertIntoEditorAsync } from './insert';

/**
 * Which box receives a reply: the page's known reply box (readers export finders for their
 * page kinds), else the editable element the agent focused last, if it is still on the page.
 */
export function chooseInsertTarget(
  knownReplyBox: HTMLElement | null,
  lastFocused: HTMLElement | null,
): { element: HTMLElement; where: 'reply-box' | 'last-focused' } | null {
  if (knownReplyBox && knownReplyBox.isConnected) return { element: knownReplyBox, where: 'reply-box' };
  if (lastFocused && lastFocused.isConnected && (isTextField(lastFocused) || editableHost(lastFocused))) {
    return { element: lastFocused, where: 'last-focused' };
  }
  return null;
}

/** Generic reply-box finder for pages whose reader does not know one. */
const REPLY_BOX_SELECTORS = [
  'textarea.message-fields__autosize', // legacy msg.aliexpress.com (Lazada IM widget)
  '[class*="reply"] textarea',
  '[class*="editor"] [contenteditable="true"]',
  '[class*="reply"] [contenteditable="true"]',
  '[class*="input-area"] textarea',
  '[class*="remark"] textarea',
  '[class*="negotiat"] textarea',
];

export function findGenericReplyBox(root: ParentNode): HTMLElement | null {
  for (const selector of REPLY_BOX_SELECTORS) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found && (isTextField(found) || editableHost(found))) return found;
  }
  return null;
}

/**
 * The whole insertion as the content script runs it: the page's reply box (the reader's
 * finder, else the generic one), else the field the agent focused last; then the async
 * strategy chain, which finds the box again through the same finder if the page re-renders it.
 */
export async function insertReplyIntoPage(
  root: Document,
  text: string,
  options: { findReplyBox?: (root: ParentNode) => HTMLElement | null; lastFocused: HTMLElement | null; settleMs?: number },
): Promise<InsertResult> {
  const find = () => options.findReplyBox?.(root) ?? findGenericReplyBox(root);
  const target = chooseInsertTarget(find(), options.lastFocused);
  if (!target) return { ok: false, method: 'none', target: 'none', error: 'no-editor' };
  return insertIntoEditorAsync(target.element, text, target.where, {
    refind: target.where === 'reply-box' ? find : undefined,
    settleMs: options.settleMs,
  });
}
