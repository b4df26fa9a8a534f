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
    // A comment after the zone, as mail and some CMSs write it
    ['Tue, 10 Jun 2003 04:00:00 +0000 (UTC)', utc('2003-06-10T04:00:00Z')],
    ['Wed, 02 Oct 2002 08:00:00 GMT-0500 (Eastern Standard Time)', utc('2002-10-02T13:00:00Z')],
    // A zone name and an offset together: the offset counts
    ['Tue, 10 Jun 2003 04:00:00 GMT+0000', utc('2003-06-10T04:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 GMT+02:00', utc('2003-06-10T02:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 UTC-7', utc('2003-06-10T11:00:00Z')],
    ['Mon, 2 Jan 2006 15:04:05 -0700 MST', utc('2006-01-02T22:04:05Z')],
    ['Mon, 2 Jan 2006 15:04:05 GMT -0700', utc('2006-01-02T22:04:05Z')],
    // A date without a time is midnight UTC
    ['10 Jun 2003', utc('2003-06-10T00:00:00Z')],
    ['Tue, 10 Jun 2003', utc('2003-06-10T00:00:00Z')],
    ['2 January 2006', utc('2006-01-02T00:00:00Z')],
    // Month names written out, month first
    ['June 10, 2003', utc('2003-06-10T00:00:00Z')],
    ['Monday, January 2, 2006', utc('2006-01-02T00:00:00Z')],
    ['Jan 2, 2006 15:04:05 MST', utc('2006-01-02T22:04:05Z')],
    ['Jan. 2, 2006', utc('2006-01-02T00:00:00Z')],
    ['Sept 9, 2025', utc('2025-09-09T00:00:00Z')],
    ['2006 January 02', utc('2006-01-02T00:00:00Z')],
    ['Mon, 2nd Jan 2006 15:04:05 GMT', utc('2006-01-02T15:04:05Z')],
    // ANSIC and Unix date: the time before the year
    ['Mon Jan  2 15:04:05 2006', utc('2006-01-02T15:04:05Z')],
    ['Mon Jan 2 15:04:05 MST 2006', utc('2006-01-02T22:04:05Z')],
    // 12-hour clocks
    ['June 10, 2003 4:05 PM', utc('2003-06-10T16:05:00Z')],
    ['June 10, 2003 12:30 AM', utc('2003-06-10T00:30:00Z')],
    ['June 10, 2003 12:30 PM', utc('2003-06-10T12:30:00Z')],
    ['Jan. 2, 2006, 3:04 a.m.', utc('2006-01-02T03:04:00Z')],
    ['Monday, January 2, 2006 at 03:04 PM MST', utc('2006-01-02T22:04:00Z')],
    ['Jan 02 2006 03:04:05PM', utc('2006-01-02T15:04:05Z')],
    ['Mon, 2 Jan 2006 3:04:05 pm -0700', utc('2006-01-02T22:04:05Z')],
    // Zone names beyond RFC 822's
    ['Tue, 10 Jun 2003 04:00:00 CET', utc('2003-06-10T03:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 CEST', utc('2003-06-10T02:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 BST', utc('2003-06-10T03:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 IST', utc('2003-06-09T22:30:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 JST', utc('2003-06-09T19:00:00Z')],
    ['Tue, 10 Jun 2003 04:00:00 AEST', utc('2003-06-09T18:00:00Z')],
    ['Mon, 02 Jan 2006 15:04:05MST', utc('2006-01-02T22:04:05Z')],
    // Numeric dates: year first, day first with dots, and slashes only when unambiguous
    ['2006-1-2', utc('2006-01-02T00:00:00Z')],
    ['2006/01/02 15:04', utc('2006-01-02T15:04:00Z')],
    ['2006-01-02 15:04:05 MST', utc('2006-01-02T22:04:05Z')],
    ['2006-01-02 at 15:04:05', utc('2006-01-02T15:04:05Z')],
    ['02.01.2006 15:04', utc('2006-01-02T15:04:00Z')],
    ['13/01/2006', utc('2006-01-13T00:00:00Z')],
    ['01/13/2006 3:04 PM', utc('2006-01-13T15:04:00Z')],
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
    // 1 February or 2 January: a wrong date is worse than none.
    '01/02/2006',
    '13:00 PM June 10, 2003',
    '0:30 AM June 10, 2003',
    'June 10 11 2003',
    'June July 10, 2003',
    '10 Jun 2003 10:00 10:00',
    'Tue, 10 Jun 2003 04:00:00 XYZ',
    'Tue, 10 Jun 2003 04:00:00 +1900',
    'Q2 2003',
    'sometime in 2003',
    '2003',
    // Hugo's and Go's zero time, written for pages that have no date, and others before the web.
    'Mon, 01 Jan 0001 00:00:00 +0000',
    '0001-01-01T00:00:00Z',
    '1989-12-31T23:59:59Z',
    // The year 99 is neither 1999, as Date.UTC would have it, nor a date a feed carries.
    '0099-06-01',
  ])('%j is no date', (raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });

  it('is undefined for undefined', () => {
    expect(parseFeedDate(undefined)).toBeUndefined();
  });
});
