import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { QuorumDatabase } from '../../../../utils/db/database';
import { ensureUnreadTally, unreadCount } from '../../../../utils/db/unread/unread-count';
import { SCHEMA_VERSIONS } from '../../../../utils/db/schema';
import { applyMarkChanges } from '../../../../utils/marks/apply-changes';
import type { Feed } from '../../../../utils/schemas/feed';
import type { ReadingState } from '../../../../utils/schemas/reading';
import { article, testDatabase } from '../../support/test-db';

/**
 * The migration harness: for every schema version, build a database exactly as that release
 * wrote it, fill it, close it, then open it with the current schema and check nothing was
 * lost. Each new version adds a step here without anyone having to remember to.
 */
const fixtureArticles = [
  article({ url: 'https://a.example/1', rank: 3 }),
  article({ url: 'https://a.example/2', topics: ['storage', 'replication'] }),
  // Written before curated articles were held to relevance 1.
  article({ url: 'https://a.example/3', curated: true, relevance: 0.4 }),
];
const fixtureReading: ReadingState[] = [
  {
    url: 'https://a.example/1',
    readAt: 1_700_000_000_001,
    savedAt: null,
    dismissedAt: null,
    updatedAt: 1_700_000_000_001,
  },
  {
    url: 'https://a.example/2',
    readAt: null,
    savedAt: 1_700_000_000_002,
    dismissedAt: null,
    updatedAt: 1_700_000_000_002,
  },
  {
    url: 'https://gone.example/pruned',
    readAt: 1_700_000_000_003,
    savedAt: 1_700_000_000_003,
    dismissedAt: null,
    updatedAt: 1_700_000_000_003,
  },
];
/** The same marks after version 3: each mark a register, changed when it was set, by no known device. */
const clock = (at: number | null) => ({ at: at ?? 0, by: '' });
const upgradedReading: ReadingState[] = fixtureReading.map((row) => ({
  ...row,
  changes: { read: clock(row.readAt), saved: clock(row.savedAt), dismissed: clock(row.dismissedAt) },
}));
const fixtureFeed: Feed = {
  id: 'feed:test',
  url: 'https://a.example/feed',
  kind: 'feed',
  title: 'A',
  enabled: true,
  builtin: false,
  ignoreHttpCache: false,
  addedAt: 1_700_000_000_000,
  errorCount: 0,
  etag: '"v1"',
};

async function writtenBy(versionIndex: number): Promise<string> {
  const old = testDatabase(SCHEMA_VERSIONS.slice(0, versionIndex + 1));
  await old.open();
  await old.articles.bulkPut(fixtureArticles);
  await old.reading.bulkPut(fixtureReading);
  await old.feeds.put(fixtureFeed);
  old.close();
  return old.name;
}

describe('database migrations', () => {
  const open: Dexie[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  it.each(SCHEMA_VERSIONS.map((_, index) => index))(
    'a database written by schema version #%i upgrades with every read mark, saved item, article and feed intact',
    async (index) => {
      // Same name, current schema: exactly what a browser does after an extension update.
      const upgraded = new QuorumDatabase(await writtenBy(index));
      open.push(upgraded);
      await upgraded.open();

      expect(upgraded.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      // Rows written by version 3 or later are stored as written; older ones gain their registers.
      const hadRegisters = SCHEMA_VERSIONS[index]!.version >= 3;
      expect(await upgraded.reading.orderBy('url').toArray()).toEqual(hadRegisters ? fixtureReading : upgradedReading);
      expect(await upgraded.reading.where('readAt').above(0).count()).toBe(2);
      expect(await upgraded.reading.where('savedAt').above(0).count()).toBe(2);
      const articles = await upgraded.articles.orderBy('url').toArray();
      expect(articles.map((a) => a.url)).toEqual(fixtureArticles.map((a) => a.url));
      expect(await upgraded.articles.where('topics').equals('replication').count()).toBe(1);
      expect(await upgraded.feeds.get('feed:test')).toMatchObject({ etag: '"v1"' });
    },
  );

  it('version 2 indexes relevance and lifts old curated rows to 1, so unread counts come from the index', async () => {
    const upgraded = new QuorumDatabase(await writtenBy(0));
    open.push(upgraded);
    await upgraded.open();
    expect((await upgraded.articles.get('https://a.example/3'))?.relevance).toBe(1);
    expect(await upgraded.articles.where('relevance').aboveOrEqual(0.5).count()).toBe(3);
    // 3 articles, one read: two unread above the default threshold.
    expect(await unreadCount(upgraded, 0.35)).toBe(2);
  });

  it('a migration that fails leaves the old database as it was, and the next open finishes it', async () => {
    const name = await writtenBy(0);
    const failing = new QuorumDatabase(name, [
      SCHEMA_VERSIONS[0]!,
      {
        ...SCHEMA_VERSIONS[1]!,
        upgrade: async (tx) => {
          await tx.table('articles').toCollection().modify({ relevance: 1 });
          throw new Error('the service worker stopped here');
        },
      },
    ]);
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    const stillOld = new Dexie(name);
    open.push(stillOld);
    await stillOld.open();
    expect(stillOld.verno).toBe(1);
    expect((await stillOld.table('articles').get('https://a.example/3')).relevance).toBe(0.4);
    expect(await stillOld.table('reading').count()).toBe(fixtureReading.length);
    stillOld.close();

    const retried = new QuorumDatabase(name);
    open.push(retried);
    await retried.open();
    expect(retried.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await retried.reading.orderBy('url').toArray()).toEqual(upgradedReading);
  });

  it('version 3 gives every mark its own clock, so a read from another device still beats an older clear', async () => {
    const upgraded = new QuorumDatabase(await writtenBy(1));
    open.push(upgraded);
    await upgraded.open();
    // https://a.example/2 was saved, never read here: a read made elsewhere after that applies.
    const changed = await applyMarkChanges(upgraded, [
      { url: 'https://a.example/2', mark: 'read', on: true, at: 1_700_000_100_000, by: 'otherdev' },
      // An un-save older than the save made here loses.
      { url: 'https://a.example/2', mark: 'saved', on: false, at: 1_699_999_990_000, by: 'otherdev' },
    ]);
    expect(changed).toHaveLength(1);
    expect(await upgraded.reading.get('https://a.example/2')).toMatchObject({
      readAt: 1_700_000_100_000,
      savedAt: 1_700_000_000_002,
    });
    expect(await upgraded.pendingMarks.count()).toBe(0);
  });

  it('version 4 adds the unread tally empty; counts stay right before and after the background fills it', async () => {
    const upgraded = new QuorumDatabase(await writtenBy(2));
    open.push(upgraded);
    await upgraded.open();
    expect(await upgraded.tallies.count()).toBe(0);
    // Three articles, one read (the third read mark's article is gone): two unread.
    expect(await unreadCount(upgraded, 0.35)).toBe(2);
    await ensureUnreadTally(upgraded);
    expect(await upgraded.tallies.count()).toBe(1);
    expect(await unreadCount(upgraded, 0.35)).toBe(2);
  });

  it('version 5 drops the indexes no query reads and keeps every row', async () => {
    const upgraded = new QuorumDatabase(await writtenBy(3));
    open.push(upgraded);
    await upgraded.open();
    // The indexes IndexedDB itself holds, not the ones Dexie was told of.
    const indexes = (table: string) => [...upgraded.backendDB().transaction(table).objectStore(table).indexNames];
    expect(indexes('articles')).not.toContain('publishedAt');
    expect(indexes('reading')).not.toContain('updatedAt');
    expect(indexes('articles')).toContain('relevance');
    expect(await upgraded.articles.count()).toBe(3);
    expect(await unreadCount(upgraded, 0.35)).toBe(2);
    expect(await upgraded.reading.where('readAt').above(0).count()).toBeGreaterThan(0);
  });
});
