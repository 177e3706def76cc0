import type { ReaderFamily } from './page-urls';
import type { PageReader } from './reader';

/**
 * Reader bundles (entrypoints/readers-*.ts) hand their readers to the content script here. The
 * background injects a bundle into the same isolated world as the content script, so the two
 * share this world's global object, and nothing of it is visible to the page.
 */
const SHELF_KEY = '__afterSalesDeskReaders';

type Shelf = Partial<Record<ReaderFamily, readonly PageReader[]>>;

function shelf(): Shelf {
  const world = globalThis as typeof globalThis & { [SHELF_KEY]?: Shelf };
  world[SHELF_KEY] ??= {};
  return world[SHELF_KEY];
}

export function provideReaders(family: ReaderFamily, readers: readonly PageReader[]): void {
  shelf()[family] = readers;
}

/** The family's readers once its bundle ran in this world; null before. */
export function loadedReaders(family: ReaderFamily): readonly PageReader[] | null {
  return shelf()[family] ?? null;
}

/** The file the build writes for a family's reader bundle. */
export function readerBundleFile(family: ReaderFamily): `/readers-${ReaderFamily}.js` {
  return `/readers-${family}.js`;
}
