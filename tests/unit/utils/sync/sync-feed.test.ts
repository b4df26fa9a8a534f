import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRead } from '../../support/marks';
import type { Feed } from '../../../../utils/schemas/feed';
import { syncFeed, type FeedSyncContext } from '../../../../utils/sync/sync-feed';
import { serveFeed, startTestServer, type TestServer } from '../../../support/feed-server';
import { relevantItems, rss } from '../../../support/rss';
import { readStarterPack } from '../../../support/starter-pack';
import { feedRow, testDatabase } from '../../support/test-db';

/** Integration: the real fetch path against a real local HTTP server, into fake-indexeddb. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 22, 12);

async function setup(path: string, overrides: Partial<Feed> = {}) {
  const db = testDatabase();
  let clock = T0;
  const feed = feedRow({
    id: 'feed:test',
    url: `${server.origin}${path}`,
    title: 'Test feed',
    addedAt: T0,
    ...overrides,
  });
  await db.feeds.put(feed);
  const context: FeedSyncContext = {
    db,
    now: () => clock,
    refreshMs: 60 * MINUTE,
    random: () => 0.5,
    fetch: { timeoutMs: 300, maxBytes: 64 * 1024 },
  };
  const sync = async () => syncFeed(context, (await db.feeds.get(feed.id))!);
  return { db, sync, state: () => db.feeds.get(feed.id), advance: (ms: number) => (clock += ms) };
}

describe('syncFeed against a local server', () => {
  it('stores a new feed’s articles and its validators, then sends them and takes a 304', async () => {
    let etag = '"v1"';
    server.routes.set(
      '/feed.xml',
      serveFeed(() => rss({ title: 'Server title', link: 'https://site.example', items: relevantItems('Alpha', 3) }), {
        etag: () => etag,
      }),
    );
    const { db, sync, state, advance } = await setup('/feed.xml');

    expect(await sync()).toEqual({ feedId: 'feed:test', status: 'updated', added: 3, updated: 0 });
    expect(await state()).toMatchObject({
      etag: '"v1"',
      lastSuccessAt: T0,
      errorCount: 0,
      nextAttemptAt: T0 + 60 * MINUTE,
      itemCount: 3,
      title: 'Test feed',
    });
    expect(await db.articles.count()).toBe(3);

    advance(MINUTE);
    expect(await sync()).toEqual({ feedId: 'feed:test', status: 'not-modified' });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await state()).toMatchObject({ lastSuccessAt: T0 + MINUTE, nextAttemptAt: T0 + 61 * MINUTE });

    etag = '"v2"';
    expect(await sync()).toMatchObject({ status: 'updated' });
    expect((await state())?.etag).toBe('"v2"');
  });

  it('uses Last-Modified when there is no ETag', async () => {
    server.routes.set(
      '/lm.xml',
      serveFeed(() => rss({ title: 'T', link: 'https://site.example', items: relevantItems('Beta', 1) }), {
        lastModified: () => 'Sat, 21 Nov 2026 10:00:00 GMT',
      }),
    );
    const { sync, state } = await setup('/lm.xml');
    await sync();
    expect((await state())?.lastModified).toBe('Sat, 21 Nov 2026 10:00:00 GMT');
    expect(await sync()).toMatchObject({ status: 'not-modified' });
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Sat, 21 Nov 2026 10:00:00 GMT');
  });

  it('sends no validators when the feed ignores the HTTP cache', async () => {
    server.routes.set(
      '/broken-cache.xml',
      serveFeed(() => rss({ title: 'T', link: 'https://site.example', items: relevantItems('Gamma', 1) }), {
        etag: () => '"same"',
      }),
    );
    const { sync } = await setup('/broken-cache.xml', { ignoreHttpCache: true });
    await sync();
    expect(await sync()).toMatchObject({ status: 'updated' });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
  });

  it('adds what changed between syncs and keeps the read marks', async () => {
    let count = 2;
    server.routes.set(
      '/changing.xml',
      serveFeed(() => rss({ title: 'T', link: 'https://site.example', items: relevantItems('Delta', count) }), {
        etag: () => `"${count}"`,
      }),
    );
    const { db, sync } = await setup('/changing.xml');
    await sync();
    const [first] = await db.articles.toCollection().primaryKeys();
    await setRead(db, first as string, true, T0);
    count = 3;
    expect(await sync()).toEqual({ feedId: 'feed:test', status: 'updated', added: 1, updated: 2 });
    expect((await db.reading.get(first as string))?.readAt).toBe(T0);
  });

  it('follows a redirect, and takes it as a permanent move once it repeats', async () => {
    server.routes.set(
      '/new.xml',
      serveFeed(() => rss({ title: 'T', link: 'https://site.example', items: relevantItems('Eps', 1) })),
    );
    server.routes.set('/old.xml', (_, response) => void response.writeHead(301, { Location: '/new.xml' }).end());
    const { sync, state } = await setup('/old.xml');
    await sync();
    expect(await state()).toMatchObject({
      url: `${server.origin}/old.xml`,
      redirectedTo: `${server.origin}/new.xml`,
      redirectStreak: 1,
    });
    await sync();
    await sync();
    const moved = await state();
    expect(moved).toMatchObject({ url: `${server.origin}/new.xml`, movedFrom: `${server.origin}/old.xml` });
    expect(moved?.redirectedTo).toBeUndefined();
  });

  it.each([
    [404, {}, 'The server answered 404 Not Found: the feed is no longer at this address.'],
    [500, {}, 'The server answered 500 Internal Server Error.'],
    [403, {}, 'The server answered 403 Forbidden: the feed is not public.'],
  ])('records %i as a readable error and backs off', async (status, headers, message) => {
    server.routes.set('/error', (_, response) => void response.writeHead(status, headers).end('nope'));
    const { sync, state, advance } = await setup('/error');
    expect(await sync()).toEqual({ feedId: 'feed:test', status: 'failed', error: message });
    expect(await state()).toMatchObject({
      lastError: message,
      errorCount: 1,
      nextAttemptAt: T0 + 10 * MINUTE,
      lastAttemptAt: T0,
    });
    advance(10 * MINUTE);
    await sync();
    expect(await state()).toMatchObject({ errorCount: 2, nextAttemptAt: T0 + 10 * MINUTE + 20 * MINUTE });
  });

  it('honours Retry-After in seconds on 429 and as a date on 503', async () => {
    server.routes.set('/429', (_, response) => void response.writeHead(429, { 'Retry-After': '120' }).end());
    const limited = await setup('/429');
    await limited.sync();
    expect(await limited.state()).toMatchObject({
      nextAttemptAt: T0 + 120_000,
      lastError: expect.stringContaining('429 Too Many Requests'),
    });

    server.routes.set(
      '/503',
      (_, response) =>
        void response.writeHead(503, { 'Retry-After': new Date(T0 + 3 * 60 * MINUTE).toUTCString() }).end(),
    );
    const unavailable = await setup('/503');
    await unavailable.sync();
    expect(await unavailable.state()).toMatchObject({ nextAttemptAt: T0 + 3 * 60 * MINUTE });
  });

  it('clears the error after the feed recovers', async () => {
    let broken = true;
    server.routes.set('/flaky.xml', (request, response) => {
      if (broken) return void response.writeHead(500).end();
      return serveFeed(() => rss({ title: 'T', link: 'https://site.example', items: relevantItems('Zeta', 1) }))(
        request,
        response,
      );
    });
    const { sync, state } = await setup('/flaky.xml');
    await sync();
    broken = false;
    await sync();
    const recovered = await state();
    expect(recovered).toMatchObject({ errorCount: 0 });
    expect(recovered?.lastError).toBeUndefined();
  });

  it('gives up on a response slower than the timeout', async () => {
    server.routes.set('/slow', async (_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      response.end('</channel></rss>');
    });
    const { sync } = await setup('/slow');
    expect(await sync()).toEqual({ feedId: 'feed:test', status: 'failed', error: 'Timed out after 0.3 s.' });
  });

  it('stops reading a body past the size cap, declared or streamed', async () => {
    const huge = 'x'.repeat(100 * 1024);
    server.routes.set(
      '/declared',
      (_, response) => void response.writeHead(200, { 'Content-Length': String(huge.length) }).end(huge),
    );
    server.routes.set('/streamed', (_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      for (let i = 0; i < 10; i++) response.write(huge.slice(0, 10 * 1024));
      response.end();
    });
    for (const path of ['/declared', '/streamed']) {
      const { sync, db } = await setup(path);
      expect(await sync()).toEqual({
        feedId: 'feed:test',
        status: 'failed',
        error: 'The feed is larger than 64 KB, so Quorum stopped reading it.',
      });
      expect(await db.articles.count()).toBe(0);
    }
  });

  it('says an HTML page is not a feed, and keeps no validators from it', async () => {
    server.routes.set(
      '/page',
      serveFeed(() => '<!doctype html><html><head><title>Blog</title></head><body>Hi</body></html>', {
        contentType: 'text/html',
        etag: () => '"page"',
      }),
    );
    const { sync, state } = await setup('/page');
    const result = await sync();
    expect(result).toMatchObject({ status: 'failed', error: expect.stringContaining('looks like an HTML page') });
    expect((await state())?.etag).toBeUndefined();
  });

  it('says when the server cannot be reached', async () => {
    const { sync } = await setup('/x', { url: 'http://127.0.0.1:1/feed.xml' });
    expect(await sync()).toEqual({
      feedId: 'feed:test',
      status: 'failed',
      error: 'Could not reach 127.0.0.1:1: the site may be down, or this device offline.',
    });
  });
});

describe('syncFeed without its relevance model', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /**
   * A fresh sync module whose loader finds the packaged model unreadable; the test server still
   * answers. Returns how often the model was asked for, and a sync of the stored feed.
   */
  async function withoutModel(db: ReturnType<typeof testDatabase>, feedId: string) {
    const realFetch = globalThis.fetch;
    const modelReads: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).startsWith(server.origin)) return realFetch(input, init);
      modelReads.push(String(input));
      return new Response('', { status: 404 });
    });
    vi.resetModules();
    const fresh = await import('../../../../utils/sync/sync-feed');
    const { MODEL_UNREADABLE } = await import('../../../../utils/curation/load-relevance-model');
    const context: FeedSyncContext = {
      db,
      now: () => T0 + MINUTE,
      refreshMs: 60 * MINUTE,
      random: () => 0.5,
      fetch: { timeoutMs: 300, maxBytes: 64 * 1024 },
    };
    return { modelReads, MODEL_UNREADABLE, sync: async () => fresh.syncFeed(context, (await db.feeds.get(feedId))!) };
  }

  it('keeps the feed’s articles, and says on the feed why nothing new was scored', async () => {
    server.routes.set(
      '/feed.xml',
      serveFeed(() => rss({ title: 'Feed', link: 'https://site.example', items: relevantItems('Alpha', 2) })),
    );
    const { db, sync, state } = await setup('/feed.xml');
    expect(await sync()).toMatchObject({ status: 'updated', added: 2 });

    server.routes.set(
      '/feed.xml',
      serveFeed(() => rss({ title: 'Feed', link: 'https://site.example', items: relevantItems('Beta', 3) })),
    );
    const unread = await withoutModel(db, 'feed:test');

    expect(await unread.sync()).toMatchObject({ status: 'failed', error: unread.MODEL_UNREADABLE });
    expect(unread.modelReads.length).toBe(1);
    expect((await db.articles.toArray()).map((article) => article.title).sort()).toEqual(
      relevantItems('Alpha', 2)
        .map((item) => item.title)
        .sort(),
    );
    expect(await state()).toMatchObject({ lastError: unread.MODEL_UNREADABLE, errorCount: 1 });
  });

  it('still refreshes a curated pack, whose items are never classified, without reading the model', async () => {
    const starter = readStarterPack();
    const pack = { ...starter, items: starter.items.slice(0, 3), paths: [] };
    server.routes.set(
      '/pack.json',
      serveFeed(() => JSON.stringify(pack), { contentType: 'application/json' }),
    );
    const { db } = await setup('/pack.json', { kind: 'pack' });
    const unread = await withoutModel(db, 'feed:test');

    expect(await unread.sync()).toMatchObject({ status: 'updated', added: 3 });
    expect(unread.modelReads).toEqual([]);
  });
});
