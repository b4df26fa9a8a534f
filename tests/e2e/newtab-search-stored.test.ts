import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earlyMatcher } from '../../entrypoints/newtab/search/early-match';
import { buildSearchIndex } from '../../entrypoints/newtab/search/search-index';
import type { Article } from '../../utils/schemas/article';
import type { StoredFirstKeys, StoredSearchIndex } from '../../utils/schemas/search-cache';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { listedUrls, openLiveNewTab, waitForLive } from './support/live-page';
import { readStore } from './support/messages';
import { waitForLibrary } from './support/seed';

const STARTER = readStarterPack().items.length;

/** An entry of the search worker's own database, read from a page as it is stored. */
function readSearchCache<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(
    (entry) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('quorum-search');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const db = open.result;
          try {
            const request = db.transaction('entries').objectStore('entries').get(entry);
            request.onsuccess = () => resolve((request.result as { value: unknown } | undefined)?.value);
            request.onerror = () => reject(request.error);
          } finally {
            db.close();
          }
        };
      }),
    key,
  ) as Promise<T | undefined>;
}

describe('search in the new tab: the stored index, and answers before it is in', () => {
  let session: ExtensionSession;
  let setup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    setup = await session.openPage('options.html');
    await waitForLibrary(setup, STARTER);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers a query at once from the library while the worker has no index, rough but real', async () => {
    // A worker that never answers: what the reader sees is the page's own early answer.
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      (globalThis as unknown as { Worker: unknown }).Worker = class extends EventTarget {
        postMessage(): void {}
        terminate(): void {}
      };
    });
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    await waitForLive(page, 15_000);
    const articles = await readStore<Article>(setup, 'articles');
    const byRank = [...articles].sort((a, b) => b.rank - a.rank);
    for (const query of ['con', 'leader elect', 'r']) {
      await page.fill('#quorum-search', query);
      const matches = earlyMatcher(query)!;
      const expected = byRank.filter(matches).slice(0, 30);
      expect(expected.length, query).toBeGreaterThan(0);
      // Each card listed has a word starting like each of the query's, best-ranked first.
      await expect
        .poll(() => listedUrls(page), { message: query, timeout: 15_000 })
        .toEqual(expected.map((article) => article.url));
    }
    await page.close();
  });

  it('stores the index and the first keys’ answers, and the next new tab answers from them as a built index does', async () => {
    const first = await openLiveNewTab(session);
    await first.focus('#quorum-search');
    await first.waitForFunction(() => performance.getEntriesByName('quorum:search-ready').length > 0, undefined, {
      timeout: 30_000,
    });
    const articles = await readStore<Article>(setup, 'articles');
    const index = buildSearchIndex(articles);
    const stored = await readSearchCache<StoredSearchIndex>(setup, 'index');
    expect(stored?.urls.length).toBe(articles.length);
    expect(new Set(stored?.urls)).toEqual(new Set(articles.map((article) => article.url)));
    const firstKeys = await readSearchCache<StoredFirstKeys>(setup, 'first-keys');
    expect(firstKeys?.version).toBe(stored?.version);
    for (const key of ['r', 'c', 'p'])
      expect(firstKeys?.answers[key], key).toEqual(index.search(key).map((hit) => hit.url));
    await first.close();

    // The next new tab's worker restores it: the same hits as the index built from the library.
    const next = await openLiveNewTab(session);
    for (const query of ['r', 'paxos made simple', 'consensus', '2pc', 'linearizabilty']) {
      await next.fill('#quorum-search', query);
      const expected = index.search(query).map((hit) => hit.url);
      if (expected.length === 0) {
        await expect.poll(() => next.getByText(`No articles match “${query}”.`).count(), { timeout: 15_000 }).toBe(1);
        continue;
      }
      await expect.poll(() => listedUrls(next), { message: query, timeout: 15_000 }).toEqual(expected);
    }
    // The search results are announced as a list, by name.
    expect(await next.getByRole('list', { name: 'Search results' }).count()).toBe(1);
    await next.close();
  });
});
