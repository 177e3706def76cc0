import { editableHost, isTextField } from './editable';

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
