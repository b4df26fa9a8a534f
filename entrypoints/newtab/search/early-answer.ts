import type { QuorumDatabase } from '@/utils/db/database';
import { topByRank } from '@/utils/db/rank-pages';
import { marksAt } from '@/utils/db/search-queries';
import { earlyMatcher } from './early-match';
import { SEARCH_LIMIT as LIMIT } from './search-count';
import type { SearchAnswer } from './search-engine';

/**
 * Articles an early answer looks at, at most, down the rank index: it runs on the page's main
 * thread, and a common first letter finds its thirty in a few dozen rows. They are read in a
 * page or two, not row by row: the search worker is reading the library meanwhile, and a
 * cursor would wait behind its reads at every step.
 */
const SCAN = 300;

/**
 * The page's own answer to a query typed before the search worker has its index in (the worker
 * starts on the reader's intent and takes a while with a large library): the best-ranked
 * articles whose words start like the query's, with their marks, read straight from the
 * library. Rough (no ranking by relevance, no typo tolerance, no abbreviations), it stands in
 * for the moment until the worker's answer replaces it. Undefined for a query with no word.
 */
export async function earlyAnswer(db: QuorumDatabase, query: string): Promise<SearchAnswer | undefined> {
  const matches = earlyMatcher(query);
  if (!matches) return undefined;
  const articles = await topByRank(db, LIMIT, matches, { lookAt: SCAN });
  const readings = await marksAt(
    db,
    articles.map((article) => article.url),
  );
  return { query, hits: articles.map((article, i) => ({ article, reading: readings[i] })), suggestion: undefined };
}
