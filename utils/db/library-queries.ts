import { readsPerWeek, topicCoverage, WEEK_MS, type TopicCoverage } from '../curation/stats';
import type { Topic } from '../schemas/topic';
import type { QuorumDatabase } from './database';
import { isDismissed, isSaved, type PickedArticle } from './queries';
import type { MarkSetter } from '../marks/marks';

/**
 * The new tab's queries beyond picks: the dismissed list, what the library holds, search's
 * rows and the reading stats. Pages call these instead of touching the tables.
 */

/** Dismissed articles, most recently dismissed first. */
export async function queryDismissed(db: QuorumDatabase, limit: number): Promise<PickedArticle[]> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await db.reading.orderBy('dismissedAt').reverse().filter(isDismissedMark).limit(limit).toArray();
    const articles = await db.articles.bulkGet(marks.map((reading) => reading.url));
    const picks: PickedArticle[] = [];
    articles.forEach((article, index) => article && picks.push({ article, reading: marks[index] }));
    return picks;
  });
}

function isDismissedMark(reading: PickedArticle['reading']): boolean {
  return isDismissed(reading);
}

/** Brings every dismissed article back into the picks; returns their URLs (for an undo). */
export async function restoreAllDismissed(db: QuorumDatabase, marks: MarkSetter): Promise<string[]> {
  const urls = (await db.reading.where('dismissedAt').above(0).primaryKeys()) as string[];
  await setDismissed(marks, urls, false);
  return urls;
}

/** Dismisses or restores each of `urls`, one mark change at a time, as a click would. */
export async function setDismissed(marks: MarkSetter, urls: readonly string[], dismissed: boolean): Promise<void> {
  for (const url of urls) await marks.set(url, 'dismissed', dismissed);
}

export interface LibraryStatus {
  /** Articles stored: zero until the starter library is in. */
  articles: number;
  saved: number;
  dismissed: number;
}

/** How much the library holds, so empty states never claim more than is true. */
export async function libraryStatus(db: QuorumDatabase): Promise<LibraryStatus> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const [articles, savedMarks, dismissed] = await Promise.all([
      db.articles.count(),
      db.reading.where('savedAt').above(0).toArray(),
      db.reading.where('dismissedAt').above(0).count(),
    ]);
    return { articles, saved: savedMarks.filter((mark) => isSaved(mark) && !isDismissed(mark)).length, dismissed };
  });
}

/** A key that changes when the library does, to know when to rebuild the search index. */
export async function libraryVersion(db: QuorumDatabase): Promise<string> {
  const [count, newest] = await Promise.all([db.articles.count(), db.articles.orderBy('firstSeenAt').last()]);
  return `${count}:${newest?.firstSeenAt ?? 0}`;
}

export interface ReadingStats {
  weeks: number[];
  coverage: TopicCoverage[];
  thisWeek: number;
  total: number;
}

/** Reads per week over the last `weeks` weeks and how much of each topic has been read. */
export async function readingStats(db: QuorumDatabase, now: number, weeks: number): Promise<ReadingStats> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const reads = await db.reading.where('readAt').above(0).toArray();
    const readUrls = new Set(reads.map((reading) => reading.url));
    const articles: { url: string; topics: Topic[] }[] = [];
    await db.articles.each((article) => void articles.push({ url: article.url, topics: article.topics }));
    const perWeek = readsPerWeek(
      reads.map((reading) => reading.readAt!).filter((time) => time > now - weeks * WEEK_MS),
      now,
      weeks,
    );
    return {
      weeks: perWeek,
      coverage: topicCoverage(articles, readUrls).filter((entry) => entry.known > 0),
      thisWeek: perWeek[perWeek.length - 1] ?? 0,
      total: reads.length,
    };
  });
}
