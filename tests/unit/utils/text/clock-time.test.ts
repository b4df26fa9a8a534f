import { describe, expect, it } from 'vitest';
import { clockTime } from '@/utils/text/clock-time';

describe('clockTime', () => {
  it('writes an hour before ten without a leading zero, and minutes with one', () => {
    const text = clockTime(new Date(2026, 11, 2, 9, 5));
    expect(text).toMatch(/^9\D05/);
  });

  it('reads the same for a time given as milliseconds or as a Date', () => {
    const at = new Date(2026, 11, 2, 21, 40);
    expect(clockTime(at.getTime())).toBe(clockTime(at));
    expect(clockTime(at)).toMatch(/(9|21)\D40/);
  });
});
