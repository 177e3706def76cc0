import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoEditor, insertIntoEditorAsync } from '@/lib/insert/insert';
import { chooseInsertTarget, findGenericReplyBox, insertReplyIntoPage } from '@/lib/insert/target';

const REPLY = 'Hi Ethan,\n\nYour parcel for order 8208460785972844 is held by customs.\n\nBest regards,\nAnna';

afterEach(() => {
  document.body.replaceChildren();
});

function mount<T extends HTMLElement>(el: T): T {
  document.body.append(el);
  return el;
}

/**
 * What React does to a controlled <textarea>: it remembers the last value it saw through an
 * instance-level `value` property and, on `input`, ignores the event when the DOM value
 * equals that remembered one. So `el.value = x` is invisible to it; the prototype setter is not.
 */
function reactLikeTextarea(): { textarea: HTMLTextAreaElement; state: () => string } {
  const textarea = mount(document.createElement('textarea'));
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let tracked = '';
  let state = '';
  Object.defineProperty(textarea, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this) as string;
    },
    set(next: string) {
      tracked = next;
      proto.set!.call(this, next);
    },
  });
  textarea.addEventListener('input', () => {
    const now = proto.get!.call(textarea) as string;
    if (now === tracked) return;
    tracked = now;
    state = now;
  });
  return { textarea, state: () => state };
}

/**
 * A model-driven rich editor (Lexical/ProseMirror style): it takes paste itself, keeps the
 * text in its own model and re-renders a moment later; with `replace` it re-renders by
 * swapping in a new element, as a framework remounting the editor would.
 */
function modelEditor(options: { replace?: boolean; delayMs?: number } = {}): { host: () => HTMLElement; model: () => string; pastes: () => number } {
  let model = '';
  let pastes = 0;
  let current = document.createElement('div');
  const wrapper = mount(document.createElement('div'));
  wrapper.className = 'composer__editor--x1';
  const renderInto = (el: HTMLElement) => {
    el.replaceChildren(...model.split('\n').map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
  };
  const build = () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.setAttribute('role', 'textbox');
    el.setAttribute('aria-label', 'Message');
    el.className = 'rich-editor__7a4d0e9';
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      pastes += 1;
      model += event.clipboardData?.getData('text/plain') ?? '';
      setTimeout(() => {
        if (options.replace) {
          const next = build();
          renderInto(next);
          current.replaceWith(next);
          current = next;
        } else {
          renderInto(current);
        }
      }, options.delayMs ?? 30);
    });
    return el;
  };
  current = build();
  wrapper.append(current);
  return { host: () => current, model: () => model, pastes: () => pastes };
}

describe('insertIntoEditor', () => {
  it('types into a plain textarea and reports the page reply box', () => {
    const textarea = mount(document.createElement('textarea'));
    expect(insertIntoEditor(textarea, REPLY, 'reply-box')).toEqual({ ok: true, method: 'textarea', target: 'reply-box' });
    expect(textarea.value).toBe(REPLY);
  });

  it("reaches a React-controlled textarea's own state through the native setter", () => {
    const { textarea, state } = reactLikeTextarea();
    const result = insertIntoEditor(textarea, REPLY, 'reply-box');
    expect(result.ok).toBe(true);
    expect(state()).toBe(REPLY);
  });

  it('keeps what the agent already typed and inserts at the caret', () => {
    const textarea = mount(document.createElement('textarea'));
    textarea.value = 'Dear buyer, ';
    textarea.focus();
    textarea.setSelectionRange(12, 12);
    insertIntoEditor(textarea, 'thank you!', 'last-focused');
    expect(textarea.value).toBe('Dear buyer, thank you!');
  });

  it('appends after existing text when the box was not focused', () => {
    const textarea = mount(document.createElement('textarea'));
    textarea.value = 'Hello.';
    textarea.setSelectionRange(0, 0);
    insertIntoEditor(textarea, ' More.', 'reply-box');
    expect(textarea.value).toBe('Hello. More.');
  });

  it('flattens line breaks for a one-line input instead of losing text', () => {
    const input = mount(document.createElement('input'));
    expect(insertIntoEditor(input, 'line one\n\nline two', 'last-focused')).toMatchObject({ ok: true, method: 'input' });
    expect(input.value).toBe('line one line two');
  });

  it('writes lines and <br> into a plain contenteditable, replacing the empty placeholder paragraph', () => {
    const host = mount(document.createElement('div'));
    host.contentEditable = 'true';
    host.innerHTML = '<p><br></p>';
    let inputs = 0;
    host.addEventListener('input', () => inputs++);
    expect(insertIntoEditor(host, 'a\nb', 'reply-box')).toEqual({ ok: true, method: 'contenteditable', target: 'reply-box' });
    expect(host.innerHTML).toBe('a<br>b');
    expect(inputs).toBe(1);
  });

  it('finds the editor from an element inside it', () => {
    const host = mount(document.createElement('div'));
    host.contentEditable = 'true';
    const paragraph = document.createElement('p');
    host.append(paragraph);
    expect(insertIntoEditor(paragraph, 'hello there', 'last-focused').ok).toBe(true);
    expect(host.textContent).toBe('hello there');
  });

  it('refuses an element that is not editable', () => {
    const div = mount(document.createElement('div'));
    expect(insertIntoEditor(div, 'x', 'reply-box')).toEqual({ ok: false, method: 'none', target: 'none', error: 'no-editor' });
  });

  it('does not feed an editor twice when it took the paste but renders later (sync)', async () => {
    const editor = modelEditor();
    const result = insertIntoEditor(editor.host(), REPLY, 'reply-box');
    expect(result).toMatchObject({ ok: false, error: 'not-verified' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(editor.pastes()).toBe(1);
    expect(editor.model()).toBe(REPLY);
  });
});

describe('insertIntoEditorAsync', () => {
  it('waits for a model-driven editor to render the pasted text, once', async () => {
    const editor = modelEditor();
    const result = await insertIntoEditorAsync(editor.host(), REPLY, 'reply-box');
    expect(result).toEqual({ ok: true, method: 'contenteditable', target: 'reply-box' });
    expect(editor.pastes()).toBe(1);
    expect(editor.host().querySelectorAll('p')).toHaveLength(REPLY.split('\n').length);
  });

  it('follows the editor when the page replaces it while rendering', async () => {
    const editor = modelEditor({ replace: true });
    const first = editor.host();
    const result = await insertIntoEditorAsync(first, REPLY, 'reply-box');
    expect(result.ok).toBe(true);
    expect(first.isConnected).toBe(false);
    expect(editor.host().textContent).toContain('8208460785972844');
    expect(editor.pastes()).toBe(1);
  });

  it("uses the page reader's finder to find a replaced editor", async () => {
    const editor = modelEditor({ replace: true });
    // A finder that points inside the new editor: the host is found from it.
    const result = await insertIntoEditorAsync(editor.host(), 'short reply text', 'reply-box', {
      refind: () => document.querySelector<HTMLElement>('.composer__editor--x1 [contenteditable] p') ?? document.querySelector('.composer__editor--x1 [contenteditable]'),
    });
    expect(result.ok).toBe(true);
  });

  it('says "not verified" when the editor never shows the text, without stacking copies', async () => {
    const host = mount(document.createElement('div'));
    host.contentEditable = 'true';
    // An editor that swallows every paste and beforeinput and throws away DOM edits.
    host.addEventListener('paste', (event) => event.preventDefault());
    const result = await insertIntoEditorAsync(host, 'never shown', 'reply-box', { settleMs: 40 });
    expect(result).toEqual({ ok: false, method: 'contenteditable', target: 'reply-box', error: 'not-verified' });
    expect(host.textContent).toBe('');
  });

  it('reaches React state for a controlled textarea too', async () => {
    const { textarea, state } = reactLikeTextarea();
    expect((await insertIntoEditorAsync(textarea, REPLY, 'reply-box')).ok).toBe(true);
    expect(state()).toBe(REPLY);
  });
});

describe('insert target', () => {
  it("prefers the page's reply box, else the field the agent focused last", () => {
    const box = mount(document.createElement('textarea'));
    const focused = mount(document.createElement('input'));
    expect(chooseInsertTarget(box, focused)).toEqual({ element: box, where: 'reply-box' });
    expect(chooseInsertTarget(null, focused)).toEqual({ element: focused, where: 'last-focused' });
    focused.remove();
    expect(chooseInsertTarget(null, focused)).toBeNull();
  });

  it('finds a generic reply box by class hints', () => {
    const wrapper = mount(document.createElement('div'));
    wrapper.className = 'reverseMessage--input--Ld8cQ4x negotiat-box';
    const textarea = document.createElement('textarea');
    wrapper.append(textarea);
    expect(findGenericReplyBox(document)).toBe(textarea);
  });

  it("inserts through the reader's finder, and into the last focused field when the page has no reply box", async () => {
    const box = mount(document.createElement('textarea'));
    box.className = 'negotiation-box';
    const other = mount(document.createElement('input'));
    const viaReader = await insertReplyIntoPage(document, 'first reply', { findReplyBox: () => document.querySelector('.negotiation-box'), lastFocused: other });
    expect(viaReader).toEqual({ ok: true, method: 'textarea', target: 'reply-box' });
    expect(box.value).toBe('first reply');
    box.remove();
    const viaFocus = await insertReplyIntoPage(document, 'second reply', { findReplyBox: () => null, lastFocused: other });
    expect(viaFocus).toEqual({ ok: true, method: 'input', target: 'last-focused' });
    expect(other.value).toBe('second reply');
    other.remove();
    expect(await insertReplyIntoPage(document, 'x', { lastFocused: null })).toMatchObject({ ok: false, error: 'no-editor' });
  });
});
