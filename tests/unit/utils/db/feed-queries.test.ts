import { describe, expect, it } from 'vitest';
import { allOnTopicFeed, feedsOf, plainFeed } from '../../../../utils/db/feed-queries';
import { feedRow, testDatabase } from '../../support/test-db';

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
