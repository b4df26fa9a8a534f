import { describe, expect, it } from 'vitest';
import { setRead } from '../../support/marks';
import type { ArticleDraft } from '../../../../utils/sync/article-draft';
import { mergeFeedArticles } from '../../../../utils/sync/merge';
import { testDatabase } from '../../support/test-db';

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

async function withFeeds() {
  const db = testDatabase();
  for (const id of ['feed:a', 'feed:b', 'pack:p']) {
    await db.feeds.put({
      id,
      url: `https://x.example/${id}`,
      kind: 'feed',
      title: id,
      enabled: true,
      builtin: false,
      ignoreHttpCache: false,
      addedAt: 0,
      errorCount: 0,
    });
  }
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
