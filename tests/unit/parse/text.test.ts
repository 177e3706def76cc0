import { describe, expect, it } from 'vitest';
import { cleanText, findElementByLabel, findValueByLabel, textOf } from '@/lib/pages/parse/text';
import { LABELS } from '@/lib/pages/labels';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test fixtures are our own static strings, never page data.
  root.innerHTML = html;
  return root;
}

describe('cleanText', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['a\u00A0\u00A0b', 'a b'],
    ['\u200Ba\u200Db\uFEFF', 'ab'],
    ['1\u202F234\u2009,50', '1 234 ,50'],
    ['\u200Fمرحبا\u200E x', 'مرحبا x'],
    ['订单号\u3000：', '订单号 ：'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps the joiner inside emoji the buyer typed, drops it anywhere else', () => {
    expect(cleanText('My family 👨\u200D👩\u200D👧 waited')).toBe('My family 👨\u200D👩\u200D👧 waited');
    expect(cleanText('🧑🏽\u200D💻 and 🏳️\u200D🌈')).toBe('🧑🏽\u200D💻 and 🏳️\u200D🌈');
    expect(cleanText('a\u200D👩 \u200D x\u200D')).toBe('a👩 x');
  });

  it('accepts null and undefined', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    expect(textOf(null)).toBe('');
  });
});

const ORDER = LABELS.orderId;

describe('findValueByLabel', () => {
  it.each([
    ['span + span (zh)', '<div><span>订单号</span><span>8194715118461470</span></div>', '8194715118461470'],
    ['span with colon + span', '<div><span>订单号：</span><span> 8194715118461470 </span></div>', '8194715118461470'],
    ['inline "Label: value"', '<p><span>Order number: 8194715118461470</span></p>', '8194715118461470'],
    ['inline with child value', '<p><span>Order number: <b>76151910385804</b></span></p>', '76151910385804'],
    ['label then value in same element', '<div>订单号<span class="v">123456</span><button>复制</button></div>', '123456'],
    ['th/td', '<table><tr><th>Número do pedido</th><td>8194715118461470</td></tr></table>', '8194715118461470'],
    ['dt/dd', '<dl><dt>Номер заказа:</dt><dd>8194715118461470</dd></dl>', '8194715118461470'],
    [
      'label nested in a cell (climb to parent)',
      '<div class="row"><div class="label"><span>Número de pedido</span><i>:</i></div><div class="value"><a>8194715118461470</a></div></div>',
      '8194715118461470',
    ],
    ['skips empty siblings', '<div><span>Nº do pedido</span><span> </span><span></span><span>99887766</span></div>', '99887766'],
    ['case-insensitive', '<div><span>ORDER NUMBER</span><span>1234</span></div>', '1234'],
    ['full-width colon inline', '<div><span>订单号：5556667778</span></div>', '5556667778'],
    ['space before colon (fr style)', '<div><span>Order ID :</span><span>4444</span></div>', '4444'],
    ['accent-insensitive', '<div><span>Numero do pedido</span><span>4445</span></div>', '4445'],
    ['N° vs Nº', '<div><span>N° de pedido</span><span>4446</span></div>', '4446'],
    ['NBSP and zero-width in label', '<div><span>Order\u00A0number\u200B</span><span>4447</span></div>', '4447'],
    [
      'address rows (label/value spans)',
      '<div class="orderInfo--addressItem--x1"><span class="orderInfo--addressLabel--a">Order No.</span><span class="orderInfo--addressValue--b">777888</span></div>',
      '777888',
    ],
  ])('%s', (_name, html, expected) => {
    expect(findValueByLabel(dom(html), ORDER)).toBe(expected);
  });

  it('reads a value written as loose text after its label element, to the end of the line', () => {
    const root = dom(
      `<p><span>Buyer's comment:</span> The charger is missing <b>and</b> the box was open.</p>` +
        `<p><b>Remarks:</b> first line<br><b>Other:</b> second</p>`,
    );
    expect(findValueByLabel(root, LABELS.buyerComment)).toBe('The charger is missing and the box was open.');
    expect(findElementByLabel(root, LABELS.buyerComment)?.tagName).toBe('P');
    const lines = dom('<p><b>Comentário do comprador:</b> veio quebrado <br> <b>Outro:</b> x</p>');
    expect(findValueByLabel(lines, LABELS.buyerComment)).toBe('veio quebrado');
    // A value element right after the label is still the value, not the text after it.
    expect(findValueByLabel(dom('<div><span>订单号</span> <span>8194715118461470</span> 复制</div>'), ORDER)).toBe('8194715118461470');
  });

  it('keeps colons inside the value (times)', () => {
    const root = dom('<div><span>下单时间: 2024-10-28 04:23:19</span></div>');
    expect(findValueByLabel(root, LABELS.orderTime)).toBe('2024-10-28 04:23:19');
  });

  it('returns the first labelled value in document order', () => {
    const root = dom('<div><span>订单号</span><span>111111</span></div><div><span>Order number</span><span>222222</span></div>');
    expect(findValueByLabel(root, ORDER)).toBe('111111');
  });

  it('never returns the label itself, nor a neighbouring label', () => {
    expect(findValueByLabel(dom('<div><span>订单号</span></div>'), ORDER)).toBeNull();
    expect(findValueByLabel(dom('<div><span>订单号</span><span>订单号</span></div>'), ORDER)).toBeNull();
    expect(findValueByLabel(dom('<div><span>Order number:</span><span>Order status:</span></div>'), ORDER)).toBeNull();
  });

  it('moves on to a later occurrence when the first has no value', () => {
    const root = dom('<div><span>订单号</span></div><div><span>订单号</span><span>31415926</span></div>');
    expect(findValueByLabel(root, ORDER)).toBe('31415926');
  });

  it('does not match a label embedded in a sentence', () => {
    const root = dom('<p>Please write the order number in the title</p><p>123</p>');
    expect(findValueByLabel(root, ORDER)).toBeNull();
  });

  it('ignores script and style text', () => {
    const root = dom('<script>订单号</script><span>999</span><style>Order number</style><span>888</span>');
    expect(findValueByLabel(root, ORDER)).toBeNull();
  });

  it('reads the value of a form field', () => {
    const root = dom('<label>Tracking number</label><input value="LP00123456789CN">');
    expect(findValueByLabel(root, LABELS.trackingNumber)).toBe('LP00123456789CN');
  });

  it('returns null for an empty label list or empty root', () => {
    expect(findValueByLabel(dom('<span>订单号</span><span>1</span>'), [])).toBeNull();
    expect(findValueByLabel(dom(''), ORDER)).toBeNull();
  });

  it('works on a Document root', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const row = doc.createElement('div');
    const label = doc.createElement('span');
    label.textContent = 'Трек-номер';
    const value = doc.createElement('span');
    value.textContent = 'RU123456789CN';
    row.append(label, value);
    doc.body.append(row);
    expect(findValueByLabel(doc, LABELS.trackingNumber)).toBe('RU123456789CN');
  });

  it('sees page changes on the next read', async () => {
    const root = dom('<div><span>订单号</span><span id="v">111111</span></div>');
    expect(findValueByLabel(root, ORDER)).toBe('111111');
    await Promise.resolve();
    root.querySelector('#v')!.textContent = '222222';
    await Promise.resolve();
    expect(findValueByLabel(root, ORDER)).toBe('222222');
  });

  it('answers several fields from one page', () => {
    const root = dom(
      '<dl><dt>订单号</dt><dd>8194715118461470</dd><dt>订单状态</dt><dd>等待买家收货</dd>' +
        '<dt>实际发货单号</dt><dd>LP00123456789CN</dd><dt>买家留言</dt><dd>Please send quickly</dd><dt>备注</dt><dd>VIP</dd></dl>',
    );
    expect(findValueByLabel(root, LABELS.orderId)).toBe('8194715118461470');
    expect(findValueByLabel(root, LABELS.orderStatus)).toBe('等待买家收货');
    expect(findValueByLabel(root, LABELS.trackingNumber)).toBe('LP00123456789CN');
    expect(findValueByLabel(root, LABELS.remark)).toBe('Please send quickly');
    expect(findValueByLabel(root, LABELS.sellerNote)).toBe('VIP');
  });

  it('treats hostile page text as text', () => {
    const root = dom('<span>Order number</span><span>&lt;script&gt;alert(1)&lt;/script&gt; 😀 \u202Eabc</span>');
    expect(findValueByLabel(root, ORDER)).toBe('<script>alert(1)</script> 😀 abc');
  });

  it('finds the dispute fields of a legacy English detail page', () => {
    const root = dom(
      '<div>Order number: 76151910385804</div><div><span>Reason for Dispute:</span></div><div>Customs Detention</div>' +
        '<div>Dispute Status: Dispute Negotiation</div>',
    );
    expect(findValueByLabel(root, LABELS.orderId)).toBe('76151910385804');
    expect(findValueByLabel(root, LABELS.disputeReason)).toBe('Customs Detention');
    expect(findValueByLabel(root, LABELS.disputeStatus)).toBe('Dispute Negotiation');
  });
});

describe('findElementByLabel', () => {
  it('returns the value element so readers can reach its children', () => {
    const root = dom('<div><span>订单号</span><span class="val"><a href="#x">8194715118461470</a><i class="copy"></i></span></div>');
    const el = findElementByLabel(root, ORDER);
    expect(el?.className).toBe('val');
    expect(el?.querySelector('a')?.textContent).toBe('8194715118461470');
  });

  it('returns the label element itself for an inline "Label: value"', () => {
    const root = dom('<p><span id="s">Order number: 8194715118461470</span></p>');
    expect(findElementByLabel(root, ORDER)?.id).toBe('s');
  });

  it('returns null when nothing is labelled', () => {
    expect(findElementByLabel(dom('<span>hello</span>'), ORDER)).toBeNull();
  });
});

describe('LABELS', () => {
  it('has every field in Chinese, English, Portuguese/Spanish and Russian', () => {
    for (const [key, labels] of Object.entries(LABELS)) {
      expect(labels.some((l) => /[\u4e00-\u9fff]/.test(l)), `${key} zh`).toBe(true);
      expect(labels.some((l) => /^[A-Za-z #'.()/-]+$/.test(l)), `${key} en`).toBe(true);
      expect(labels.some((l) => /[\u0400-\u04ff]/.test(l)), `${key} ru`).toBe(true);
    }
  });

  it('keeps the buyer remark and the seller note apart', () => {
    const remark = new Set<string>(LABELS.remark);
    for (const note of LABELS.sellerNote) expect(remark.has(note), note).toBe(false);
  });
});
