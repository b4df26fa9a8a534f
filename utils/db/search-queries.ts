import { liveQuery } from 'dexie';
import type { Article } from '../schemas/article';
import type { ReadingState } from '../schemas/reading';
import type { QuorumDatabase } from './database';
import { libraryVersion } from './library-queries';

/**
 * What the search index reads from the library: every article once, then only what changed.
 * Used by the search worker, which owns the index (entrypoints/newtab/search/).
 */

/** Articles per read when the search index reads the whole library. */
const CHUNK = 2_000;

/**
 * Every article, in URL order, read a chunk at a time: one read of a large library holds the
 * database for hundreds of milliseconds, and the page's own small reads (an early search
 * answer, a mark) would wait behind it.
 */
export async function everyArticleInChunks(db: QuorumDatabase, chunk = CHUNK): Promise<Article[]> {
  const articles: Article[] = [];
  let batch = await db.articles.orderBy(':id').limit(chunk).toArray();
  while (batch.length > 0) {
    articles.push(...batch);
    if (batch.length < chunk) break;
    batch = await db.articles
      .where(':id')
      .above(batch[batch.length - 1]!.url)
      .limit(chunk)
      .toArray();
  }
  return articles;
}

/** Every article URL, from the primary key alone: no article is read to compare with the index. */
export async function articleUrls(db: QuorumDatabase): Promise<string[]> {
  return (await db.articles.toCollection().primaryKeys()) as string[];
}

/** The articles at these URLs, in order; gone ones are left out. */
export async function articlesAt(db: QuorumDatabase, urls: readonly string[]): Promise<Article[]> {
  return (await db.articles.bulkGet([...urls])).filter((article): article is Article => article !== undefined);
}

/**
 * Every mark now, then again after each change made anywhere (a page, the worker's sync):
 * the search worker keeps them at hand so that a hit shows its marks at once. Returns a stop.
 */
export function watchMarks(
  db: QuorumDatabase,
  next: (marks: ReadingState[]) => void,
  error: (reason: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.reading.toArray()).subscribe({ next, error });
  return () => subscription.unsubscribe();
}

/**
 * The library's version (see libraryVersion) now, then again whenever a write anywhere (a
 * sync, a prune, an import) changes it. Returns a stop.
 */
export function watchLibrary(
  db: QuorumDatabase,
  next: (version: string) => void,
  error: (reason: unknown) => void,
): () => void {
  const subscription = liveQuery(() => libraryVersion(db)).subscribe({ next, error });
  return () => subscription.unsubscribe();
}

/** The marks of these URLs, in order (undefined where there is none). */
export async function marksAt(db: QuorumDatabase, urls: readonly string[]): Promise<(ReadingState | undefined)[]> {
  return db.reading.bulkGet([...urls]);
}
