import { describe, expect, it } from 'vitest';
import { recordDiscussions } from '../../../../utils/badges/record-discussions';
import { mergeFeedArticles } from '../../../../utils/sync/merge';
import { article, testDatabase } from '../../support/test-db';

const KNOWN = 'https://blog.example/raft';

describe('recordDiscussions', () => {
  it('keeps a thread for a known article, updates its count, and ignores unknown articles', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: KNOWN }));
    const seen = [
      { articleUrl: KNOWN, url: 'https://news.ycombinator.com/item?id=1', comments: 12 },
      { articleUrl: 'https://elsewhere.example/x', url: 'https://news.ycombinator.com/item?id=2', comments: 3 },
    ];
    expect(await recordDiscussions(db, 'news.ycombinator.com', seen, 1000)).toBe(1);
    await recordDiscussions(db, 'news.ycombinator.com', [{ ...seen[0]!, comments: 212 }], 2000);
    expect((await db.articles.get(KNOWN))?.discussions).toEqual([
      { url: 'https://news.ycombinator.com/item?id=1', site: 'hacker-news', comments: 212, seenAt: 2000 },
    ]);
    expect(await db.articles.get('https://elsewhere.example/x')).toBeUndefined();
  });

  it('keeps the count seen before when a later listing shows none', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: KNOWN }));
    const thread = { articleUrl: KNOWN, url: 'https://lobste.rs/s/abc123' };
    await recordDiscussions(db, 'lobste.rs', [{ ...thread, comments: 34 }], 1);
    await recordDiscussions(db, 'lobste.rs', [thread], 2);
    expect((await db.articles.get(KNOWN))?.discussions).toEqual([
      { url: 'https://lobste.rs/s/abc123', site: 'lobsters', comments: 34, seenAt: 2 },
    ]);
  });

  it('records a thread on the note its link names by anchor, else on the page', async () => {
    const db = testDatabase();
    const day = 'https://notes.example/2026/12/02';
    await db.articles.bulkPut([article({ url: `${day}#n1` }), article({ url: KNOWN })]);
    const seen = [
      { articleUrl: `${day}#n1`, url: 'https://news.ycombinator.com/item?id=101', comments: 57 },
      { articleUrl: `${day}#n2`, url: 'https://news.ycombinator.com/item?id=102', comments: 9 },
      { articleUrl: `${KNOWN}#comments`, url: 'https://news.ycombinator.com/item?id=103', comments: 3 },
    ];
    expect(await recordDiscussions(db, 'news.ycombinator.com', seen, 1)).toBe(2);
    expect((await db.articles.get(`${day}#n1`))?.discussions?.map((thread) => thread.url)).toEqual([
      'https://news.ycombinator.com/item?id=101',
    ]);
    expect((await db.articles.get(KNOWN))?.discussions?.map((thread) => thread.url)).toEqual([
      'https://news.ycombinator.com/item?id=103',
    ]);
  });

  it('lets a page speak only for its own site', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: KNOWN }));
    await expect(
      recordDiscussions(db, 'blog.example', [{ articleUrl: KNOWN, url: 'https://lobste.rs/s/a' }], 1),
    ).rejects.toThrow();
    expect(
      await recordDiscussions(
        db,
        'lobste.rs',
        [{ articleUrl: KNOWN, url: 'https://www.reddit.com/r/x/comments/y/' }],
        1,
      ),
    ).toBe(0);
    expect((await db.articles.get(KNOWN))?.discussions).toBeUndefined();
  });

  it('survives a refresh of the article’s feed', async () => {
    const db = testDatabase();
    await db.articles.put(article({ url: KNOWN }));
    await recordDiscussions(db, 'lobste.rs', [{ articleUrl: KNOWN, url: 'https://lobste.rs/s/abc', comments: 4 }], 5);
    const { firstSeenAt: _seen, rank: _rank, discussions: _discussions, ...draft } = (await db.articles.get(KNOWN))!;
    await mergeFeedArticles(db, 'feed:test', [{ ...draft, summary: 'New text.' }], {}, 10);
    const stored = await db.articles.get(KNOWN);
    expect(stored?.summary).toBe('New text.');
    expect(stored?.discussions?.[0]?.url).toBe('https://lobste.rs/s/abc');
  });
});
