import { diversifyBySource } from '../curation/diversify';
import { groupDuplicates } from '../curation/duplicates';
import { countFacets, matchesFilters, NO_FILTERS, type FacetCounts, type PickFilters } from '../curation/pick-filter';
import { DISCUSSIONS_PER_ARTICLE_MAX } from '../badges/discussion-sites';
import type { Article } from '../schemas/article';
import type { Discussion } from '../schemas/discussion';
import type { ReadingState } from '../schemas/reading';
import type { QuorumDatabase } from './database';
import { markKeys } from './mark-keys';
import { mergedReading } from './merged-marks';
import { topByRank } from './rank-pages';

/** An article as a page shows it: the content with the reader's marks (named apart from TypeScript's Pick). */
export interface PickedArticle {
  article: Article;
  reading: ReadingState | undefined;
  /** Other copies of the same story (picks only): "also on …". Marks on any copy count. */
  alsoOn?: { url: string; source: string }[];
  /** The relevance threshold the picks were chosen with, for "why this pick". */
  threshold?: number;
}

export { NO_FILTERS, type FacetCounts, type PickFilters };

export interface PicksQuery {
  limit: number;
  /** Articles below this relevance are hidden unless showLowRelevance (curated ones never are). */
  threshold: number;
  filters?: PickFilters;
  /**
   * Articles the page has already shown. They stay in the list with their current state (a
   * card marked read keeps its place and offers an undo) until the page is opened again.
   * A dismissed one keeps its place too, for the page to fold into a line with an undo.
   */
  shown?: ReadonlySet<string>;
}

export function isRead(reading: ReadingState | undefined): boolean {
  return reading?.readAt != null;
}
export function isSaved(reading: ReadingState | undefined): boolean {
  return reading?.savedAt != null;
}
export function isDismissed(reading: ReadingState | undefined): boolean {
  return reading?.dismissedAt != null;
}

/** How far past the limit to look, so source diversity has other sources to choose from. */
const DIVERSITY_HEADROOM = 2;

/**
 * Picks: the best articles for the filters, by rank, with no long runs from one source.
 * Unfiltered, it walks the rank index from the top and stops early, so its cost follows the
 * page size and not the size of the library (rank-pages.ts); a topic or source filter starts
 * from that index instead. Marks are read as keys to filter with, and as rows only for the
 * cards that carry one.
 */
export async function queryPicks(db: QuorumDatabase, query: PicksQuery): Promise<PickedArticle[]> {
  const { limit, threshold, filters = NO_FILTERS, shown = new Set<string>() } = query;
  return db.transaction('r', db.articles, db.reading, async () => {
    // Only the keys of the marks: no mark object is read to filter, and a card's marks are
    // read only when one of these sets names it (most picks carry no mark at all).
    // The unfiltered walk reads its first page of the rank index meanwhile (keepReady).
    let read = new Set<string>();
    let dismissed = new Set<string>();
    let saved = new Set<string>();
    const marksRead = markKeys(db, 'readAt', 'dismissedAt', 'savedAt').then(([readKeys, dismissedKeys, savedKeys]) => {
      read = new Set(readKeys);
      dismissed = new Set(dismissedKeys);
      saved = new Set(savedKeys);
    });
    const hasMark = (url: string) => read.has(url) || dismissed.has(url) || saved.has(url);
    const matches = (article: Article) =>
      matchesFilters(article, { read: read.has(article.url), dismissed: false }, filters, threshold);
    // Shown cards stay in their places even when they no longer match (just read, or just
    // dismissed: the page shows a one-line placeholder with an undo), so nothing reshuffles.
    const wanted = (article: Article) => shown.has(article.url) || (!dismissed.has(article.url) && matches(article));
    // Marked articles met on the way are kept aside: a copy of a story read elsewhere marks its card.
    const marked: Article[] = [];
    const walk = (article: Article) => {
      if (wanted(article)) return true;
      if (marked.length < MARKED_COPIES_MAX && (read.has(article.url) || dismissed.has(article.url))) {
        marked.push(article);
      }
      return false;
    };
    const budget = limit * DIVERSITY_HEADROOM + shown.size;
    let candidates: Article[];
    if (filters.topic || filters.source) {
      await marksRead;
      const indexed = filters.topic
        ? db.articles.where('topics').equals(filters.topic)
        : db.articles.where('source').equals(filters.source!);
      candidates = (await indexed.filter(walk).toArray()).sort((a, b) => b.rank - a.rank).slice(0, budget);
    } else {
      candidates = await topByRank(db, budget, walk, { keepReady: marksRead });
    }
    const stories = await mergeStories(db, candidates, marked, hasMark);
    const wasShown = ({ copies }: Story) => copies.some((url) => shown.has(url));
    // A story counts when, with the marks of all its copies, it still matches the filters.
    const counts = ({ article, reading }: Story) =>
      reading?.dismissedAt == null && (filters.showRead || reading?.readAt == null) && matches(article);
    // The limit counts the cards that match; kept cards ride along in their places.
    let counted = 0;
    const chosen = diversifyBySource(stories, ({ article }) => article.source).filter((story) =>
      counts(story) ? counted++ < limit : wasShown(story),
    );
    return chosen.map(({ article, reading, alsoOn }) => ({
      article,
      reading,
      threshold,
      ...(alsoOn.length > 0 ? { alsoOn } : {}),
    }));
  });
}

/** At most this many marked articles are kept aside per query to find marked copies. */
const MARKED_COPIES_MAX = 500;

interface Story {
  article: Article;
  reading: ReadingState | undefined;
  /** Every copy's URL, the original's first. */
  copies: string[];
  alsoOn: { url: string; source: string }[];
}

/**
 * The candidates as stories: copies of one story (utils/curation/duplicates.ts) become one
 * card with the original's URL, in the place of the best-ranked copy, with the marks of all.
 */
async function mergeStories(
  db: QuorumDatabase,
  candidates: Article[],
  marked: Article[],
  hasMark: (url: string) => boolean,
): Promise<Story[]> {
  const isCandidate = new Set(candidates);
  const groups = groupDuplicates([...candidates, ...marked]).filter((group) =>
    group.some((article) => isCandidate.has(article)),
  );
  const urls = groups
    .flat()
    .map((article) => article.url)
    .filter(hasMark);
  const marks = new Map(urls.map((url, index) => [url, index]));
  const rows = urls.length > 0 ? await db.reading.bulkGet(urls) : [];
  const stories = groups.map((group) => {
    const [original] = group as [Article];
    return {
      article: withDiscussionsOf(original, group),
      reading: mergedReading(
        original.url,
        group.map((article) => {
          const row = marks.get(article.url);
          return row === undefined ? undefined : rows[row];
        }),
      ),
      copies: group.map((article) => article.url),
      alsoOn: group.slice(1).map((copy) => ({ url: copy.url, source: copy.source })),
      rank: Math.max(...group.map((article) => article.rank)),
    };
  });
  return stories.sort((a, b) => b.rank - a.rank);
}

/**
 * The original with the discussions of every copy: a thread Hacker News opened on the
 * syndicated copy is a discussion of the story the card shows. Newest sighting first, one
 * entry per thread, bounded as one article's are.
 */
function withDiscussionsOf(original: Article, group: readonly Article[]): Article {
  if (group.length === 1 || group.every((copy) => copy === original || !copy.discussions?.length)) return original;
  const byUrl = new Map<string, Discussion>();
  for (const discussion of group.flatMap((copy) => copy.discussions ?? [])) {
    const known = byUrl.get(discussion.url);
    if (!known || discussion.seenAt > known.seenAt) byUrl.set(discussion.url, discussion);
  }
  const discussions = [...byUrl.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, DISCUSSIONS_PER_ARTICLE_MAX);
  return { ...original, discussions };
}

/** Saved articles, most recently saved first. */
export async function querySaved(db: QuorumDatabase, limit: number): Promise<PickedArticle[]> {
  return marked(db, 'savedAt', limit);
}

/** Read articles, most recently read first. */
export async function queryHistory(db: QuorumDatabase, limit: number): Promise<PickedArticle[]> {
  return marked(db, 'readAt', limit);
}

async function marked(db: QuorumDatabase, mark: 'savedAt' | 'readAt', limit: number): Promise<PickedArticle[]> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await db.reading
      .orderBy(mark)
      .reverse()
      .filter((reading) => !isDismissed(reading))
      .limit(limit * 2)
      .toArray();
    const articles = await db.articles.bulkGet(marks.map((reading) => reading.url));
    const picks: PickedArticle[] = [];
    articles.forEach((article, index) => {
      if (article && picks.length < limit) picks.push({ article, reading: marks[index] });
    });
    return picks;
  });
}

/**
 * The count of the list and of every filter chip, each under all the other active filters:
 * one pass over the library (see countFacets).
 */
export async function facetCounts(db: QuorumDatabase, threshold: number, filters: PickFilters): Promise<FacetCounts> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await readingByUrl(db);
    const rows: { article: Article; marks: { read: boolean; dismissed: boolean } }[] = [];
    await db.articles.each((article) => {
      const reading = marks.get(article.url);
      rows.push({ article, marks: { read: isRead(reading), dismissed: isDismissed(reading) } });
    });
    return countFacets(rows, filters, threshold);
  });
}

async function readingByUrl(db: QuorumDatabase): Promise<Map<string, ReadingState>> {
  const marks = await db.reading.toArray();
  return new Map(marks.map((reading) => [reading.url, reading]));
}
