import type { PageReader } from '../reader';
import { disputeDetailLegacy } from '../readers/dispute-detail.legacy';
import { disputeDetailMApps } from '../readers/dispute-detail.m_apps';
import { disputeListLegacy } from '../readers/dispute-list.legacy';
import { disputeListMApps } from '../readers/dispute-list.m_apps';

/** Dispute readers, newest generation first. */
export const DISPUTE_READERS: readonly PageReader[] = [disputeListMApps, disputeDetailMApps, disputeListLegacy, disputeDetailLegacy];
