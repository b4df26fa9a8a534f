import type { Article } from '@/utils/schemas/article';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A publication date as a reader wants it, to the precision it is known: a classic paper dated
 * by its year or month shows as "1978" or "Jun 2014", not as a made-up "1 Jan 1978", while a
 * post a feed dates at midnight on the 1st keeps its day.
 */
export function formatPublished(article: Pick<Article, 'publishedAt' | 'publishedPrecision'>): string | undefined {
  const { publishedAt, publishedPrecision } = article;
  if (publishedAt === undefined) return undefined;
  const date = new Date(publishedAt);
  if (publishedPrecision === 'year') return String(date.getUTCFullYear());
  if (publishedPrecision === 'month') return monthFormat.format(date);
  return dayFormat.format(date);
}

/** Machine-readable form for <time dateTime>, to the same precision: "1978", "2014-06", "2026-01-14". */
export function isoDate(publishedAt: number, precision?: Article['publishedPrecision']): string {
  const day = new Date(publishedAt).toISOString().slice(0, 10);
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return day.slice(0, 7);
  return day;
}
