import type { Article, Level } from '../schemas/article';
import type { Topic } from '../schemas/topic';
import type { ViewState } from './filters';

/** The filters of the picks list; every one combines with every other. */
export type PickFilters = {
  topic?: ViewState['topic'];
  source?: ViewState['source'];
  level?: ViewState['level'];
  showRead: boolean;
  showLowRelevance: boolean;
};
export const NO_FILTERS: PickFilters = { showRead: false, showLowRelevance: false };

/** What the filters need to know about the reader's marks on one article. */
export interface MarkFlags {
  read: boolean;
  dismissed: boolean;
}

/** A facet the counts are computed for: that filter is swapped, all the others stay. */
type Facet = 'topic' | 'source' | 'level';

/**
 * Whether an article belongs in the picks under `filters`. Dismissed articles never do (they
 * have their own list). `ignore` leaves one facet out, which is how a chip's count is taken.
 */
export function matchesFilters(
  article: Article,
  marks: MarkFlags,
  filters: PickFilters,
  threshold: number,
  ignore?: Facet,
): boolean {
  if (marks.dismissed) return false;
  if (!filters.showRead && marks.read) return false;
  if (!filters.showLowRelevance && !article.curated && article.relevance < threshold) return false;
  if (ignore !== 'topic' && filters.topic && !article.topics.includes(filters.topic)) return false;
  if (ignore !== 'source' && filters.source && article.source !== filters.source) return false;
  return ignore === 'level' || !filters.level || article.level === filters.level;
}

export interface FacetCounts {
  /** Cards the current filters show, all pages together. */
  total: number;
  /** For each topic, the cards a click on its chip would show (the other filters kept). */
  topics: Map<Topic, number>;
  sources: Map<string, number>;
  levels: Map<Level, number>;
  /** Cards that "Show low-relevance" would add to the list as it is filtered now. */
  lowRelevance: number;
}

/**
 * Counts for every chip and for the list in one pass. A topic's count is what the list would
 * hold with that topic chosen instead of the current one, the source and level kept; likewise
 * for sources and levels. So no chip promises cards that its click would not show.
 */
export function countFacets(
  rows: Iterable<{ article: Article; marks: MarkFlags }>,
  filters: PickFilters,
  threshold: number,
): FacetCounts {
  const counts: FacetCounts = { total: 0, topics: new Map(), sources: new Map(), levels: new Map(), lowRelevance: 0 };
  const widened = { ...filters, showLowRelevance: true };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const { article, marks } of rows) {
    if (matchesFilters(article, marks, filters, threshold)) counts.total += 1;
    else if (matchesFilters(article, marks, widened, threshold)) counts.lowRelevance += 1;
    if (matchesFilters(article, marks, filters, threshold, 'topic'))
      for (const topic of new Set(article.topics)) bump(counts.topics, topic);
    if (matchesFilters(article, marks, filters, threshold, 'source')) bump(counts.sources, article.source);
    if (article.level && matchesFilters(article, marks, filters, threshold, 'level'))
      bump(counts.levels, article.level);
  }
  return counts;
}
