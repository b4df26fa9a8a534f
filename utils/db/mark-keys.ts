import Dexie from 'dexie';
import type { QuorumDatabase } from './database';

/** The marks' indexes: each holds the articles with that mark set, keyed by when it was set. */
export type MarkIndex = 'readAt' | 'dismissedAt' | 'savedAt';

/**
 * The URLs of every article with one mark set, for a query that filters with them.
 *
 * A live query that reads these keys through Dexie is watched key by key: Dexie records each
 * URL it returns, so that a change to any of them re-runs the query. For a reader with 10,000
 * articles read, that bookkeeping costs tens of milliseconds on every re-run, more than the
 * read. Here the keys come from the index directly, in the same transaction, and the query is
 * watched through a count of the same range instead: Dexie watches a count by its range and
 * by every change to a mark's row, which re-runs it on exactly the changes the keys would.
 */
export function markKeys(db: QuorumDatabase, index: MarkIndex): Promise<string[]> {
  return db.transaction('r', db.reading, () => {
    const range = db.reading.where(index).above(0);
    const native = Dexie.currentTransaction?.idbtrans;
    if (!native) return range.primaryKeys() as Promise<string[]>;
    // Dexie's own promise, so the transaction's zone carries over to what the caller does next.
    const keys = new Dexie.Promise<string[]>((resolve, reject) => {
      const request = native.objectStore('reading').index(index).getAllKeys(IDBKeyRange.lowerBound(0, true));
      request.onsuccess = () => resolve(request.result as string[]);
      request.onerror = () => reject(request.error);
    });
    return Dexie.Promise.all([range.count(), keys]).then(([, found]) => found);
  });
}
