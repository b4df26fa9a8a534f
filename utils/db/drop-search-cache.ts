/** The name of the search worker's own database (utils/db/search-cache.ts). */
export const SEARCH_CACHE_NAME = 'quorum-search';

/**
 * Deletes the stored search index, as a reset must: it is made from the library's text. An
 * open new tab's search worker holds a connection, which Dexie closes on the deletion's
 * request; the deletion finishes then, so "blocked" is not waited for. No Dexie here: the
 * service worker runs resets and has little room in its bundle.
 */
export function dropSearchCache(factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(SEARCH_CACHE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
