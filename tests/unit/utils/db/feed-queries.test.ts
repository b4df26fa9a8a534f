import { describe, expect, it } from 'vitest';
import { allOnTopicFeed, feedsOf, lowRelevanceByFeed, plainFeed } from '../../../../utils/db/feed-queries';
import { article, feedRow, testDatabase } from '../../support/test-db';

describe('feedsOf', () => {
  it('reads an article’s feeds in the order given, leaving out one removed since', async () => {
    const db = testDatabase();
    await db.feeds.bulkPut([feedRow({ id: 'feed:a' }), feedRow({ id: 'feed:b' })]);
    const feeds = await feedsOf(db, ['feed:b', 'feed:gone', 'feed:a']);
    expect(feeds.map((feed) => feed.id)).toEqual(['feed:b', 'feed:a']);
  });
});

describe('picking one of an article’s feeds', () => {
  const pack = feedRow({ id: 'pack:starter', kind: 'pack', allOnTopic: true });
  const flagged = feedRow({ id: 'feed:jepsen', allOnTopic: true });
  const plain = feedRow({ id: 'feed:notes' });

  it('finds the first feed marked as all about distributed systems', () => {
    expect(allOnTopicFeed([plain, flagged])?.id).toBe('feed:jepsen');
    expect(allOnTopicFeed([plain])).toBeUndefined();
  });

  it('finds the first feed that is not a pack', () => {
    expect(plainFeed([pack, plain, flagged])?.id).toBe('feed:notes');
    expect(plainFeed([pack])).toBeUndefined();
  });
});

describe('lowRelevanceByFeed', () => {
  it('counts each feed’s stored posts below the reader’s threshold, with their source, never a curated or dismissed one', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: 'https://a.example/1', source: 'A’s notes', feedIds: ['feed:a'], relevance: 0.1, curated: false }),
      article({
        url: 'https://a.example/2',
        source: 'A’s notes',
        feedIds: ['feed:a', 'feed:b'],
        relevance: 0.3,
        curated: false,
      }),
      article({ url: 'https://b.example/1', source: 'B weekly', feedIds: ['feed:b'], relevance: 0.32, curated: false }),
      article({ url: 'https://a.example/3', feedIds: ['feed:a'], relevance: 0.9, curated: false }),
      article({ url: 'https://c.example/1', feedIds: ['pack:starter'], relevance: 0.1, curated: true }),
    ]);
    // A dismissed post is out of sight anyway: not counted.
    await db.articles.put(
      article({ url: 'https://a.example/gone', feedIds: ['feed:a'], relevance: 0.05, curated: false }),
    );
    await db.reading.put({ url: 'https://a.example/gone', readAt: null, savedAt: null, dismissedAt: 1, updatedAt: 1 });
    const hidden = await lowRelevanceByFeed(db, 0.35);
    expect(Object.fromEntries([...hidden].map(([feed, { count }]) => [feed, count]))).toEqual({
      'feed:a': 2,
      'feed:b': 2,
    });
    expect(hidden.get('feed:a')?.source).toBe('A’s notes');
    // Named by a post of its own, not by the one it shares with feed:a (read first, at 0.3).
    expect(hidden.get('feed:b')?.source).toBe('B weekly');
    // A lower threshold hides less: at 0.2, only the post at 0.1.
    expect([...(await lowRelevanceByFeed(db, 0.2)).keys()]).toEqual(['feed:a']);
    expect((await lowRelevanceByFeed(db, 0.2)).get('feed:a')?.count).toBe(1);
  });
});
