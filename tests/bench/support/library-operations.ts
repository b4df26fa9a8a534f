import { buildSearchIndex, type SearchIndex } from '../../../entrypoints/newtab/search/search-index';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../utils/curation/threshold';
import { QuorumDatabase } from '../../../utils/db/database';
import { queryPicks } from '../../../utils/db/queries';
import { applyLocalMark } from '../../../utils/marks/apply-changes';
import type { Article } from '../../../utils/schemas/article';
import type { ReadingState } from '../../../utils/schemas/reading';

/**
 * The library operations the 100,000-article budget is about, written once and run twice: in
 * Node on fake-indexeddb (imported directly) and inside an extension page in Chromium (bundled
 * by page-bundle.ts), so both sides time exactly the same code. Two flavours of each:
 *  - product: Quorum's own functions (queryPicks, applyLocalMark, buildSearchIndex) through Dexie;
 *  - raw: the same queries spelled with the bare IndexedDB API, the floor Dexie adds to.
 * Every timing is taken here, next to the work, so a caller's round trip is not in it.
 */

export const PICKS_LIMIT = 30;
/** queryPicks reads this many candidates per card it returns (its DIVERSITY_HEADROOM). */
const PICKS_HEADROOM = 2;

export interface Timed<T> {
  ms: number;
  result: T;
}

async function time<T>(work: () => Promise<T> | T): Promise<Timed<T>> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export function productOperations(db: QuorumDatabase = new QuorumDatabase()) {
  let index: SearchIndex | undefined;
  const searchIndex = () => {
    if (!index) throw new Error('buildIndex() first');
    return index;
  };
  return {
    picks: () =>
      time(async () =>
        (await queryPicks(db, { limit: PICKS_LIMIT, threshold: DEFAULT_RELEVANCE_THRESHOLD })).map(
          (pick) => pick.article.url,
        ),
      ),
    markRead: (url: string) =>
      time(
        async () => (await applyLocalMark(db, { url, mark: 'read', on: true, by: 'benchdev', now: Date.now() })).readAt,
      ),
    /** Reading the library and indexing it, apart: the page does both on the first keystroke. */
    async buildIndex() {
      const read = await time(() => db.articles.toArray());
      const built = await time(() => buildSearchIndex(read.result));
      index = built.result;
      return { readMs: read.ms, buildMs: built.ms, size: built.result.size };
    },
    search: (query: string) => time(() => searchIndex().search(query).length),
    /** The query plus what the new tab then loads for the hits (use-search.ts does the same). */
    searchAndLoad: (query: string) =>
      time(async () => {
        const urls = searchIndex()
          .search(query)
          .map((hit) => hit.url);
        const [articles, marks] = await Promise.all([db.articles.bulkGet(urls), db.reading.bulkGet(urls)]);
        return articles.filter((article, i) => article && !marks[i]?.dismissedAt).length;
      }),
    close: () => db.close(),
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Opens the extension's database as it is; never creates or upgrades it (that is Quorum's job). */
export async function openExisting(name = 'quorum', factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = factory.open(name);
  open.onupgradeneeded = () => open.transaction?.abort();
  const db = await request(open);
  db.onversionchange = () => db.close();
  return db;
}

export function rawOperations(db: IDBDatabase) {
  return {
    /** queryPicks' unfiltered path: all marks into a map, then the rank index walked from the top. */
    picks: () =>
      time(async () => {
        const tx = db.transaction(['articles', 'reading'], 'readonly');
        const marks = new Map(
          (await request(tx.objectStore('reading').getAll() as IDBRequest<ReadingState[]>)).map((mark) => [
            mark.url,
            mark,
          ]),
        );
        const budget = PICKS_LIMIT * PICKS_HEADROOM;
        const picked = await new Promise<Article[]>((resolve, reject) => {
          const found: Article[] = [];
          const cursor = tx.objectStore('articles').index('rank').openCursor(null, 'prev');
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at || found.length === budget) return resolve(found);
            const article = at.value as Article;
            const mark = marks.get(article.url);
            if (
              mark?.readAt == null &&
              mark?.dismissedAt == null &&
              (article.curated || article.relevance >= DEFAULT_RELEVANCE_THRESHOLD)
            )
              found.push(article);
            at.continue();
          };
        });
        return picked.slice(0, PICKS_LIMIT).map((article) => article.url);
      }),
    /** The same walk, split: reading the marks, then the cursor steps it took to fill the page. */
    picksBreakdown: async () => {
      const start = performance.now();
      const tx = db.transaction(['articles', 'reading'], 'readonly');
      // One lookup of a missing key: what starting a transaction and one round trip cost.
      await request(tx.objectStore('reading').get('https://bench.example/none'));
      const firstMs = performance.now() - start;
      const marks = new Map(
        (await request(tx.objectStore('reading').getAll() as IDBRequest<ReadingState[]>)).map((mark) => [
          mark.url,
          mark,
        ]),
      );
      const marksMs = performance.now() - start - firstMs;
      const budget = PICKS_LIMIT * PICKS_HEADROOM;
      const steps = await new Promise<number>((resolve, reject) => {
        let found = 0;
        let visited = 0;
        const cursor = tx.objectStore('articles').index('rank').openCursor(null, 'prev');
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || found === budget) return resolve(visited);
          visited += 1;
          const article = at.value as Article;
          const mark = marks.get(article.url);
          if (
            mark?.readAt == null &&
            mark?.dismissedAt == null &&
            (article.curated || article.relevance >= DEFAULT_RELEVANCE_THRESHOLD)
          )
            found += 1;
          at.continue();
        };
      });
      return { firstMs, marksMs, walkMs: performance.now() - start - firstMs - marksMs, steps, marks: marks.size };
    },
    /** setRead: read the mark and write it back in one readwrite transaction, until it commits. */
    markRead: (url: string) =>
      time(async () => {
        const tx = db.transaction('reading', 'readwrite');
        const store = tx.objectStore('reading');
        const current = (await request(store.get(url))) as ReadingState | undefined;
        const now = Date.now();
        store.put({
          url,
          readAt: now,
          savedAt: current?.savedAt ?? null,
          dismissedAt: current?.dismissedAt ?? null,
          updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1),
        } satisfies ReadingState);
        await done(tx);
        return now;
      }),
  };
}

/**
 * Writes rows in one transaction with the raw API: set-up must not go through the code under
 * test. Like tests/support/put-rows.ts, it drops the unread histogram the raw write bypasses.
 */
export async function putRows(db: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  const tallied = ['articles', 'reading'].includes(store) && db.objectStoreNames.contains('tallies');
  const tx = db.transaction(tallied ? [store, 'tallies'] : [store], 'readwrite');
  const objects = tx.objectStore(store);
  for (const row of rows) objects.put(row);
  if (tallied) tx.objectStore('tallies').delete('unread');
  await done(tx);
}

export type ProductOperations = ReturnType<typeof productOperations>;
export type RawOperations = ReturnType<typeof rawOperations>;
