import { RESURFACE_AFTER_MS, RESURFACE_MAX, shouldResurface } from '../paths/resurface';
import type { Topic } from '../schemas/topic';
import type { QuorumDatabase } from './database';
import { markKeys } from './mark-keys';
import { isDismissed, isRead, type PickedArticle } from './queries';

/** The articles a list's cards link to: their prerequisites and gentler items, sorted, once each. */
export function guidanceUrls(picks: readonly PickedArticle[]): string[] {
  const wanted = new Set<string>();
  for (const { article } of picks) {
    for (const url of article.prerequisites ?? []) wanted.add(url);
    if (article.easier) wanted.add(article.easier);
  }
  return [...wanted].sort();
}

/** The articles and marks for some URLs (path steps, prerequisites), keyed by URL; missing ones left out. */
export async function queryPicksByUrl(
  db: QuorumDatabase,
  urls: readonly string[],
): Promise<Map<string, PickedArticle>> {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return new Map();
  return db.transaction('r', db.articles, db.reading, async () => {
    const [articles, marks] = await Promise.all([db.articles.bulkGet(unique), db.reading.bulkGet(unique)]);
    const picks = new Map<string, PickedArticle>();
    articles.forEach((article, index) => {
      if (article) picks.set(article.url, { article, reading: marks[index] });
    });
    return picks;
  });
}

/** URLs of every article marked read: path progress is counted from these. */
export async function queryReadUrls(db: QuorumDatabase): Promise<Set<string>> {
  const [read] = await markKeys(db, 'readAt');
  return new Set<string>(read);
}

/**
 * Up to `limit` unread feed articles (not curated ones: the path already has those) on the
 * topics of the reader's path, best first. Walks the rank index from the top and stops early.
 */
export async function queryRelatedToPath(
  db: QuorumDatabase,
  topics: readonly Topic[],
  threshold: number,
  exclude: ReadonlySet<string>,
  limit = 2,
): Promise<PickedArticle[]> {
  if (topics.length === 0) return [];
  const wanted = new Set(topics);
  return db.transaction('r', db.articles, db.reading, async () => {
    const [read, dismissed] = await markKeys(db, 'readAt', 'dismissedAt');
    const hidden = new Set<string>([...read, ...dismissed]);
    const articles = await db.articles
      .orderBy('rank')
      .reverse()
      .filter(
        (article) =>
          !article.curated &&
          article.relevance >= threshold &&
          !hidden.has(article.url) &&
          !exclude.has(article.url) &&
          article.topics.some((topic) => wanted.has(topic)),
      )
      .limit(limit)
      .toArray();
    const marks = await db.reading.bulkGet(articles.map((article) => article.url));
    return articles.map((article, index) => ({ article, reading: marks[index] }));
  });
}

/** Saved articles left unread for two weeks, oldest save first, at most two. */
export async function queryResurfaced(
  db: QuorumDatabase,
  now: number,
  dismissedFromRow: ReadonlySet<string>,
): Promise<PickedArticle[]> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await db.reading
      .where('savedAt')
      .between(1, now - RESURFACE_AFTER_MS, true, true)
      .filter((reading) => shouldResurface(reading, now, dismissedFromRow))
      .limit(RESURFACE_MAX * 2)
      .toArray();
    const articles = await db.articles.bulkGet(marks.map((reading) => reading.url));
    const picks: PickedArticle[] = [];
    articles.forEach((article, index) => {
      const reading = marks[index];
      if (article && picks.length < RESURFACE_MAX && !isRead(reading) && !isDismissed(reading)) {
        picks.push({ article, reading });
      }
    });
    return picks;
  });
}

/** Minutes of reading finished per week, oldest week first, for the last `weeks` weeks. */
export async function queryMinutesPerWeek(
  db: QuorumDatabase,
  now: number,
  weeks = 8,
): Promise<{ weekStart: number; minutes: number }[]> {
  const WEEK = 7 * 24 * 60 * 60 * 1000;
  const start = now - weeks * WEEK;
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await db.reading.where('readAt').above(start).toArray();
    const articles = await db.articles.bulkGet(marks.map((reading) => reading.url));
    const totals = Array.from({ length: weeks }, (_, index) => ({ weekStart: start + index * WEEK, minutes: 0 }));
    marks.forEach((reading, index) => {
      const slot = Math.min(weeks - 1, Math.floor((reading.readAt! - start) / WEEK));
      const bucket = totals[slot];
      if (bucket) bucket.minutes += articles[index]?.minutes ?? 0;
    });
    return totals;
  });
}
