import type { DisputeStatus } from '../model/snapshot';

/** Statuses in which the platform waits for the SELLER: the response clock runs against us. */
export function disputeWaitsForSeller(status: DisputeStatus): boolean {
  return status === 'awaiting_seller' || status === 'awaiting_return_receipt';
}
