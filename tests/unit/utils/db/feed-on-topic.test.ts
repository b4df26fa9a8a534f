import { describe, expect, it } from 'vitest';
import { articleRank, effectiveTime } from '../../../../utils/curation/rank';
import { setFeedAllOnTopic } from '../../../../utils/db/feed-on-topic';
import { unreadCount } from '../../../../utils/db/unread/unread-count';
import type { Classify } from '../../../../utils/feeds/normalise';
import { article, feedRow, testDatabase } from '../../support/test-db';

/** A stand-in for the model: a post is relevant when its title says "raft". */
const judge: Classify = (input) => ({ topics: [], relevance: /raft/i.test(input.title) ? 0.8 : 0.1 });

describe('setFeedAllOnTopic', () => {
  it('puts every stored post of the feed into Picks at once, with the rank a merge would give it', async () => {
    const db = testDatabase();
    await db.feeds.bulkPut([feedRow({ id: 'feed:a' }), feedRow({ id: 'feed:b' })]);
    const hidden = article({
      url: 'https://a.example/notes',
      feedIds: ['feed:a'],
      relevance: 0.1,
      publishedAt: 1_690_000_000_000,
    });
    await db.articles.bulkPut([
      hidden,
      article({ url: 'https://b.example/other', feedIds: ['feed:b'], relevance: 0.1 }),
    ]);

    expect(await setFeedAllOnTopic(db, 'feed:a', { on: true })).toBe(1);
    expect((await db.feeds.get('feed:a'))?.allOnTopic).toBe(true);
    const now = (await db.articles.get(hidden.url))!;
    expect(now.relevance).toBe(1);
    expect(now.rank).toBe(
      articleRank({
        relevance: 1,
        curated: false,
        effectiveTime: effectiveTime({ publishedAt: hidden.publishedAt, firstSeenAt: hidden.firstSeenAt }),
      }),
    );
    // Another feed's post is not touched.
    expect((await db.articles.get('https://b.example/other'))?.relevance).toBe(0.1);
  });

  it('gives each post its judged relevance back when taken back, unless another all-on-topic feed carries it', async () => {
    const db = testDatabase();
    await db.feeds.bulkPut([feedRow({ id: 'feed:a' }), feedRow({ id: 'feed:b', allOnTopic: true })]);
    await db.articles.bulkPut([
      article({ url: 'https://a.example/raft', title: 'Raft notes', feedIds: ['feed:a'], relevance: 0.2 }),
      article({ url: 'https://a.example/bread', title: 'Banana bread', feedIds: ['feed:a'], relevance: 0.1 }),
      article({ url: 'https://a.example/shared', title: 'Cooking', feedIds: ['feed:a', 'feed:b'], relevance: 1 }),
    ]);
    await setFeedAllOnTopic(db, 'feed:a', { on: true });
    expect(await setFeedAllOnTopic(db, 'feed:a', { on: false, judge })).toBe(2);
    expect((await db.feeds.get('feed:a'))?.allOnTopic).toBeUndefined();
    expect((await db.articles.get('https://a.example/raft'))?.relevance).toBe(0.8);
    expect((await db.articles.get('https://a.example/bread'))?.relevance).toBe(0.1);
    expect((await db.articles.get('https://a.example/shared'))?.relevance).toBe(1);
  });

  it('leaves curated articles as their pack made them, and keeps the unread count true', async () => {
    const db = testDatabase();
    await db.feeds.put(feedRow({ id: 'feed:a' }));
    await db.articles.bulkPut([
      article({ url: 'https://a.example/paper', feedIds: ['feed:a'], curated: true, relevance: 1, rank: 42 }),
      article({ url: 'https://a.example/post', feedIds: ['feed:a'], relevance: 0.1 }),
    ]);
    expect(await unreadCount(db, 0.35)).toBe(1);
    await setFeedAllOnTopic(db, 'feed:a', { on: true });
    expect(await unreadCount(db, 0.35)).toBe(2);
    await setFeedAllOnTopic(db, 'feed:a', { on: false, judge });
    expect(await unreadCount(db, 0.35)).toBe(1);
    expect((await db.articles.get('https://a.example/paper'))?.rank).toBe(42);
  });

  it('changes nothing for a feed that is gone', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: 'https://a.example/post', feedIds: ['feed:gone'], relevance: 0.1 }));
    expect(await setFeedAllOnTopic(db, 'feed:gone', { on: true })).toBe(0);
    expect((await db.articles.get('https://a.example/post'))?.relevance).toBe(0.1);
  });
});
