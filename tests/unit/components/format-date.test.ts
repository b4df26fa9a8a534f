import { describe, expect, it } from 'vitest';
import { formatPublished, isoDate } from '../../../components/format-date';

describe('formatPublished', () => {
  it('shows only the year for a date known to the year', () => {
    expect(formatPublished(Date.parse('1978'))).toBe('1978');
  });
  it('shows only the month for a date known to the month', () => {
    expect(formatPublished(Date.parse('2014-06'))).toMatch(/^Jun 2014$|^2014 Jun$|Jun/);
    expect(formatPublished(Date.parse('2014-06'))).not.toMatch(/\b1\b/);
  });
  it('shows the day for a dated post', () => {
    expect(formatPublished(Date.parse('2026-01-14T16:31:13Z'))).toMatch(/14/);
    expect(formatPublished(Date.parse('2026-01-14T16:31:13Z'))).toMatch(/2026/);
  });
  it('says nothing when there is no date', () => {
    expect(formatPublished(undefined)).toBeUndefined();
  });
  it('gives the ISO day for the datetime attribute', () => {
    expect(isoDate(Date.parse('2026-01-14T16:31:13Z'))).toBe('2026-01-14');
  });
});
