import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../../utils/curation/threshold';
import { syncFeed } from '../../../../utils/sync/sync-feed';
import { serveFeed, startTestServer, type TestServer } from '../../../support/feed-server';
import { rss, type RssItem } from '../../../support/rss';
import { feedRow, testDatabase } from '../../support/test-db';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.routes.clear());

const BIO = 'After twelve years building distributed systems at scale, I write about whatever I’m learning.';
const post = (slug: string, title: string, body: string): RssItem => ({
  title,
  link: `https://kofi.example/${slug}`,
  description: `${BIO} ${body}`,
  pubDate: new Date(Date.UTC(2026, 10, 1)).toUTCString(),
});

describe('a sync removes what the feed repeats', () => {
  it('strips the shared bio from stored summaries, keeps it on the feed row, and cleans a later single item', async () => {
    const db = testDatabase();
    const feed = feedRow({ id: 'feed:kofi', url: `${server.origin}/feed.xml`, title: 'Kofi', ignoreHttpCache: true });
    await db.feeds.put(feed);
    let items = [
      post('jwt', 'Understanding JWTs from first principles', 'A token is three base64 strings joined by dots.'),
      post('fractals', 'Fractals with nothing but a terminal', 'Drawing the Mandelbrot set in ASCII.'),
      post('japanese', 'Learning Japanese at 40', 'Spaced repetition and patience.'),
    ];
    server.routes.set(
      '/feed.xml',
      serveFeed(() => rss({ title: 'Kofi', link: 'https://kofi.example', items })),
    );
    const context = { db, now: () => Date.UTC(2026, 10, 2), refreshMs: 60_000 };

    expect((await syncFeed(context, (await db.feeds.get(feed.id))!)).status).toBe('updated');
    const stored = await db.articles.toArray();
    expect(stored.map((article) => article.summary).sort()).toEqual([
      'A token is three base64 strings joined by dots.',
      'Drawing the Mandelbrot set in ASCII.',
      'Spaced repetition and patience.',
    ]);
    for (const article of stored) expect(article.relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect((await db.feeds.get(feed.id))?.boilerplate?.length).toBeGreaterThan(0);

    // The next fetch carries one new post only: the row's learned bio still goes.
    items = [post('vim', 'Vim motions I use every day', 'Text objects, marks and the dot command.')];
    await syncFeed(context, (await db.feeds.get(feed.id))!);
    expect((await db.articles.get('https://kofi.example/vim'))?.summary).toBe(
      'Text objects, marks and the dot command.',
    );
  });

  it('cuts a summary to a card after the bio is gone, so a long bio never leaves a card empty', async () => {
    const db = testDatabase();
    const feed = feedRow({ id: 'feed:priya', url: `${server.origin}/feed.xml`, title: 'Priya', ignoreHttpCache: true });
    await db.feeds.put(feed);
    const bio =
      'Hi, I am Priya, a staff engineer who has spent the last decade building storage engines, queues ' +
      'and consensus systems at three different cloud companies.';
    const opening = (topic: string) =>
      `When a partitioned follower rejoins the cluster it can disturb ${topic}, and this post walks through ` +
      'exactly how that happens in a real deployment, why the usual fixes are not enough on their own, and ' +
      'what we changed in our own service to make it stop for good.';
    const items = ['a healthy leader', 'the lease holder', 'a running election'].map((topic, index) => ({
      title: `Rejoining followers, part ${index + 1}`,
      link: `https://priya.example/${index}`,
      description: `${bio} ${opening(topic)}`,
    }));
    server.routes.set(
      '/feed.xml',
      serveFeed(() => rss({ title: 'Priya', link: 'https://priya.example', items })),
    );
    await syncFeed({ db, now: () => Date.UTC(2026, 10, 2), refreshMs: 60_000 }, (await db.feeds.get(feed.id))!);
    const summaries = (await db.articles.toArray()).map((article) => article.summary);
    expect(summaries).toHaveLength(3);
    for (const summary of summaries) {
      expect(summary).toMatch(/^When a partitioned follower rejoins the cluster it can disturb /);
      expect(summary.length).toBeLessThanOrEqual(340);
    }
  });
});
