import { describe, expect, it, vi } from 'vitest';
import { setRead, setSaved } from '../../support/marks';
import { MAX_BACKOFF_MS, nextAttemptAfterFailure } from '../../../../utils/sync/backoff';
import { addDefaultFeeds } from '../../../../utils/sync/default-feeds';
import { KnownUrls } from '../../../../utils/sync/known-urls';
import { IDLE_PROGRESS, readProgress, STALE_RUN_MS } from '../../../../utils/sync/progress';
import { pruneArticles } from '../../../../utils/sync/prune';
import { singleFlight } from '../../../../utils/sync/single-flight';
import { DEFAULT_FEED_SOURCES } from '../../../../utils/sources';
import { article, testDatabase } from '../../support/test-db';

const MINUTE = 60_000;

describe('nextAttemptAfterFailure', () => {
  it('doubles from ten minutes and stops at a day', () => {
    const at = (errorCount: number) => nextAttemptAfterFailure({ errorCount, now: 0, random: () => 0.5 });
    expect([1, 2, 3, 4].map(at)).toEqual([10, 20, 40, 80].map((m) => m * MINUTE));
    expect(at(30)).toBe(MAX_BACKOFF_MS);
  });
  it('spreads retries by ±50%', () => {
    expect(nextAttemptAfterFailure({ errorCount: 1, now: 0, random: () => 0 })).toBe(5 * MINUTE);
    expect(nextAttemptAfterFailure({ errorCount: 1, now: 0, random: () => 0.999999 })).toBeCloseTo(15 * MINUTE, -2);
  });
  it('takes the server’s Retry-After, within a minute and a day', () => {
    expect(nextAttemptAfterFailure({ errorCount: 5, now: 0, retryAfterMs: 90_000 })).toBe(90_000);
    expect(nextAttemptAfterFailure({ errorCount: 1, now: 0, retryAfterMs: 0 })).toBe(MINUTE);
    expect(nextAttemptAfterFailure({ errorCount: 1, now: 0, retryAfterMs: 10 * MAX_BACKOFF_MS })).toBe(MAX_BACKOFF_MS);
  });
});

describe('singleFlight', () => {
  it('lets calls made during a run join it, and starts afresh after', async () => {
    let runs = 0;
    let release!: () => void;
    const job = singleFlight(
      () =>
        new Promise<number>((resolve) => {
          runs += 1;
          release = () => resolve(runs);
        }),
    );
    const a = job();
    const b = job();
    expect(job.isRunning()).toBe(true);
    release();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(job.isRunning()).toBe(false);
    const c = job();
    release();
    expect(await c).toBe(2);
  });
});

describe('pruneArticles', () => {
  const DAY = 86_400_000;
  const now = 1_000 * DAY;
  it('removes old, unread, unsaved, uncurated articles and keeps the rest', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: 'https://p.example/old', firstSeenAt: now - 200 * DAY }),
      article({ url: 'https://p.example/old-read', firstSeenAt: now - 200 * DAY }),
      article({ url: 'https://p.example/old-saved', firstSeenAt: now - 200 * DAY }),
      article({ url: 'https://p.example/old-curated', firstSeenAt: now - 200 * DAY, curated: true }),
      article({ url: 'https://p.example/recent', firstSeenAt: now - 10 * DAY }),
    ]);
    await setRead(db, 'https://p.example/old-read', true);
    await setSaved(db, 'https://p.example/old-saved', true);
    expect(await pruneArticles(db, now)).toBe(1);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual([
      'https://p.example/old-curated',
      'https://p.example/old-read',
      'https://p.example/old-saved',
      'https://p.example/recent',
    ]);
  });
  it('keeps the library under its cap, oldest first', async () => {
    const db = testDatabase();
    await db.articles.bulkPut(
      Array.from({ length: 10 }, (_, i) => article({ url: `https://p.example/${i}`, firstSeenAt: now - i * DAY })),
    );
    await setRead(db, 'https://p.example/9', true);
    expect(await pruneArticles(db, now, { maxAgeMs: 365 * DAY, maxArticles: 6 })).toBe(4);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(
      ['0', '1', '2', '3', '4', '9'].map((i) => `https://p.example/${i}`),
    );
  });
});

describe('KnownUrls', () => {
  it('answers from memory and sees articles written since, without a sync', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: 'https://k.example/a' }));
    const known = new KnownUrls(db);
    expect(await known.filter(['https://k.example/a', 'https://k.example/b'])).toEqual(['https://k.example/a']);
    expect(await known.targets()).toEqual({ hosts: ['k.example'], anchoredUrls: [] });
    await db.articles.bulkPut([
      article({ url: 'https://k.example/b' }),
      article({ url: 'https://l.example/day#n1' }),
      article({ url: 'https://l.example/day#n2' }),
    ]);
    expect(await known.has('https://k.example/b')).toBe(true);
    const { hosts, anchoredUrls } = await known.targets();
    expect(hosts.sort()).toEqual(['k.example', 'l.example']);
    expect(anchoredUrls.sort()).toEqual(['https://l.example/day#n1', 'https://l.example/day#n2']);
    await db.articles.clear();
    expect(await known.has('https://k.example/a')).toBe(false);
  });

  it('waits for the starter library before its first load', async () => {
    const db = testDatabase();
    let install!: () => Promise<void>;
    const installed = new Promise<void>((resolve) => {
      install = async () => {
        await db.articles.put(article({ url: 'https://k.example/starter' }));
        resolve();
      };
    });
    const known = new KnownUrls(db, { ready: () => installed });
    const answer = known.filter(['https://k.example/starter']);
    await install();
    expect(await answer).toEqual(['https://k.example/starter']);
  });

  it('tries again after a load that failed, with no write in between', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: 'https://k.example/a' }));
    const known = new KnownUrls(db);
    const reads = vi.spyOn(db.articles, 'toCollection').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    await expect(known.has('https://k.example/a')).rejects.toThrow('disk gone');
    expect(await known.has('https://k.example/a')).toBe(true);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});

describe('addDefaultFeeds', () => {
  it('subscribes to every default source once, and never overwrites a feed', async () => {
    const db = testDatabase();
    const first = DEFAULT_FEED_SOURCES[0]!;
    await db.feeds.put({
      id: 'feed:mine',
      url: first.feed,
      kind: 'feed',
      title: 'Mine',
      enabled: false,
      builtin: false,
      ignoreHttpCache: true,
      addedAt: 0,
      errorCount: 0,
    });
    expect(await addDefaultFeeds(db, 5)).toBe(DEFAULT_FEED_SOURCES.length - 1);
    expect(await addDefaultFeeds(db, 6)).toBe(0);
    expect(await db.feeds.get('feed:mine')).toMatchObject({ title: 'Mine', enabled: false });
    expect(await db.feeds.count()).toBe(DEFAULT_FEED_SOURCES.length);
  });
});

describe('readProgress', () => {
  it('treats a run that has said "running" for too long as cut off', () => {
    const now = 10 * STALE_RUN_MS;
    expect(
      readProgress({ ...IDLE_PROGRESS, running: true, startedAt: now - STALE_RUN_MS - 1, current: ['x'] }, now),
    ).toMatchObject({ running: false, current: [] });
    expect(readProgress({ ...IDLE_PROGRESS, running: true, startedAt: now - 1000 }, now).running).toBe(true);
    expect(readProgress('garbage', now)).toEqual(IDLE_PROGRESS);
  });
});
