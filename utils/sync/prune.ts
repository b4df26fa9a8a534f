import type { QuorumDatabase } from '../db/database';
import type { Article } from '../schemas/article';
import type { ReadingState } from '../schemas/reading';

export const PRUNE_AFTER_MS = 180 * 24 * 60 * 60 * 1000;
export const MAX_ARTICLES = 20_000;

/**
 * Keeps the library bounded. Only articles nobody will miss go: not curated, never read,
 * never saved, and either first seen more than 180 days ago or, past 20,000 rows, the oldest.
 * Marks in `reading` are never deleted, so a dismissed article that comes back stays hidden.
 */
export async function pruneArticles(
  db: QuorumDatabase,
  now: number,
  limits = { maxAgeMs: PRUNE_AFTER_MS, maxArticles: MAX_ARTICLES },
): Promise<number> {
  return db.transaction('rw', db.articles, db.reading, async () => {
    const marks = new Map((await db.reading.toArray()).map((reading) => [reading.url, reading]));
    const prunable = (article: Article) => !article.curated && !isKept(marks.get(article.url));

    const tooOld = await db.articles
      .where('firstSeenAt')
      .below(now - limits.maxAgeMs)
      .filter(prunable)
      .primaryKeys();
    await db.articles.bulkDelete(tooOld);

    const excess = (await db.articles.count()) - limits.maxArticles;
    let overCap: string[] = [];
    if (excess > 0) {
      overCap = (await db.articles.orderBy('firstSeenAt').filter(prunable).limit(excess).primaryKeys()) as string[];
      await db.articles.bulkDelete(overCap);
    }
    return tooOld.length + overCap.length;
  });
}

function isKept(reading: ReadingState | undefined): boolean {
  return reading?.readAt != null || reading?.savedAt != null;
}
