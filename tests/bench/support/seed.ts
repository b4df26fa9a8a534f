import type { Page } from 'playwright-core';
import { TOPIC_IDS } from '../../../utils/curation/taxonomy';
import type { Article } from '../../../utils/schemas/article';
import { putRows } from '../../support/put-rows';
import { readStore } from '../../e2e/support/messages';

/** Synthetic but valid articles, ranked below and among the starter pack's. */
export function syntheticArticles(count: number, now = Date.now()): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `https://bench.example/post-${i}`,
    title: `Synthetic article ${i} about replicated logs and consensus`,
    source: `Source ${i % 40}`,
    summary: 'A synthetic summary used to fill the database for benchmarks. It has two sentences.',
    topics: [TOPIC_IDS[i % TOPIC_IDS.length]!],
    kind: 'article',
    relevance: 0.3 + ((i * 7919) % 70) / 100,
    curated: false,
    feedIds: ['feed:bench'],
    publishedAt: now - i * 3_600_000,
    firstSeenAt: now - i * 3_600_000,
    rank: -i,
  }));
}

/**
 * Writes rows straight into the extension's IndexedDB from one of its pages, with the raw
 * API: benchmarks measure the product, so they must not go through its code to set up.
 */
export function seedArticles(page: Page, articles: Article[]): Promise<number> {
  return putRows(page, 'articles', articles);
}

/**
 * Like seedArticles, for big libraries: rows are written in transactions of `batch` rows, so
 * no single transaction holds the whole library in memory. Returns the store's count.
 */
export async function seedInBatches(
  page: Page,
  store: string,
  rows: readonly unknown[],
  batch = 5_000,
): Promise<number> {
  let count = 0;
  for (let start = 0; start < rows.length; start += batch) {
    count = await putRows(page, store, rows.slice(start, start + batch));
  }
  return count;
}

/**
 * Waits until the unread histogram is stored again. Seeding with the raw API drops it (see
 * putRows); a real profile always has one, because the background counts it after each sync.
 * Quorum's own pages count it when idle, so the caller opens or reloads one of them first.
 * Without this, every timed open would start the count afresh and be closed before it lands.
 */
export async function waitForUnreadTally(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const tallies = await readStore<{ id: string }>(page, 'tallies');
    if (tallies.some((tally) => tally.id === 'unread')) return;
    await page.waitForTimeout(100);
  }
  throw new Error('The unread histogram was never counted after seeding');
}
