import { describe, expect, it } from 'vitest';
import { setRead } from '../../support/marks';
import type { ArticleDraft } from '../../../../utils/sync/article-draft';
import { mergeFeedArticles, mergeFeeds, storedRank } from '../../../../utils/sync/merge';
import { feedRow, testDatabase } from '../../support/test-db';
import { logWrites } from '../../support/write-log';

function draft(overrides: Partial<ArticleDraft> & Pick<ArticleDraft, 'url'>): ArticleDraft {
  return {
    title: 'Feed title',
    source: 'Feed',
    summary: 'Feed summary.',
    topics: ['streaming'],
    kind: 'article',
    relevance: 0.6,
    curated: false,
    feedIds: ['feed:a'],
    publishedAt: 500,
    ...overrides,
  };
}

async function withFeeds(db = testDatabase()) {
  await db.feeds.bulkPut(['feed:a', 'feed:b', 'pack:p'].map((id) => feedRow({ id })));
  return db;
}

describe('mergeFeedArticles', () => {
  it('joins the feeds that carry the same article and keeps when it was first seen', async () => {
    const db = await withFeeds();
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/1' })], {}, 1_000);
    const result = await mergeFeedArticles(
      db,
      'feed:b',
      [draft({ url: 'https://x.example/1', feedIds: ['feed:b'], title: 'Newer title' })],
      {},
      2_000,
    );
    expect(result).toEqual({ added: 0, updated: 1 });
    expect(await db.articles.get('https://x.example/1')).toMatchObject({
      feedIds: ['feed:a', 'feed:b'],
      firstSeenAt: 1_000,
      title: 'Newer title',
    });
  });

  it('stores a URL that appears twice in one feed once, and counts it once', async () => {
    const db = await withFeeds();
    const result = await mergeFeedArticles(
      db,
      'feed:a',
      [draft({ url: 'https://x.example/1' }), draft({ url: 'https://x.example/1', title: 'dup' })],
      {},
      1_000,
    );
    expect(result).toEqual({ added: 1, updated: 0 });
    expect((await db.articles.get('https://x.example/1'))?.title).toBe('Feed title');
    expect((await db.feeds.get('feed:a'))?.itemCount).toBe(1);
  });

  it('keeps a curator’s text, topics and place when a general feed carries the same URL', async () => {
    const db = await withFeeds();
    await mergeFeedArticles(
      db,
      'pack:p',
      [
        draft({
          url: 'https://x.example/1',
          curated: true,
          relevance: 1,
          title: 'Curated',
          topics: ['consensus'],
          feedIds: ['pack:p'],
          packPosition: 0,
        }),
      ],
      {},
      1_000,
    );
    const before = await db.articles.get('https://x.example/1');
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/1', relevance: 0.2 })], {}, 2_000);
    const after = await db.articles.get('https://x.example/1');
    expect(after).toMatchObject({
      title: 'Curated',
      topics: ['consensus'],
      curated: true,
      relevance: 1,
      rank: before?.rank,
    });
    expect(after?.feedIds).toEqual(['pack:p', 'feed:a']);
  });

  it('ranks an undated article from when it counts, and keeps that moment on later merges', async () => {
    const db = await withFeeds();
    const undated = (countsFrom?: number) => {
      const { publishedAt: _dropped, ...rest } = draft({ url: 'https://x.example/old' });
      return { ...rest, ...(countsFrom !== undefined ? { countsFrom } : {}) };
    };
    await mergeFeedArticles(
      db,
      'feed:a',
      [undated(100), draft({ url: 'https://x.example/new', publishedAt: 900 })],
      {},
      1_000,
    );
    const first = await db.articles.get('https://x.example/old');
    expect(first).toMatchObject({ countsFrom: 100, firstSeenAt: 1_000 });
    expect(first!.rank).toBeLessThan((await db.articles.get('https://x.example/new'))!.rank);
    // A later sync's draft carries no countsFrom; the row keeps its own, and so its rank.
    await mergeFeedArticles(db, 'feed:a', [undated()], {}, 50_000);
    expect(await db.articles.get('https://x.example/old')).toMatchObject({ countsFrom: 100, rank: first!.rank });
    // An article the library already knew does not take a first sync's countsFrom.
    await mergeFeedArticles(
      db,
      'feed:b',
      [{ ...undated(5), url: 'https://x.example/new', feedIds: ['feed:b'] }],
      {},
      60_000,
    );
    expect((await db.articles.get('https://x.example/new'))?.countsFrom).toBeUndefined();
  });

  it('keeps every post of a feed marked all about distributed systems, as the feed row says at merge time', async () => {
    const db = await withFeeds();
    await db.feeds.update('feed:a', { allOnTopic: true });
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/bread', relevance: 0.05 })], {}, 1_000);
    const kept = (await db.articles.get('https://x.example/bread'))!;
    expect(kept.relevance).toBe(1);
    expect(kept.rank).toBe(storedRank({ ...kept }));
    // A sync that began while the feed was flagged merges after the reader took it back: the
    // row decides, so the drafts' own relevance is stored and the reader's change stands.
    await db.feeds.update('feed:a', { allOnTopic: undefined });
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/cake', relevance: 0.05 })], {}, 2_000);
    expect((await db.articles.get('https://x.example/cake'))?.relevance).toBe(0.05);
    // Another feed's drafts are judged by their own feed.
    await mergeFeedArticles(
      db,
      'feed:b',
      [draft({ url: 'https://x.example/pie', feedIds: ['feed:b'], relevance: 0.05 })],
      {},
      3_000,
    );
    expect((await db.articles.get('https://x.example/pie'))?.relevance).toBe(0.05);
  });

  it('never touches the reading table', async () => {
    const db = await withFeeds();
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/1' })], {}, 1_000);
    await setRead(db, 'https://x.example/1', true, 1_100);
    const before = await db.reading.toArray();
    await mergeFeedArticles(db, 'feed:a', [draft({ url: 'https://x.example/1', title: 'Changed' })], {}, 2_000);
    expect(await db.reading.toArray()).toEqual(before);
  });

  it('writes all of a feed or nothing when the transaction fails after the articles are written', async () => {
    const db = await withFeeds();
    // A function cannot be stored (DataCloneError), so the feed update fails after bulkPut.
    const unstorable = { title: (() => 'x') as unknown as string };
    await expect(
      mergeFeedArticles(
        db,
        'feed:a',
        [draft({ url: 'https://x.example/1' }), draft({ url: 'https://x.example/2' })],
        unstorable,
        1_000,
      ),
    ).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect((await db.feeds.get('feed:a'))?.title).toBe('feed:a');
  });
});

describe('mergeFeeds', () => {
  it('writes several feeds in one transaction, as if merged one after another', async () => {
    const together = await withFeeds();
    const oneByOne = await withFeeds();
    const first = {
      feedId: 'feed:a',
      drafts: [draft({ url: 'https://x.example/1' }), draft({ url: 'https://x.example/2' })],
      feedChanges: { title: 'A' },
      now: 1_000,
    };
    const second = {
      feedId: 'feed:b',
      drafts: [draft({ url: 'https://x.example/2', feedIds: ['feed:b'], title: 'Newer', relevance: 0.9 })],
      feedChanges: { title: 'B' },
      now: 2_000,
    };

    const results = await mergeFeeds(together, [first, second]);
    for (const merge of [first, second])
      await mergeFeedArticles(oneByOne, merge.feedId, merge.drafts, merge.feedChanges, merge.now);

    // The second feed met the article the first had just added.
    expect(results).toEqual([
      { added: 2, updated: 0 },
      { added: 0, updated: 1 },
    ]);
    expect(await together.articles.orderBy('url').toArray()).toEqual(await oneByOne.articles.orderBy('url').toArray());
    const shared = await together.articles.get('https://x.example/2');
    expect(shared).toMatchObject({ feedIds: ['feed:a', 'feed:b'], title: 'Newer', firstSeenAt: 1_000 });
    expect(await together.feeds.bulkGet(['feed:a', 'feed:b'])).toMatchObject([
      { title: 'A', itemCount: 2 },
      { title: 'B', itemCount: 1 },
    ]);
  });

  it('writes again only the articles a refresh changed', async () => {
    const db = testDatabase();
    const log = logWrites(db);
    await withFeeds(db);
    const items = [1, 2, 3].map((n) => draft({ url: `https://x.example/${n}` }));
    await mergeFeedArticles(db, 'feed:a', items, {}, 1_000);
    log.puts.length = 0;

    const result = await mergeFeedArticles(
      db,
      'feed:a',
      [...items.slice(0, 2), { ...items[2]!, title: 'Corrected title' }, draft({ url: 'https://x.example/4' })],
      {},
      2_000,
    );

    expect(result).toEqual({ added: 1, updated: 3 });
    const articlePuts = log.puts.filter((put) => put.table === 'articles').flatMap((put) => put.keys);
    expect(articlePuts.sort()).toEqual(['https://x.example/3', 'https://x.example/4']);
    expect((await db.feeds.get('feed:a'))?.itemCount).toBe(4);
  });
});
