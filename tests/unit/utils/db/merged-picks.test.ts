import { describe, expect, it } from 'vitest';
import { queryPicks } from '../../../../utils/db/queries';
import { setDismissed, setRead } from '../../support/marks';
import { article, testDatabase } from '../../support/test-db';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1);
const TITLE = 'How we lost a day of writes to a clock that jumped backwards';

async function library() {
  const db = testDatabase();
  await db.articles.bulkPut([
    article({ url: 'https://blog.example/clock', title: TITLE, source: 'Blog', publishedAt: T0, rank: 5 }),
    article({ url: 'https://dev.to/x/clock', title: `${TITLE}!`, source: 'DEV', publishedAt: T0 + DAY, rank: 9 }),
    article({ url: 'https://a.example/weekly', title: 'Weekly update', source: 'A', publishedAt: T0, rank: 4 }),
    article({ url: 'https://b.example/weekly', title: 'Weekly update', source: 'B', publishedAt: T0, rank: 3 }),
  ]);
  return db;
}
const query = { limit: 10, threshold: 0.35 };

describe('picks merge copies of one story', () => {
  it('shows one card with the original’s URL, in the best copy’s place, listing the other', async () => {
    const db = await library();
    const picks = await queryPicks(db, query);
    expect(picks.map((pick) => pick.article.url)).toEqual([
      'https://blog.example/clock',
      'https://a.example/weekly',
      'https://b.example/weekly',
    ]);
    expect(picks[0]!.alsoOn).toEqual([{ url: 'https://dev.to/x/clock', source: 'DEV' }]);
    expect(picks[1]!.alsoOn).toBeUndefined();
  });

  it('shows on the merged card where any copy was discussed', async () => {
    const db = await library();
    const thread = (url: string, seenAt: number) => ({ url, site: 'hacker-news' as const, comments: 212, seenAt });
    await db.articles.update('https://dev.to/x/clock', {
      discussions: [
        thread('https://news.ycombinator.com/item?id=41', 20),
        thread('https://news.ycombinator.com/item?id=7', 5),
      ],
    });
    await db.articles.update('https://blog.example/clock', {
      discussions: [thread('https://news.ycombinator.com/item?id=7', 9)],
    });
    const [card] = await queryPicks(db, query);
    expect(card!.article.url).toBe('https://blog.example/clock');
    expect(card!.article.discussions).toEqual([
      thread('https://news.ycombinator.com/item?id=41', 20),
      thread('https://news.ycombinator.com/item?id=7', 9),
    ]);
  });

  it('counts a mark on any copy for the merged card', async () => {
    const db = await library();
    await setRead(db, 'https://dev.to/x/clock', true);
    expect((await queryPicks(db, query)).map((pick) => pick.article.url)).not.toContain('https://blog.example/clock');
    const withRead = await queryPicks(db, { ...query, filters: { showRead: true, showLowRelevance: false } });
    expect(withRead.find((pick) => pick.article.url === 'https://blog.example/clock')?.reading?.readAt).not.toBeNull();

    const other = await library();
    await setDismissed(other, 'https://blog.example/clock', true);
    const left = (await queryPicks(other, query)).map((pick) => pick.article.url);
    expect(left).not.toContain('https://blog.example/clock');
    expect(left).not.toContain('https://dev.to/x/clock');
  });
});
