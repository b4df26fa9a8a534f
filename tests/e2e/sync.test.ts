import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import type { Feed } from '../../utils/schemas/feed';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { canonicalUrl } from '../../utils/url';
import { serveFeed, type RouteHandler } from '../support/feed-server';
import { relevantItems, rss, type RssItem } from '../support/rss';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore, sendFromPage } from './support/messages';
import { startSourceSites, type SourceSites } from './support/source-sites';

const STARTER = readStarterPack().items.length;
const ITEMS_PER_FEED = 2;

/** Each default feed, served under its real host name with its own items and an ETag. */
interface ServedFeed {
  source: (typeof DEFAULT_FEED_SOURCES)[number];
  items: RssItem[];
  version: number;
  delayMs: number;
}

describe('background sync from the default feeds, served locally under their real names', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let page: Page;
  const served = new Map<string, ServedFeed>();

  beforeAll(async () => {
    const feedUrls = DEFAULT_FEED_SOURCES.map((source) => new URL(source.feed));
    sites = await startSourceSites(feedUrls.map((url) => url.host));
    for (const source of DEFAULT_FEED_SOURCES) {
      const url = new URL(source.feed);
      const feed: ServedFeed = {
        source,
        version: 1,
        delayMs: 0,
        items: relevantItems(source.id, ITEMS_PER_FEED).map((item, i) => ({
          ...item,
          link: `https://${url.host}/posts/${source.id}-${i}`,
        })),
      };
      served.set(source.id, feed);
      const serve = serveFeed(() => rss({ title: source.name, link: source.home, items: feed.items }), {
        etag: () => `"${source.id}-${feed.version}"`,
      });
      const handler: RouteHandler = async (request, response) => {
        if (feed.delayMs) await new Promise((resolve) => setTimeout(resolve, feed.delayMs));
        await serve(request, response);
      };
      sites.routes.set(`${url.host}${url.pathname}${url.search}`, handler);
    }
    session = await launchExtension({ args: sites.chromiumArgs });
    page = await session.openPage('options.html');
  });

  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  const feeds = () => readStore<Feed>(page, 'feeds');
  /** A new post at the top of Jepsen's feed, served under a new ETag, and a sync asked for. */
  const publishOnJepsen = (item: RssItem) => {
    const jepsen = served.get('jepsen')!;
    jepsen.items = [item, ...jepsen.items];
    jepsen.version += 1;
    return sendFromPage(page, { type: 'sync-now' });
  };
  const articles = () => readStore<Article>(page, 'articles');

  it('subscribes to the default feeds on install and syncs them all, fetched by their real URLs', async () => {
    await expect
      .poll(async () => (await feeds()).filter((feed) => feed.kind === 'feed' && feed.lastSuccessAt).length, {
        timeout: 30_000,
      })
      .toBe(DEFAULT_FEED_SOURCES.length);
    expect(await articles()).toHaveLength(STARTER + DEFAULT_FEED_SOURCES.length * ITEMS_PER_FEED);
    for (const source of DEFAULT_FEED_SOURCES) {
      const url = new URL(source.feed);
      expect(
        sites.requests.some((request) => request.host === url.host && request.path === `${url.pathname}${url.search}`),
        source.feed,
      ).toBe(true);
    }
    const stored = (await feeds()).find((feed) => feed.id === 'feed:jepsen');
    expect(stored).toMatchObject({ etag: '"jepsen-1"', errorCount: 0, itemCount: ITEMS_PER_FEED, title: 'Jepsen' });
  });

  it('answers a second sync with 304s, and changes nothing', async () => {
    const before = await articles();
    const summary = await sendFromPage(page, { type: 'sync-now' });
    expect(summary).toMatchObject({
      ok: true,
      total: DEFAULT_FEED_SOURCES.length,
      notModified: DEFAULT_FEED_SOURCES.length,
      failed: 0,
      added: 0,
    });
    expect(await articles()).toEqual(before);
  });

  it('shows a new article on an open new tab without a reload', async () => {
    const newtab = await session.openPage('newtab.html');
    await newtab.waitForSelector('article h2 a');
    const fresh: RssItem = {
      title: 'Breaking: a linearizability violation in a replicated queue under partitions',
      link: 'https://jepsen.io/analyses/queue-2026',
      description:
        'Jepsen finds lost writes after a leader election. The analysis explains the consensus bug and the fix.',
      pubDate: new Date().toUTCString(),
    };
    expect(await publishOnJepsen(fresh)).toMatchObject({ ok: true, updated: 1, added: 1 });
    await expect
      .poll(() => newtab.locator(`article h2 a[href="${canonicalUrl(fresh.link)}"]`).count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('shows a post about markup with the tags its author wrote as text, not stripped as markup', async () => {
    const newtab = await session.openPage('newtab.html');
    await newtab.waitForSelector('article h2 a');
    // Both are HTML, as RSS titles and descriptions are: the references are what the author typed.
    const post: RssItem = {
      title: 'Raft in the browser: a replicated log behind one &lt;script&gt; tag',
      link: 'https://jepsen.io/analyses/raft-in-a-script-tag',
      description:
        '<p>Each replica runs in a &lt;script&gt; of its own; leader election and log replication ' +
        'work as in a cluster of servers.</p><p>The rest of the <em>post</em> follows.</p>',
      pubDate: new Date().toUTCString(),
    };
    expect(await publishOnJepsen(post)).toMatchObject({ ok: true, added: 1 });
    const card = newtab.locator('article', { has: newtab.locator(`h2 a[href="${canonicalUrl(post.link)}"]`) });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.locator('h2').innerText()).toBe('Raft in the browser: a replicated log behind one <script> tag');
    expect(await card.locator('.pick__summary').innerText()).toMatch(
      /^Each replica runs in a <script> of its own; leader election and log replication work as in a cluster of servers\. The rest of the post follows\./,
    );
  });

  it('finds an article a sync adds in the search of an open new tab, without a reload', async () => {
    const newtab = await session.openPage('newtab.html');
    await newtab.waitForSelector('article h2 a');
    await newtab.fill('#quorum-search', 'quokka');
    await expect.poll(() => newtab.getByText('No articles match “quokka”.').count(), { timeout: 15_000 }).toBe(1);
    const fresh: RssItem = {
      title: 'Quokka: a gossip membership protocol under partitions',
      link: 'https://jepsen.io/analyses/gossip-2026',
      description: 'Jepsen checks a gossip membership protocol and its leader election under network partitions.',
      pubDate: new Date().toUTCString(),
    };
    expect(await publishOnJepsen(fresh)).toMatchObject({ ok: true, added: 1 });
    await expect
      .poll(() => newtab.locator(`#root article h2 a[href="${canonicalUrl(fresh.link)}"]`).count(), { timeout: 15_000 })
      .toBe(1);
  });

  it('leaves the database consistent when the service worker is stopped mid-sync, and the next sync finishes', async () => {
    const newtab = await session.openPage('newtab.html');
    // The live list, not the snapshot painted before it (whose buttons are not wired yet).
    const firstCard = newtab.locator('#root article').first();
    const firstPick = await firstCard.locator('h2 a').getAttribute('href');
    await firstCard.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => firstCard.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);

    for (const feed of served.values()) {
      feed.items = [
        ...feed.items,
        {
          ...relevantItems(`${feed.source.id}-late`, 1)[0]!,
          link: `https://${new URL(feed.source.feed).host}/posts/${feed.source.id}-late`,
        },
      ];
      feed.version += 1;
      feed.delayMs = 1_500;
    }
    const requestsBefore = sites.requests.length;
    void sendFromPage(page, { type: 'sync-now' }).catch(() => undefined);
    await expect.poll(() => sites.requests.length - requestsBefore, { timeout: 10_000 }).toBeGreaterThan(0);

    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Long enough for the interrupted run to have finished, had the worker not been stopped.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const feed of served.values()) feed.delayMs = 0;
    const lateUrls = [...served.values()].map(
      (feed) => `https://${new URL(feed.source.feed).host}/posts/${feed.source.id}-late`,
    );
    const lateStored = (await articles()).filter((article) => lateUrls.includes(article.url)).length;
    expect(lateStored).toBeLessThan(served.size);

    // Every feed's row agrees with its articles: each merge was all or nothing.
    const afterStop = await articles();
    for (const feed of await feeds()) {
      if (feed.kind !== 'feed') continue;
      const carried = afterStop.filter((article) => article.feedIds.includes(feed.id)).length;
      expect(carried, feed.id).toBe(feed.itemCount);
    }
    const reading = await readStore<{ url: string; readAt: number | null }>(page, 'reading');
    expect(reading.find((mark) => mark.url === firstPick)?.readAt).toBeTypeOf('number');

    // The next sync wakes a new worker and completes the work.
    const summary = await sendFromPage(page, { type: 'sync-now' });
    expect(summary).toMatchObject({ ok: true, failed: 0 });
    const final = await articles();
    for (const feed of served.values()) {
      expect(
        final.some(
          (article) => article.url === `https://${new URL(feed.source.feed).host}/posts/${feed.source.id}-late`,
        ),
        feed.source.id,
      ).toBe(true);
    }
    expect(
      (await readStore<{ url: string; readAt: number | null }>(page, 'reading')).find((mark) => mark.url === firstPick)
        ?.readAt,
    ).toBeTypeOf('number');
  });
});
