import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../../utils/feeds/dates';

const utc = (text: string) => Date.parse(text);

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 and its variants
    ['Wed, 14 Jan 2026 16:30:41 GMT', utc('2026-01-14T16:30:41Z')],
    ['Mon, 5 Jan 2026 10:00:00 +0000', utc('2026-01-05T10:00:00Z')],
    ['Tue, 13 Jan 2026 09:41:27 +0530', utc('2026-01-13T04:11:27Z')],
    ['Tue, 13 Jan 2026 09:41:27 -08:00', utc('2026-01-13T17:41:27Z')],
    ['Fri, 02 Jan 2026 09:00:00 EST', utc('2026-01-02T14:00:00Z')],
    ['Sun, 07 Jun 2026 09:00:00 PDT', utc('2026-06-07T16:00:00Z')],
    ['Thursday, 15 January 2026 08:00:00 UT', utc('2026-01-15T08:00:00Z')],
    ['15 Jan 2026 08:00 Z', utc('2026-01-15T08:00:00Z')],
    ['03 Mar 99 14:05 GMT', utc('1999-03-03T14:05:00Z')],
    ['03 Mar 07 14:05 GMT', utc('2007-03-03T14:05:00Z')],
    ['Sat, 01 Jan 2039 00:00:00 GMT', utc('2039-01-01T00:00:00Z')],
    ['Wed, 31 Dec 2025 23:59:60 GMT', utc('2025-12-31T23:59:59Z')],
    ['Mon, 05 Jan 2026 10:00:00', utc('2026-01-05T10:00:00Z')],
    // ISO 8601 / RFC 3339
    ['2026-01-12T08:15:00.003-05:00', utc('2026-01-12T13:15:00.003Z')],
    ['2026-01-05T10:00:00Z', utc('2026-01-05T10:00:00Z')],
    ['2026-01-05t10:00:00z', utc('2026-01-05T10:00:00Z')],
    ['2026-01-05T10:00:00.123456789+0100', utc('2026-01-05T09:00:00.123Z')],
    ['2026-01-05T10:00+02', utc('2026-01-05T08:00:00Z')],
    ['2025-10-28', utc('2025-10-28T00:00:00Z')],
    ['  2023-02-23 17:30:00  ', utc('2023-02-23T17:30:00Z')],
    ['2024-02-29T12:00:00Z', utc('2024-02-29T12:00:00Z')],
    // The year 99, not 1999 as Date.UTC would have it.
    ['0099-06-01', -59_029_948_800_000],
  ])('%s', (raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });

  it.each([
    'sometime last week',
    '',
    '   ',
    'Wed, 31 Feb 2021 10:00:00 GMT',
    '2023-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-05T24:00:00Z',
    '2026-01-05T10:60:00Z',
    'Mon, 05 Foo 2026 10:00:00 GMT',
    'Mon, 05 Jan 2026 10:00:00 XYZ',
    '2026-01-05T10:00:00+25:00',
    '1767607200000',
    'NaN',
    '9999999-01-01',
    `2026-01-05T10:00:00.${'1'.repeat(100)}Z`,
  ])('%j is no date', (raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });

  it('is undefined for undefined', () => {
    expect(parseFeedDate(undefined)).toBeUndefined();
  });
});
