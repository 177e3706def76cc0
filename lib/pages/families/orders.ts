import type { PageReader } from '../reader';
import { orderDetailApps } from '../readers/order-detail.apps';
import { orderDetailLegacy } from '../readers/order-detail.legacy';
import { orderDetailMApps } from '../readers/order-detail.m_apps';
import { orderListApps } from '../readers/order-list.apps';
import { orderListMApps } from '../readers/order-list.m_apps';

/** Order readers, newest generation first. */
export const ORDER_READERS: readonly PageReader[] = [orderListMApps, orderDetailMApps, orderListApps, orderDetailApps, orderDetailLegacy];
