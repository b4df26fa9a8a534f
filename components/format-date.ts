const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A publication date as a reader wants it. Classic papers are often dated by year only, which
 * parses to 1 January 00:00 UTC; showing "1 Jan 1978" would claim a precision we do not have.
 */
export function formatPublished(publishedAt: number | undefined): string | undefined {
  if (publishedAt === undefined) return undefined;
  const date = new Date(publishedAt);
  const yearOnly =
    date.getUTCMonth() === 0 && date.getUTCDate() === 1 && date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  return yearOnly ? String(date.getUTCFullYear()) : dayFormat.format(date);
}

/** Machine-readable form for <time dateTime>. */
export function isoDate(publishedAt: number): string {
  return new Date(publishedAt).toISOString().slice(0, 10);
}
