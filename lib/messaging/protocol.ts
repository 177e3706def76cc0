import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReaderFamily } from '@/lib/pages/page-urls';
import type { InsertRequest, InsertResult } from './schemas';

/**
 * The one message protocol between the three contexts.
 *   content script → background: `snapshot` (the page as read; parsed with zod on receipt),
 *                                 `loadReaders` (inject the reader bundle this page needs; true once it ran)
 *   side panel     → content:    `insertReply`, `readNow`
 * Receivers treat `data` as untrusted and parse it with the schema named beside each entry.
 */
export interface ProtocolMap {
  /** lib/model/snapshot.ts PageSnapshot */
  snapshot(data: unknown): void;
  /** lib/messaging/schemas.ts InsertRequest → InsertResult */
  insertReply(data: InsertRequest): InsertResult;
  /** Re-read the page now and send a fresh snapshot (side panel opened after the page). */
  readNow(): void;
  /** lib/pages/page-urls.ts ReaderFamily (checked against the list on receipt) → loaded. */
  loadReaders(data: ReaderFamily): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
