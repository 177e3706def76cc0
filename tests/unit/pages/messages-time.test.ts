import { describe, expect, it } from 'vitest';
import { resolveChatTime } from '@/lib/pages/readers/messages-time';

// Wednesday 2024-10-30, 10:45 in Pacific time (PDT, UTC-7).
const NOW = new Date('2024-10-30T17:45:00Z');
const at = (text: string, options?: Parameters<typeof resolveChatTime>[2]) => resolveChatTime(text, NOW, options)?.iso ?? null;

describe('chat times against the moment of reading (Pacific time)', () => {
  it.each([
    ['10:32', '2024-10-30T17:32:00.000Z'],
    ['上午 9:05', '2024-10-30T16:05:00.000Z'],
    ['9:15 AM', '2024-10-30T16:15:00.000Z'],
    ['12:05 AM', '2024-10-30T07:05:00.000Z'],
    ['Yesterday 22:15', '2024-10-30T05:15:00.000Z'],
    ['昨天 10:32', '2024-10-29T17:32:00.000Z'],
    ['Ontem 21:05', '2024-10-30T04:05:00.000Z'],
    ['Hoje 07:58', '2024-10-30T14:58:00.000Z'],
    ['ayer', '2024-10-29T07:00:00.000Z'],
    ['вчера', '2024-10-29T07:00:00.000Z'],
    ['前天', '2024-10-28T07:00:00.000Z'],
    ['Monday', '2024-10-28T07:00:00.000Z'],
    ['星期三', '2024-10-23T07:00:00.000Z'],
    ['sábado', '2024-10-26T07:00:00.000Z'],
    ['5 min ago', '2024-10-30T17:40:00.000Z'],
    ['há 12 min', '2024-10-30T17:33:00.000Z'],
    ['hace 2 horas', '2024-10-30T15:45:00.000Z'],
    ['3分钟前', '2024-10-30T17:42:00.000Z'],
    ['2 дня назад', '2024-10-28T17:45:00.000Z'],
    ['Just now', '2024-10-30T17:45:00.000Z'],
    // Korean (한국어) chat list and dividers.
    ['오늘 10:32', '2024-10-30T17:32:00.000Z'],
    ['어제', '2024-10-29T07:00:00.000Z'],
    ['오전 9:05', '2024-10-30T16:05:00.000Z'],
    ['어제 오후 3:20', '2024-10-29T22:20:00.000Z'],
    ['5분 전', '2024-10-30T17:40:00.000Z'],
    ['월요일', '2024-10-28T07:00:00.000Z'],
    ['방금', '2024-10-30T17:45:00.000Z'],
    ["Aujourd'hui 09:15", '2024-10-30T16:15:00.000Z'],
    ['2024-10-28 09:15:21', '2024-10-28T16:15:21.000Z'],
    ['Oct 15, 2024', '2024-10-15T07:00:00.000Z'],
    ['10月21日', '2024-10-21T07:00:00.000Z'],
    ['10-21', '2024-10-21T07:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(at(text)).toBe(iso);
  });

  it('reads slash dates month first in English and day first in Portuguese', () => {
    expect(at('10/09')).toBe('2024-10-09T07:00:00.000Z');
    expect(at('10/09', { dayFirst: true })).toBe('2024-09-10T07:00:00.000Z');
    expect(at('22/10')).toBe('2024-10-22T07:00:00.000Z');
  });

  it('puts a yearless date later than today in the previous year', () => {
    expect(at('12/24')).toBe('2023-12-24T08:00:00.000Z');
  });

  it('puts a clock-only time on the day of the divider above it', () => {
    const contextDay = resolveChatTime('Oct 15, 2024', NOW)?.day ?? null;
    expect(at('14:02', { contextDay })).toBe('2024-10-15T21:02:00.000Z');
  });

  it('reads a "today" clock later than now as yesterday (page and reader clocks disagree)', () => {
    expect(at('23:50')).toBe('2024-10-30T06:50:00.000Z');
  });

  it('follows daylight saving time', () => {
    const winter = new Date('2024-11-04T18:00:00Z'); // 10:00 PST
    expect(resolveChatTime('09:41', winter)?.iso).toBe('2024-11-04T17:41:00.000Z');
    expect(resolveChatTime('Saturday 16:20', winter)?.iso).toBe('2024-11-02T23:20:00.000Z');
  });

  it.each(['', 'Dmitry S.', 'Olá, tudo bem?', 'Order 8194715118461470'])('finds no time in %j', (text) => {
    expect(at(text)).toBeNull();
  });
});
