import { describe, expect, it } from 'vitest';
import {
  carrierClassOf,
  currentLogisticsFollowUp,
  followUpsDoneAfter,
  nextLogisticsFollowUpAt,
  type LogisticsOrder,
} from '@/lib/queue/logistics';

const shipped = '2026-10-01T00:00:00.000Z';
const day = (n: number) => new Date(Date.parse(shipped) + n * 86_400_000);
const order = (extra: Partial<LogisticsOrder> = {}): LogisticsOrder => ({
  status: 'awaiting_receipt',
  carrier: 'AliExpress Standard Shipping',
  country: 'US',
  shippedAt: shipped,
  ...extra,
});

describe('logistics follow-ups', () => {
  it('knows express from postal lines; unknown carriers get the postal schedule', () => {
    expect(carrierClassOf('DHL Express')).toBe('express');
    expect(carrierClassOf('China Post Registered Air Mail')).toBe('post');
    expect(carrierClassOf('Some new line')).toBe('post');
    expect(carrierClassOf(null)).toBe('post');
  });

  it('asks to check tracking 7 days after an express shipment', () => {
    const dhl = order({ carrier: 'DHL' });
    expect(currentLogisticsFollowUp(dhl, day(6.9))).toBeNull();
    expect(currentLogisticsFollowUp(dhl, day(7))?.stage).toBe('track');
  });

  it('waits 30 days for a postal shipment', () => {
    expect(currentLogisticsFollowUp(order(), day(29))).toBeNull();
    expect(currentLogisticsFollowUp(order(), day(30))?.stage).toBe('track');
  });

  it('suggests the local carrier, resend or refund after 40 days, superseding the tracking check', () => {
    expect(currentLogisticsFollowUp(order(), day(40))?.stage).toBe('local_carrier');
    const done = followUpsDoneAfter(order(), day(40));
    expect(done.sort()).toEqual(['local_carrier', 'track']);
    expect(currentLogisticsFollowUp(order({ followUpsDone: done }), day(45))).toBeNull();
  });

  it('the tracking check, once done, comes back as the 40-day step', () => {
    const afterTrack = order({ followUpsDone: followUpsDoneAfter(order(), day(31)) });
    expect(currentLogisticsFollowUp(afterTrack, day(35))).toBeNull();
    expect(nextLogisticsFollowUpAt(afterTrack)).toBe(day(40).toISOString());
  });

  it('reminds to extend the protection for Brazil when fewer than 5 days are left', () => {
    const brazil = order({ country: 'BR', protectionEndsAt: day(20).toISOString() });
    expect(currentLogisticsFollowUp(brazil, day(14.9))).toBeNull();
    const due = currentLogisticsFollowUp(brazil, day(15.5));
    expect(due).toMatchObject({ stage: 'extend_protection', protectionEndsAt: day(20).toISOString() });
    // too late once it has ended
    expect(currentLogisticsFollowUp(brazil, day(20))?.stage).not.toBe('extend_protection');
  });

  it('re-arms the protection reminder when the page shows a new end date', () => {
    const brazil = order({ country: 'BR', protectionEndsAt: day(20).toISOString() });
    const done = followUpsDoneAfter(brazil, day(16));
    expect(currentLogisticsFollowUp({ ...brazil, followUpsDone: done }, day(17))).toBeNull();
    const extended = { ...brazil, followUpsDone: done, protectionEndsAt: day(50).toISOString() };
    expect(currentLogisticsFollowUp(extended, day(41))?.stage).toBe('local_carrier');
    expect(currentLogisticsFollowUp({ ...extended, followUpsDone: [...done, 'track', 'local_carrier'] }, day(46))?.stage).toBe('extend_protection');
  });

  it('does not remind for destinations that are not slow', () => {
    expect(currentLogisticsFollowUp(order({ country: 'DE', protectionEndsAt: day(20).toISOString() }), day(16))).toBeNull();
  });

  it('only follows parcels still on their way', () => {
    expect(currentLogisticsFollowUp(order({ status: 'completed' }), day(50))).toBeNull();
    expect(currentLogisticsFollowUp(order({ status: 'in_dispute' }), day(50))).toBeNull();
    expect(nextLogisticsFollowUpAt(order({ status: 'completed' }))).toBe('');
  });

  it('reads shipping times in any offset', () => {
    const pacific = order({ carrier: 'FedEx', shippedAt: '2026-09-30T17:00:00-07:00' });
    expect(nextLogisticsFollowUpAt(pacific)).toBe(day(7).toISOString());
  });
});
