import { describe, expect, it } from 'vitest';
import type { QuorumDatabase } from '../../../../utils/db/database';
import type { ArticleDraft } from '../../../../utils/sync/article-draft';
import type { FeedMerge } from '../../../../utils/sync/merge';
import { MAX_FEEDS_PER_WRITE, mergeWriter } from '../../../../utils/sync/merge-writer';
import { article, feedRow, testDatabase } from '../../support/test-db';
import { logWrites } from '../../support/write-log';

const FEEDS = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `feed:${letter}`);

async function withFeeds(db: QuorumDatabase, ids = FEEDS) {
  await db.feeds.bulkPut(ids.map((id) => feedRow({ id })));
}

function refresh(feedId: string, count = 2, feedChanges: FeedMerge['feedChanges'] = {}): FeedMerge {
  const drafts: ArticleDraft[] = Array.from({ length: count }, (_, n) => {
    const { firstSeenAt: _seen, rank: _rank, ...draft } = article({ url: `https://x.example/${feedId}/${n}` });
    return { ...draft, feedIds: [feedId] };
  });
  return { feedId, drafts, feedChanges, now: 1_000 };
}

/** Read-write transactions that wrote articles (the feed rows set up by the test are not counted). */
const articleWrites = (log: ReturnType<typeof logWrites>) =>
  log.transactions.filter((stores) => stores.includes('articles')).length;

describe('mergeWriter', () => {
  it('writes a feed that is ready while nothing is being written at once, alone', async () => {
    const db = testDatabase();
    const log = logWrites(db);
    await withFeeds(db);
    const { write } = mergeWriter(db);

    expect(await write(refresh('feed:a'))).toEqual({ added: 2, updated: 0 });
    expect(await write(refresh('feed:b'))).toEqual({ added: 2, updated: 0 });

    expect(articleWrites(log)).toBe(2);
    expect(await db.articles.count()).toBe(4);
  });

  it('gathers the feeds that become ready during a write into the next one, each with its own answer', async () => {
    const db = testDatabase();
    const log = logWrites(db);
    await withFeeds(db);
    const { write } = mergeWriter(db);

    // The first starts a write at once; the next five arrive while it runs.
    const results = await Promise.all(FEEDS.map((id, n) => write(refresh(id, n + 1))));

    expect(results).toEqual(FEEDS.map((_, n) => ({ added: n + 1, updated: 0 })));
    expect(articleWrites(log)).toBe(2);
    expect(await db.articles.count()).toBe(21);
    const feeds = await db.feeds.bulkGet(FEEDS);
    expect(feeds.map((feed) => feed?.itemCount)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it(`writes at most ${MAX_FEEDS_PER_WRITE} feeds in one transaction`, async () => {
    const db = testDatabase();
    const log = logWrites(db);
    const ids = Array.from({ length: 2 * MAX_FEEDS_PER_WRITE + 1 }, (_, n) => `feed:${n}`);
    await withFeeds(db, ids);
    const { write } = mergeWriter(db);

    await Promise.all(ids.map((id) => write(refresh(id, 1))));

    // One alone, then the rest in full transactions.
    expect(articleWrites(log)).toBe(3);
    expect(await db.articles.count()).toBe(ids.length);
  });

  it("has room for more feeds until a full transaction's worth of them is waiting", async () => {
    const db = testDatabase();
    const ids = Array.from({ length: MAX_FEEDS_PER_WRITE + 1 }, (_, n) => `feed:${n}`);
    await withFeeds(db, ids);
    const writer = mergeWriter(db);
    let roomAgain = false;

    const first = writer.write(refresh(ids[0]!));
    const rest = ids.slice(1, -1).map((id) => writer.write(refresh(id)));
    // One being written and one short of a full transaction waiting: there is room.
    await writer.hasRoom();
    const last = writer.write(refresh(ids.at(-1)!));
    const room = writer.hasRoom().then(() => (roomAgain = true));
    // Turns of the microtask queue, short of anything the database finishes.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(roomAgain).toBe(false);

    await first;
    await room;
    expect(roomAgain).toBe(true);
    await Promise.all([...rest, last]);
  });

  it('fails only the feed whose write cannot succeed, and lands the others written beside it', async () => {
    const db = testDatabase();
    await withFeeds(db);
    const { write } = mergeWriter(db);
    // A function cannot be stored (DataCloneError): this feed's transaction can never commit.
    const unstorable = { title: (() => 'x') as unknown as string };

    const outcomes = await Promise.allSettled([
      write(refresh('feed:a')),
      write(refresh('feed:b')),
      write(refresh('feed:c', 2, unstorable)),
      write(refresh('feed:d')),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const stored = await db.articles.toArray();
    expect(new Set(stored.flatMap((row) => row.feedIds))).toEqual(new Set(['feed:a', 'feed:b', 'feed:d']));
    expect((await db.feeds.get('feed:c'))?.title).toBe('feed:c');
  });
});
