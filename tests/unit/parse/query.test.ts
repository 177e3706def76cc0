import { describe, expect, it } from 'vitest';
import { classForm, matchesSelector, queryAll, queryFirst } from '@/lib/pages/parse/query';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test fixtures are our own static strings, never page data.
  root.innerHTML = html;
  return root;
}

const ids = (els: Element[]) => els.map((el) => el.id);

describe('queryAll: class fragments in any naming style', () => {
  const root = dom(`
    <div id="kebab" class="session-item__3f0a1b2"></div>
    <div id="camel" class="contactList--sessionItem--Qe7aa2c"></div>
    <div id="snake" class="session_item_x1Y2z"></div>
    <div id="upper" class="SessionItem-Ab12"></div>
    <div id="other" class="session-list__3f0a1b2"></div>`);

  it('matches kebab, camelCase, snake_case and PascalCase spellings of the same fragment', () => {
    expect(ids(queryAll(root, "[class*='session-item']"))).toEqual(['kebab', 'camel', 'snake', 'upper']);
    expect(ids(queryAll(root, '[class*="sessionItem" i]'))).toEqual(['kebab', 'camel', 'snake', 'upper']);
  });

  it('keeps the hash boundary of a `name__` fragment across styles', () => {
    const names = dom('<b id="a" class="user-name__3a8affc"></b><b id="b" class="userName--Xy12ab"></b><b id="c" class="username-input"></b>');
    expect(ids(queryAll(names, "[class*='user-name__']"))).toEqual(['a', 'b']);
  });

  it('reads the form as the comparison uses it', () => {
    expect(classForm('sessionItem--Qe7aa')).toBe('session-item--qe7aa');
    expect(classForm('msg_row__x')).toBe('msg-row--x');
  });
});

describe('queryAll: the selectors readers use', () => {
  const root = dom(`
    <ul class="dialog-list"><li id="l1" data-id="1"><span class="ait-tag" id="t1">AI</span></li><li id="l2"></li></ul>
    <div class="chat-header"><span id="n1" class="name">Tom</span></div><span id="n2" class="name">Ann</span>
    <img id="f1" src="/kf/flags/BR.png"><a id="a1" href="/detail?reverseOrderLineId=5030000000000001">x</a>
    <p id="p1" role="log"></p>`);

  it.each([
    ["[class*='dialog-list'] > li", ['l1', 'l2']],
    ["[class*='chat-header'] [class*='name']", ['n1']],
    ['.ait-tag', ['t1']],
    ['li[data-id]', ['l1']],
    ["img[src*='flag' i]", ['f1']],
    ['a[href*="reverseOrderLineId="]', ['a1']],
    ["[role='log']", ['p1']],
    ['h1, [class*="name"]', ['n1', 'n2']],
  ])('%s', (selector, expected) => {
    expect(ids(queryAll(root, selector))).toEqual(expected);
  });

  it('hands other selectors to the browser and merges them in document order', () => {
    expect(ids(queryAll(root, 'li:first-child, #p1, span.name'))).toEqual(['l1', 'n1', 'n2', 'p1']);
  });

  it('includes the root only when asked', () => {
    const li = root.querySelector('#l1') as Element;
    expect(ids(queryAll(li, '[data-id]'))).toEqual([]);
    expect(ids(queryAll(li, '[data-id]', true))).toEqual(['l1']);
    expect(queryFirst(li, '[data-id]', true)?.id).toBe('l1');
    expect(matchesSelector(li, "[class*='x'], [data-id='1']")).toBe(true);
  });

  it('matches nothing, and never throws, on an invalid selector', () => {
    expect(queryAll(root, 'li:::bad')).toEqual([]);
    expect(matchesSelector(root, '[[')).toBe(false);
  });

  it('sees the page as it is at the next read', async () => {
    const live = dom('<i id="x" class="countdown-box"></i>');
    expect(ids(queryAll(live, "[class*='countdown']"))).toEqual(['x']);
    live.insertAdjacentHTML('beforeend', '<i id="y" class="countDown--wrap--Ab12Cd"></i>');
    await Promise.resolve();
    expect(ids(queryAll(live, "[class*='countdown']"))).toEqual(['x', 'y']);
  });
});
