import type { Page } from 'playwright-core';
import type { Article, Level } from '../../../utils/schemas/article';
import { readStore } from './messages';

export { putRows } from '../../support/put-rows';

/** Deletes every row of a store, with the raw API (and the unread histogram with it, see putRows). */
export function clearStore(page: Page, store: string): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quorum');
        open.onsuccess = () => {
          const tallied = ['articles', 'reading'].includes(name) && open.result.objectStoreNames.contains('tallies');
          const tx = open.result.transaction(tallied ? [name, 'tallies'] : [name], 'readwrite');
          tx.objectStore(name).clear();
          if (tallied) tx.objectStore('tallies').delete('unread');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    store,
  );
}

/** Waits until the starter library is stored (the install writes it in the background). */
export async function waitForLibrary(page: Page, atLeast: number): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const stored = await readStore(page, 'articles').catch(() => []);
    if (stored.length >= atLeast) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`The library never reached ${atLeast} articles`);
}

const LEVELS: Level[] = ['intro', 'intermediate', 'advanced'];
export const SEED_SOURCES = ['Venue Alpha', 'Venue Beta', 'Venue Gamma'];

/**
 * Feed articles with levels, spread over three sources and two topics, some of low relevance,
 * ranked above the starter pack so they lead the picks.
 */
export function leveledArticles(count: number, now = Date.now()): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `https://levels.example/post-${i}`,
    title: `Seeded article ${i} on ${i % 2 ? 'quorum reads' : 'log replication'}`,
    source: SEED_SOURCES[i % SEED_SOURCES.length]!,
    summary: `A seeded summary for article ${i}. It says what the reader will learn.`,
    topics: i % 2 ? ['consensus'] : ['replication', 'consensus'],
    kind: 'article',
    relevance: i % 5 === 4 ? 0.1 : 0.8,
    curated: false,
    feedIds: ['feed:levels'],
    publishedAt: now - i * 3_600_000,
    firstSeenAt: now - i * 3_600_000,
    rank: 1e6 - i,
    level: LEVELS[i % LEVELS.length]!,
    minutes: 5 + i,
  }));
}
