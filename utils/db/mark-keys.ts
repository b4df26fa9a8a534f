import Dexie from 'dexie';
import type { QuorumDatabase } from './database';

/** The marks' indexes: each holds the articles with that mark set, keyed by when it was set. */
export type MarkIndex = 'readAt' | 'dismissedAt' | 'savedAt';

/**
 * The URLs of every article with each of these marks set, in the order asked, for a query that
 * filters with them.
 *
 * A live query that reads these keys through Dexie is watched key by key: Dexie records each
 * URL it returns, so that a change to any of them re-runs the query. For a reader with 10,000
 * articles read, that bookkeeping costs tens of milliseconds on every re-run, more than the
 * read. Here the keys come from the indexes directly, in the same transaction, and the query
 * is watched through one read of a single mark row by primary key: Dexie watches that read by
 * its whole key range, so any change to any mark re-runs the query, which is every change the
 * keys could show and a few more (a saved mark, for a query of read ones), all cheap to re-run.
 */
export function markKeys<Indexes extends MarkIndex[]>(
  db: QuorumDatabase,
  ...indexes: Indexes
): Promise<{ [Position in keyof Indexes]: string[] }> {
  type Found = { [Position in keyof Indexes]: string[] };
  return db.transaction('r', db.reading, () => {
    // Dexie sets up the native transaction (its own, or the caller's it joins) before this runs.
    const store = Dexie.currentTransaction.idbtrans.objectStore('reading');
    // Dexie's own promises, so the transaction's zone carries over to what the caller does next.
    const keys = indexes.map(
      (index) =>
        new Dexie.Promise<string[]>((resolve, reject) => {
          const request = store.index(index).getAllKeys(IDBKeyRange.lowerBound(0, true));
          request.onsuccess = () => resolve(request.result as string[]);
          request.onerror = () => reject(request.error);
        }),
    );
    const watch = db.reading.limit(1).toArray();
    return Dexie.Promise.all(keys).then((found) => watch.then(() => found as Found));
  });
}
