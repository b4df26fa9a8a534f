import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../../utils/db/schema';
import { QuorumDatabase } from '../../../../utils/db/database';
import type { Feed } from '../../../../utils/schemas/feed';
import type { ReadingState } from '../../../../utils/schemas/reading';
import { article, testDatabase } from '../../support/test-db';

/**
 * The migration harness: for every schema version, build a database exactly as that release
 * wrote it, fill it, close it, then open it with the current schema and check nothing was
 * lost. With one version so far the upgrade is 1 → 1; each new version adds a step here
 * without anyone having to remember to.
 */
const fixtureArticles = [article({ url: 'https://a.example/1', rank: 3 }), article({ url: 'https://a.example/2', topics: ['storage', 'replication'] })];
const fixtureReading: ReadingState[] = [
  { url: 'https://a.example/1', readAt: 1_700_000_000_001, savedAt: null, dismissedAt: null, updatedAt: 1_700_000_000_001 },
  { url: 'https://a.example/2', readAt: null, savedAt: 1_700_000_000_002, dismissedAt: null, updatedAt: 1_700_000_000_002 },
  { url: 'https://gone.example/pruned', readAt: 1_700_000_000_003, savedAt: 1_700_000_000_003, dismissedAt: null, updatedAt: 1_700_000_000_003 },
];
const fixtureFeed: Feed = {
  id: 'feed:test', url: 'https://a.example/feed', kind: 'feed', title: 'A', enabled: true, builtin: false,
  ignoreHttpCache: false, addedAt: 1_700_000_000_000, errorCount: 0, etag: '"v1"',
};

describe('database migrations', () => {
  const open: QuorumDatabase[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  it.each(SCHEMA_VERSIONS.map((_, index) => index))('a database written by schema version #%i upgrades with every read mark, saved item, article and feed intact', async (index) => {
    const old = testDatabase(SCHEMA_VERSIONS.slice(0, index + 1));
    await old.open();
    await old.articles.bulkPut(fixtureArticles);
    await old.reading.bulkPut(fixtureReading);
    await old.feeds.put(fixtureFeed);
    old.close();

    // Same name, current schema: exactly what a browser does after an extension update.
    const upgraded = new QuorumDatabase(old.name);
    open.push(upgraded);
    await upgraded.open();

    expect(upgraded.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
    expect(await upgraded.reading.orderBy('url').toArray()).toEqual(fixtureReading);
    expect(await upgraded.reading.where('readAt').above(0).count()).toBe(2);
    expect(await upgraded.reading.where('savedAt').above(0).count()).toBe(2);
    const articles = await upgraded.articles.orderBy('url').toArray();
    expect(articles.map((a) => a.url)).toEqual(fixtureArticles.map((a) => a.url));
    expect(await upgraded.articles.where('topics').equals('replication').count()).toBe(1);
    expect(await upgraded.feeds.get('feed:test')).toMatchObject({ etag: '"v1"' });
  });
});
