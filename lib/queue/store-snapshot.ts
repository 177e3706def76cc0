import type { AfterSalesDb } from '../db/database';
import type { DisputeRecord, OrderRecord } from '../db/records';
import type { PageSnapshot } from '../model/snapshot';
import { disputeWaitsForSeller } from './dispute-policy';

/**
 * Merge one page snapshot into the database. Idempotent: storing the same snapshot twice
 * (two tabs on the same page) leaves the same records.
 */
export async function storeSnapshot(db: AfterSalesDb, snapshot: PageSnapshot): Promise<void> {
  if (snapshot.blocked || snapshot.page === 'unknown') return;
  const seenAt = snapshot.readAt;
  await db.transaction('rw', db.orders, db.disputes, async () => {
    for (const order of snapshot.orders) {
      const existing = await db.orders.get(order.orderId);
      const record: OrderRecord = {
        ...existing,
        ...withoutNulls(order),
        orderId: order.orderId,
        status: order.status,
        items: order.items.length > 0 ? order.items : (existing?.items ?? []),
        buyerName: order.buyerName ?? existing?.buyerName ?? null,
        country: order.country ?? existing?.country ?? null,
        carrier: order.carrier ?? existing?.carrier ?? null,
        trackingNumber: order.trackingNumber ?? existing?.trackingNumber ?? null,
        total: order.total ?? existing?.total ?? null,
        statusText: order.statusText ?? existing?.statusText ?? null,
        remark: order.remark ?? existing?.remark ?? null,
        channelId: snapshot.channelId ?? existing?.channelId ?? null,
        firstSeenAt: existing?.firstSeenAt ?? seenAt,
        lastSeenAt: seenAt,
        url: snapshot.page === 'order-detail' ? snapshot.url : (existing?.url ?? snapshot.url),
      };
      await db.orders.put(record);
    }
    for (const dispute of snapshot.disputes) {
      const key = dispute.disputeId ?? `order:${dispute.orderId}`;
      const existing = await db.disputes.get(key);
      const record: DisputeRecord = {
        ...existing,
        ...withoutNulls(dispute),
        key,
        disputeId: dispute.disputeId ?? existing?.disputeId ?? null,
        orderId: dispute.orderId,
        reason: dispute.reason,
        reasonText: dispute.reasonText ?? existing?.reasonText ?? null,
        status: dispute.status,
        statusText: dispute.statusText ?? existing?.statusText ?? null,
        buyerPlan: dispute.buyerPlan ?? existing?.buyerPlan ?? null,
        deadline: dispute.deadline ?? '',
        waiting: disputeWaitsForSeller(dispute.status) ? 1 : 0,
        channelId: snapshot.channelId ?? existing?.channelId ?? null,
        firstSeenAt: existing?.firstSeenAt ?? seenAt,
        lastSeenAt: seenAt,
        url: snapshot.page === 'dispute-detail' ? snapshot.url : (existing?.url ?? snapshot.url),
      };
      await db.disputes.put(record);
    }
  });
}

function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
