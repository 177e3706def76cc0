import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { addHours } from 'date-fns';
import {
  canSnoozeDispute,
  disputeUrgency,
  disputeWaitsForSeller,
  followUpDue,
  replyOwed,
  type PolicySettings,
} from '@/lib/queue/policy';
import { newlyOverdue } from '@/lib/queue/notify';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const settings: PolicySettings = DEFAULT_SETTINGS;
const now = new Date('2026-11-20T08:00:00.000Z');
const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
const waiting = (deadline: string) => ({ waiting: 1 as const, deadline });

describe('dispute overdue policy', () => {
  it('uses the default 48 hours', () => {
    expect(settings.overdueHours).toBe(48);
  });

  it('is on time with more than 48 hours left', () => {
    expect(disputeUrgency(waiting(hoursFromNow(96)), now, settings)).toBe('on_time');
  });

  it('is not yet overdue with exactly 48 hours left, and overdue a second later', () => {
    expect(disputeUrgency(waiting(hoursFromNow(48)), now, settings)).toBe('on_time');
    expect(disputeUrgency(waiting(new Date(now.getTime() + 48 * 3_600_000 - 1000).toISOString()), now, settings)).toBe('overdue');
  });

  it('is overdue with 10 hours left', () => {
    expect(disputeUrgency(waiting(hoursFromNow(10)), now, settings)).toBe('overdue');
  });

  it('is expired at and after the deadline', () => {
    expect(disputeUrgency(waiting(now.toISOString()), now, settings)).toBe('expired');
    expect(disputeUrgency(waiting(hoursFromNow(-30)), now, settings)).toBe('expired');
  });

  it('follows the agent setting', () => {
    expect(disputeUrgency(waiting(hoursFromNow(60)), now, { overdueHours: 72 })).toBe('overdue');
  });

  it('ignores disputes that do not wait for us, and says when the deadline is unknown', () => {
    expect(disputeUrgency({ waiting: 0, deadline: hoursFromNow(1) }, now, settings)).toBe('not_waiting');
    expect(disputeUrgency(waiting(''), now, settings)).toBe('unknown_deadline');
  });

  it('compares instants, whatever time zone the deadline was written in', () => {
    // 2026-11-22T05:00-08:00 is 13:00 UTC: 53 hours after now, not overdue, although its
    // local wall time (05:00) is earlier than the 48-hour cutoff's (08:00).
    expect(disputeUrgency(waiting('2026-11-22T05:00:00-08:00'), now, settings)).toBe('on_time');
    // 2026-11-22T10:00+08:00 is 02:00 UTC: 42 hours away, overdue.
    expect(disputeUrgency(waiting('2026-11-22T10:00:00+08:00'), now, settings)).toBe('overdue');
  });

  it('counts hours, not calendar days, across a daylight-saving change', () => {
    // Los Angeles leaves summer time on 2026-11-01 at 02:00; 48 h after 2026-10-31 12:00 PDT is
    // 2026-11-02 11:00 PST (the wall clock shows 47 hours later).
    const before = new TZDate(2026, 9, 31, 12, 0, 0, 'America/Los_Angeles');
    const deadline = addHours(before, 48);
    expect(deadline.toString()).toContain('11:00:00');
    expect(disputeUrgency(waiting(deadline.toISOString()), new Date(before.getTime()), settings)).toBe('on_time');
    expect(disputeUrgency(waiting(deadline.toISOString()), new Date(before.getTime() + 1000), settings)).toBe('overdue');
  });

  it('waits for the seller when the buyer opened it or a return waits for our confirmation', () => {
    expect(disputeWaitsForSeller('awaiting_seller')).toBe(true);
    expect(disputeWaitsForSeller('awaiting_return_receipt')).toBe(true);
    expect(disputeWaitsForSeller('awaiting_buyer')).toBe(false);
    expect(disputeWaitsForSeller('platform')).toBe(false);
    expect(disputeWaitsForSeller('closed')).toBe(false);
  });

  it('offers a one-day snooze only while the deadline is more than a day away', () => {
    expect(canSnoozeDispute(waiting(hoursFromNow(30)), now)).toBe(true);
    expect(canSnoozeDispute(waiting(hoursFromNow(24)), now)).toBe(false);
    expect(canSnoozeDispute(waiting(hoursFromNow(-1)), now)).toBe(false);
  });
});

describe('reply and follow-up schedule', () => {
  const thread = (state: 'awaiting_seller' | 'awaiting_buyer' | 'closed', hoursAgo: number, snoozedUntil: string | null = null) => ({
    state,
    since: hoursFromNow(-hoursAgo),
    snoozedUntil,
  });

  it('owes a reply from exactly 24 hours after the buyer wrote', () => {
    expect(replyOwed(thread('awaiting_seller', 23.99), now, settings)).toBe(false);
    expect(replyOwed(thread('awaiting_seller', 24), now, settings)).toBe(true);
    expect(replyOwed(thread('awaiting_buyer', 100), now, settings)).toBe(false);
    expect(replyOwed(thread('closed', 100), now, settings)).toBe(false);
  });

  it('asks for a follow-up 3 days after our message to a silent buyer', () => {
    expect(followUpDue(thread('awaiting_buyer', 71), now, settings)).toBe(false);
    expect(followUpDue(thread('awaiting_buyer', 72), now, settings)).toBe(true);
    expect(followUpDue(thread('awaiting_seller', 200), now, settings)).toBe(false);
  });

  it('says nothing about a snoozed thread until the snooze ends', () => {
    const snoozed = thread('awaiting_seller', 30, hoursFromNow(5));
    expect(replyOwed(snoozed, now, settings)).toBe(false);
    expect(replyOwed(snoozed, new Date(now.getTime() + 5 * 3_600_000), settings)).toBe(true);
  });

  it('follows the agent settings', () => {
    expect(replyOwed(thread('awaiting_seller', 13), now, { replyWithinHours: 12 })).toBe(true);
    expect(followUpDue(thread('awaiting_buyer', 25), now, { followUpAfterDays: 1 })).toBe(true);
  });
});

describe('overdue notifications', () => {
  it('notifies each dispute once while it stays overdue, and again if it comes back', () => {
    const first = newlyOverdue(['a', 'b'], []);
    expect(first.fresh).toEqual(['a', 'b']);
    const second = newlyOverdue(['a', 'b', 'c'], first.remember);
    expect(second.fresh).toEqual(['c']);
    const third = newlyOverdue(['c'], second.remember);
    expect(third.fresh).toEqual([]);
    expect(newlyOverdue(['a', 'c'], third.remember).fresh).toEqual(['a']);
  });
});
