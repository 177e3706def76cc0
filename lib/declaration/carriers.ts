/**
 * Carrier recognition for the declaration advisor.
 * The seller center shows carriers as free text ("DHL Express", "AliExpress无忧物流-标准",
 * "YunExpress Global Direct line"), so we match patterns, not exact names.
 */

export const CARRIER_CLASSES = ['express', 'post'] as const;
export type CarrierClass = (typeof CARRIER_CLASSES)[number];

export const CARRIER_IDS = [
  'aliexpress-standard',
  'aliexpress-saver',
  'aliexpress-premium',
  'aliexpress-selection',
  'cainiao',
  'yunexpress',
  'yanwen',
  '4px',
  'sunyou',
  'epacket',
  'e-ems',
  'ems',
  'china-post',
  'sf-express',
  'dhl',
  'ups',
  'fedex',
  'tnt',
  'dpex',
  'aramex',
] as const;
export type CarrierId = (typeof CARRIER_IDS)[number];

export interface CarrierInfo {
  id: CarrierId;
  /** Display name, used in advice sentences. */
  name: string;
  class: CarrierClass;
}

interface CarrierPattern extends CarrierInfo {
  pattern: RegExp;
}

/*
 * Order matters: the first pattern that matches wins.
 * - AliExpress / Cainiao lines come first: "AliExpress" contains "express" but is an economy line.
 * - YunExpress is an economy line despite its name.
 * - e-EMS must come before EMS ("e-ems" would also match /\bems\b/).
 * - ePacket (e邮宝) is China Post's economy product, not EMS.
 */
const CARRIER_PATTERNS: readonly CarrierPattern[] = [
  { id: 'aliexpress-premium', name: 'AliExpress Premium Shipping', class: 'post', pattern: /aliexpress\s*premium|无忧物流\s*[-–—]?\s*优先|无忧优先/ },
  { id: 'aliexpress-saver', name: 'AliExpress Saver Shipping', class: 'post', pattern: /aliexpress\s*saver|无忧物流\s*[-–—]?\s*简易|无忧简易/ },
  { id: 'aliexpress-selection', name: 'AliExpress Selection Shipping', class: 'post', pattern: /aliexpress\s*selection/ },
  { id: 'aliexpress-standard', name: 'AliExpress Standard Shipping', class: 'post', pattern: /aliexpress\s*standard|无忧物流|速卖通.*标准/ },
  { id: 'cainiao', name: 'Cainiao', class: 'post', pattern: /cainiao|菜鸟/ },
  { id: 'yunexpress', name: 'YunExpress', class: 'post', pattern: /yun\s*express|云途/ },
  { id: 'yanwen', name: 'Yanwen', class: 'post', pattern: /yanwen|燕文/ },
  { id: '4px', name: '4PX', class: 'post', pattern: /\b4px\b|递四方/ },
  { id: 'sunyou', name: 'SunYou', class: 'post', pattern: /sun\s*you|顺友/ },
  { id: 'epacket', name: 'ePacket', class: 'post', pattern: /\be-?packet\b|e邮宝|e邮包/ },
  { id: 'e-ems', name: 'e-EMS', class: 'express', pattern: /\be-?ems\b|e特快/ },
  { id: 'ems', name: 'EMS', class: 'express', pattern: /\bems\b|特快专递|邮政速递/ },
  { id: 'china-post', name: 'China Post', class: 'post', pattern: /china\s*post|chinapost|中国邮政|中邮|邮政小包|邮政大包|平邮|挂号/ },
  { id: 'sf-express', name: 'SF Express', class: 'express', pattern: /\bsf\b|sf\s*express|顺丰/ },
  { id: 'dhl', name: 'DHL', class: 'express', pattern: /\bdhl|敦豪/ },
  { id: 'ups', name: 'UPS', class: 'express', pattern: /\bups\b|联合包裹/ },
  { id: 'fedex', name: 'FedEx', class: 'express', pattern: /fed\s*ex|联邦快递/ },
  { id: 'tnt', name: 'TNT', class: 'express', pattern: /\btnt\b/ },
  { id: 'dpex', name: 'DPEX', class: 'express', pattern: /\bdpex\b/ },
  { id: 'aramex', name: 'Aramex', class: 'express', pattern: /aramex/ },
];

/** Recognise a carrier from the text the page shows; null when it is not one we know. */
export function classifyCarrier(text: string): CarrierInfo | null {
  const normalized = text.normalize('NFKC').toLowerCase().trim();
  if (normalized === '') return null;
  const found = CARRIER_PATTERNS.find((carrier) => carrier.pattern.test(normalized));
  return found ? { id: found.id, name: found.name, class: found.class } : null;
}

export function carrierName(id: CarrierId): string {
  return CARRIER_PATTERNS.find((carrier) => carrier.id === id)?.name ?? id;
}
