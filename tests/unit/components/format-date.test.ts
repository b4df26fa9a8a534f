import { describe, expect, it } from 'vitest';
import { formatPublished, isoDate } from '../../../components/format-date';

const published = (date: string, publishedPrecision?: 'year' | 'month') =>
  formatPublished({ publishedAt: Date.parse(date), ...(publishedPrecision ? { publishedPrecision } : {}) });

describe('formatPublished', () => {
  it('shows only the year for a date known to the year', () => {
    expect(published('1978', 'year')).toBe('1978');
  });
  it('shows only the month for a date known to the month, January included', () => {
    expect(published('2014-06', 'month')).toMatch(/Jun/);
    expect(published('2014-06', 'month')).not.toMatch(/\b1\b/);
    expect(published('2026-01', 'month')).toMatch(/Jan/);
    expect(published('2026-01', 'month')).toMatch(/2026/);
  });
  it('shows the day for a dated post', () => {
    expect(published('2026-01-14T16:31:13Z')).toMatch(/14/);
    expect(published('2026-01-14T16:31:13Z')).toMatch(/2026/);
  });
  it('keeps the day of a post a feed dates at midnight on the first of a month', () => {
    // A feed's "Thu, 01 Jan 2026 00:00:00 GMT" is a real day, not a year alone.
    expect(published('2026-01-01T00:00:00Z')).toMatch(/\b1\b/);
    expect(published('2026-01-01T00:00:00Z')).toMatch(/Jan/);
    expect(published('2025-06-01T00:00:00Z')).toMatch(/\b1\b/);
  });
  it('says nothing when there is no date', () => {
    expect(formatPublished({})).toBeUndefined();
  });
  it('gives the datetime attribute to the same precision', () => {
    expect(isoDate(Date.parse('2026-01-14T16:31:13Z'))).toBe('2026-01-14');
    expect(isoDate(Date.parse('2014-06'), 'month')).toBe('2014-06');
    expect(isoDate(Date.parse('1978'), 'year')).toBe('1978');
  });
});
