import { describe, expect, it } from 'vitest';
import { facetCounts, queryHistory, queryPicks, querySaved } from '../../../../utils/db/queries';
import { unreadCount } from '../../../../utils/db/unread/unread-count';
import { setDismissed, setRead, setSaved } from '../../support/marks';
import type { Article } from '../../../../utils/schemas/article';
import { article, testDatabase } from '../../support/test-db';

const U = (name: string) => `https://x.example/${name}`;
const names = (picks: { article: { url: string } }[]) =>
  picks.map((pick) => pick.article.url.replace('https://x.example/', ''));

async function seeded(rows: Partial<Article>[] = []) {
  const db = testDatabase();
  await db.articles.bulkPut([
    article({ url: U('low'), rank: 1, source: 'A' }),
    article({ url: U('top'), rank: 5, source: 'B' }),
    article({ url: U('mid'), rank: 3, source: 'C', topics: ['storage'] }),
    article({ url: U('high'), rank: 4, source: 'D', topics: ['storage', 'consensus'] }),
    ...rows.map((row) => article({ url: U(String(Math.random())), ...row })),
  ]);
  return db;
}
const base = { limit: 10, threshold: 0.35 };

describe('queryPicks', () => {
  it('orders by rank, best first, and stops at the limit', async () => {
    const db = await seeded();
    expect(names(await queryPicks(db, { ...base, limit: 3 }))).toEqual(['top', 'high', 'mid']);
  });

  it('leaves out read and dismissed articles but keeps saved ones', async () => {
    const db = await seeded();
    await setRead(db, U('top'), true);
    await setDismissed(db, U('mid'), true);
    await setSaved(db, U('low'), true);
    expect(names(await queryPicks(db, base))).toEqual(['high', 'low']);
  });

  it("carries each card's marks: saved and read ones as stored, none for an unmarked or un-saved card", async () => {
    const db = await seeded();
    await setSaved(db, U('top'), true);
    await setSaved(db, U('mid'), true);
    await setSaved(db, U('mid'), false);
    await setRead(db, U('low'), true);
    const picks = await queryPicks(db, { ...base, filters: { showRead: true, showLowRelevance: false } });
    const marks = Object.fromEntries(
      names(picks).map((name, index) => [
        name,
        [picks[index]!.reading?.savedAt != null, picks[index]!.reading?.readAt != null],
      ]),
    );
    expect(marks).toEqual({ top: [true, false], high: [false, false], mid: [false, false], low: [false, true] });
  });

  it('shows read articles when asked, never dismissed ones', async () => {
    const db = await seeded();
    await setRead(db, U('top'), true);
    await setDismissed(db, U('mid'), true);
    expect(names(await queryPicks(db, { ...base, filters: { showRead: true, showLowRelevance: false } }))).toEqual([
      'top',
      'high',
      'low',
    ]);
  });

  it('hides low-relevance feed articles unless asked, but never curated ones', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: U('offtopic'), rank: 9, relevance: 0.1, source: 'A' }),
      article({ url: U('curated'), rank: 8, relevance: 0.1, curated: true, source: 'B' }),
      article({ url: U('ontopic'), rank: 7, relevance: 0.9, source: 'C' }),
    ]);
    expect(names(await queryPicks(db, base))).toEqual(['curated', 'ontopic']);
    expect(names(await queryPicks(db, { ...base, filters: { showRead: false, showLowRelevance: true } }))).toEqual([
      'offtopic',
      'curated',
      'ontopic',
    ]);
  });

  it('filters by topic and by source', async () => {
    const db = await seeded();
    expect(
      names(await queryPicks(db, { ...base, filters: { topic: 'storage', showRead: false, showLowRelevance: false } })),
    ).toEqual(['high', 'mid']);
    expect(
      names(await queryPicks(db, { ...base, filters: { source: 'C', showRead: false, showLowRelevance: false } })),
    ).toEqual(['mid']);
  });

  it('breaks up long runs from one source', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      ...[10, 9, 8, 7].map((rank) => article({ url: U(`a${rank}`), rank, source: 'Prolific' })),
      article({ url: U('b'), rank: 1, source: 'Other' }),
    ]);
    expect(names(await queryPicks(db, { ...base, limit: 5 }))).toEqual(['a10', 'a9', 'b', 'a8', 'a7']);
  });

  it('keeps an already shown article in place after it is read or dismissed, and drops it from a fresh list', async () => {
    const db = await seeded();
    const shown = new Set((await queryPicks(db, { ...base, limit: 2 })).map((pick) => pick.article.url));
    await setRead(db, U('top'), true);
    const picks = await queryPicks(db, { ...base, limit: 2, shown });
    expect(names(picks)).toEqual(['top', 'high', 'mid']);
    expect(picks[0]?.reading?.readAt).toBeTypeOf('number');
    await setDismissed(db, U('top'), true);
    const kept = await queryPicks(db, { ...base, limit: 2, shown });
    expect(names(kept)).toEqual(['top', 'high', 'mid']);
    expect(kept[0]?.reading?.dismissedAt).toBeTypeOf('number');
    expect(names(await queryPicks(db, { ...base, limit: 2 }))).toEqual(['high', 'mid']);
  });
});

describe('saved and history', () => {
  it('lists saved articles by when they were saved, and read ones by when they were read', async () => {
    const db = await seeded();
    await setSaved(db, U('low'), true, 100);
    await setSaved(db, U('mid'), true, 200);
    await setRead(db, U('top'), true, 300);
    await setRead(db, U('high'), true, 400);
    await setSaved(db, U('gone'), true, 500); // an article no longer stored
    expect(names(await querySaved(db, 10))).toEqual(['mid', 'low']);
    expect(names(await queryHistory(db, 10))).toEqual(['high', 'top']);
    expect(names(await queryHistory(db, 1))).toEqual(['high']);
  });
});

describe('unreadCount', () => {
  it('counts stored articles that are neither read nor dismissed, ignoring marks on pruned articles', async () => {
    const db = await seeded();
    await setRead(db, U('top'), true);
    await setDismissed(db, U('low'), true);
    await setRead(db, 'https://gone.example/pruned', true);
    expect(await unreadCount(db)).toBe(2);
  });

  it('leaves out low-relevance articles when given a threshold (curated ones always score 1)', async () => {
    const db = await seeded([{ relevance: 0.1 }, { relevance: 1, curated: true }]);
    expect(await unreadCount(db)).toBe(6);
    expect(await unreadCount(db, 0.35)).toBe(5);
  });
});

describe('facetCounts', () => {
  it('counts unread, relevant articles per topic and source, and the list total', async () => {
    const db = await seeded([{ relevance: 0.1, topics: ['storage'], source: 'D' }]);
    await setRead(db, U('mid'), true);
    const counts = await facetCounts(db, 0.35, { showRead: false, showLowRelevance: false });
    expect(counts.topics.get('storage')).toBe(1);
    expect(counts.topics.get('consensus')).toBe(3);
    expect(counts.sources.get('D')).toBe(1);
    expect(counts.sources.get('C')).toBeUndefined();
    expect(counts.total).toBe(3);
  });

  it('counts each topic under the chosen source, and each source under the chosen topic', async () => {
    const db = await seeded();
    const counts = await facetCounts(db, 0.35, { source: 'C', showRead: false, showLowRelevance: false });
    expect(counts.topics.get('storage')).toBe(1);
    expect(counts.topics.get('consensus')).toBeUndefined();
    expect(counts.total).toBe(1);
    const byTopic = await facetCounts(db, 0.35, { topic: 'consensus', showRead: false, showLowRelevance: false });
    expect([...byTopic.sources.keys()].sort()).toEqual(['A', 'B', 'D']);
  });
});
