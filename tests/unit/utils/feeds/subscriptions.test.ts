import { describe, expect, it } from 'vitest';
import { setRead, setSaved } from '../../support/marks';
import {
  feedIdFor,
  findSubscription,
  planRemoval,
  subscribe,
  unsubscribe,
} from '../../../../utils/feeds/subscriptions';
import { article, testDatabase } from '../../support/test-db';

describe('subscriptions', () => {
  it('gives the same address the same id, and finds it again', async () => {
    const db = testDatabase();
    const feed = await subscribe(db, { url: 'https://x.example/feed', title: 'X', kind: 'feed' });
    expect(feed.id).toBe(feedIdFor('https://x.example/feed'));
    expect(await findSubscription(db, 'https://x.example/feed')).toMatchObject({
      title: 'X',
      enabled: true,
      builtin: false,
    });
    await expect(subscribe(db, { url: 'https://x.example/feed', title: 'X again', kind: 'feed' })).rejects.toThrow();
  });

  it('removing a feed keeps read, saved and shared articles, and says so first', async () => {
    const db = testDatabase();
    const feed = await subscribe(db, { url: 'https://x.example/feed', title: 'X', kind: 'feed' });
    await db.articles.bulkPut([
      article({ url: 'https://x.example/plain', feedIds: [feed.id] }),
      article({ url: 'https://x.example/read', feedIds: [feed.id] }),
      article({ url: 'https://x.example/saved', feedIds: [feed.id] }),
      article({ url: 'https://x.example/shared', feedIds: [feed.id, 'feed:other'] }),
      article({ url: 'https://y.example/other', feedIds: ['feed:other'] }),
    ]);
    await setRead(db, 'https://x.example/read', true);
    await setSaved(db, 'https://x.example/saved', true);

    expect(await planRemoval(db, feed.id)).toEqual({ leaving: ['https://x.example/plain'], staying: 3 });
    await unsubscribe(db, feed.id);
    expect(await db.feeds.get(feed.id)).toBeUndefined();
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual([
      'https://x.example/read',
      'https://x.example/saved',
      'https://x.example/shared',
      'https://y.example/other',
    ]);
    expect((await db.articles.get('https://x.example/shared'))?.feedIds).toEqual(['feed:other']);
    expect((await db.articles.get('https://x.example/read'))?.feedIds).toEqual([]);
    expect(await db.reading.count()).toBe(2);
  });
});
