import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageSnapshot } from '@/lib/model/snapshot';
import { orderDetailApps } from '@/lib/pages/readers/order-detail.apps';
import { orderDetailLegacy } from '@/lib/pages/readers/order-detail.legacy';
import { orderDetailMApps } from '@/lib/pages/readers/order-detail.m_apps';
import { orderListApps } from '@/lib/pages/readers/order-list.apps';
import { orderListMApps } from '@/lib/pages/readers/order-list.m_apps';
import { LABELS } from '@/lib/pages/labels';
import { normalizeLabel } from '@/lib/pages/parse/text';
import { findReader, readPage } from '@/lib/pages/registry';

const PAGES = join(__dirname, '../../fixtures/pages');
const OUR_FOLDERS = ['order-detail', 'order-list', 'other'];

interface Sidecar {
  url: string;
  now: string;
  description: string;
  expected: { page: string; orders: unknown[]; missing: string[] };
}

interface Fixture {
  name: string;
  html: string;
  meta: Sidecar;
}

function loadFixture(folder: string, file: string): Fixture {
  const base = file.replace(/\.json$/, '');
  return {
    name: `${folder}/${base}`,
    html: readFileSync(join(PAGES, folder, `${base}.html`), 'utf8'),
    meta: JSON.parse(readFileSync(join(PAGES, folder, file), 'utf8')) as Sidecar,
  };
}

const FIXTURES: Fixture[] = OUR_FOLDERS.flatMap((folder) =>
  readdirSync(join(PAGES, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => loadFixture(folder, f)),
);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(fixture: Fixture, html = fixture.html): PageSnapshot {
  return readPage(parse(html), new URL(fixture.meta.url), new Date(fixture.meta.now));
}

function fixture(name: string): Fixture {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('order readers on every saved page', () => {
  it('has the page kinds the product relies on', () => {
    const kinds = FIXTURES.map((f) => f.meta.expected.page);
    expect(kinds.filter((k) => k === 'order-detail').length).toBeGreaterThanOrEqual(6);
    expect(kinds.filter((k) => k === 'order-list').length).toBeGreaterThanOrEqual(5);
    expect(kinds).toContain('unknown');
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s reads as its sidecar says', (_name, f) => {
    const snapshot = read(f);
    expect(() => PageSnapshot.parse(snapshot)).not.toThrow();
    expect(snapshot).toMatchObject(f.meta.expected);
    expect(snapshot.url).toBe(new URL(f.meta.url).href);
  });

  it('serves every fixture under its own URL (the e2e tests and the demo route by URL)', () => {
    const all = readdirSync(PAGES).flatMap((folder) =>
      readdirSync(join(PAGES, folder))
        .filter((f) => f.endsWith('.json'))
        .map((f) => (JSON.parse(readFileSync(join(PAGES, folder, f), 'utf8')) as Sidecar).url),
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('reads the same after a deploy renames every hashed class', () => {
    for (const f of FIXTURES) {
      const rehashed = f.html.replace(/(--[A-Za-z]+--)[A-Za-z0-9_]{5,9}(?=["\s])/g, '$1Zz9Yy8X');
      expect(read(f, rehashed), f.name).toMatchObject(f.meta.expected);
    }
  });
});

describe('order detail', () => {
  it('keeps a hostile remark as plain text and creates no element from it', () => {
    const f = fixture('order-detail/m_apps-zh-hostile-sa');
    const doc = parse(f.html);
    const before = doc.getElementsByTagName('*').length;
    const order = only(readPage(doc, new URL(f.meta.url), new Date(f.meta.now)).orders);
    expect(order.remark).toContain('<script>alert(1)</script>');
    expect(order.remark).toContain('<img src=x onerror=alert(document.cookie)>');
    expect(order.remark).toContain('🔵😀🎁');
    expect(order.remark?.startsWith('مرحبا')).toBe(true);
    expect(order.remark?.length).toBeGreaterThan(5000);
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelector('script, img[onerror]')).toBeNull();
    // The RTL mark around the Arabic name is dropped, the name kept.
    expect(order.buyerName).toBe('محمد ع. 🌙');
    expect(order.items[0]?.title).toBe('<b>Hot</b> Crystal Chandelier "Luxury" & Modern 💡 LED Ceiling Light');
  });

  it('never takes the seller note for the buyer remark', () => {
    const en = only(read(fixture('order-detail/m_apps-en-awaiting-shipment-de')).orders);
    expect(en.remark).toMatch(/BLUE colour/);
    expect(en.remark).not.toMatch(/warehouse/);
    const zh = only(read(fixture('order-detail/m_apps-zh-awaiting-receipt-br')).orders);
    expect(zh.remark).not.toMatch(/已和买家确认/);
    const dada = only(read(fixture('order-detail/apps-dada-zh-awaiting-shipment-ru')).orders);
    expect(dada.remark).not.toMatch(/仓库/);
    const legacy = only(read(fixture('order-detail/legacy-trade-en-awaiting-receipt-us')).orders);
    expect(legacy.remark).not.toMatch(/CPAM/);
  });

  it('gives no remark when only the seller wrote a note, even right after an empty buyer remark', () => {
    const html = `<div class="remark--box--a1"><div class="remark--row--b2"><span>订单备注</span><span></span></div>
      <div class="remark--row--b2"><span>备注</span><div>已联系仓库加急</div></div></div>
      <div><span>订单号</span><span>8194715118461470</span></div>`;
    const snapshot = readPage(parse(html), new URL('https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470'), new Date());
    expect(only(snapshot.orders).remark).toBeNull();
  });

  it('lists a missing tracking number and carrier only once the order has shipped', () => {
    expect(read(fixture('order-detail/m_apps-zh-hostile-sa')).missing).toEqual(['trackingNumber']);
    const f = fixture('order-detail/m_apps-en-awaiting-shipment-de');
    expect(read(f).missing).toEqual([]);
    // Without its shipping card the unshipped order lacks nothing it should show yet.
    const noShipping = f.html.replace(/<dl class="shipInfo--list[\s\S]*?<\/dl>/, '').replace(/<td class="ait-table-cell">AliExpress Standard Shipping<\/td>/, '<td class="ait-table-cell"></td>');
    const order = only(read(f, noShipping).orders);
    expect(order.carrier).toBeNull();
    expect(read(f, noShipping).missing).toEqual([]);
    // The same page once shipped: now both are missing.
    const shipped = noShipping.replace('>Awaiting shipment<', '>Shipped<');
    expect(read(f, shipped).missing).toEqual(['carrier', 'trackingNumber']);
  });

  it('turns the receipt countdown into an absolute deadline and shows the weight when the page does', () => {
    const zh = only(read(fixture('order-detail/m_apps-zh-awaiting-receipt-br')).orders);
    // 2025-03-20T06:30:00Z + 21 days 13:42:08
    expect(zh.protectionEndsAt).toBe('2025-04-10T20:12:08.000Z');
    const en = only(read(fixture('order-detail/m_apps-en-awaiting-shipment-de')).orders);
    expect(en.weightKg).toBe(0.4);
    // "Ship within" is the seller's deadline, not the buyer's protection.
    expect(en.protectionEndsAt).toBeNull();
  });

  it('reads a page with every class name stripped from its labels alone', () => {
    for (const name of ['order-detail/m_apps-zh-awaiting-receipt-br', 'order-detail/gsp-m_apps-es-completed', 'order-detail/legacy-trade-en-awaiting-receipt-us']) {
      const f = fixture(name);
      const bare = f.html.replace(/\sclass="[^"]*"/g, '');
      const order = only(read(f, bare).orders);
      const expected = f.meta.expected.orders[0] as Record<string, unknown>;
      for (const field of ['orderId', 'status', 'statusText', 'buyerName', 'country', 'carrier', 'trackingNumber', 'total', 'remark', 'orderedAt']) {
        expect(order[field as keyof typeof order], `${name} ${field}`).toEqual(expected[field]);
      }
      expect(order.items.map((i) => i.title), name).toEqual((expected.items as Array<{ title: string }>).map((i) => i.title));
    }
  });

  it('reads a Russian-language detail page it has never seen', () => {
    const html = `<main>
      <div><span>Номер заказа:</span> <span>8199001122334455</span></div>
      <div><span>Статус заказа</span><b>Ожидает отправки</b></div>
      <div><span>Покупатель:</span> <a href="#">А***й К.</a></div>
      <div><span>Страна:</span> <span>Россия</span></div>
      <div><span>Способ доставки:</span> <span>Cainiao Super Economy</span></div>
      <div><span>Заметка продавца:</span> <span>отправить во вторник</span></div>
      <div><span>Комментарий к заказу:</span> <span>Пожалуйста, синий цвет</span></div>
      <table><thead><tr><th>Товар</th><th>Цена за единицу</th><th>Количество</th></tr></thead>
        <tbody><tr><td><a href="https://aliexpress.ru/item/1005001234567890.html">Кружка керамическая 350 мл</a><div>Цвет: синий</div></td><td>1 234,50 ₽</td><td>2</td></tr></tbody></table>
      <div><span>Сумма заказа:</span> <span>2 469,00 ₽</span></div>
    </main>`;
    const snapshot = readPage(parse(html), new URL('https://gsp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8199001122334455'), new Date('2025-03-20T00:00:00Z'));
    expect(snapshot.orders).toEqual([
      expect.objectContaining({
        orderId: '8199001122334455',
        status: 'awaiting_shipment',
        statusText: 'Ожидает отправки',
        buyerName: 'А***й К.',
        country: 'RU',
        carrier: 'Cainiao Super Economy',
        remark: 'Пожалуйста, синий цвет',
        total: { amount: 2469, currency: 'RUB' },
        items: [{ title: 'Кружка керамическая 350 мл', sku: 'Цвет: синий', quantity: 2, unitPrice: { amount: 1234.5, currency: 'RUB' } }],
      }),
    ]);
    expect(snapshot.missing).toEqual([]);
  });

  it('falls back to the URL for the order id and says what the page did not show', () => {
    const snapshot = readPage(parse('<div class="next-loading">加载中...</div>'), new URL('https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196'), new Date());
    const order = only(snapshot.orders);
    expect(order.orderId).toBe('8194715118461470');
    expect(order.status).toBe('other');
    expect(snapshot.missing).toEqual(['status', 'buyerName', 'total', 'items', 'country']);
    expect(() => PageSnapshot.parse(snapshot)).not.toThrow();
  });

  it('never throws on an empty or broken page', () => {
    const urls = [
      'https://csp.aliexpress.com/m_apps/order-manage/orderDetail',
      'https://csp.aliexpress.com/apps/order/detail',
      'https://trade.aliexpress.com/orderDetail.htm',
      'https://csp.aliexpress.com/m_apps/order-manage/orderList',
      'https://csp.aliexpress.com/apps/order/index',
    ];
    for (const url of urls) {
      for (const html of ['', '<table><tr><td colspan="9" rowspan="4">', '<div>订单号</div><div>订单号：</div><th>数量</th>']) {
        const snapshot = readPage(parse(html), new URL(url), new Date());
        expect(() => PageSnapshot.parse(snapshot), url).not.toThrow();
        expect(snapshot.orders, url).toEqual([]);
      }
    }
  });
});

describe('order list', () => {
  it('keeps partly masked buyer names as shown and gives null for a fully masked one', () => {
    const snapshot = read(fixture('order-list/m_apps-en-masked'));
    const names = snapshot.orders.map((o) => o.buyerName);
    expect(names).toEqual(['L***s B.', 'M***a S.', null, 'J***n D.', 'A*** K***']);
    // A masked name was shown: nothing is missing.
    expect(snapshot.missing).toEqual([]);
  });

  it('does not mistake tab, board or button words for an order status', () => {
    const snapshot = read(fixture('order-list/m_apps-zh-mixed'));
    expect(snapshot.orders.map((o) => o.status)).toEqual(['awaiting_receipt', 'awaiting_shipment', 'awaiting_payment', 'completed', 'closed', 'in_dispute']);
  });

  it('takes only the buyer remarks, never the seller notes, in every list', () => {
    const remarks = ['order-list/m_apps-zh-mixed', 'order-list/m_apps-en-masked', 'order-list/gsp-m_apps-pt-br', 'order-list/apps-dada-zh']
      .flatMap((name) => read(fixture(name)).orders.map((o) => o.remark))
      .filter((r): r is string => r !== null);
    expect(remarks.length).toBe(5);
    for (const r of remarks) expect(r).not.toMatch(/老客户|warehouse|restock|nota fiscal/);
  });

  it('names the order and field for what a row does not show', () => {
    const f = fixture('order-list/m_apps-zh-mixed');
    // Drop the amount of the second order only.
    const html = f.html.replace('<div class="amount--amount--YdsJokJ">US $ 12.35</div>', '');
    const snapshot = read(f, html);
    expect(snapshot.orders[1]?.total).toBeNull();
    expect(snapshot.missing).toEqual(['orders[1].total']);
  });

  it('reads a list with every class name stripped from its links, columns and labels', () => {
    for (const name of ['order-list/m_apps-zh-mixed', 'order-list/m_apps-en-masked', 'order-list/gsp-m_apps-pt-br']) {
      const f = fixture(name);
      const bare = f.html.replace(/\sclass="[^"]*"/g, '');
      const got = read(f, bare).orders;
      const expected = f.meta.expected.orders as Array<Record<string, unknown>>;
      expect(got.map((o) => o.orderId), name).toEqual(expected.map((o) => o.orderId));
      expect(got.map((o) => o.statusText), name).toEqual(expected.map((o) => o.statusText));
      expect(got.map((o) => o.total), name).toEqual(expected.map((o) => o.total));
      expect(got.map((o) => o.items.length), name).toEqual(expected.map((o) => (o.items as unknown[]).length));
    }
  });

  it('reads an empty list as no orders and nothing missing', () => {
    const snapshot = read(fixture('order-list/m_apps-zh-empty'));
    expect(snapshot.orders).toEqual([]);
    expect(snapshot.missing).toEqual([]);
  });
});

/** Swap the text of whole elements (`>订单号<`), as another UI language would render the same page. */
function translate(html: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.reduce((out, [from, to]) => out.split(`>${from}<`).join(`>${to}<`), html);
}

describe('another UI language, same page', () => {
  it('reads the Chinese detail page rendered in Russian', () => {
    const f = fixture('order-detail/m_apps-zh-awaiting-receipt-br');
    const html = translate(f.html, [
      ['订单号', 'Номер заказа'], ['订单状态', 'Статус заказа'], ['下单时间', 'Дата заказа'], ['付款时间', 'Дата оплаты'],
      ['发货时间', 'Дата отправки'], ['买家', 'Покупатель'], ['收件人名称', 'Имя получателя'], ['国家/地区', 'Страна'],
      ['详细地址', 'Адрес'], ['订单备注', 'Комментарий к заказу'], ['备注', 'Заметка'], ['物流服务', 'Служба доставки'],
      ['实际发货单号', 'Трек-номер'], ['商品', 'Товар'], ['单价', 'Цена за единицу'], ['数量', 'Количество'],
      ['订单金额', 'Сумма заказа'], ['等待买家收货', 'Ожидает получения'],
      ['买家确认收货剩余时间：', 'До подтверждения получения осталось:'], ['21天 13小时 42分 08秒', '21 дн. 13 ч. 42 мин. 08 сек.'],
    ]);
    expect(html).not.toContain('>订单号<');
    const expected = structuredClone(f.meta.expected) as { orders: Array<Record<string, unknown>> };
    (expected.orders[0] as Record<string, unknown>).statusText = 'Ожидает получения';
    expect(read(f, html)).toMatchObject(expected);
  });

  it('reads the Chinese list rendered in Russian', () => {
    const f = fixture('order-list/m_apps-zh-mixed');
    const statuses: Array<readonly [string, string]> = [
      ['等待买家收货', 'Ожидает получения'], ['等待发货', 'Ожидает отправки'], ['等待买家付款', 'Ожидает оплаты'],
      ['交易成功', 'Завершён'], ['已关闭', 'Закрыт'], ['纠纷中', 'Открыт спор'],
    ];
    const html = translate(f.html, [
      ['订单号：', 'Номер заказа:'], ['下单时间：', 'Дата заказа:'], ['付款时间：', 'Дата оплаты:'], ['买家留言：', 'Комментарий к заказу:'],
      ['备注：', 'Заметка:'], ['商品', 'Товар'], ['单价', 'Цена за единицу'], ['数量', 'Количество'], ['买家', 'Покупатель'],
      ['实付金额', 'Сумма заказа'], ['订单状态', 'Статус заказа'], ['规格：', 'Характеристики:'], ['商品编码：', 'Артикул:'],
      ['确认收货剩余 21天13时', 'Подтверждение получения: осталось 21 дн. 13 ч.'],
      ['巴西', 'Бразилия'], ['法国', 'Франция'], ['美国', 'США'], ['波兰', 'Польша'], ['西班牙', 'Испания'], ['以色列', 'Израиль'],
      ...statuses,
    ]);
    const expected = structuredClone(f.meta.expected) as { orders: Array<Record<string, unknown>> };
    for (const order of expected.orders) order.statusText = statuses.find(([zh]) => zh === order.statusText)?.[1];
    expect(read(f, html)).toMatchObject(expected);
  });
});

describe('which reader reads which URL', () => {
  const cases: Array<[string, string | null]> = [
    ['https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470&channelId=1579196', orderDetailMApps.id],
    ['https://gsp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3041882716405529', orderDetailMApps.id],
    ['https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1579196', orderListMApps.id],
    ['https://gsp.aliexpress.com/m_apps/order-manage/orderList', orderListMApps.id],
    ['https://csp.aliexpress.com/apps/order/detail?step=4&orderId=8107356624091838', orderDetailApps.id],
    ['https://gsp.aliexpress.com/apps/order/index', orderListApps.id],
    ['https://trade.aliexpress.com/orderDetail.htm?orderId=70283461195804', orderDetailLegacy.id],
    // The buyer's own pages and other seller-center pages are not ours.
    ['https://trade.aliexpress.com/order_detail.htm?orderId=8012345678901234', null],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=8012345678901234', null],
    ['https://csp.aliexpress.com/m_apps/product-manage/productList?channelId=1579196', null],
    ['https://csp.aliexpress.com/m_apps/logistic/create_ship_cn?trade_order_id=8194715118461470', null],
    ['https://sell.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8194715118461470', null],
  ];
  it.each(cases)('%s → %s', (url, id) => {
    const reader = findReader(new URL(url));
    if (id === null) expect(reader?.kind ?? 'none', url).not.toMatch(/^order-/);
    else expect(reader?.id).toBe(id);
  });
});

describe('pages from other deploys, layouts and languages', () => {
  const NEW_PAGES = [
    'order-detail/gsp-m_apps-pt-awaiting-receipt-dl',
    'order-detail/gsp-m_apps-es-mx-awaiting-shipment-th',
    'order-detail/gsp-m_apps-ru-completed-descriptions',
    'order-detail/gsp-m_apps-ko-in-transit-options',
    'order-detail/m_apps-zh-partial-fullwidth',
    'order-detail/m_apps-en-dispute-inline-gb',
    'order-list/gsp-m_apps-es-ait-grouped',
    'order-list/gsp-m_apps-ru-cards-dl',
    'order-list/m_apps-zh-div-grid',
    'order-list/m_apps-en-li-rows',
  ];

  it.each(NEW_PAGES)('%s reads the same with every class name stripped', (name) => {
    const f = fixture(name);
    expect(read(f, f.html.replace(/\sclass="[^"]*"/g, ''))).toMatchObject(f.meta.expected);
  });

  it("never takes another order's status, total or products from a side column", () => {
    const f = fixture('order-detail/gsp-m_apps-pt-awaiting-receipt-dl');
    const withoutSide = f.html.replace(/<div class="detailLayout--aside[\s\S]*?<div class="detailLayout--main/, '<div class="detailLayout--main');
    expect(withoutSide).not.toContain('3042980011456621');
    expect(read(f, withoutSide)).toMatchObject(f.meta.expected);
    const order = only(read(f).orders);
    expect(order.items.map((i) => i.title)).not.toContain('Roupão de Banho Felpudo Unissex');
    expect(order.total).toEqual({ amount: 347.1, currency: 'BRL' });
  });

  it("ignores a table of the shop's other orders under the same column labels, even above the order's own values", () => {
    const f = fixture('order-detail/gsp-m_apps-es-mx-awaiting-shipment-th');
    const todo = /<div class="ait-card shopTodo[\s\S]*?<\/table>\s*<\/div>\s*<\/div>/.exec(f.html)?.[0] ?? '';
    expect(todo).toContain('3045566610988123');
    const todoFirst = f.html.replace(todo, '').replace('<div class="ait-card orderSheet--card', `${todo}<div class="ait-card orderSheet--card`);
    expect(read(f, todoFirst)).toMatchObject(f.meta.expected);
  });

  it("takes the carrier and tracking number from the order's parcel, never from a return parcel", () => {
    const f = fixture('order-detail/gsp-m_apps-ru-completed-descriptions');
    const ownCard = /<div class="ait-card odParcel--card--Bb8s3Vd">\s*<div class="ait-card-head"><div class="ait-card-head-title">Отправление по заказу[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/.exec(f.html)?.[0] ?? '';
    expect(ownCard).toContain('ED123456789RU');
    const snapshot = read(f, f.html.replace(ownCard, ''));
    const order = only(snapshot.orders);
    expect([order.carrier, order.trackingNumber]).toEqual([null, null]);
    // A completed order has shipped: the page should have shown both.
    expect(snapshot.missing).toEqual(['carrier', 'trackingNumber']);
  });

  it("reads list rows that show their number only as text, whatever links a banner holds", () => {
    const f = fixture('order-list/gsp-m_apps-es-ait-grouped');
    const ids = (html: string) => read(f, html).orders.map((o) => o.orderId);
    expect(ids(f.html)).toEqual(['3045991100223344', '3045980022114455', '3045970033005566']);
    const banner = /<div class="ait-alert[\s\S]*?<\/div>/.exec(f.html)?.[0] ?? '';
    expect(banner).toContain('orderId=3045900011112222');
    const bannerLast = f.html.replace(banner, '').replace('<ul class="ait-pagination">', `${banner}<ul class="ait-pagination">`);
    expect(ids(bannerLast)).toEqual(ids(f.html));
  });

  it('lists no order for links that show only an amount ("recently viewed")', () => {
    const snapshot = read(fixture('order-list/m_apps-en-li-rows'));
    expect(snapshot.orders.map((o) => o.orderId)).not.toContain('8199000011110000');
    expect(snapshot.orders).toHaveLength(3);
  });

  it('keeps a remark that contains separators whole and cuts a value only before another labelled field', () => {
    const html = `<ul><li><a href="/m_apps/order-manage/orderDetail?orderId=8199100022226666">8199100022226666</a>
      <div>Status: Awaiting shipment</div><a href="https://www.aliexpress.com/item/1.html">Lamp</a><span>x1</span>
      <p>Shipping: Cainiao Standard | Tracking number: LP00998877665544</p>
      <p>Note from buyer: red | blue | green, any is fine</p></li></ul>`;
    const order = only(readPage(parse(html), new URL('https://csp.aliexpress.com/m_apps/order-manage/orderList'), new Date()).orders);
    expect(order.carrier).toBe('Cainiao Standard');
    expect(order.trackingNumber).toBe('LP00998877665544');
    expect(order.remark).toBe('red | blue | green, any is fine');
  });
});

describe('labels that carry icons', () => {
  const LABEL_TEXTS = new Set(Object.values(LABELS).flat().map((l) => normalizeLabel(l)));
  const ICONS = {
    'a "?" help mark': '<i class="next-icon next-icon-help">?</i>',
    'an inline SVG with a title': '<svg viewBox="0 0 16 16"><title>More information</title><path d="M1 1"/></svg>',
    'a "?" holding its tooltip': '<span class="field-tip">?<span role="tooltip">Shown as it appears to the buyer</span></span>',
  };

  /** The page with `icon` placed right after the text of every label it shows. */
  function withIcons(html: string, icon: string): Document {
    const doc = parse(html);
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    const labels: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const head = (node.textContent ?? '').trim().split(/[:：]/)[0] ?? '';
      if (head && head.length < 40 && LABEL_TEXTS.has(normalizeLabel(head))) labels.push(node as Text);
    }
    for (const node of labels) {
      const holder = doc.createElement('span');
      holder.innerHTML = icon; // test-authored markup only
      if (holder.firstChild) node.after(holder.firstChild);
    }
    return doc;
  }

  it.each(Object.entries(ICONS))('reads every saved order page the same with %s after each label', (_name, icon) => {
    for (const f of FIXTURES.filter((x) => x.name.startsWith('order-'))) {
      const snapshot = readPage(withIcons(f.html, icon), new URL(f.meta.url), new Date(f.meta.now));
      expect(snapshot, f.name).toMatchObject(f.meta.expected);
    }
  });
});
