import { describe, expect, it } from 'vitest';
import { setRead, setSaved } from '../../support/marks';
import { mergeFeedArticles } from '../../../../utils/sync/merge';
import { feedRow, testDatabase } from '../../support/test-db';

const url = 'https://race.example/post';
const draft = {
  url,
  title: 'New title',
  source: 'Feed',
  summary: 'Fresh.',
  topics: ['consensus' as const],
  kind: 'article' as const,
  relevance: 0.9,
  curated: false,
  feedIds: ['feed:a'],
};

describe('concurrent writers', () => {
  it('two pages marking one article while the background merges it lose no update', async () => {
    for (let round = 0; round < 25; round++) {
      const db = testDatabase();
      await db.feeds.put(feedRow({ id: 'feed:a', url: 'https://race.example/feed', title: 'A' }));
      await mergeFeedArticles(db, 'feed:a', [{ ...draft, title: 'Old title' }], {}, 1);
      await Promise.all([
        setRead(db, url, true, 100 + round),
        setSaved(db, url, true, 100 + round),
        mergeFeedArticles(db, 'feed:a', [draft], {}, 2),
        setRead(db, url, true, 101 + round),
      ]);
      const mark = await db.reading.get(url);
      expect(mark?.readAt).toBeTypeOf('number');
      expect(mark?.savedAt).toBeTypeOf('number');
      expect(mark?.updatedAt).toBeGreaterThan(100 + round);
      expect((await db.articles.get(url))?.title).toBe('New title');
      db.close();
    }
  });
});
