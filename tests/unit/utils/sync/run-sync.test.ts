import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setRead } from '../../support/marks';
import type { Feed } from '../../../../utils/schemas/feed';
import type { SyncProgress } from '../../../../utils/sync/progress';
import {
  feedsToSync,
  isQuotaError,
  runSync,
  STORAGE_FULL_MESSAGE,
  SYNC_CONCURRENCY,
} from '../../../../utils/sync/run-sync';
import { MAX_FEEDS_PER_WRITE } from '../../../../utils/sync/merge-writer';
import { article, feedRow } from '../../support/test-db';
import { serveFeed, startTestServer, type TestServer } from '../../../support/feed-server';
import { relevantItems, rss } from '../../../support/rss';
import { testDatabase } from '../../support/test-db';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const NOW = Date.UTC(2026, 10, 22);

function feed(id: string, overrides: Partial<Feed> = {}): Feed {
  return feedRow({ id, url: `${server?.origin ?? 'http://127.0.0.1'}/${id}.xml`, ...overrides });
}

describe('feedsToSync', () => {
  const feeds = [
    feed('due', { nextAttemptAt: NOW - 1 }),
    feed('later', { nextAttemptAt: NOW + 1 }),
    feed('off', { enabled: false }),
    feed('starter', { kind: 'pack', builtin: true }),
    feed('new'),
  ];
  it('takes enabled feeds that are due, never the bundled pack', () => {
    expect(feedsToSync(feeds, {}, NOW).map((f) => f.id)).toEqual(['due', 'new']);
  });
  it('takes every enabled feed when forced', () => {
    expect(feedsToSync(feeds, { force: true }, NOW).map((f) => f.id)).toEqual(['due', 'later', 'new']);
  });
  it('takes exactly the feeds asked for', () => {
    expect(feedsToSync(feeds, { feedIds: ['later'] }, NOW).map((f) => f.id)).toEqual(['later']);
  });
});

describe('runSync', () => {
  it('syncs many feeds a few at a time; a failing or slow one holds up no other', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    for (let i = 0; i < 20; i++) {
      const serve = serveFeed(() =>
        rss({ title: `F${i}`, link: 'https://site.example', items: relevantItems(`Feed${i}`, 5) }),
      );
      server.routes.set(`/f${i}.xml`, async (request, response) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        await serve(request, response);
      });
    }
    server.routes.set('/broken.xml', (_, response) => void response.writeHead(500).end());
    const db = testDatabase();
    await db.feeds.bulkPut([...Array.from({ length: 20 }, (_, i) => feed(`f${i}`)), feed('broken')]);

    const published: SyncProgress[] = [];
    let rebuilt = 0;
    const summary = await runSync({
      db,
      now: () => NOW,
      refreshMs: 3_600_000,
      publishProgress: async (progress) => void published.push(progress),
      afterSync: async () => void (rebuilt += 1),
    });

    expect(summary).toEqual({ total: 21, updated: 20, notModified: 0, failed: 1, added: 100, pruned: 0 });
    expect(await db.articles.count()).toBe(100);
    expect(maxInFlight).toBeLessThanOrEqual(SYNC_CONCURRENCY);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(published[0]).toMatchObject({ running: true, done: 0, total: 21 });
    expect(published.at(-1)).toMatchObject({
      running: false,
      done: 21,
      total: 21,
      failed: 1,
      current: [],
      finishedAt: NOW,
    });
    expect(rebuilt).toBe(1);
    expect((await db.feeds.get('broken'))?.lastError).toContain('500');
  });

  it('records an unexpected storage failure on the feed and goes on with the others', async () => {
    server.routes.set(
      '/ok.xml',
      serveFeed(() => rss({ title: 'OK', link: 'https://site.example', items: relevantItems('Ok', 2) })),
    );
    server.routes.set('/moved.xml', (_, response) => void response.writeHead(301, { Location: '/ok.xml' }).end());
    const db = testDatabase();
    // "moved" is redirected onto the URL another feed already has: the unique index refuses it.
    await db.feeds.bulkPut([feed('ok'), feed('moved', { redirectedTo: `${server.origin}/ok.xml`, redirectStreak: 2 })]);
    const summary = await runSync({ db, now: () => NOW, refreshMs: 1, publishProgress: async () => undefined });
    expect(summary).toMatchObject({ total: 2, updated: 1, failed: 1 });
    expect((await db.feeds.get('moved'))?.lastError).toMatch(/^Quorum could not store this feed's articles/);
    expect(await db.articles.where('feedIds').equals('ok').count()).toBe(2);
  });

  it('stops adding when storage is full, makes room, reports it, and corrupts nothing', async () => {
    const FEEDS = 3 * (SYNC_CONCURRENCY + MAX_FEEDS_PER_WRITE);
    for (let i = 0; i < FEEDS; i++)
      server.routes.set(
        `/q${i}.xml`,
        serveFeed(() => rss({ title: `Q${i}`, link: 'https://site.example', items: relevantItems(`Quota${i}`, 3) })),
      );
    const db = testDatabase();
    await db.feeds.bulkPut(Array.from({ length: FEEDS }, (_, i) => feed(`q${i}`)));
    const old = Array.from({ length: 10 }, (_, i) =>
      article({ url: `https://old.example/${i}`, firstSeenAt: NOW - 1000 + i }),
    );
    await db.articles.bulkPut(old);
    await setRead(db, 'https://old.example/0', true);
    const reading = await db.reading.toArray();

    // The disk fills up on the first write of new articles.
    const full = vi
      .spyOn(db.articles, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const summary = await runSync({ db, now: () => NOW, refreshMs: 1, publishProgress: async () => undefined });
    full.mockRestore();

    expect(summary).toMatchObject({ total: FEEDS, updated: 0, failed: FEEDS, added: 0 });
    const feeds = await db.feeds.toArray();
    expect(feeds.every((f) => f.lastError === STORAGE_FULL_MESSAGE)).toBe(true);
    // Feeds already fetched, or waiting to be written, finish; none is fetched once the disk
    // is known to be full.
    const fetched = server.requests.filter((request) => /^\/q\d+\.xml$/.test(request.path)).length;
    expect(fetched).toBeGreaterThanOrEqual(SYNC_CONCURRENCY);
    expect(fetched).toBeLessThanOrEqual(SYNC_CONCURRENCY + MAX_FEEDS_PER_WRITE);
    // Room was made from the oldest unread articles; marks and the read article survive.
    expect(summary.pruned).toBe(2);
    expect(await db.articles.get('https://old.example/0')).toBeDefined();
    expect(await db.reading.toArray()).toEqual(reading);
    expect(await db.articles.where('url').startsWith('https://quota').count()).toBe(0);
  });

  it('recognises a full quota however it is wrapped', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('answers an all-304 run with one bookkeeping write and no pruning or rebuilding', async () => {
    for (let i = 0; i < 8; i++)
      server.routes.set(
        `/same${i}.xml`,
        serveFeed(() => rss({ title: `S${i}`, link: 'https://site.example', items: relevantItems(`Same${i}`, 2) }), {
          etag: () => `"same-${i}"`,
        }),
      );
    const db = testDatabase();
    await db.feeds.bulkPut(Array.from({ length: 8 }, (_, i) => feed(`same${i}`)));
    let afterSync = 0;
    const context = {
      db,
      refreshMs: 60_000,
      publishProgress: async () => undefined,
      afterSync: async () => void (afterSync += 1),
    };
    await runSync({ ...context, now: () => NOW });
    expect(afterSync).toBe(1);

    const summary = await runSync({ ...context, now: () => NOW + 1_000 }, { force: true });
    expect(summary).toMatchObject({ total: 8, notModified: 8, updated: 0, pruned: 0 });
    expect(afterSync).toBe(1);
    const feeds = await db.feeds.toArray();
    expect(feeds.every((f) => f.lastSuccessAt === NOW + 1_000 && f.nextAttemptAt === NOW + 61_000)).toBe(true);
  });
});
