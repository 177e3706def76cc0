import { describe, expect, it } from 'vitest';
import { formatAge, formatSpan } from '@/lib/queue/format';

describe('durations for people', () => {
  it('shows the two largest units', () => {
    expect(formatSpan((2 * 24 + 3) * 3_600_000 + 5 * 60_000, 'en')).toBe('2 days 3 hours');
    expect(formatSpan(10 * 3_600_000, 'en')).toBe('10 hours');
    expect(formatSpan(4 * 3_600_000 + 12 * 60_000, 'zh_CN')).toBe('4 小时 12 分钟');
  });

  it('shows seconds in the last hour of a countdown', () => {
    expect(formatSpan(59 * 60_000 + 9_000, 'en', true)).toBe('59 minutes 9 seconds');
    expect(formatSpan(5 * 3_600_000 + 9_000, 'en', true)).toBe('5 hours');
  });

  it('never prints an empty string', () => {
    expect(formatSpan(0, 'en')).toBe('0 minutes');
    expect(formatAge('2026-11-20T08:00:00.000Z', new Date('2026-11-20T08:00:20.000Z'), 'en')).toBe('20 seconds');
  });
});
