import { describe, expect, it } from 'vitest';
import { FEEDBACK_STEP } from '../../../../utils/curation/feedback';
import { giveFeedback, undoFeedback } from '../../../../utils/db/feedback';
import { createMarks } from '../../../../utils/marks/marks';
import type { Feed } from '../../../../utils/schemas/feed';
import { article, feedRow, testDatabase } from '../../support/test-db';

const feed = (id: string, kind: Feed['kind'] = 'feed'): Feed => feedRow({ id, kind });

describe('giveFeedback', () => {
  it('"Not distributed systems" hides the article and lowers its feeds; Undo restores both', async () => {
    const db = testDatabase();
    const marks = createMarks(db, { deviceId: async () => 'testdev0', afterChange: () => undefined });
    await db.feeds.bulkPut([feed('feed:a'), feed('feed:b'), feed('pack:starter', 'pack')]);
    await db.articles.put(article({ url: 'https://a.example/jwt', feedIds: ['feed:a', 'pack:starter'] }));

    const change = await giveFeedback(db, marks, 'https://a.example/jwt', 'not-relevant');
    expect((await db.reading.get('https://a.example/jwt'))?.dismissedAt).not.toBeNull();
    expect((await db.feeds.get('feed:a'))?.relevanceAdjust).toBe(-FEEDBACK_STEP);
    // Other feeds, and curated packs, are left alone.
    expect((await db.feeds.get('feed:b'))?.relevanceAdjust).toBeUndefined();
    expect((await db.feeds.get('pack:starter'))?.relevanceAdjust).toBeUndefined();

    await undoFeedback(db, marks, change);
    expect((await db.reading.get('https://a.example/jwt'))?.dismissedAt).toBeNull();
    expect((await db.feeds.get('feed:a'))?.relevanceAdjust).toBeUndefined();
  });

  it('"More like this" raises the feed without hiding anything, and undoes exactly', async () => {
    const db = testDatabase();
    const marks = createMarks(db, { deviceId: async () => 'testdev0', afterChange: () => undefined });
    await db.feeds.put({ ...feed('feed:a'), relevanceAdjust: -0.1 });
    await db.articles.put(article({ url: 'https://a.example/raft', feedIds: ['feed:a'] }));
    const change = await giveFeedback(db, marks, 'https://a.example/raft', 'more-like-this');
    expect((await db.feeds.get('feed:a'))?.relevanceAdjust).toBeCloseTo(-0.05);
    expect(await db.reading.get('https://a.example/raft')).toBeUndefined();
    await undoFeedback(db, marks, change);
    expect((await db.feeds.get('feed:a'))?.relevanceAdjust).toBe(-0.1);
  });
});
