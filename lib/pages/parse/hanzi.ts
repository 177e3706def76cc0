/**
 * Traditional Chinese (繁體, the zh-TW / zh-HK seller-center UI) to Simplified, for the
 * characters of seller-center vocabulary only: labels, statuses, reasons, plans, chat words.
 * Readers compare page text with Simplified wording ("买家方案", "等待卖家响应"); folding both
 * sides lets "買家方案" and "等待賣家回應" match without listing every label twice.
 * One character to one character, so positions and lengths are kept.
 */

// Pairs: traditional, simplified. Characters written the same in both scripts are not listed.
const PAIRS =
  '買买賣卖貨货糾纠紛纷訂订單单號号額额態态應应處处協协議议歷历錄录記记時时間间餘余響响復复覆复與与損损壞坏' +
  '質质數数錯错發发運运輸输遞递關关稅税換换請请說说備备註注讀读話话條条結结東东閉闭銷销臺台證证據据圖图' +
  '視视頻频種种類类級级擊击僅仅還还國国區区稱称暱昵帳账戶户價价總总計计實实際际幣币達达長长門门開开啟启' +
  '決决確确認认駁驳絕绝爭争於于為为對对個个這这們们後后裡里裏里過过進进選选擇择項项細细詳详頁页標标籤签' +
  '碼码電电郵邮務务優优動动現现無无誤误顏颜樣样舊旧偽伪僞伪盜盗報报沒没邊边點点傳传載载給给問问題题聯联' +
  '繫系係系顧顾訊讯機机語语譯译顯显製制複复覽览紀纪錢钱費费誰谁來来會会嗎吗麼么謝谢貼贴評评輪轮購购車车' +
  '滿满減减贈赠禮礼產产規规屬属庫库倉仓廠厂線线專专廣广韓韩羅罗蘭兰義义灣湾寶宝貝贝驗验簽签領领裝装遺遗' +
  '丟丢異异寬宽輕轻鐘钟鍾钟週周員员統统舉举憑凭匯汇償偿賠赔補补談谈鋪铺舖铺內内檔档氣气讓让親亲愛爱歡欢' +
  '幫帮詢询辦办將将夠够該该須须馬马儘尽盡尽經经罰罚權权頭头';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const traditional = PAIRS.charAt(i);
  const simplified = PAIRS.charAt(i + 1);
  if (traditional && simplified) TO_SIMPLIFIED.set(traditional, simplified);
}

const TRADITIONAL_CHARS = [...TO_SIMPLIFIED.keys()].join('');
const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARS}]`);
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL_CHARS}]`, 'g');

/** The text with the traditional characters above written in simplified form (others unchanged). */
/** Any Han character: the big class above is slow to test, and most page text has no Han at all. */
const HAN = /[\u3400-\u9fff]/;

export function toSimplified(text: string): string {
  if (!HAN.test(text) || !HAS_TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL_CHAR, (char) => TO_SIMPLIFIED.get(char) ?? char);
}
