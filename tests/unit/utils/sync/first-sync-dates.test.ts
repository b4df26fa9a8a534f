import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FRESHNESS_HALF_LIFE_MS } from '../../../../utils/curation/rank';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../../utils/curation/threshold';
import { queryPicks } from '../../../../utils/db/queries';
import type { ArticleDraft } from '../../../../utils/sync/article-draft';
import { UNDATED_STEP_MS, withFirstSyncDates } from '../../../../utils/sync/first-sync-dates';
import { syncFeed, type FeedSyncContext } from '../../../../utils/sync/sync-feed';
import { serveFeed, startTestServer, type TestServer } from '../../../support/feed-server';
import { relevantItems, rss, type RssItem } from '../../../support/rss';
import { feedRow, testDatabase } from '../../support/test-db';

const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 24 * 3_600_000;

function draft(url: string, publishedAt?: number): ArticleDraft {
  return {
    url,
    title: url,
    source: 'Archive',
    summary: '',
    topics: ['consensus'],
    kind: 'article',
    relevance: 0.8,
    curated: false,
    feedIds: ['feed:archive'],
    ...(publishedAt !== undefined ? { publishedAt } : {}),
  };
}

describe('withFirstSyncDates', () => {
  it('counts undated items from the feed’s oldest dated item, in feed order', () => {
    const drafts = withFirstSyncDates(
      [
        draft('https://a.example/1', NOW - DAY),
        draft('https://a.example/2'),
        draft('https://a.example/3', NOW - 30 * DAY),
        draft('https://a.example/4'),
      ],
      NOW,
    );
    expect(drafts.map((d) => [d.publishedAt, d.countsFrom])).toEqual([
      [NOW - DAY, undefined],
      [undefined, NOW - 30 * DAY],
      [NOW - 30 * DAY, undefined],
      [undefined, NOW - 30 * DAY - UNDATED_STEP_MS],
    ]);
  });

  it('counts a wholly undated feed as a half-life old, never from now', () => {
    const drafts = withFirstSyncDates([draft('https://a.example/1'), draft('https://a.example/2')], NOW);
    expect(drafts.map((d) => d.countsFrom)).toEqual([
      NOW - FRESHNESS_HALF_LIFE_MS,
      NOW - FRESHNESS_HALF_LIFE_MS - UNDATED_STEP_MS,
    ]);
  });

  it('never counts from the future, whatever the feed’s dates say', () => {
    const drafts = withFirstSyncDates([draft('https://a.example/1', NOW + DAY), draft('https://a.example/2')], NOW);
    expect(drafts[1]!.countsFrom).toBe(NOW);
  });
});

describe('an archive feed with unreadable dates, on its first sync', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.routes.clear());

  async function setup() {
    const db = testDatabase();
    let clock = NOW;
    const feeds = ['fresh', 'archive'].map((name) =>
      feedRow({
        id: `feed:${name}`,
        url: `${server.origin}/${name}.xml`,
        title: name,
        ignoreHttpCache: true,
        addedAt: NOW,
      }),
    );
    await db.feeds.bulkPut(feeds);
    const context: FeedSyncContext = { db, now: () => clock, refreshMs: 3_600_000, random: () => 0.5 };
    const sync = async (id: string) => syncFeed(context, (await db.feeds.get(id))!);
    const picks = async (limit: number) =>
      (await queryPicks(db, { limit, threshold: DEFAULT_RELEVANCE_THRESHOLD })).map((pick) => pick.article);
    return { db, sync, picks, advance: (ms: number) => (clock += ms) };
  }

  /** 500 posts whose dates are in a shape no reader reads. */
  const archiveItems = (count: number): RssItem[] =>
    relevantItems('Archive', count).map((item, i) => ({ ...item, pubDate: `sometime in ${2003 + (i % 10)}` }));

  // 500 entries, the most a feed keeps, go through the classifier and two merges: a slow test.
  it('does not flood Picks: this week’s posts from another feed come first, and stay first after a resync', async () => {
    server.routes.set(
      '/fresh.xml',
      serveFeed(() =>
        rss({ title: 'Fresh', link: 'https://fresh.example', items: relevantItems('Fresh', 10, NOW - DAY) }),
      ),
    );
    server.routes.set(
      '/archive.xml',
      serveFeed(() => rss({ title: 'Archive', link: 'https://archive.example', items: archiveItems(500) })),
    );
    const { db, sync, picks, advance } = await setup();

    expect(await sync('feed:fresh')).toMatchObject({ status: 'updated', added: 10 });
    expect(await sync('feed:archive')).toMatchObject({ status: 'updated', added: 500 });
    const stored = await db.articles.where('feedIds').equals('feed:archive').toArray();
    expect(stored.every((article) => article.publishedAt === undefined)).toBe(true);

    await expectFreshFirst();

    // A later sync rewrites every row: the archive must not jump to "first seen an hour ago".
    advance(3_600_000);
    expect(await sync('feed:archive')).toMatchObject({ status: 'updated', added: 0, updated: 500 });
    await expectFreshFirst();

    async function expectFreshFirst() {
      const rows = await db.articles.toArray();
      const lowestFresh = Math.min(...rows.filter((a) => a.source === 'Fresh').map((a) => a.rank));
      expect(rows.filter((a) => a.source === 'Archive' && a.rank >= lowestFresh)).toEqual([]);
      // Source diversity lets one archive post in after every two fresh ones, and no more.
      const top = await picks(9);
      expect(top.map((article) => article.source)).toEqual([
        'Fresh',
        'Fresh',
        'Archive',
        'Fresh',
        'Fresh',
        'Archive',
        'Fresh',
        'Fresh',
        'Archive',
      ]);
    }
  }, 30_000);

  it('ranks undated posts no higher than the feed’s oldest dated one, and a post that appears later as new', async () => {
    const dated = relevantItems('Dated', 3, NOW - 400 * DAY);
    let items: RssItem[] = [...archiveItems(5), ...dated];
    server.routes.set(
      '/archive.xml',
      serveFeed(() => rss({ title: 'Archive', link: 'https://archive.example', items })),
    );
    const { db, sync, advance } = await setup();
    await sync('feed:archive');

    const rows = await db.articles.toArray();
    const oldestDated = Math.min(...rows.filter((a) => a.publishedAt !== undefined).map((a) => a.rank));
    const undated = rows.filter((a) => a.publishedAt === undefined);
    expect(undated).toHaveLength(5);
    expect(undated.every((a) => a.rank <= oldestDated)).toBe(true);

    advance(3_600_000);
    const newcomer = {
      ...archiveItems(1)[0]!,
      title: 'Newcomer: Paxos made live',
      link: 'https://archive.example/new',
    };
    items = [newcomer, ...items];
    await sync('feed:archive');
    const fresh = await db.articles.get('https://archive.example/new');
    expect(fresh?.countsFrom).toBeUndefined();
    expect(fresh!.rank).toBeGreaterThan(Math.max(...rows.map((a) => a.rank)));
  });
});
