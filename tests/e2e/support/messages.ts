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
export function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return fromStore(page, store, 'getAll') as Promise<T[]>;
}

/** How many rows a store holds: a count, so polling it costs the page nothing like reading them. */
export function countStore(page: Page, store: string): Promise<number> {
  return fromStore(page, store, 'count') as Promise<number>;
}

/** One read request on a store, with the raw API, in a connection opened and closed for it. */
function fromStore(page: Page, store: string, request: 'getAll' | 'count'): Promise<unknown> {
  return page.evaluate(
    ([name, method]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('quorum');
        // Never create the database from here: that is the extension's job, and an empty
        // database made by a test would hold up the extension's own first open.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          try {
            const read = db.transaction(name).objectStore(name)[method]();
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error);
          } catch (error) {
            reject(error);
          } finally {
            db.close();
          }
        };
      }),
    [store, request] as const,
  );
}
