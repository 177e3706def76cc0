import { describe, expect, it } from 'vitest';
import { initialThread, nextThread, type ThreadMachine, type ThreadObservation } from '@/lib/queue/threads';

const T = (hhmm: string, day = 20) => `2026-11-${String(day).padStart(2, '0')}T${hhmm}:00.000Z`;

function observed(lastSpeaker: 'buyer' | 'seller', lastMessageAt: string | null, readAt: string): ThreadObservation & { type: 'observed' } {
  return { type: 'observed', lastSpeaker, lastMessageAt, readAt };
}

function run(start: ThreadObservation, ...inputs: Parameters<typeof nextThread>[1][]): { machine: ThreadMachine; reasons: string[] } {
  let machine = initialThread(start);
  const reasons: string[] = [];
  for (const input of inputs) {
    const step = nextThread(machine, input);
    machine = step.machine;
    if (step.change) reasons.push(`${step.change.from}->${step.change.to}:${step.change.reason}`);
  }
  return { machine, reasons };
}

describe('thread state machine', () => {
  it('a buyer who spoke last waits for us since their message', () => {
    const machine = initialThread({ readAt: T('10:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:30') });
    expect(machine).toMatchObject({ state: 'awaiting_seller', since: T('08:30') });
  });

  it('without a message time the wait starts when the page was read', () => {
    expect(initialThread({ readAt: T('10:00'), lastSpeaker: 'seller', lastMessageAt: null })).toMatchObject({
      state: 'awaiting_buyer',
      since: T('10:00'),
    });
  });

  it('keeps the first unanswered buyer message as the start of the wait', () => {
    const { machine, reasons } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      observed('buyer', T('09:30'), T('10:00')),
    );
    expect(machine).toMatchObject({ state: 'awaiting_seller', since: T('08:00'), lastMessageAt: T('09:30') });
    expect(reasons).toEqual([]);
  });

  it('our reply moves it to awaiting the buyer, and the buyer answering moves it back', () => {
    const { machine, reasons } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      observed('seller', T('09:10'), T('09:15')),
      observed('buyer', T('11:00'), T('11:05')),
    );
    expect(machine).toMatchObject({ state: 'awaiting_seller', since: T('11:00') });
    expect(reasons).toEqual(['awaiting_seller->awaiting_buyer:seller_replied', 'awaiting_buyer->awaiting_seller:buyer_wrote']);
  });

  it('an insertion alone changes nothing; the page showing our message sent does', () => {
    const start = { readAt: T('09:00'), lastSpeaker: 'buyer' as const, lastMessageAt: T('08:00') };
    const inserted = run(start, { type: 'inserted', at: T('09:20') });
    expect(inserted.machine).toMatchObject({ state: 'awaiting_seller', pendingInsertAt: T('09:20') });

    // The chat shows minute precision: our message stamped 09:19 after an insertion at 09:20:30 still counts.
    const sent = run(start, { type: 'inserted', at: '2026-11-20T09:20:30.000Z' }, observed('seller', T('09:19'), T('09:21')));
    expect(sent.machine).toMatchObject({ state: 'awaiting_buyer', since: T('09:19'), pendingInsertAt: null });
    expect(sent.reasons).toEqual(['awaiting_seller->awaiting_buyer:reply_sent_after_insert']);
  });

  it('an insertion left unsent keeps the buyer waiting', () => {
    const { machine } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      { type: 'inserted', at: T('09:20') },
      observed('buyer', T('08:00'), T('09:30')),
    );
    expect(machine).toMatchObject({ state: 'awaiting_seller', since: T('08:00'), pendingInsertAt: T('09:20') });
  });

  it('a snapshot that arrives late never rolls the state back', () => {
    const { machine, reasons } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      observed('seller', T('09:10'), T('09:15')),
      // read at 09:05 in another tab, delivered after the 09:15 one
      observed('buyer', T('08:00'), T('09:05')),
    );
    expect(machine.state).toBe('awaiting_buyer');
    expect(reasons).toHaveLength(1);
  });

  it('without message times the newer reading wins, and an older one is ignored', () => {
    const { machine } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: null },
      observed('seller', null, T('10:00')),
      observed('buyer', null, T('09:30')),
    );
    expect(machine).toMatchObject({ state: 'awaiting_buyer', since: T('10:00') });
  });

  it('done closes it; the same buyer message read again does not reopen it', () => {
    const { machine } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      { type: 'done', at: T('09:30') },
      observed('buyer', T('08:00'), T('10:00')),
    );
    expect(machine).toMatchObject({ state: 'closed', since: T('09:30') });
  });

  it('a closed thread reopens when the buyer writes again', () => {
    const { machine, reasons } = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      { type: 'done', at: T('09:30') },
      observed('buyer', T('12:00'), T('12:01')),
    );
    expect(machine).toMatchObject({ state: 'awaiting_seller', since: T('12:00') });
    expect(reasons).toEqual(['awaiting_seller->closed:done', 'closed->awaiting_seller:buyer_wrote_again']);
  });

  it('a closed thread without message times reopens only when the speaker changes', () => {
    const closed = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: null },
      { type: 'done', at: T('09:30') },
      observed('buyer', null, T('10:00')),
    );
    expect(closed.machine.state).toBe('closed');
    const reopened = run(
      { readAt: T('09:00'), lastSpeaker: 'seller', lastMessageAt: null },
      { type: 'done', at: T('09:30') },
      observed('buyer', null, T('10:00')),
    );
    expect(reopened.machine).toMatchObject({ state: 'awaiting_seller', since: T('10:00') });
  });

  it('our nudge to a silent buyer restarts the follow-up clock', () => {
    const { machine } = run(
      { readAt: T('09:00'), lastSpeaker: 'seller', lastMessageAt: T('08:00') },
      observed('seller', T('08:00', 23), T('08:05', 23)),
    );
    expect(machine).toMatchObject({ state: 'awaiting_buyer', since: T('08:00', 23) });
  });

  it('snooze is kept until the state changes', () => {
    const snoozed = run(
      { readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') },
      { type: 'snoozed', at: T('09:00'), until: T('09:00', 21) },
      observed('buyer', T('08:00'), T('10:00')),
    );
    expect(snoozed.machine.snoozedUntil).toBe(T('09:00', 21));
    const answered = nextThread(snoozed.machine, observed('seller', T('10:30'), T('10:31')));
    expect(answered.machine.snoozedUntil).toBeNull();
  });

  it('is idempotent: the same observation twice changes nothing', () => {
    const first = initialThread({ readAt: T('09:00'), lastSpeaker: 'buyer', lastMessageAt: T('08:00') });
    const again = nextThread(first, observed('buyer', T('08:00'), T('09:00')));
    expect(again.machine).toEqual(first);
    expect(again.change).toBeNull();
  });
});
