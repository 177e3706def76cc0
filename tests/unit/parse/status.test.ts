import { describe, expect, it } from 'vitest';
import { normalizeDisputeReason, normalizeDisputeStatus, normalizeOrderStatus } from '@/lib/pages/parse/status';

describe('normalizeOrderStatus', () => {
  it.each([
    // 简体中文 (seller-center list/detail texts and API enum labels)
    ['等待买家付款', 'awaiting_payment'],
    ['等待付款', 'awaiting_payment'],
    ['等待您发货', 'awaiting_shipment'],
    ['等待发货', 'awaiting_shipment'],
    ['等待仓库发货', 'awaiting_shipment'],
    ['订单处于风控24小时中', 'awaiting_shipment'],
    ['部分发货', 'partially_shipped'],
    ['等待买家收货', 'awaiting_receipt'],
    ['已发货', 'awaiting_receipt'],
    ['交易成功', 'completed'],
    ['已结束的订单', 'completed'],
    ['已关闭', 'closed'],
    ['纠纷中', 'in_dispute'],
    ['含纠纷中的订单', 'in_dispute'],
    ['买家申请取消', 'cancel_requested'],
    // English
    ['Awaiting payment', 'awaiting_payment'],
    ['Awaiting shipment', 'awaiting_shipment'],
    ['Awaiting warehouse shipment', 'awaiting_shipment'],
    ['Not shipped yet', 'awaiting_shipment'],
    ['Partially shipped', 'partially_shipped'],
    ['Awaiting buyer receipt', 'awaiting_receipt'],
    ['Awaiting delivery', 'awaiting_receipt'],
    ['Shipped', 'awaiting_receipt'],
    ['Completed', 'completed'],
    ['Transaction complete', 'completed'],
    ['Finished', 'completed'],
    ['Closed', 'closed'],
    ['Cancelled', 'closed'],
    ['In dispute', 'in_dispute'],
    ['Cancellation requested', 'cancel_requested'],
    ['Buyer requested cancellation', 'cancel_requested'],
    // Português
    ['Aguardando pagamento', 'awaiting_payment'],
    ['Aguardando envio', 'awaiting_shipment'],
    ['Enviado parcialmente', 'partially_shipped'],
    ['Aguardando recebimento', 'awaiting_receipt'],
    ['Enviado', 'awaiting_receipt'],
    ['Concluído', 'completed'],
    ['Fechado', 'closed'],
    ['Cancelado', 'closed'],
    ['Em disputa', 'in_dispute'],
    ['Cancelamento solicitado', 'cancel_requested'],
    // Español
    ['Pendiente de pago', 'awaiting_payment'],
    ['Pendiente de envío', 'awaiting_shipment'],
    ['Envío parcial', 'partially_shipped'],
    ['En tránsito', 'awaiting_receipt'],
    ['Completado', 'completed'],
    ['Cerrado', 'closed'],
    ['En disputa', 'in_dispute'],
    ['Solicitud de cancelación', 'cancel_requested'],
    // Русский
    ['Ожидает оплаты', 'awaiting_payment'],
    ['Ожидает отправки', 'awaiting_shipment'],
    ['Частично отправлен', 'partially_shipped'],
    ['Отправлен', 'awaiting_receipt'],
    ['Ожидает получения', 'awaiting_receipt'],
    ['Завершён', 'completed'],
    ['Закрыт', 'closed'],
    ['Отменён', 'closed'],
    ['В споре', 'in_dispute'],
    ['Запрос на отмену', 'cancel_requested'],
    // API enums
    ['PLACE_ORDER_SUCCESS', 'awaiting_payment'],
    ['WAIT_SELLER_SEND_GOODS', 'awaiting_shipment'],
    ['SELLER_PART_SEND_GOODS', 'partially_shipped'],
    ['WAIT_BUYER_ACCEPT_GOODS', 'awaiting_receipt'],
    ['FINISH', 'completed'],
    ['IN_ISSUE', 'in_dispute'],
    ['IN_CANCEL', 'cancel_requested'],
    ['RISK_CONTROL', 'awaiting_shipment'],
    ['IN_FROZEN', 'other'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(normalizeOrderStatus(text)).toBe(expected);
  });

  it.each([[''], ['hello'], ['<script>alert(1)</script>'], ['😀'], ['\u202Eمرحبا'], ['SOMETHING_NEW']])('%j -> other', (text) => {
    expect(normalizeOrderStatus(text)).toBe('other');
  });
});

describe('normalizeDisputeStatus', () => {
  it.each([
    ['纠纷协商中', 'awaiting_seller'],
    ['买家提起纠纷', 'awaiting_seller'],
    ['等待卖家响应', 'awaiting_seller'],
    ['等待您处理', 'awaiting_seller'],
    ['Dispute Negotiation', 'awaiting_seller'],
    ['Buyer has submitted a dispute, waiting for you to confirm', 'awaiting_seller'],
    ['Aguardando sua resposta', 'awaiting_seller'],
    ['Em negociação', 'awaiting_seller'],
    ['Esperando tu respuesta', 'awaiting_seller'],
    ['Ожидает вашего ответа', 'awaiting_seller'],
    ['等待买家响应', 'awaiting_buyer'],
    ['卖家拒绝纠纷', 'awaiting_buyer'],
    ["Waiting for buyer's response", 'awaiting_buyer'],
    ['Aguardando resposta do comprador', 'awaiting_buyer'],
    ['Esperando respuesta del comprador', 'awaiting_buyer'],
    ['Ожидает ответа покупателя', 'awaiting_buyer'],
    ['等待买家退货', 'awaiting_return'],
    ['等待买家发货', 'awaiting_return'],
    ['Awaiting buyer return', 'awaiting_return'],
    ['Aguardando devolução', 'awaiting_return'],
    ['Esperando devolución', 'awaiting_return'],
    ['Ожидает возврата', 'awaiting_return'],
    ['买家发货，等待卖家收货', 'awaiting_return_receipt'],
    ['等待卖家收货', 'awaiting_return_receipt'],
    ['Awaiting your confirmation of receipt of the return', 'awaiting_return_receipt'],
    ['Awaiting for you to confirm receipt', 'awaiting_return_receipt'],
    ['Devolução enviada', 'awaiting_return_receipt'],
    ['Возврат отправлен', 'awaiting_return_receipt'],
    ['平台介入处理中', 'platform'],
    ['仲裁中', 'platform'],
    ['Platform intervention', 'platform'],
    ['AliExpress intervenes', 'platform'],
    ['Em arbitragem', 'platform'],
    ['Intervención de la plataforma', 'platform'],
    ['Арбитраж', 'platform'],
    ['已结束', 'closed'],
    ['纠纷已取消', 'closed'],
    ['纠纷完结', 'closed'],
    ['退款成功', 'closed'],
    ['Closed', 'closed'],
    ['Finished', 'closed'],
    ['Cancelled', 'closed'],
    ['Encerrada', 'closed'],
    ['Cerrada', 'closed'],
    ['Закрыт', 'closed'],
    ['WAIT_SELLER_CONFIRM_REFUND', 'awaiting_seller'],
    ['SELLER_REFUSE_REFUND', 'awaiting_buyer'],
    ['WAIT_BUYER_SEND_GOODS', 'awaiting_return'],
    ['WAIT_SELLER_RECEIVE_GOODS', 'awaiting_return_receipt'],
    ['ARBITRATING', 'platform'],
    ['processing', 'awaiting_seller'],
    ['finish', 'closed'],
    ['canceled_issue', 'closed'],
    ['wait_for_seller_confirm', 'awaiting_seller'],
    ['wait_seller_confirm_refund', 'awaiting_seller'],
    ['buyer_initiate_arbitration', 'platform'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(normalizeDisputeStatus(text)).toBe(expected);
  });

  it.each([[''], ['hello'], ['<script>x</script>'], ['🙂'], ['\u202Eمرحبا'], ['UNKNOWN_ENUM']])('%j -> null', (text) => {
    expect(normalizeDisputeStatus(text)).toBeNull();
  });
});

describe('normalizeDisputeReason', () => {
  it.each([
    ['Customs Detention', 'customs'],
    ['海关扣关', 'customs'],
    ['被海关扣留', 'customs'],
    ['Retido na alfândega', 'customs'],
    ['Retenido en aduana', 'customs'],
    ['Задержан таможней', 'customs'],
    ['Item not received', 'not_received'],
    ['未收到货', 'not_received'],
    ['Package not received', 'not_received'],
    ['Package still in transit', 'not_received'],
    ['Invalid tracking number', 'not_received'],
    ['Package returned to sender', 'not_received'],
    ['not receive good', 'not_received'],
    ['Não recebi o pedido', 'not_received'],
    ['No he recibido mi pedido', 'not_received'],
    ['Товар не получен', 'not_received'],
    ['Item not as described', 'not_as_described'],
    ['货不对板', 'not_as_described'],
    ['与描述不符', 'not_as_described'],
    ['The model does not match the description', 'not_as_described'],
    ['The color does not match the description, and the style does not match the description.', 'not_as_described'],
    ['Wrong size', 'not_as_described'],
    ['Produto diferente do anunciado', 'not_as_described'],
    ['El producto no coincide con la descripción', 'not_as_described'],
    ['Товар не соответствует описанию', 'not_as_described'],
    ['Item damaged', 'damaged'],
    ['broken product', 'damaged'],
    ['商品破损', 'damaged'],
    ['Produto danificado', 'damaged'],
    ['Producto dañado', 'damaged'],
    ['Товар повреждён', 'damaged'],
    ['Item not working', 'not_working'],
    ['无法使用', 'not_working'],
    ['质量问题', 'not_working'],
    ['quality problem', 'not_working'],
    ['Não funciona', 'not_working'],
    ['No funciona', 'not_working'],
    ['Не работает', 'not_working'],
    ['Quantity shortage', 'short_shipment'],
    ['产品数量不符', 'short_shipment'],
    ['短装', 'short_shipment'],
    ['Missing parts', 'short_shipment'],
    ['Quantidade incorreta', 'short_shipment'],
    ['Faltan piezas', 'short_shipment'],
    ['Недостача товара', 'short_shipment'],
    ['Counterfeit item', 'counterfeit'],
    ['Received the fake goods.', 'counterfeit'],
    ['假货', 'counterfeit'],
    ['Produto falsificado', 'counterfeit'],
    ['Подделка', 'counterfeit'],
    ['Wrong item received', 'wrong_item'],
    ['发错货', 'wrong_item'],
    ['Produto errado', 'wrong_item'],
    ['Прислали не тот товар', 'wrong_item'],
    ['I bought the wrong item', 'changed_mind'],
    ['不想要了', 'changed_mind'],
    ['No longer needed', 'changed_mind'],
    ['Changed my mind', 'changed_mind'],
    ['Mudei de ideia', 'changed_mind'],
    ['Ya no lo necesito', 'changed_mind'],
    ['Больше не нужен', 'changed_mind'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(normalizeDisputeReason(text)).toBe(expected);
  });

  it.each([[''], ['hello'], ['<script>alert(1)</script>'], ['😡😡'], ['\u202Eمرحبا']])('%j -> other', (text) => {
    expect(normalizeDisputeReason(text)).toBe('other');
  });
});

describe('dispute wording seen on more seller-center deploys', () => {
  it.each([
    ['等待卖家确认收货', 'awaiting_return_receipt'],
    ['Buyer has shipped the return', 'awaiting_return_receipt'],
    ['AliExpress is handling the dispute', 'platform'],
    ['Buyer opened a dispute', 'awaiting_seller'],
    ['Pending your response', 'awaiting_seller'],
    ['Action required', 'awaiting_seller'],
    ['待处理', 'awaiting_seller'],
    ['待您处理', 'awaiting_seller'],
  ] as const)('%s → %s', (text, status) => {
    expect(normalizeDisputeStatus(text)).toBe(status);
  });

  it.each([
    ['No es como se describe', 'not_as_described'],
    ["Package didn't arrive", 'not_received'],
  ] as const)('reason %s → %s', (text, reason) => {
    expect(normalizeDisputeReason(text)).toBe(reason);
  });
});
