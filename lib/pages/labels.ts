import * as LABELS from './label-fields';

/**
 * Field labels in every UI language we read (see label-fields.ts), as one namespace: `LABELS.orderId`.
 * Static lookups (`LABELS.orderId`) let the bundler keep only the fields a reader bundle uses.
 */
export { LABELS };

export type LabelKey = keyof typeof LABELS;


/**
 * One-word labels ("Status", "Total", "Price" ...) that also appear in menus, filters and
 * column headers. Kept apart so a reader only uses them inside a small, already-located
 * container (an order card, a plan box), never on the whole page.
 */
export const GENERIC_LABELS = {
  orderId: ['订单', 'Order', 'Pedido', 'Orden', 'Заказ', 'Commande', '주문'],
  orderStatus: ['状态', 'Status', 'Estado', 'Situação', 'Статус', '狀態', 'Statut', '상태'],
  orderTotal: ['合计', '总计', 'Total', 'Amount', 'Valor', 'Importe', 'Monto', 'Итого', 'Сумма', 'Montant', '합계'],
  unitPrice: ['价格', 'Price', 'Preço', 'Precio', 'Цена', '價格', 'Prix', '가격'],
  disputeReason: ['原因', 'Reason', 'Motivo', 'Razón', 'Причина'],
  disputeStatus: ['状态', 'Status', 'Estado', 'Статус'],
  refundAmount: ['退款', 'Refund', 'Reembolso', 'Возврат'],
  responseDeadline: ['Deadline', 'Prazo', 'Plazo', 'Осталось', 'Срок'],
  remark: ['留言', 'Message', 'Mensagem', 'Mensaje', 'Сообщение'],
  sellerNote: ['备注', 'Note', 'Memo', 'Nota', 'Notas', 'Заметка', 'Mémo', '메모'],
  carrier: ['物流', 'Logistics', 'Logística', 'Логистика', 'Доставка', 'Shipping', 'Envío', 'Envio', 'Livraison', '배송'],
} as const satisfies Partial<Record<LabelKey, readonly string[]>>;
