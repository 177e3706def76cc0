import { describe, expect, it } from 'vitest';
import { deadlineFromCountdown, parseCountdownMs } from '@/lib/pages/parse/countdown';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('parseCountdownMs', () => {
  it.each([
    ['Respond within 4 days 9:31:06', 4 * d + 9 * h + 31 * m + 6 * s],
    ['②Respond within 9:31:6 of 4 days', 4 * d + 9 * h + 31 * m + 6 * s],
    ['0 days, 0 hours, 0 minutes and 10 seconds', 10 * s],
    ['24 days, 21:43:22', 24 * d + 21 * h + 43 * m + 22 * s],
    ['1 day 2 hours', d + 2 * h],
    ['2 DAYS 1 HOUR', 2 * d + h],
    ['5d 3h 2m 1s', 5 * d + 3 * h + 2 * m + s],
    ['12:00:00', 12 * h],
    ['0 days 00:00:00', 0],
    ['2 days 05:30', 2 * d + 5 * h + 30 * m],
    ['剩余 1天 05:12:33', d + 5 * h + 12 * m + 33 * s],
    ['3天23时12分12秒', 3 * d + 23 * h + 12 * m + 12 * s],
    ['3天23小时12分钟12秒', 3 * d + 23 * h + 12 * m + 12 * s],
    ['还剩2天', 2 * d],
    ['剩余时间：4天9小时31分6秒', 4 * d + 9 * h + 31 * m + 6 * s],
    ['Responda em 2 dias 03:04:05', 2 * d + 3 * h + 4 * m + 5 * s],
    ['Tempo restante: 1 dia 2 horas 3 minutos 4 segundos', d + 2 * h + 3 * m + 4 * s],
    ['2 días 03:04:05', 2 * d + 3 * h + 4 * m + 5 * s],
    ['Quedan 1 día, 2 horas', d + 2 * h],
    ['Осталось 2 дня 03:04:05', 2 * d + 3 * h + 4 * m + 5 * s],
    ['2 д. 3 ч. 4 мин.', 2 * d + 3 * h + 4 * m],
    ['1 день 2 часа 5 минут 6 секунд', d + 2 * h + 5 * m + 6 * s],
    ['5 дней', 5 * d],
    ['1 week', 7 * d],
  ])('%j', (text, expected) => {
    expect(parseCountdownMs(text)).toBe(expected);
  });

  it.each([
    [''],
    ['hello'],
    ['12:00'],
    ['3 months'],
    ['2024-10-28 04:23:19'],
    ['2024年10月28日'],
    ['10月28日'],
    ['28.10.2024 04:23'],
    ['<script>1 day</script>x'.replace('1 day', 'one day')],
    ['😀⏳'],
    ['\u202E٣ أيام'],
  ])('%j -> null', (text) => {
    expect(parseCountdownMs(text)).toBeNull();
  });
});

describe('deadlineFromCountdown', () => {
  const now = new Date('2024-10-28T12:00:00.000Z');

  it('adds the countdown to the moment of reading', () => {
    expect(deadlineFromCountdown('Respond within 4 days 9:31:06', now)).toBe('2024-11-01T21:31:06.000Z');
    expect(deadlineFromCountdown('还剩2天', now)).toBe('2024-10-30T12:00:00.000Z');
  });

  it('returns null without a countdown or with an invalid clock', () => {
    expect(deadlineFromCountdown('no time shown', now)).toBeNull();
    expect(deadlineFromCountdown('2 days', new Date(Number.NaN))).toBeNull();
  });
});

describe('countdowns whose digit groups sit in separate spans', () => {
  it.each([
    ['2 дн. 03 : 04 : 05', 2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000],
    ['Respond within 1 days 09 : 31 : 06', 86_400_000 + 9 * 3_600_000 + 31 * 60_000 + 6_000],
  ])('%s', (text, ms) => {
    expect(parseCountdownMs(text)).toBe(ms);
  });
});
