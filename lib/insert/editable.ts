/** Elements that accept typed text: textarea, text-like inputs, contenteditable hosts. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(el: Element | null): el is HTMLTextAreaElement | HTMLInputElement {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    return TEXT_INPUT_TYPES.has(input.type) && !input.readOnly && !input.disabled;
  }
  return false;
}

/** The contenteditable host an element belongs to (rich editors nest many elements). */
export function editableHost(el: Element | null): HTMLElement | null {
  let node: Element | null = el;
  let host: HTMLElement | null = null;
  while (node && node instanceof HTMLElement) {
    if (node.isContentEditable) host = node;
    else if (host) break;
    node = node.parentElement;
  }
  return host;
}

export function isEditable(el: Element | null): boolean {
  return isTextField(el) || editableHost(el) !== null;
}

/** Text as the agent sees it, with line breaks, for verifying an insertion. */
export function editorText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  return el.innerText ?? el.textContent ?? '';
}
