import type { Page } from 'playwright-core';

/** Sends a message to the background from an extension page, as the popup or options would. */
export async function sendFromPage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((body) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    return chrome.runtime.sendMessage(body);
  }, message) as Promise<T>;
}

/** Reads rows straight from the extension's IndexedDB, to check what is stored. */
export async function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('quorum');
        // Never create the database from here: that is the extension's job, and an empty
        // database made by a test would hold up the extension's own first open.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          try {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          } catch (error) {
            reject(error);
          } finally {
            db.close();
          }
        };
      }),
    store,
  ) as Promise<T[]>;
}

/** How many rows a store holds: a count, so polling it costs the page nothing like reading them. */
export async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('quorum');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          try {
            const request = db.transaction(name).objectStore(name).count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          } catch (error) {
            reject(error);
          } finally {
            db.close();
          }
        };
      }),
    store,
  );
}
