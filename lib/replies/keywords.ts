/**
 * What a buyer's message is about, from keywords in the languages our buyers write in
 * (en, ru, es, pt, fr, de, pl) plus Chinese.
 *
 * Matching works on words, not substrings: text is lower-cased, accents are dropped
 * ("não" → "nao", "dañado" → "danado", "ł" → "l") and split into words. A pattern is a
 * sequence of words; `stem*` matches any word starting with the stem, which is how Russian
 * and Polish inflections are caught ("посылк*" → посылка, посылку, посылки). Consecutive
 * pattern words may have up to MAX_GAP other words between them ("верн* деньг*" matches
 * "верните мне деньги"). Everything is compiled once, at module load.
 */

export const INTENTS = [
  'where_is_parcel',
  'tracking_not_updated',
  'not_received',
  'delivered',
  'when_ship',
  'cancel',
  'refund',
  'return_item',
  'coupon',
  'broken',
  'not_working',
  'missing_part',
  'gift',
  'wrong_item',
  'fake',
  'customs',
  'customs_tax',
  'pay_fee',
  'post_office',
  'thanks',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents that mean something is wrong: a "thank you" in the same message is politeness, not praise. */
export const PROBLEM_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'where_is_parcel',
  'tracking_not_updated',
  'not_received',
  'cancel',
  'refund',
  'return_item',
  'broken',
  'not_working',
  'missing_part',
  'wrong_item',
  'fake',
  'customs_tax',
  'pay_fee',
]);

type Lang = 'en' | 'ru' | 'es' | 'pt' | 'fr' | 'de' | 'pl';
type KeywordTable = Record<Intent, Partial<Record<Lang, readonly string[]>> & { zh?: readonly string[] }>;

const KEYWORDS: KeywordTable = {
  where_is_parcel: {
    en: ['where is my', 'where s my', 'wheres my', 'where is the parcel', 'where is the package', 'where is it', 'status of my order', 'when will i receive', 'when will it arrive', 'when does it arrive', 'track my', 'tracking'],
    ru: ['где мо*', 'где посылк*', 'где заказ*', 'где товар*', 'когда прид*', 'когда получ*', 'когда доставят', 'когда будет доставк*', 'статус заказ*', 'статус посылк*', 'отслеж*', 'трек*'],
    es: ['donde esta*', 'donde se encuentra', 'mi paquete', 'cuando llega*', 'cuando va a llegar', 'cuando recib*', 'estado de mi pedido', 'seguimiento', 'rastre*'],
    pt: ['onde esta', 'cade', 'quando cheg*', 'quando vou receber', 'quando vai chegar', 'minha encomenda', 'meu pacote', 'rastre*', 'status do pedido'],
    fr: ['ou est', 'ou en est', 'mon colis', 'quand vais je recevoir', 'quand arrive*', 'quand est ce que je vais recevoir', 'suivi*'],
    de: ['wo ist', 'wo bleibt', 'mein paket', 'wann kommt', 'wann erhalte', 'wann bekomme', 'sendungsverfolgung', 'sendungsnummer'],
    pl: ['gdzie jest', 'gdzie moja', 'gdzie moj*', 'gdzie paczk*', 'moja paczka', 'kiedy dotrze', 'kiedy przyjdzie', 'kiedy otrzymam', 'kiedy dostane', 'sledzeni*', 'numer przesylki'],
    zh: ['我的包裹', '包裹在哪', '在哪里', '什么时候到', '物流', '快递到哪'],
  },
  tracking_not_updated: {
    en: ['not updat*', 'no updat*', 'hasn t updat*', 'hasnt updat*', 'isn t updat*', 'isnt updat*', 'not been updated', 'no tracking', 'cannot track', 'can t track', 'cant track', 'tracking not found', 'tracking doesn t', 'tracking does not', 'no information', 'no info', 'same status', 'stuck'],
    ru: ['не обновля*', 'не обновил*', 'нет обновлен*', 'трек не', 'не отслежива*', 'нет информаци*', 'стоит на месте', 'не двига*', 'номер не работа*'],
    es: ['no se actualiza', 'no actualiza', 'sin actualiza*', 'no hay informacion', 'no se mueve', 'no aparece', 'seguimiento no', 'no hay movimiento', 'estancad*'],
    pt: ['nao atualiz*', 'sem atualiza*', 'rastreio nao', 'rastreamento nao', 'nao tem informa*', 'nao se move', 'parad*', 'sem movimenta*'],
    fr: ['pas de mise a jour', 'pas mis a jour', 'aucune mise a jour', 'pas a jour', 'n evolue pas', 'suivi ne', 'aucune information', 'bloque'],
    de: ['nicht aktualisiert', 'keine aktualisierung', 'keine updates', 'kein update', 'keine informationen', 'keine info*', 'tracking funktioniert nicht', 'sendungsverfolgung funktioniert nicht', 'hangt fest', 'bewegt sich nicht'],
    pl: ['nie aktualizuj*', 'nie zaktualizowal*', 'brak aktualizacji', 'brak informacji', 'sledzenie nie', 'nie dziala sledzenie', 'stoi w miejscu'],
    zh: ['物流没有更新', '没有更新', '不更新', '没更新', '查不到', '跟踪不到', '物流停'],
  },
  not_received: {
    en: ['not receiv*', 'didn t receive', 'didnt receive', 'haven t received', 'havent received', 'never received', 'never arrived', 'never came', 'not arrived', 'hasn t arrived', 'hasnt arrived', 'didn t arrive', 'didnt arrive', 'didn t get', 'didnt get', 'haven t got', 'havent got', 'not delivered', 'still waiting', 'not come'],
    ru: ['не получ*', 'не приш*', 'не приход*', 'не доставл*', 'не дошл*', 'до сих пор нет', 'так и не'],
    es: ['no he recibido', 'no recib*', 'no ha llegado', 'no lleg*', 'nunca lleg*', 'todavia no lleg*', 'aun no lleg*', 'no me ha llegado'],
    pt: ['nao receb*', 'nao cheg*', 'ainda nao cheg*', 'nunca cheg*', 'nao foi entregue'],
    fr: ['pas recu', 'jamais recu', 'pas arrive*', 'toujours pas', 'pas ete livre*'],
    de: ['nicht erhalten', 'nicht angekommen', 'nicht bekommen', 'nicht geliefert', 'nie angekommen', 'immer noch nicht', 'nicht zugestellt'],
    pl: ['nie otrzymal*', 'nie dostal*', 'nie doszl*', 'nie dotarl*', 'nie przyszl*', 'nadal nie', 'wciaz nie'],
    zh: ['没收到', '没有收到', '未收到', '还没到', '没到'],
  },
  delivered: {
    en: ['says delivered', 'says it was delivered', 'shows delivered', 'shows as delivered', 'marked delivered', 'marked as delivered', 'status delivered', 'status is delivered', 'delivered but'],
    ru: ['доставлен* но', 'статус доставлен*', 'пишет доставлен*', 'написано доставлен*', 'показывает доставлен*', 'значится доставлен*', 'вручен*'],
    es: ['dice entregado', 'aparece como entregado', 'aparece entregado', 'figura como entregado', 'marcado como entregado', 'entregado pero', 'consta como entregado'],
    pt: ['consta como entregue', 'consta entregue', 'aparece como entregue', 'aparece entregue', 'diz entregue', 'diz que foi entregue', 'mostra entregue', 'entregue mas'],
    fr: ['indique livre', 'marque livre', 'marque comme livre', 'statut livre', 'livre mais', 'indique que le colis a ete livre'],
    de: ['als zugestellt', 'zugestellt aber', 'steht zugestellt', 'zeigt zugestellt', 'status zugestellt', 'angeblich zugestellt'],
    pl: ['jako dostarczon*', 'dostarczon* ale', 'status dostarczon*', 'pokazuje dostarczon*', 'widnieje dostarczon*'],
    zh: ['显示妥投', '显示已签收', '显示签收', '已妥投'],
  },
  when_ship: {
    en: ['when ship*', 'when send*', 'when dispatch*', 'not shipped', 'not yet shipped', 'not been shipped', 'haven t shipped', 'havent shipped', 'still not ship*', 'not sent', 'not been sent', 'ship it', 'send it'],
    ru: ['когда отправ*', 'когда вышл*', 'когда высыла*', 'не отправ*', 'еще не отправ*', 'отправьте'],
    es: ['cuando envi*', 'cuando lo envi*', 'cuando despach*', 'no ha sido enviado', 'no envi*', 'aun no envi*', 'todavia no envi*', 'envien'],
    pt: ['quando envi*', 'quando vai ser enviad*', 'quando despach*', 'quando post*', 'quando vao postar', 'nao foi enviad*', 'ainda nao envi*', 'nao envi*', 'postagem'],
    fr: ['quand expedi*', 'quand envoy*', 'quand sera expedi*', 'quand allez vous envoyer', 'pas encore expedi*', 'pas encore envoy*', 'pas ete expedi*', 'pas ete envoy*'],
    de: ['wann versend*', 'wann verschick*', 'wann wird versand*', 'wann wird verschickt', 'wann wird versendet', 'noch nicht versendet', 'noch nicht verschickt', 'noch nicht versandt', 'nicht versendet'],
    pl: ['kiedy wysl*', 'kiedy nada*', 'kiedy zostanie wysl*', 'kiedy wysyl*', 'nie wyslan*', 'jeszcze nie wysl*', 'nie zostal* wysl*'],
    zh: ['什么时候发货', '何时发货', '还没发货', '没发货', '没有发货', '快点发货', '发货'],
  },
  cancel: {
    en: ['cancel*'],
    ru: ['отмен*', 'отказ* от заказ*'],
    es: ['cancel*', 'anular*'],
    pt: ['cancel*'],
    fr: ['annul*'],
    de: ['stornier*', 'storno*', 'bestellung abbrechen', 'widerruf*'],
    pl: ['anul*', 'rezygnuj*', 'zrezygnowac'],
    zh: ['取消'],
  },
  refund: {
    en: ['refund*', 'money back', 'reimburs*', 'my money', 'compensation'],
    ru: ['возврат денег', 'возврат средств', 'верн* деньг*', 'деньг* верн*', 'деньг* назад', 'вернуть деньги', 'компенсац*', 'рефанд*'],
    es: ['reembols*', 'devolu* dinero', 'devuelv* dinero', 'devolver dinero', 'mi dinero', 'compensaci*'],
    pt: ['reembols*', 'estorn*', 'devolu* dinheiro', 'devolver dinheiro', 'meu dinheiro', 'dinheiro de volta'],
    fr: ['rembours*', 'mon argent'],
    de: ['erstatt*', 'ruckerstatt*', 'geld zuruck', 'mein geld', 'ruckzahlung', 'entschadigung'],
    pl: ['zwrot pieni*', 'zwroc* pieni*', 'oddajcie pieni*', 'refundac*', 'zwrot kosztow', 'zwrot srodkow'],
    zh: ['退款', '退钱', '返款'],
  },
  return_item: {
    en: ['return*', 'send it back', 'send back'],
    ru: ['возврат* товар*', 'вернуть товар', 'отправить обратно'],
    es: ['devolver el producto', 'devolver el articulo', 'devolver*', 'devolucion del producto', 'enviar de vuelta'],
    pt: ['devolver o produto', 'devolver*', 'devolucao do produto', 'mandar de volta'],
    fr: ['retourner', 'retour', 'renvoyer'],
    de: ['zurucksend*', 'zuruckschick*', 'rucksend*', 'retour*', 'zuruckgeben'],
    pl: ['odeslac', 'odesle', 'zwrocic towar', 'zwrot towaru', 'zwrot produktu'],
    zh: ['退货', '退回'],
  },
  coupon: {
    en: ['coupon*', 'discount*', 'promo code', 'promocode*', 'voucher*'],
    ru: ['купон*', 'скидк*', 'промокод*'],
    es: ['cupon*', 'descuento*', 'codigo promocional'],
    pt: ['cupom', 'cupons', 'cupon*', 'desconto*'],
    fr: ['coupon*', 'reduction*', 'code promo', 'bon de reduction'],
    de: ['gutschein*', 'rabatt*', 'coupon*', 'kupon*'],
    pl: ['kupon*', 'rabat*', 'znizk*', 'kod rabatowy'],
    zh: ['优惠券', '折扣', '优惠'],
  },
  broken: {
    en: ['broken', 'broke', 'damaged', 'damage', 'cracked', 'crack', 'smashed', 'shattered', 'scratched', 'scratches', 'dented', 'torn', 'crushed'],
    ru: ['слома*', 'разбит*', 'поврежд*', 'трещин*', 'треснул*', 'царапин*', 'поцарапан*', 'помят*', 'порван*', 'раздавлен*', 'разбил*'],
    es: ['roto', 'rota', 'rotos', 'rotas', 'danad*', 'quebrad*', 'rayad*', 'estropead*', 'golpead*', 'aplastad*', 'rajad*'],
    pt: ['quebrad*', 'danificad*', 'trincad*', 'rachad*', 'riscad*', 'amassad*', 'avariad*'],
    fr: ['casse', 'cassee', 'casses', 'cassees', 'abime*', 'endommag*', 'fissur*', 'raye', 'rayee', 'rayure*', 'brise*', 'ecrase*'],
    de: ['kaputt*', 'beschadigt*', 'gebrochen', 'zerbroch*', 'zerkratzt', 'gerissen', 'zerstort*', 'gesprungen', 'eingedruckt'],
    pl: ['uszkodz*', 'pekniet*', 'rozbit*', 'polaman*', 'porysowan*', 'zgniecion*', 'stluczon*'],
    zh: ['破损', '坏了', '损坏', '摔坏', '碎了', '破了', '裂开', '压坏'],
  },
  not_working: {
    en: ['not working', 'doesn t work', 'doesnt work', 'does not work', 'don t work', 'dont work', 'do not work', 'stopped working', 'won t turn on', 'wont turn on', 'not turn on', 'won t charge', 'wont charge', 'not charging', 'no sound', 'defective', 'faulty', 'does nothing'],
    ru: ['не работа*', 'не включа*', 'перестал* работ*', 'не заряжа*', 'брак*', 'неисправ*', 'дефект*', 'нет звука'],
    es: ['no funciona*', 'no enciende', 'no prende', 'no carga', 'dejo de funcionar', 'defectuos*', 'no sirve', 'no anda'],
    pt: ['nao funciona*', 'nao liga', 'parou de funcionar', 'nao carrega', 'defeito*', 'defeituos*', 'nao presta'],
    fr: ['ne fonctionne pas', 'fonctionne pas', 'marche pas', 'ne s allume pas', 'defectueu*', 'ne charge pas', 'en panne', 'ne marche plus'],
    de: ['funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht', 'defekt*', 'lasst sich nicht', 'ladt nicht', 'kein ton', 'geht nicht an'],
    pl: ['nie dziala', 'nie wlacza', 'nie laduje', 'przestal* dzial*', 'wadliw*', 'zepsut*', 'nie funkcjonuje'],
    zh: ['不能用', '不工作', '无法使用', '没反应', '不亮', '充不进电', '用不了', '不好用'],
  },
  missing_part: {
    en: ['missing', 'incomplete', 'not included', 'only received', 'only got', 'came without', 'didn t come with', 'didnt come with', 'one is missing', 'less than i ordered'],
    ru: ['не хватает', 'нет в комплект*', 'отсутству*', 'недоста*', 'некомплект*', 'неполн*', 'не положил*', 'не доложил*', 'пришл* только', 'пришел только', 'недовложени*'],
    es: ['falta*', 'incomplet*', 'no venia', 'no vino', 'solo llego', 'solo recibi', 'vino sin'],
    pt: ['falt*', 'incomplet*', 'nao veio', 'so veio', 'so recebi', 'veio sem', 'veio apenas'],
    fr: ['manqu*', 'incomplet*', 'pas dans le colis', 'seulement recu', 'recu que', 'sans le', 'sans la'],
    de: ['fehlt', 'fehlen', 'fehlend*', 'unvollstandig*', 'nicht enthalten', 'nicht dabei', 'nur einen', 'nur eine'],
    pl: ['brakuje', 'brakowal*', 'niekomplet*', 'brak czesc*', 'brak elementu', 'tylko jed*', 'nie bylo w paczce'],
    zh: ['少件', '缺少', '少了', '漏发', '缺件', '少发'],
  },
  gift: {
    en: ['gift*', 'freebie*', 'free item', 'bonus'],
    ru: ['подар*', 'бонус*'],
    es: ['regalo*', 'obsequio*'],
    pt: ['brinde*', 'presente*'],
    fr: ['cadeau*'],
    de: ['geschenk*', 'gratis*', 'zugabe'],
    pl: ['prezent*', 'gratis*', 'upominek*'],
    zh: ['赠品', '礼物', '送的'],
  },
  wrong_item: {
    en: ['wrong item', 'wrong size', 'wrong colour', 'wrong color', 'wrong model', 'wrong product', 'wrong one', 'not what i ordered', 'different from the picture', 'different from the photo', 'not as described', 'not as pictured', 'different color', 'different colour', 'different model', 'different size', 'received the wrong', 'sent me the wrong', 'sent the wrong', 'doesn t match', 'does not match', 'doesnt match'],
    ru: ['не тот', 'не та', 'не того', 'не ту', 'не соответству*', 'друг* цвет*', 'друг* размер*', 'друг* модел*', 'не такой как', 'не как на фото', 'перепутал*', 'не то что заказ*'],
    es: ['equivocad*', 'incorrect*', 'no es el que', 'otro color', 'otra talla', 'otro modelo', 'diferente', 'no coincide', 'no corresponde', 'no es lo que ped*', 'no es como en la foto'],
    pt: ['errad*', 'diferente', 'outra cor', 'outro tamanho', 'outro modelo', 'nao e o que', 'nao corresponde', 'nao confere', 'nao condiz', 'nao e igual'],
    fr: ['mauvais article', 'mauvaise taille', 'mauvaise couleur', 'mauvais modele', 'pas le bon', 'pas la bonne', 'different*', 'ne correspond pas', 'pas conforme', 'non conforme'],
    de: ['falscher artikel', 'falsche grosse', 'falsche farbe', 'falsches produkt', 'falsches modell', 'falsch geliefert', 'nicht das bestellte', 'entspricht nicht', 'andere farbe', 'anders als', 'nicht wie beschrieben'],
    pl: ['zly rozmiar', 'zl* kolor', 'zl* produkt', 'zl* model', 'inny kolor', 'inny rozmiar', 'inny model', 'niezgodn*', 'nie to co', 'nie taki jak', 'pomyl*'],
    zh: ['发错', '不一样', '不符', '颜色不对', '尺码不对', '货不对版', '型号不对'],
  },
  fake: {
    en: ['fake', 'counterfeit', 'not original', 'not genuine', 'replica', 'knock off', 'knockoff', 'not authentic'],
    ru: ['подделк*', 'поддельн*', 'фейк*', 'не оригинал*', 'копия', 'паль', 'реплик*'],
    es: ['falso', 'falsa', 'falsific*', 'no es original', 'no original', 'imitacion', 'replica', 'trucho'],
    pt: ['falso', 'falsa', 'falsific*', 'nao e original', 'nao original', 'replica', 'imitacao', 'pirata'],
    fr: ['faux', 'fausse', 'contrefa*', 'pas original*', 'copie', 'pas authentique'],
    de: ['falschung*', 'gefalscht*', 'fake', 'nicht original', 'plagiat', 'imitat*', 'nachgemacht'],
    pl: ['podrob*', 'falsyfikat*', 'nieoryginaln*', 'nie oryginal*', 'fake', 'podrobk*'],
    zh: ['假货', '假的', '仿冒', '不是正品', '山寨'],
  },
  customs: {
    en: ['customs'],
    ru: ['таможн*', 'растамож*'],
    es: ['aduana*'],
    pt: ['alfandega*', 'receita federal', 'fiscalizacao'],
    fr: ['douane*'],
    de: ['zoll', 'zollamt', 'zoll*'],
    pl: ['urzad celny', 'urzedzie celnym', 'celn*', 'clo', 'cla', 'odprawa'],
    zh: ['海关', '清关', '扣关'],
  },
  customs_tax: {
    en: ['customs fee*', 'customs tax*', 'customs charge*', 'import tax*', 'import dut*', 'duty', 'duties', 'tariff*', 'vat', 'tax', 'taxes'],
    ru: ['пошлин*', 'налог*', 'таможенн* сбор*', 'таможенн* платеж*', 'ндс'],
    es: ['impuesto*', 'arancel*', 'tasa de aduana', 'tasas', 'iva'],
    pt: ['imposto*', 'taxad*', 'taxacao', 'tributa*', 'icms'],
    fr: ['taxe*', 'droits de douane', 'frais de douane', 'tva', 'droit de douane'],
    de: ['zollgebuhr*', 'einfuhrumsatzsteuer', 'steuer*', 'mwst', 'zoll bezahlen', 'zoll zahlen', 'einfuhrabgabe*'],
    pl: ['podat*', 'vat', 'oplat* celn*', 'clo zaplac*', 'cla zaplac*'],
    zh: ['关税', '税费', '交税', '缴税', '税金'],
  },
  pay_fee: {
    en: ['pay', 'paid', 'fee', 'fees', 'charge', 'charged', 'charges'],
    ru: ['плат*', 'оплат*', 'заплат*', 'сбор*'],
    es: ['pagar', 'pago', 'pague', 'cobr*', 'tarifa'],
    pt: ['pagar', 'paguei', 'pagamento', 'cobr*', 'taxa', 'taxas'],
    fr: ['payer', 'paye', 'frais', 'factur*'],
    de: ['zahlen', 'bezahlen', 'gezahlt', 'bezahlt', 'gebuhr*', 'kosten'],
    pl: ['zaplac*', 'oplat*', 'platn*', 'placic'],
    zh: ['付费', '收费', '付钱', '交钱', '费用'],
  },
  post_office: {
    en: ['post office', 'pick up', 'pickup', 'pick it up', 'collection point', 'pickup point', 'parcel locker', 'postal notice'],
    ru: ['почт*', 'отделени*', 'забрать', 'извещени*', 'пункт* выдач*', 'постамат*'],
    es: ['oficina de correos', 'correos', 'correo', 'recoger', 'sucursal', 'punto de recogida'],
    pt: ['correios', 'agencia', 'retirar', 'buscar na', 'carteiro', 'ponto de retirada'],
    fr: ['bureau de poste', 'la poste', 'point relais', 'retirer', 'avis de passage'],
    de: ['post', 'postamt', 'postfiliale', 'filiale', 'abholen', 'packstation', 'benachrichtigung'],
    pl: ['poczt*', 'placowk*', 'odebrac', 'odbior*', 'awizo', 'paczkomat*'],
    zh: ['邮局', '自取', '取件', '驿站'],
  },
  thanks: {
    en: ['thank*', 'thx', 'love it', 'perfect', 'excellent', 'great product', 'very good', 'satisfied', 'happy with', 'works great', 'all good'],
    ru: ['спасиб*', 'благодар*', 'отлично', 'супер', 'все хорошо', 'довол*', 'понравил*'],
    es: ['gracias', 'perfecto', 'excelente', 'me encanta', 'muy bien', 'satisfech*', 'todo bien'],
    pt: ['obrigad*', 'perfeito', 'excelente', 'adorei', 'muito bom', 'satisfeit*', 'valeu', 'tudo certo'],
    fr: ['merci', 'parfait', 'excellent', 'super', 'tres bien', 'satisfait*', 'j adore'],
    de: ['danke*', 'vielen dank', 'perfekt', 'super', 'sehr gut', 'zufrieden', 'alles gut'],
    pl: ['dziekuj*', 'dzieki', 'super', 'swietn*', 'idealn*', 'zadowolon*', 'wszystko ok'],
    zh: ['谢谢', '感谢', '很好', '满意', '好评'],
  },
};

/** Words allowed between two consecutive pattern words. */
const MAX_GAP = 2;

const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// Letters NFD does not decompose.
const LETTER_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i' };
const FOLDABLE = /[łßøđæœı]/g;

/** Lower case, no accents, Polish/German special letters folded. Used for text and patterns alike. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

export function words(text: string): string[] {
  return foldText(text)
    .split(NON_WORD)
    .filter((word) => word !== '');
}

interface PatternWord {
  text: string;
  prefix: boolean;
}
interface Pattern {
  intent: Intent;
  words: PatternWord[];
}

const PREFIX_KEY_LENGTH = 3;
const HAN = /[\u3400-\u9fff]/u;
const CLAUSE_BREAK = /[.,;:!?¡¿()\n\r，。！？；：]+/u;

interface CompiledKeywords {
  exact: Map<string, Pattern[]>;
  /** Stem patterns keyed by the stem's first letters, so a word only meets plausible stems. */
  prefix: Map<string, Pattern[]>;
  chinese: Array<{ intent: Intent; text: string }>;
}

function compile(table: KeywordTable): CompiledKeywords {
  const compiled: CompiledKeywords = { exact: new Map(), prefix: new Map(), chinese: [] };
  for (const intent of INTENTS) {
    const byLanguage = table[intent];
    for (const [language, list] of Object.entries(byLanguage)) {
      for (const source of list ?? []) {
        if (language === 'zh') {
          compiled.chinese.push({ intent, text: source });
          continue;
        }
        const patternWords = source.split(' ').map((raw): PatternWord => {
          const prefix = raw.endsWith('*');
          return { text: foldText(prefix ? raw.slice(0, -1) : raw), prefix };
        });
        const [first] = patternWords;
        if (!first || first.text === '') continue;
        const pattern: Pattern = { intent, words: patternWords };
        if (first.prefix && first.text.length >= PREFIX_KEY_LENGTH) {
          const key = first.text.slice(0, PREFIX_KEY_LENGTH);
          compiled.prefix.set(key, [...(compiled.prefix.get(key) ?? []), pattern]);
        } else {
          // A very short stem is treated as a whole word: "xy*" would match far too much.
          compiled.exact.set(first.text, [...(compiled.exact.get(first.text) ?? []), pattern]);
        }
      }
    }
  }
  return compiled;
}

const COMPILED = compile(KEYWORDS);

function wordMatches(word: string, pattern: PatternWord): boolean {
  return pattern.prefix ? word.startsWith(pattern.text) : word === pattern.text;
}

/** Does the pattern continue from tokens[start] (its first word already matched at start - 1)? */
function matchRest(tokens: readonly string[], start: number, pattern: Pattern): boolean {
  let position = start;
  for (let index = 1; index < pattern.words.length; index++) {
    const patternWord = pattern.words[index];
    if (!patternWord) return false;
    let found = -1;
    for (let look = position; look < tokens.length && look <= position + MAX_GAP; look++) {
      const token = tokens[look];
      if (token !== undefined && wordMatches(token, patternWord)) {
        found = look;
        break;
      }
    }
    if (found < 0) return false;
    position = found + 1;
  }
  return true;
}

/** Intents found in a buyer's message, in INTENTS order. */
export function detectIntents(text: string): Intent[] {
  if (!text) return [];
  const found = new Set<Intent>();
  // A phrase never spans two sentences or clauses: "give my money back, the item is broken".
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = words(clause);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined) continue;
      const candidates = [
        ...(COMPILED.exact.get(token) ?? []),
        ...(token.length >= PREFIX_KEY_LENGTH ? (COMPILED.prefix.get(token.slice(0, PREFIX_KEY_LENGTH)) ?? []) : []),
      ];
      for (const pattern of candidates) {
        if (found.has(pattern.intent)) continue;
        const [first] = pattern.words;
        if (first && wordMatches(token, first) && matchRest(tokens, index + 1, pattern)) found.add(pattern.intent);
      }
    }
  }
  if (HAN.test(text)) {
    for (const { intent, text: keyword } of COMPILED.chinese) {
      if (!found.has(intent) && text.includes(keyword)) found.add(intent);
    }
  }
  // "the tracking number doesn't work" is about tracking, not a faulty product.
  if (found.has('tracking_not_updated')) found.delete('not_working');
  return INTENTS.filter((intent) => found.has(intent));
}
