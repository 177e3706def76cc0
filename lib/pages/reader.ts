import type { PageKind, ReadResult } from '../model/snapshot';

export interface ReadContext {
  /** The moment of reading: countdowns become absolute deadlines from it. */
  now: Date;
  url: URL;
}

/**
 * One reader per page kind and generation (refined-github style: one feature per file,
 * registered in `registry.ts`). Readers are pure: no chrome.*, no globals, no clicks.
 */
export interface PageReader {
  /** e.g. "order-detail.m_apps", "dispute-detail.legacy" */
  id: string;
  kind: Exclude<PageKind, 'unknown'>;
  matches(url: URL): boolean;
  read(root: ParentNode, ctx: ReadContext): ReadResult;
  /** The page's reply box (chat editor, dispute negotiation remark), when the page kind has one. */
  findReplyBox?(root: ParentNode): HTMLElement | null;
}
