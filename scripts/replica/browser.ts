import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureForUrl, listFixtures, type Fixture } from '../../tests/fixtures/url-map';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const SELLER_HOST = /^https:\/\/(csp|gsp|trade|msg|message)\.aliexpress\.com\//;
const SPA_SCRIPT = readFileSync(join(ROOT, 'tests/fixtures/replica/spa.js'), 'utf8');
const REPLICA_CSS = readFileSync(join(ROOT, 'tests/fixtures/replica/seller-center.css'), 'utf8');
const REPLY_BOX_ENTRY = join(ROOT, 'tests/fixtures/replica/reply-box.tsx');

export interface ReplicaOptions {
  /** Replace the page's static reply box with a React-controlled one (tests/fixtures/replica/reply-box.tsx). */
  reactReplyBox?: boolean;
}

let replyBoxBundle: Promise<string> | null = null;

/** The React reply-box app, bundled once per run (react and react-dom from node_modules). */
function replyBoxScript(): Promise<string> {
  replyBoxBundle ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [REPLY_BOX_ENTRY],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  });
  return replyBoxBundle;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH.');
  }
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** A fresh profile under .tmp/ (cleaned with the repo), with developer mode on. */
export function newProfileDir(): string {
  const base = join(ROOT, '.tmp', 'profiles');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'p-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  // Without developer mode chrome.runtime.reload() would disable the unpacked extension.
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
}

/**
 * Launch Debian's Chromium with the built extension and the replica seller center served
 * under the real URLs. Every other request is refused: no test depends on a live site.
 */
export async function launchExtension(options: { profileDir?: string; headless?: boolean } & ReplicaOptions = {}): Promise<ExtensionSession> {
  const profileDir = options.profileDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  await serveReplica(context, listFixtures(), { reactReplyBox: options.reactReplyBox });
  const worker = await firstServiceWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker: () => firstServiceWorker(context),
    close: () => context.close(),
  };
}

async function firstServiceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function serveReplica(context: BrowserContext, fixtures: Fixture[] = listFixtures(), options: ReplicaOptions = {}): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!SELLER_HOST.test(url)) {
      if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
      return route.abort('blockedbyclient');
    }
    if (new URL(url).pathname === '/__replica__/seller-center.css') {
      return route.fulfill({ status: 200, contentType: 'text/css', body: REPLICA_CSS });
    }
    if (new URL(url).pathname === '/__replica__/spa.js') {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: SPA_SCRIPT });
    }
    if (new URL(url).pathname === '/__replica__/reply-box.js') {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: await replyBoxScript() });
    }
    const fixture = fixtureForUrl(url, fixtures);
    if (!fixture) return route.fulfill({ status: 404, contentType: 'text/plain', body: `No replica page for ${url}` });
    const html = readFileSync(fixture.htmlPath, 'utf8');
    // Saved pages carry no live scripts; add the replica SPA router so links navigate in-page.
    const scripts = `<script src="/__replica__/spa.js"></script>${options.reactReplyBox ? '<script src="/__replica__/reply-box.js"></script>' : ''}`;
    const styled = html.replace(/<\/head>/i, '<link rel="stylesheet" href="/__replica__/seller-center.css"></head>');
    const body = styled.includes('</body>') ? styled.replace('</body>', `${scripts}</body>`) : `${styled}${scripts}`;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** The tab id Chrome gave a page, read from the service worker (host access shows its URL). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const worker = await session.serviceWorker();
  const id = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? null;
  }, page.url());
  if (id === null) throw new Error(`No tab for ${page.url()}`);
  return id;
}

/** The side panel UI opened as a page, following the given seller tab. */
export async function openPanelPage(session: ExtensionSession, tabId: number, width = 360): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

export async function openSellerPage(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

export async function badgeText(session: ExtensionSession): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
