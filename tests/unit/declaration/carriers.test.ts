import { describe, expect, it } from 'vitest';
import { classifyCarrier } from '@/lib/declaration/carriers';

describe('classifyCarrier', () => {
  it.each([
    ['DHL', 'dhl', 'express'],
    ['DHL Express Worldwide', 'dhl', 'express'],
    ['UPS Expedited', 'ups', 'express'],
    ['FedEx IE', 'fedex', 'express'],
    ['TNT', 'tnt', 'express'],
    ['DPEX', 'dpex', 'express'],
    ['SF Express', 'sf-express', 'express'],
    ['顺丰速运', 'sf-express', 'express'],
    ['EMS', 'ems', 'express'],
    ['China Post EMS', 'ems', 'express'],
    ['e-EMS', 'e-ems', 'express'],
    ['Aramex', 'aramex', 'express'],
    ['China Post Registered Air Mail', 'china-post', 'post'],
    ['中国邮政挂号小包', 'china-post', 'post'],
    ['ePacket', 'epacket', 'post'],
    ['AliExpress Standard Shipping', 'aliexpress-standard', 'post'],
    ['AliExpress无忧物流-标准', 'aliexpress-standard', 'post'],
    ['AliExpress Saver Shipping', 'aliexpress-saver', 'post'],
    ['AliExpress Premium Shipping', 'aliexpress-premium', 'post'],
    ['Cainiao Super Economy Global', 'cainiao', 'post'],
    ['YunExpress Global Direct line', 'yunexpress', 'post'],
    ['Yanwen Economic Air Mail', 'yanwen', 'post'],
  ])('%s is %s (%s)', (text, id, carrierClass) => {
    expect(classifyCarrier(text)).toMatchObject({ id, class: carrierClass });
  });

  it.each(['', '   ', 'Blue Whale Line', 'Logistics systems', 'Pups & Co'])('does not guess for %j', (text) => {
    expect(classifyCarrier(text)).toBeNull();
  });
});
