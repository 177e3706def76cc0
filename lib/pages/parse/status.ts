import { memoizeText } from './memo';
import type { DisputeReason, DisputeStatus, OrderStatus } from '@/lib/model/snapshot';
import { toSimplified } from './hanzi';
import { cleanText } from './text';

/**
 * Display texts and API enum names of order statuses, dispute statuses and dispute reasons,
 * in 简体中文, English, Português, Español and Русский, mapped to our enums.
 * Rules are checked in order: the specific ones first, so "部分发货" is not "已发货" and
 * "I bought the wrong item" (the buyer's mistake) is not "wrong item" (the seller's).
 */

/** Lower-case, accents stripped for Latin script only (Cyrillic й/ё must survive). */
function fold(s: string): string {
  return toSimplified(cleanText(s))
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

type Rule<T> = readonly [RegExp, T];

function firstMatch<T>(text: string, rules: ReadonlyArray<Rule<T>>): T | null {
  for (const [pattern, value] of rules) if (pattern.test(text)) return value;
  return null;
}

/** Enum names as APIs and page data carry them: "WAIT_SELLER_SEND_GOODS", "canceled_issue". */
function enumKey(text: string): string | null {
  const t = cleanText(text);
  return /^[A-Za-z]+(?:_[A-Za-z]+)*$/.test(t) ? t.toUpperCase() : null;
}

// Rules are built with /* @__PURE__ */ calls so a reader bundle that needs only order statuses
// (or only dispute ones) leaves the other tables out.
// Word edges and letters that also work for Cyrillic (JS \b and \w only know ASCII):
// in the rule sources "\b<" opens a word, "\b>" closes one and "\w" is any letter.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) =>
  new RegExp(source.replace(/\\b</g, B).replace(/\\b>/g, E).replace(/\\w/g, '\\p{L}'), 'iu');

// ---------------------------------------------------------------- order status

const ORDER_ENUMS: Readonly<Record<string, OrderStatus>> = {
  PLACE_ORDER_SUCCESS: 'awaiting_payment',
  WAIT_BUYER_PAY: 'awaiting_payment',
  IN_CANCEL: 'cancel_requested',
  WAIT_SELLER_SEND_GOODS: 'awaiting_shipment',
  RISK_CONTROL: 'awaiting_shipment',
  SELLER_PART_SEND_GOODS: 'partially_shipped',
  SELLER_SEND_PART_GOODS: 'partially_shipped',
  WAIT_BUYER_ACCEPT_GOODS: 'awaiting_receipt',
  SELLER_SEND_GOODS: 'awaiting_receipt',
  FUND_PROCESSING: 'completed',
  BUYER_ACCEPT_GOODS: 'completed',
  FINISH: 'completed',
  IN_ISSUE: 'in_dispute',
  IN_FROZEN: 'other',
  WAIT_SELLER_EXAMINE_MONEY: 'other',
};

const ORDER_RULES: ReadonlyArray<Rule<OrderStatus>> = [
  [/* @__PURE__ */ re('买家申请取消|申请取消|取消申请|取消中|cancel\\w* request|request\\w* (?:to )?cancel|solicit\\w* de cancela|cancelamento solicitado|cancelacion solicitada|запрос\\w* на отмену|запрошена отмена|отмена запрошена|취소 ?요청|취소 ?신청|demande d\\W?annulation|annulation demandee'), 'cancel_requested'],
  [/* @__PURE__ */ re('纠纷(?!已?(?:结束|完结|关闭|取消))|\\b<in dispute\\b>|\\b<dispute in progress|\\b<em disputa\\b>|\\b<en disputa\\b>|\\b<disputa (?:aberta|abierta|em andamento|en curso)|\\b<спор\\b>|\\b<в споре\\b>|открыт спор|분쟁 ?중|분쟁 ?진행|\\b<en litige\\b>|litige en cours'), 'in_dispute'],
  [/* @__PURE__ */ re('部分发货|部分已发货|partial\\w* ship|part(?:ial)? shipment|parcialmente enviad|envio parcial|enviado parcialmente|частично отправл|частичн\\w* отправк|부분 ?발송|부분 ?배송|일부 ?발송|partiellement expedie'), 'partially_shipped'],
  [/* @__PURE__ */ re('等待买家付款|等待付款|待付款|未付款|await\\w* (?:buyer\\W?s? )?payment|wait\\w* (?:for )?(?:buyer\\W?s? )?payment|pending payment|payment pending|\\b<unpaid\\b>|aguardando pagamento|pagamento pendente|esperando (?:el )?pago|pendiente de pago|pago pendiente|ожида\\w* оплат|не оплачен|결제 ?대기|입금 ?대기|en attente de paiement|paiement en attente'), 'awaiting_payment'],
  [/* @__PURE__ */ re('等待您?发货|等待仓库发货|待发货|风控|await\\w* (?:warehouse )?(?:shipment|dispatch|shipping)|wait\\w* (?:for )?(?:shipment|shipping|dispatch)|to be shipped|ready to ship|not (?:yet )?shipped|risk control|aguardando (?:o )?envio|a enviar|pendiente de envio|esperando (?:el )?envio|por enviar|ожида\\w* отправк|не отправлен|발송 ?대기|배송 ?준비|출고 ?대기|배송 ?대기|en attente d\\W?expedition|a expedier'), 'awaiting_shipment'],
  [/* @__PURE__ */ re('等待买家收货|等待买家确认收货|已发货|待收货|运输中|await\\w* (?:buyer\\W?s? )?(?:receipt|delivery|confirmation)|wait\\w* (?:for )?buyer|\\b<shipped\\b>|in transit|delivered|aguardando (?:o )?(?:recebimento|entrega|confirmacao)|\\b<enviad[oa]\\b>|em transito|entregue|esperando (?:la )?(?:recepcion|entrega|confirmacion)|en transito|entregad[oa]|ожида\\w* (?:получени|доставк|подтвержд)|\\b<отправлен\\b>|в пути|доставлен|배송 ?중|발송 ?완료|배송 ?완료|수령 ?대기|구매 ?확정 ?대기|\\b<expedie\\b>|en cours de livraison|\\b<livre\\b>'), 'awaiting_receipt'],
  [/* @__PURE__ */ re('交易成功|已结束的订单|已完成|交易完成|订单完成|已结束|\\b<complete[d]?\\b>|transaction complete|\\b<finished\\b>|conclu[ií]d[oa]|finalizad[oa]|completad[oa]|\\b<complet[oa]\\b>|заверш[её]н|выполн[её]н|거래 ?완료|구매 ?확정|주문 ?완료|\\b<termine\\b>|\\b<complete\\b>'), 'completed'],
  [/* @__PURE__ */ re('已关闭|交易关闭|订单关闭|关闭|已取消|\\b<closed\\b>|cancell?ed|\\b<fechad[oa]\\b>|cancelad[oa]|encerrad[oa]|cerrad[oa]|закрыт|отмен[её]н|주문 ?취소|취소됨|취소 ?완료|\\b<annule\\b>|\\b<ferme\\b>'), 'closed'],
];

/** The order status a page shows (any language) or an API enum, as our enum; 'other' when unknown. */
function normalizeOrderStatusUncached(text: string): OrderStatus {
  const key = enumKey(text);
  if (key && ORDER_ENUMS[key]) return ORDER_ENUMS[key];
  return firstMatch(fold(text), ORDER_RULES) ?? 'other';
}

// ---------------------------------------------------------------- dispute status

const DISPUTE_ENUMS: Readonly<Record<string, DisputeStatus>> = {
  WAIT_SELLER_CONFIRM_REFUND: 'awaiting_seller',
  SELLER_REFUSE_REFUND: 'awaiting_buyer',
  ACCEPTISSUE: 'awaiting_buyer',
  SELLER_ACCEPT_ISSUE: 'awaiting_buyer',
  WAIT_BUYER_SEND_GOODS: 'awaiting_return',
  WAIT_SELLER_RECEIVE_GOODS: 'awaiting_return_receipt',
  ARBITRATING: 'platform',
  BUYER_INITIATE_ARBITRATION: 'platform',
  REACH_CANCLE: 'platform',
  SELLER_RESPONSE_ISSUE_TIMEOUT: 'closed',
  PROCESSING: 'awaiting_seller',
  FINISH: 'closed',
  FINISHED: 'closed',
  CANCELED_ISSUE: 'closed',
  CANCELED: 'closed',
  CANCELLED: 'closed',
  OBTAIN_PLATFORM_REFUND: 'closed',
  WAIT_SELLER_ACCEPT: 'awaiting_seller',
  WAIT_BUYER_ACCEPT: 'awaiting_buyer',
  WAIT_FOR_SELLER_CONFIRM: 'awaiting_seller',
  WAIT_FOR_SELLER_SET_RETURN_ADDRESS: 'awaiting_seller',
  WAIT_FOR_BUYER_RETURNID: 'awaiting_return',
  WAIT_FOR_WAREHOUSE_CONFIRMATION: 'awaiting_return_receipt',
  WAIT_FOR_WAREHOUSE_QUALITY_CHECK: 'awaiting_return_receipt',
  RETURN_SUCCESS: 'closed',
  REFUND_SUCCESS: 'closed',
  REFUND_REJECT: 'closed',
};

const DISPUTE_RULES: ReadonlyArray<Rule<DisputeStatus>> = [
  [/* @__PURE__ */ re('已结束|纠纷已取消|纠纷取消|纠纷完结|已完结|已关闭|退款成功|已退款|协商完成|纠纷结束|响应超时|\\b<closed\\b>|\\b<finished\\b>|\\b<ended\\b>|cancell?ed|\\b<completed?\\b>|refund(?:ed| successful| complete)|negotiation completed|encerrad[oa]|fechad[oa]|cancelad[oa]|finalizad[oa]|conclu[ií]d[oa]|reembolsad[oa]|cerrad[oa]|terminad[oa]|закрыт|отмен[её]н|заверш[её]н|возврат выполнен|litige (?:clos|ferme|termine|annule)|\\b<clos\\b>|cloture|\\b<annule|\\b<rembourse\\b>|분쟁 종료|종료됨|취소됨|환불 완료'), 'closed'],
  [/* @__PURE__ */ re('平台介入|仲裁|平台处理|纠纷升级|小二介入|platform|arbitrat|aliexpress interven|aliexpress is handling|escalat|mediac|arbitrag|intervenc|арбитраж|вмешательств|платформ|эскалац|intervention d.aliexpress|mediation|플랫폼 개입|중재'), 'platform'],
  [/* @__PURE__ */ re('买家发货[，,]?\\s*等待卖家收货|等待卖家确认收货|等待卖家收货|买家已退货|buyer has shipped (?:the )?return|等待您确认收货|确认收到退货|退货已发出|confirm\\w* (?:of )?receipt|await\\w* (?:for )?you to confirm receipt|return (?:has been )?shipped|buyer has returned|aguardando (?:o )?recebimento d[ao] devolu|confirm\\w* (?:o )?recebimento|confirm\\w* (?:la )?recepcion|devolucao enviada|esperando (?:la )?recepcion de la devolucion|devolucion enviada|подтвер\\w* получени\\w* возврат|возврат отправлен|confirm\\w* (?:la )?reception|반품 수령 확인|반품 수령 대기'), 'awaiting_return_receipt'],
  [/* @__PURE__ */ re('等待买家退货|等待买家发货|等待退货|await\\w* (?:the )?(?:buyer\\W?s? )?return|wait\\w* (?:for )?(?:the )?buyer to (?:return|ship|send)|aguardando (?:a )?devolu|esperando (?:la )?devolucion|ожида\\w* возврат|en attente du retour|attente du renvoi|반품 대기'), 'awaiting_return'],
  [/* @__PURE__ */ re('等待买家响应|等待买家确认|等待买家回应|卖家拒绝纠纷|卖家拒绝|卖家已响应|卖家接受纠纷|await\\w* (?:for )?(?:the )?buyer|wait\\w* (?:for )?(?:the )?buyer|seller (?:has )?(?:refused|rejected|accepted)|aguardando (?:a )?resposta do comprador|esperando (?:la )?respuesta del comprador|ожида\\w* ответа покупател|en attente de (?:la )?reponse de l.acheteur|구매자 응답 대기'), 'awaiting_buyer'],
  [/* @__PURE__ */ re('纠纷协商中|协商中|买家提起纠纷|买家已提起纠纷|再开纠纷|等待卖家响应|等待卖家确认|等待卖家|等待您处理|等待您|纠纷处理中|处理中|dispute negotiation|negotiat|buyer (?:has )?(?:submitted|opened|filed) (?:a )?dispute|pending (?:your )?response|action required|待处理|待您处理|wait\\w* (?:for )?(?:the )?(?:you|seller)|await\\w* (?:for )?(?:your|the seller|seller)|dispute (?:in process|opened|in progress)|aguardando (?:a )?(?:sua )?resposta|resposta do vendedor|negocia|esperando (?:tu |su )?respuesta|pendiente de (?:tu |su )?respuesta|pendente de (?:sua )?resposta|respuesta del vendedor|ожида\\w* (?:вашего )?ответа|требу\\w* (?:ваш\\w* )?ответ|ответа продавца|переговор|открыт спор|спор открыт|en attente de (?:votre|la) reponse|reponse du vendeur|action requise|판매자 응답 대기|응답 대기|답변 대기|처리 대기'), 'awaiting_seller'],
];

/** The dispute status a page shows (any language) or an API enum; null when unrecognised. */
function normalizeDisputeStatusUncached(text: string): DisputeStatus | null {
  const key = enumKey(text);
  if (key && DISPUTE_ENUMS[key]) return DISPUTE_ENUMS[key];
  const folded = fold(text);
  if (!folded) return null;
  return firstMatch(folded, DISPUTE_RULES);
}

// ---------------------------------------------------------------- dispute reason

const REASON_RULES: ReadonlyArray<Rule<DisputeReason>> = [
  [/* @__PURE__ */ re('海关|扣关|清关|customs|alfandega|aduana|таможн|douane|세관|통관'), 'customs'],
  // The buyer's own mistake or change of mind, before any "wrong item" wording.
  [/* @__PURE__ */ re('不想要|不需要了|买错|拍错|无理由|changed? (?:my )?mind|no longer (?:need|want)|don\\W?t (?:need|want)|do not (?:need|want)|(?:i )?(?:bought|ordered|purchased) (?:the )?wrong|by mistake|\\b<no reason\\b>|mudei de ideia|nao (?:preciso|quero) mais|comprei (?:o |a )?(?:item |produto )?errad|ya no (?:lo |la )?(?:necesito|quiero)|cambie de opinion|compre (?:el |la )?(?:articulo |producto )?(?:equivocad|incorrect)|por error|передумал|больше не (?:нужен|нужна|нужно|хочу)|не нужен|заказал\\w* по ошибке|ошибочно заказал|change d.avis|단순 변심'), 'changed_mind'],
  [/* @__PURE__ */ re('假货|假冒|仿冒|仿品|盗版|counterfeit|\\b<fake\\b>|replica|not (?:an? )?original|falsificad|falsifica[cç]|pirata|\\b<falso\\b>|подделк|поддельн|не оригинал|фальсиф|contrefa|\\b<faux\\b>|가품|위조'), 'counterfeit'],
  [/* @__PURE__ */ re('数量不符|数量不足|数量短缺|短装|少件|缺件|少发|漏发|空包|配件缺失|quantity|shortage|missing (?:parts?|items?|pieces?|accessor)|(?:parts?|items?|pieces?) (?:are |is )?missing|incomplete|less than (?:ordered|expected)|empty (?:package|parcel|box)|quantidade|faltando|faltou|incomplet[oa]|cantidad|faltan?\\b>|pacote vazio|paquete vacio|недостач|не хватает|количеств|неполн|некомплект|пуст\\w* (?:посылк|коробк|пакет)|quantite|manquant|수량 부족|누락'), 'short_shipment'],
  [/* @__PURE__ */ re('发错货|发错|错发|发货错误|wrong (?:item|product|goods|article)|different (?:item|product)|received (?:an? |the )?(?:wrong|another|different)|item (?:sent|received) is wrong|(?:produto|item|artigo) errado|enviou (?:o )?(?:produto )?errado|(?:articulo|producto) (?:equivocado|incorrecto|diferente)|не тот товар|прислали не то|другой товар|не тот заказ|mauvais article|article different|다른 상품|오배송'), 'wrong_item'],
  [/* @__PURE__ */ re('破损|损坏|压坏|碎了|damage|\\b<broken\\b>|\\b<cracked\\b>|\\b<smashed\\b>|danificad|quebrad|avariad|\\b<rachad|danad[oa]|\\b<rot[oa]\\b>|\\b<rompid|повреж|сломан|разбит|трещин|помят|endommag|\\b<casse|파손|손상'), 'damaged'],
  [/* @__PURE__ */ re('无法使用|不能用|不能使用|不工作|不好用|坏的|故障|质量问题|质量差|功能|not work|doesn\\W?t work|does not work|stopped working|\\b<defect|faulty|malfunction|quality|nao funciona|parou de funcionar|defeit|qualidade|no funciona|dejo de funcionar|defectuos|calidad|не работает|перестал работать|брак|неисправ|дефект|качеств|ne fonctionne pas|defectueux|\\b<qualite\\b>|작동하지|불량|고장|품질'), 'not_working'],
  [/* @__PURE__ */ re('货不对板|与描述不符|描述不符|不符|不一致|颜色|尺寸|尺码|大小|材质|款式|型号|not as described|no es como se describe|no es como (?:se )?(?:describ|anunci)|(?:does ?n[o\']?t|do not) match|not match|description|described|\\b<size\\b>|\\b<colou?r\\b>|\\b<material\\b>|\\b<style\\b>|\\b<model\\b>|different from|nao corresponde|diferente d[oa]|descri[cç]|tamanho|\\b<cor\\b>|no coincide|no corresponde|descripci|\\b<talla\\b>|tamano|не соответству|описани|размер|цвет|материал|отличает|non conforme|ne correspond pas|\\b<taille\\b>|\\b<couleur\\b>|설명과 다름|상품 설명'), 'not_as_described'],
  [/* @__PURE__ */ re('未收到|没收到|没有收到|未到货|未送达|物流|运输中|途中|在途|退回|退件|运单号|跟踪|地址错误|妥投|not (?:yet )?received|not receive|(?:package|parcel|item|order) (?:did ?n[o\']?t|did not|never|has not|hasn\\W?t) (?:arrive|arrived|come)|didn\\W?t receive|did not receive|never received|haven\\W?t received|has ?n[o\']?t (?:arrived|been received)|not (?:yet )?(?:arrived|delivered)|in transit|tracking|returned to (?:the )?sender|wrong address|\\b<lost\\b>|delivery|nao (?:recebi|recebido|chegou)|em transito|rastreio|rastreamento|devolvid[oa] ao remetente|extraviad|entrega|no (?:he )?recibid|no (?:ha )?llegad|no llego|en transito|seguimiento|devuelto al remitente|не получ|не приш|не доставлен|в пути|трек|отслеживан|возвращ\\w* отправител|потерян|доставк|non recu|pas recu|jamais recu|미수령|받지 못|배송 안'), 'not_received'],
];

/** The dispute reason (any language, Chinese or English API text) as our enum; 'other' when unknown. */
function normalizeDisputeReasonUncached(text: string): DisputeReason {
  const folded = fold(text);
  if (!folded) return 'other';
  return firstMatch(folded, REASON_RULES) ?? 'other';
}

export const normalizeOrderStatus = /* @__PURE__ */ memoizeText(normalizeOrderStatusUncached);

export const normalizeDisputeStatus = /* @__PURE__ */ memoizeText(normalizeDisputeStatusUncached);

export const normalizeDisputeReason = /* @__PURE__ */ memoizeText(normalizeDisputeReasonUncached);
