/**
 * Field labels the seller center shows next to values, in every UI language we support
 * (简体中文, English, Português, Español, Русский; a few 繁體 forms where sellers use them).
 * `findValueByLabel` compares them case- and accent-insensitively and ignores a trailing
 * ':' / '：', so list each wording once without colon. Seen-on-page forms come first;
 * the rest are the natural translations the localized UI uses or is likely to use.
 *
 * `remark` is the BUYER's message on the order; `sellerNote` is the seller's own memo.
 * Readers must never put a sellerNote into `remark`.
 *
 * One export per field, so a reader bundle carries only the fields its readers look up
 * (lib/pages/labels.ts gathers them as the LABELS namespace).
 */
export const orderId = [
  '订单号', '订单编号', '订单ID', '订单 ID', '订单号码', '主订单号', '子订单号', '父订单号', '交易订单号', '訂單號', '訂單編號',
  'Order number', 'Order No.', 'Order No', 'Order ID', 'Order #', 'Order Number', 'Trade order ID', 'Order code',
  'Número do pedido', 'Nº do pedido', 'N.º do pedido', 'No. do pedido', 'ID do pedido', 'Número de pedido',
  'Código do pedido',
  'Nº de pedido', 'N.º de pedido', 'No. de pedido', 'ID de pedido', 'ID del pedido', 'Número del pedido', 'Número de orden',
  'Nº de orden', 'Número de la orden',
  'Номер заказа', '№ заказа', 'ID заказа', 'Заказ №', 'Номер ордера',
  '訂單號碼', '訂單ID', 'Numéro de commande', 'N° de commande', 'Nº de commande', 'ID de commande', 'Commande n°', '주문 번호', '주문번호', '주문 ID',
] as const;
export const orderStatus = [
  '当前订单状态', 'Current order status',
  '订单状态', '交易状态', '訂單狀態',
  'Order status', 'Order Status', 'Transaction status',
  'Status do pedido', 'Situação do pedido', 'Estado do pedido',
  'Estado del pedido', 'Estado de pedido', 'Estado de la orden',
  'Статус заказа', 'Состояние заказа',
  '交易狀態', 'Statut de la commande', 'État de la commande', '주문 상태', '주문상태',
] as const;
export const buyer = [
  '买家', '买家名称', '买家姓名', '买家昵称', '买家账号', '买家信息', '客户', '買家',
  'Buyer', 'Buyer name', "Buyer's name", 'Buyer information', 'Buyer info', 'Customer', 'Customer name',
  'Comprador', 'Nome do comprador', 'Cliente', 'Nome do cliente', 'Informações do comprador',
  'Nombre del comprador', 'Información del comprador', 'Nombre del cliente',
  'Покупатель', 'Имя покупателя', 'Клиент', 'Информация о покупателе',
  '買家名稱', 'Acheteur', "Nom de l'acheteur", '구매자', '구매자 이름', '구매자명', '주문자',
] as const;
export const country = [
  '国家', '国家/地区', '国家地区', '收货国家', '买家国家', '目的国', '目的国家', '國家',
  'Country', 'Country/Region', 'Country / Region', 'Destination country', 'Ship to country', "Buyer's country",
  'País', 'País/Região', 'País de destino', 'País do comprador',
  'País/Región', 'País del comprador',
  'Страна', 'Страна/регион', 'Страна назначения', 'Страна покупателя',
  '國家/地區', 'Destination', 'Destination country/region', 'Ship to country/region', 'Pays', 'Pays/Région', 'Pays de destination', '국가', '국가/지역', '배송 국가',
] as const;
export const carrier = [
  '物流方式', '物流服务', '物流服务名称', '物流公司', '物流商', '发货方式', '运输方式', '配送方式', '买家选择的物流', '物流渠道',
  'Shipping method', 'Shipping service', 'Logistics service', 'Logistics method', 'Logistics company', 'Carrier',
  'Shipping company', 'Delivery method', 'Shipping provider',
  'Método de envio', 'Forma de envio', 'Serviço de envio', 'Serviço de logística', 'Transportadora', 'Empresa de logística',
  'Método de envío', 'Forma de envío', 'Servicio de envío', 'Servicio logístico', 'Empresa de transporte',
  'Empresa de envío', 'Transportista',
  'Способ доставки', 'Служба доставки', 'Логистическая служба', 'Перевозчик', 'Логистическая компания',
  'Способ отправки', 'Служба логистики',
  '物流服務', '物流公司名稱', 'Logistics provider', 'Shipping carrier', 'Courier', 'Delivery service', 'Transporteur', 'Mode de livraison', 'Service de livraison', "Méthode d'expédition", '배송 방법', '배송 방식', '택배사', '배송사', '물류 서비스',
] as const;
export const trackingNumber = [
  '实际发货单号', '运单号', '物流单号', '国际物流单号', '运单号码', '物流运单号', '跟踪号', '追踪号', '货运单号', '发货单号',
  '退货运单号', '國際物流單號', '運單號',
  'Tracking number', 'Tracking No.', 'Tracking No', 'Tracking ID', 'Tracking code', 'Logistics number', 'Logistics No.',
  'Waybill number', 'Waybill No.', 'Shipment tracking number',
  'Código de rastreio', 'Código de rastreamento', 'Número de rastreio', 'Número de rastreamento', 'Rastreio',
  'Número de rastreo', 'Número de seguimiento', 'Código de seguimiento', 'Código de rastreo', 'Nº de seguimiento',
  'Трек-номер', 'Номер отслеживания', 'Трек номер', 'Номер для отслеживания', 'Номер накладной', 'Трекинг-номер',
  '物流單號', '追蹤號碼', 'Numéro de suivi', 'N° de suivi', '운송장 번호', '운송장번호', '송장 번호', '송장번호', '추적 번호',
] as const;
export const orderTotal = [
  '实付款', '买家实付金额',
  '订单金额', '订单总额', '订单总金额', '实付金额', '总金额', '合计', '总计', '金额总计', '订单合计', '买家实付', '實付金額',
  'Order amount', 'Order total', 'Total amount', 'Order Amount', 'Total price', 'Amount paid', 'Payment amount',
  'Grand total',
  'Valor do pedido', 'Total do pedido', 'Valor total', 'Total pago', 'Valor pago',
  'Importe del pedido', 'Total del pedido', 'Importe total', 'Monto total', 'Total pagado', 'Monto del pedido',
  'Сумма заказа', 'Итого', 'Общая сумма', 'Итоговая сумма', 'Сумма к оплате', 'Оплачено',
  '訂單金額', '訂單總額', '實付款', 'Total paid by buyer', 'Total paid', 'Order total amount', 'Valor total do pedido', 'Importe total del pedido', 'Total a pagar', 'Итого к оплате', 'Итого по заказу', 'Montant total', 'Total de la commande', 'Montant de la commande', 'Total payé', '총 결제 금액', '결제 금액', '주문 금액', '총 주문 금액', '총 금액',
] as const;
export const orderTime = [
  '下单时间', '订单时间', '创建时间', '订单创建时间', '下单日期', '交易时间', '下單時間',
  'Order time', 'Order date', 'Order placed', 'Placed on', 'Creation time', 'Order created', 'Date ordered',
  'Data do pedido', 'Hora do pedido', 'Data de criação', 'Pedido feito em', 'Pedido realizado em',
  'Fecha del pedido', 'Hora del pedido', 'Fecha de creación', 'Fecha de pedido', 'Pedido realizado el',
  'Дата заказа', 'Время заказа', 'Дата создания', 'Время создания', 'Заказ оформлен',
  '訂單時間', 'Date de commande', 'Date de la commande', '주문 일시', '주문일시', '주문 시간', '주문일',
] as const;
export const payTime = [
  '付款时间', '支付时间', '付款日期', '支付成功时间', '付款成功时间', '付款時間',
  'Payment time', 'Payment date', 'Paid on', 'Paid at', 'Payment received', 'Pay time', 'Pay date',
  'Data do pagamento', 'Hora do pagamento', 'Data de pagamento', 'Pago em',
  'Fecha de pago', 'Hora de pago', 'Fecha del pago', 'Pagado el',
  'Дата оплаты', 'Время оплаты', 'Оплачен', 'Оплачено в',
] as const;
export const shipTime = [
  '发货时间', '发货日期', '实际发货时间', '声明发货时间', '出库时间', '發貨時間',
  'Shipping time', 'Ship date', 'Shipped on', 'Shipment date', 'Shipped at', 'Dispatch date', 'Delivery date', 'Date shipped',
  'Data de envio', 'Hora do envio', 'Enviado em', 'Data do envio', 'Data de despacho',
  'Fecha de envío', 'Hora de envío', 'Enviado el', 'Fecha del envío', 'Fecha de despacho',
  'Дата отправки', 'Время отправки', 'Отправлено', 'Дата отгрузки',
  '發貨日期', "Date d'expédition", 'Expédié le', '발송 일시', '발송일', '출고일', '배송 시작일',
] as const;
export const remark = [
  '买家留言', '买家备注', '订单留言', '买家订单留言', '订单备注', '买家的留言', '买家附言', '買家留言', '買家備註',
  "Buyer's message", 'Buyer message', "Buyer's remark", 'Buyer remark', "Buyer's note", 'Buyer note', 'Order remark',
  'Order remarks', 'Order message', 'Order note', 'Note from buyer', 'Message from buyer', 'Buyer comments',
  'Mensagem do comprador', 'Observação do comprador', 'Observações do comprador', 'Nota do comprador',
  'Comentário do comprador', 'Observação do pedido', 'Observações do pedido', 'Mensagem do pedido',
  'Mensaje del comprador', 'Nota del comprador', 'Comentario del comprador', 'Observaciones del comprador',
  'Observación del comprador', 'Nota del pedido', 'Comentarios del pedido', 'Mensaje del pedido',
  'Сообщение покупателя', 'Комментарий покупателя', 'Примечание покупателя', 'Комментарий к заказу',
  'Примечание к заказу', 'Пожелания покупателя',
  '訂單留言', "Buyer's remarks", 'Remarks from buyer', 'Comments from buyer', "Message de l'acheteur", "Remarque de l'acheteur", "Note de l'acheteur", "Commentaire de l'acheteur", '구매자 메모', '구매자 메시지', '주문 메모', '배송 메모', '배송 요청사항',
] as const;
export const sellerNote = [
  '备注', '卖家备注', '商家备注', '订单备忘', '备忘', '我的备注', '内部备注', '添加备注', '卖家留言', '備註', '賣家備註',
  'Seller note', "Seller's note", 'Seller notes', 'Seller remark', "Seller's remark", 'Seller memo', 'Memo', 'Note',
  'Notes', 'Internal note', 'My note', 'My notes', 'Add note', 'Add memo', 'Private note',
  'Nota do vendedor', 'Observação do vendedor', 'Anotação', 'Anotações', 'Memorando', 'Nota interna', 'Minha nota',
  'Adicionar nota', 'Nota',
  'Nota del vendedor', 'Observación del vendedor', 'Memo del vendedor', 'Notas', 'Nota interna', 'Mi nota',
  'Añadir nota', 'Agregar nota',
  'Заметка продавца', 'Примечание продавца', 'Заметка', 'Заметки', 'Внутренняя заметка', 'Моя заметка',
  'Добавить заметку', 'Комментарий продавца',
  '商家備註', "Seller's memo", 'Anotação do vendedor', 'Anotação interna', 'Note du vendeur', 'Mémo', 'Note interne', '판매자 메모', '메모', '내부 메모',
] as const;
export const recipient = [
  '收件人', '收件人名称', '收件人姓名', '收货人', '收货人姓名', '联系人', '收件人名稱',
  'Recipient', 'Recipient name', 'Receiver', 'Receiver name', 'Consignee', 'Contact name', 'Contact person', 'Ship to',
  'Destinatário', 'Nome do destinatário', 'Recebedor',
  'Destinatario', 'Nombre del destinatario', 'Receptor',
  'Получатель', 'Имя получателя', 'ФИО получателя', 'Контактное лицо',
  'Destinataire', '수령인', '받는 사람', '수취인',
] as const;
export const address = [
  '详细地址', '收货地址', '地址', '收件地址', '买家地址', '配送地址', '收貨地址',
  'Address', 'Shipping address', 'Delivery address', 'Detailed address', 'Receiving address', 'Street address',
  'Endereço', 'Endereço de entrega', 'Endereço de envio', 'Endereço completo',
  'Dirección', 'Dirección de envío', 'Dirección de entrega', 'Dirección completa',
  'Адрес', 'Адрес доставки', 'Адрес получателя', 'Полный адрес',
  'Adresse', 'Adresse de livraison', '주소', '배송지', '배송 주소',
] as const;
export const weight = [
  '重量', '包裹重量', '毛重', '商品重量', '实际重量', '计费重量', '包装后重量',
  'Weight', 'Package weight', 'Gross weight', 'Product weight', 'Actual weight', 'Chargeable weight',
  'Peso', 'Peso do pacote', 'Peso bruto', 'Peso do produto',
  'Peso del paquete', 'Peso del producto',
  'Вес', 'Вес посылки', 'Вес брутто', 'Вес товара', 'Вес упаковки',
  'Poids', '무게', '중량',
] as const;
export const disputeId = [
  '纠纷号', '纠纷ID', '纠纷 ID', '纠纷编号', '平台纠纷ID', '售后单号', '逆向单号', '退款单号', '纠纷单号', '糾紛編號',
  'Dispute ID', 'Dispute number', 'Dispute No.', 'Case ID', 'Case number', 'Issue ID', 'Refund ID', 'After-sales ID',
  'ID da disputa', 'Número da disputa', 'Nº da disputa', 'ID da reclamação', 'Número da reclamação',
  'ID de la disputa', 'Número de disputa', 'Número de la disputa', 'ID del reclamo', 'Número de reclamo',
  'ID de disputa',
  'Номер спора', 'ID спора', '№ спора', 'Номер диспута',
  'Numéro du litige', 'ID du litige', 'N° du litige', '분쟁 번호', '분쟁번호', '분쟁 ID',
] as const;
export const disputeReason = [
  '纠纷原因', '纠纷理由', '退款原因', '售后原因', '申请原因', '纠纷原因(CN)', '糾紛原因',
  'Dispute reason', 'Reason for dispute', 'Reason for Dispute', 'Refund reason', 'Issue reason',
  'Reason for refund', 'Cause of Dispute', 'Cause of dispute',
  'Motivo da disputa', 'Motivo do reembolso', 'Razão da disputa', 'Motivo da reclamação',
  'Motivo de la disputa', 'Motivo del reembolso', 'Razón de la disputa', 'Motivo del reclamo',
  'Причина спора', 'Причина возврата', 'Причина открытия спора', 'Причина диспута',
  'Motif du litige', 'Raison du litige', 'Motif du remboursement', '분쟁 사유', '분쟁사유', '환불 사유', '신청 사유',
] as const;
export const disputeStatus = [
  '纠纷状态', '售后状态', '退款状态', '处理状态', '糾紛狀態',
  'Dispute status', 'Dispute Status', 'Refund status', 'Case status', 'Issue status',
  'Status da disputa', 'Situação da disputa', 'Status do reembolso', 'Estado da disputa',
  'Estado de la disputa', 'Estado del reembolso', 'Estado del reclamo',
  'Статус спора', 'Состояние спора', 'Статус возврата', 'Статус диспута',
  'Statut du litige', 'État du litige', 'Statut du remboursement', '분쟁 상태', '분쟁상태', '환불 상태',
] as const;
export const buyerPlan = [
  '买家方案', '买家的方案', '买家方案(默认方案)', '买家方案（默认方案）', '买家诉求', '买家期望', '買家方案',
  'Buyer plan', "Buyer's plan", 'Buyer Plan (Default Plan)', 'Buyer plan (default plan)', "Buyer's solution",
  'Buyer solution', "Buyer's request", 'Buyer proposal', "Buyer's proposal",
  'Plano do comprador', 'Solução do comprador', 'Proposta do comprador', 'Solicitação do comprador',
  'Plan del comprador', 'Solución del comprador', 'Propuesta del comprador', 'Solicitud del comprador',
  'План покупателя', 'Решение покупателя', 'Предложение покупателя', 'Требование покупателя',
  "Solution de l'acheteur", "Proposition de l'acheteur", "Demande de l'acheteur", '구매자 요청', '구매자 제안', '구매자 해결 방안',
] as const;
export const sellerPlan = [
  '卖家方案', '我的方案', '卖家的方案', '賣家方案', '您的方案', 'Your plan', 'Seu plano', 'Tu plan', 'Ваш план',
  'Seller plan', "Seller's plan", 'My plan', 'My solution', "Seller's solution", 'Seller solution', "Seller's proposal",
  'Plano do vendedor', 'Meu plano', 'Minha solução', 'Solução do vendedor', 'Proposta do vendedor',
  'Plan del vendedor', 'Mi plan', 'Mi solución', 'Solución del vendedor', 'Propuesta del vendedor',
  'План продавца', 'Мой план', 'Моё решение', 'Мое решение', 'Решение продавца', 'Предложение продавца',
  'Votre proposition', 'Votre solution', 'Proposition du vendeur', '판매자 제안', '내 제안', '판매자 해결 방안',
] as const;
export const refundAmount = [
  '退款金额', '申请退款金额', '仅退款', '退款上限', '可退款金额', '退款金額',
  'Refund amount', 'Amount to refund', 'Refund only', 'Requested refund', 'Refund Amount', 'Maximum refund',
  'Valor do reembolso', 'Valor a reembolsar', 'Apenas reembolso', 'Quantia do reembolso',
  'Importe del reembolso', 'Monto del reembolso', 'Reembolso solicitado', 'Solo reembolso', 'Cantidad del reembolso',
  'Сумма возврата', 'Сумма к возврату', 'Только возврат средств', 'Возврат средств',
  'Montant du remboursement', 'Montant remboursé', '환불 금액', '환불금액',
] as const;
export const responseDeadline = [
  '剩余响应时间', '纠纷响应剩余时间', '响应剩余时间', '剩余时间', '处理时限', '响应截止时间', '截止时间', '超时时间', '剩餘時間',
  'Time left', 'Time remaining', 'Remaining time', 'Response time left', 'Respond within', 'Response deadline',
  'Time left to respond',
  'Tempo restante', 'Prazo de resposta', 'Responda em', 'Responder até',
  'Tiempo restante', 'Plazo de respuesta', 'Responda en', 'Responder antes de',
  'Осталось времени', 'Оставшееся время', 'Срок ответа', 'Ответить до', 'Крайний срок',
  '回复剩余时间', '剩餘響應時間', 'Time to respond', 'Time left to reply', 'Tempo para responder', 'Prazo para responder',
  'Tiempo para responder', 'Tiempo restante para responder', 'Время на ответ', 'Время для ответа',
  'Temps restant', 'Temps restant pour répondre', 'Répondre avant', 'Délai de réponse', '남은 시간', '응답 기한', '응답 남은 시간',
] as const;
export const disputeOpened = [
  '纠纷时间', '纠纷开始时间', '纠纷创建时间', '申请时间', '发起时间', '纠纷发起时间', '提交时间', '糾紛時間',
  'Dispute time', 'Dispute opened', 'Dispute date', 'Opened on', 'Date opened', 'Dispute created',
  'Dispute start time', 'Request time', 'Submitted on', 'Dispute filing time', 'Dispute Filing Time',
  'Data da disputa', 'Disputa aberta em', 'Aberta em', 'Data de abertura', 'Hora da disputa',
  'Fecha de la disputa', 'Disputa abierta el', 'Abierta el', 'Fecha de apertura', 'Hora de la disputa',
  'Дата спора', 'Спор открыт', 'Дата открытия', 'Время открытия спора',
  "Date d'ouverture", 'Litige ouvert le', 'Date du litige', '분쟁 시작일', '분쟁 신청일', '신청 일시',
] as const;
export const quantity = [
  '数量', '商品数量', '购买数量', '數量',
  'Quantity', 'Qty', 'Qty.', 'Number of items',
  'Quantidade', 'Qtd', 'Qtd.', 'Qtde',
  'Cantidad', 'Cant.',
  'Количество', 'Кол-во', 'Кол.',
  'Quantité', 'Qté', '수량',
] as const;
export const unitPrice = [
  '单价', '商品单价', '商品价格', '單價',
  'Unit price', 'Item price', 'Price per unit', 'Product price',
  'Preço unitário', 'Preço do produto',
  'Precio unitario', 'Precio del producto',
  'Цена за единицу', 'Цена за шт.', 'Цена товара',
  'Prix unitaire', '단가', '판매가',
] as const;
export const sku = [
  'SKU', '商品编码', '商家编码', 'SKU编码', '规格', '商品属性', '属性', '商品规格', '商品編碼',
  'Product Code', 'Product code', 'SKU code', 'Item code', 'Specifications', 'Specification', 'Variant', 'Properties',
  'Product properties', 'Attributes',
  'Código do produto', 'Código SKU', 'Variação', 'Especificações', 'Atributos', 'Propriedades',
  'Código del producto', 'Código de producto', 'Variante', 'Especificaciones', 'Propiedades',
  'Артикул', 'Код товара', 'Вариант', 'Характеристики', 'Свойства', 'Атрибуты', 'Модификация',
  '規格', '商品屬性', 'Option', 'Options', 'Déclinaison', '옵션', '상품 옵션',
] as const;
/** The buyer's own words on a dispute plan ("Remarks" under the buyer plan). */
export const buyerComment = [
  '买家留言', '买家备注', '买家说明', '买家描述', '问题描述', '补充说明', '買家留言',
  'Remarks', "Buyer's comment", 'Buyer comment', "Buyer's remarks", 'Buyer remarks', 'Description', 'Problem description',
  "Buyer's description", 'Additional information',
  'Comentário do comprador', 'Observações', 'Descrição', 'Descrição do problema', 'Observação',
  'Comentario del comprador', 'Observaciones', 'Descripción', 'Descripción del problema', 'Comentarios',
  'Комментарий покупателя', 'Комментарий', 'Описание', 'Описание проблемы', 'Примечания',
  "Commentaire de l'acheteur", "Remarque de l'acheteur", 'Commentaire', '구매자 의견', '구매자 코멘트', '구매자 메모',
] as const;
