import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../entrypoints/newtab/search/search-index';
import type { Article } from '../../utils/schemas/article';
import type { ReadingState } from '../../utils/schemas/reading';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { listedUrls, openLiveNewTab } from './support/live-page';
import { readStore } from './support/messages';
import { waitForLibrary } from './support/seed';

const STARTER = readStarterPack().items.length;
/** The queries the search unit tests use, plus short prefixes: one letter is the worst case. */
const QUERIES = ['paxos made simple', 'paxos', 'raft', 'consensus', '2pc', 'crdt', 'hlc', 'linearizabilty', 'r', 'rep'];

describe('search in the new tab, answered by the search worker', () => {
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

  const cards = (page: Page) => page.locator('#root article');

  it('answers a query typed the moment the new tab is up, with what the index finds', async () => {
    const page = await openLiveNewTab(session);
    await page.focus('#quorum-search');
    await page.keyboard.type('paxos made simple');
    const index = buildSearchIndex(await readStore<Article>(setup, 'articles'));
    const expected = index.search('paxos made simple').map((hit) => hit.url);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedUrls(page), { timeout: 15_000 }).toEqual(expected);
  });

  it('lists, for each of the search tests’ queries, exactly what the index ranks first', async () => {
    const page = await openLiveNewTab(session);
    const index = buildSearchIndex(await readStore<Article>(setup, 'articles'));
    for (const query of QUERIES) {
      await page.fill('#quorum-search', query);
      const expected = index.search(query).map((hit) => hit.url);
      if (expected.length === 0) {
        await expect.poll(() => page.getByText(`No articles match “${query}”.`).count(), { timeout: 15_000 }).toBe(1);
        continue;
      }
      await expect.poll(() => listedUrls(page), { message: query, timeout: 15_000 }).toEqual(expected);
      // The header, a polite live region, says how many match: what a screen reader hears.
      const count = page.locator('.newtab__count');
      expect(await count.getAttribute('aria-live')).toBe('polite');
      expect(await count.textContent(), query).toMatch(
        expected.length >= 30 ? `best matches for “${query}”` : new RegExp(`^${expected.length} articles? match`),
      );
    }
  });

  it('shows marks on the hits, and a mark set from a result holds when the query is typed again', async () => {
    const page = await openLiveNewTab(session);
    await page.fill('#quorum-search', 'paxos');
    // Until the worker's index is in, the page shows a rough early answer that the worker's
    // then replaces: the card to mark is taken from the worker's list.
    await page.waitForFunction(() => performance.getEntriesByName('quorum:search-ready').length > 0, undefined, {
      timeout: 30_000,
    });
    const first = cards(page).first();
    await first.waitFor({ timeout: 15_000 });
    const url = (await first.locator('h2 a').getAttribute('href'))!;
    await first.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await readStore<ReadingState>(setup, 'reading')).find((mark) => mark.url === url)?.savedAt)
      .toBeTypeOf('number');

    // Another query and back: the answer comes from the worker's own copy of the marks.
    await page.fill('#quorum-search', 'raft');
    await expect.poll(() => listedUrls(page), { timeout: 15_000 }).not.toContain(url);
    await page.fill('#quorum-search', 'paxos');
    const again = page.locator(`#root article:has(h2 a[href="${url}"])`);
    await expect.poll(() => again.getByRole('button', { name: 'Unsave' }).count(), { timeout: 15_000 }).toBe(1);

    // A new tab's worker reads the mark with the library.
    const fresh = await openLiveNewTab(session);
    await fresh.fill('#quorum-search', 'paxos');
    await expect
      .poll(
        () => fresh.locator(`#root article:has(h2 a[href="${url}"])`).getByRole('button', { name: 'Unsave' }).count(),
        { timeout: 15_000 },
      )
      .toBe(1);
  });
});
