import type { Article } from '../schemas/article';
import type { QuorumDatabase } from './database';

/**
 * The first `wanted` articles by rank, best first, that pass `keep`, read from the rank index
 * in pages. A page without a filter is one `getAll` in IndexedDB (Dexie uses it, descending
 * too, where the browser has it), where a filtered Dexie collection steps a cursor once per
 * row: at 100,000 articles that was most of a picks query's time.
 *
 * Pages continue at or below the last rank read, so articles sharing that rank are read again
 * and skipped by URL; each page is twice the last, so even a long run of equal ranks is passed.
 * `keep` sees every article once, in rank order, as a filtered cursor would show them.
 */
export async function topByRank(
  db: QuorumDatabase,
  wanted: number,
  keep: (article: Article) => boolean,
  options: TopByRankOptions = {},
): Promise<Article[]> {
  const { lookAt = Infinity, keepReady } = options;
  const found: Article[] = [];
  if (wanted <= 0 || lookAt <= 0) {
    await keepReady;
    return found;
  }
  const seen = new Set<string>();
  let pageSize = Math.min(wanted * FIRST_PAGE_FACTOR, lookAt);
  let atOrBelow: number | undefined;
  for (;;) {
    const range =
      atOrBelow === undefined ? db.articles.orderBy('rank') : db.articles.where('rank').belowOrEqual(atOrBelow);
    // The first page is read while what `keep` needs is still being read: one wait, not two.
    const [page] = await Promise.all([range.reverse().limit(pageSize).toArray(), keepReady]);
    for (const article of page) {
      if (seen.has(article.url)) continue;
      seen.add(article.url);
      if (keep(article) && found.push(article) === wanted) return found;
      if (seen.size >= lookAt) return found;
    }
    if (page.length < pageSize) return found;
    atOrBelow = page[page.length - 1]!.rank;
    pageSize *= 2;
  }
}

export interface TopByRankOptions {
  /** Articles looked at, at most: a search typed early looks only near the top. */
  lookAt?: number;
  /** Settles when `keep` can be called; the first page is read meanwhile. */
  keepReady?: Promise<unknown>;
}

/**
 * The first page's size, per article wanted: most of the top of the rank index is unread, so
 * one page usually fills the picks; a reader who has read deep into it costs another page.
 */
const FIRST_PAGE_FACTOR = 2;
