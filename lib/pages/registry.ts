import type { PageSnapshot } from '../model/snapshot';
import { DISPUTE_READERS } from './families/disputes';
import { MESSAGE_READERS } from './families/messages';
import { ORDER_READERS } from './families/orders';
import { findReaderIn, readPageWith } from './read-page';
import type { PageReader } from './reader';

export { channelIdOf } from './read-page';

/**
 * Every page reader, by family (orders, disputes, messages), newest generation first. A reader
 * not listed in a family never runs: tests/unit/pages/registry.test.ts checks that every reader
 * file is registered, has fixtures, and that its URL matcher is the one in page-urls.ts.
 * The content script loads one family at a time (entrypoints/readers-*.ts); the CLI and tests use all.
 */
export const PAGE_READERS: readonly PageReader[] = [...ORDER_READERS, ...DISPUTE_READERS, ...MESSAGE_READERS];

export function findReader(url: URL): PageReader | null {
  return findReaderIn(PAGE_READERS, url);
}

/** Read a page with the reader its URL selects; an unknown page yields kind "unknown". */
export function readPage(root: ParentNode, url: URL, now: Date): PageSnapshot {
  return readPageWith(PAGE_READERS, root, url, now);
}
