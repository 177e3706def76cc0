/**
 * npm run demo [-- --screenshot DIR] [--page NAME]
 * Launches Chromium with the built extension on the replica seller center (real URLs,
 * served from tests/fixtures), opens an order detail and the side panel beside it.
 * With a display it stays open for you to use; without one (or with --screenshot) it writes
 * PNG screenshots of the pages and the side panel at 360 px and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, launchExtension, openPanelPage, openSellerPage, tabIdOf } from './replica/browser';
import { fixtureByName } from '../tests/fixtures/url-map';

const DEMO_PAGES = [
  { name: 'order-detail/m_apps-en-awaiting-shipment-de', shot: 'order-detail' },
  { name: 'dispute-detail/m_apps-en-customs-awaiting-seller', shot: 'dispute-detail' },
  { name: 'messages/im-chat-en-open-ru-buyer', shot: 'messages' },
  { name: 'dispute-list/due-mix', shot: 'dispute-list' },
];

const { values } = parseArgs({
  options: { screenshot: { type: 'string' }, page: { type: 'string' }, dark: { type: 'boolean', default: false } },
});

try {
  chromiumPath();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!hasCjkFont()) {
  console.warn('Note: no CJK font found; Chinese text shows as boxes. Install one: apt-get install -y fonts-wqy-microhei');
}

const headless = Boolean(values.screenshot) || !process.env.DISPLAY;
const outDir = resolve(values.screenshot ?? 'out/demo');
const session = await launchExtension({ headless });
const pages = values.page ? [{ name: values.page, shot: values.page.replace(/\W+/g, '-') }] : DEMO_PAGES;

// A demo agent, so replies come signed as they would after first-run setup.
{
  const worker = await session.serviceWorker();
  await worker.evaluate(
    (theme) => chrome.storage.local.set({ settings: { storeName: 'SoundPeak Audio Store', signature: 'Anna, SoundPeak Audio Store', theme } }),
    values.dark ? 'dark' : 'auto',
  );
}

if (!headless) {
  const first = pages[0]!;
  const page = await openSellerPage(session, fixtureByName(first.name).meta.url);
  const tabId = await tabIdOf(session, page);
  // An extension page may open the real side panel (it counts as a user gesture there).
  const helper = await session.context.newPage();
  await helper.goto(`chrome-extension://${session.extensionId}/options.html`);
  await helper.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);
  await page.bringToFront();
  console.log('Demo running: the replica seller center with After-Sales Desk. Close the browser to quit.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
} else {
  mkdirSync(outDir, { recursive: true });
  for (const { name, shot } of pages) {
    const page = await openSellerPage(session, fixtureByName(name).meta.url);
    const tabId = await tabIdOf(session, page);
    const panel = await openPanelPage(session, tabId, 360);
    await panel.waitForSelector('.panel-body .card, .panel-body .empty-state', { timeout: 10_000 }).catch(() => undefined);
    await panel.waitForTimeout(600);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(outDir, `${shot}-page.png`) });
    await panel.screenshot({ path: resolve(outDir, `${shot}-panel.png`), fullPage: true });
    console.log(`wrote ${shot}-page.png and ${shot}-panel.png`);
    await panel.close();
    await page.close();
  }
  await session.close();
  console.log(`Screenshots in ${outDir}`);
}

function hasCjkFont(): boolean {
  try {
    return /CJK|WenQuanYi|Noto Sans SC|Droid Sans Fallback/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return true; // no fontconfig to ask: do not nag
  }
}
