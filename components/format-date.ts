const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A publication date as a reader wants it. Classic papers are often dated by year or month
 * only, which parse to the first day at 00:00 UTC; showing "1 Jan 1978" would claim a
 * precision we do not have, so such dates show as "1978" or "Jun 2014".
 */
export function formatPublished(publishedAt: number | undefined): string | undefined {
  if (publishedAt === undefined) return undefined;
  const date = new Date(publishedAt);
  const startOfDay =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  if (startOfDay && date.getUTCDate() === 1) {
    return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : monthFormat.format(date);
  }
  return dayFormat.format(date);
}

/** Machine-readable form for <time dateTime>. */
export function isoDate(publishedAt: number): string {
  return new Date(publishedAt).toISOString().slice(0, 10);
}
