import Dexie, { type EntityTable } from 'dexie';
import type {
  ConfigEntry,
  DisputeRecord,
  EventRecord,
  OrderOverride,
  OrderRecord,
  SkuWeight,
  ThreadRecord,
} from './records';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'after-sales-desk';

/** User templates and edits of built-ins; the shape lives in lib/replies/template.ts. */
export interface StoredTemplate {
  id: string;
  scenario: string;
  language: string;
  [field: string]: unknown;
}

export type AfterSalesDb = Dexie & {
  orders: EntityTable<OrderRecord, 'orderId'>;
  disputes: EntityTable<DisputeRecord, 'key'>;
  threads: EntityTable<ThreadRecord, 'threadId'>;
  events: EntityTable<EventRecord, 'id'>;
  templates: EntityTable<StoredTemplate, 'id'>;
  overrides: EntityTable<OrderOverride, 'orderId'>;
  skuWeights: EntityTable<SkuWeight, 'key'>;
  config: EntityTable<ConfigEntry, 'key'>;
};

/**
 * Open the extension-origin database. Only background, side panel and options call this:
 * a content script would open the PAGE's IndexedDB. `upToVersion` exists for upgrade tests.
 */
export function openDatabase(name = DATABASE_NAME, upToVersion?: number): AfterSalesDb {
  const db = new Dexie(name) as AfterSalesDb;
  for (const schema of SCHEMA_VERSIONS) {
    if (upToVersion !== undefined && schema.version > upToVersion) break;
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}

let shared: AfterSalesDb | null = null;
export function getDatabase(): AfterSalesDb {
  shared ??= openDatabase();
  return shared;
}
