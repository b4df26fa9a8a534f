import type { Page } from 'playwright-core';

/**
 * Writes rows straight into the extension's IndexedDB from one of its pages, with the raw
 * API, as a sync or a click elsewhere would have left them: set-up never goes through the
 * code under test. The database must exist already (the extension creates it on install).
 * Rows go over as JSON text (the protocol carries one string far faster than thousands of
 * objects) and are written in one transaction. Returns the store's count afterwards.
 *
 * Raw writes pass below the extension's own bookkeeping, so a write to articles or marks
 * drops the kept unread histogram in the same transaction, exactly as clearing a table does;
 * the extension counts it afresh (utils/db/unread/).
 */
export async function putRows(page: Page, store: string, rows: readonly unknown[]): Promise<number> {
  return page.evaluate(
    async ([name, json]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('quorum');
        // Never create the database from here: the extension does, with its schema.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tallied = ['articles', 'reading'].includes(name) && db.objectStoreNames.contains('tallies');
        const tx = db.transaction(tallied ? [name, 'tallies'] : [name], 'readwrite');
        const objects = tx.objectStore(name);
        for (const row of JSON.parse(json) as unknown[]) objects.put(row);
        if (tallied) tx.objectStore('tallies').delete('unread');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const stored = await new Promise<number>((resolve) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return stored;
    },
    [store, JSON.stringify(rows)] as const,
  );
}
