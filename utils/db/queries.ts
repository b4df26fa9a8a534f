import type { Article } from '../schemas/article';
import type { ReadingState } from '../schemas/reading';
import type { QuorumDatabase } from './database';

export interface Pick {
  article: Article;
  reading: ReadingState | undefined;
}

export function isRead(reading: ReadingState | undefined): boolean {
  return reading?.readAt != null;
}

function isHidden(reading: ReadingState | undefined): boolean {
  return reading?.dismissedAt != null;
}

/**
 * The best unread articles, best first. Walks the rank index from the top and stops once
 * `limit` are found, so the cost follows the page size, not the size of the database. The
 * user's marks are few next to the articles, so they are read whole into a map.
 */
export async function unreadPicks(db: QuorumDatabase, limit: number): Promise<Pick[]> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await readingByUrl(db);
    const articles = await db.articles
      .orderBy('rank')
      .reverse()
      .filter((article) => {
        const reading = marks.get(article.url);
        return !isRead(reading) && !isHidden(reading);
      })
      .limit(limit)
      .toArray();
    return articles.map((article) => ({ article, reading: marks.get(article.url) }));
  });
}

/**
 * The best unread picks plus any article the page has already shown, in rank order. A card
 * marked read (or unread) stays where the reader saw it, with its new state and an undo,
 * instead of jumping away under the pointer; it leaves the list on the next open. Dismissed
 * articles always leave at once: that is what dismissing asks for.
 */
export async function picksKeepingShown(db: QuorumDatabase, limit: number, shown: ReadonlySet<string>): Promise<Pick[]> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const unread = await unreadPicks(db, limit);
    const listed = new Set(unread.map((pick) => pick.article.url));
    const keptUrls = [...shown].filter((url) => !listed.has(url));
    if (keptUrls.length === 0) return unread;
    const [articles, marks] = await Promise.all([db.articles.bulkGet(keptUrls), db.reading.bulkGet(keptUrls)]);
    const kept: Pick[] = [];
    articles.forEach((article, index) => {
      const reading = marks[index];
      if (article && !isHidden(reading)) kept.push({ article, reading });
    });
    return [...unread, ...kept].sort((a, b) => b.article.rank - a.article.rank);
  });
}

/** How many articles are neither read nor dismissed. */
export async function unreadCount(db: QuorumDatabase): Promise<number> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const marks = await db.reading.toArray();
    // A mark can outlive its article (pruned, or its feed removed): count only stored ones.
    const markedUrls = marks.filter((reading) => isRead(reading) || isHidden(reading)).map((reading) => reading.url);
    const [total, marked] = await Promise.all([
      db.articles.count(),
      markedUrls.length ? db.articles.where('url').anyOf(markedUrls).count() : 0,
    ]);
    return total - marked;
  });
}

async function readingByUrl(db: QuorumDatabase): Promise<Map<string, ReadingState>> {
  const marks = await db.reading.toArray();
  return new Map(marks.map((reading) => [reading.url, reading]));
}
