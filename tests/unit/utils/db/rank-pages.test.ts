import { describe, expect, it } from 'vitest';
import { topByRank } from '../../../../utils/db/rank-pages';
import type { Article } from '../../../../utils/schemas/article';
import { article, testDatabase } from '../../support/test-db';

/** What a filtered cursor down the rank index gives: rank descending, then URL descending. */
function expected(rows: Article[], wanted: number, keep: (row: Article) => boolean): string[] {
  return [...rows]
    .sort((a, b) => b.rank - a.rank || (a.url < b.url ? 1 : -1))
    .filter(keep)
    .slice(0, wanted)
    .map((row) => row.url);
}

async function library(ranks: number[]) {
  const db = testDatabase();
  const rows = ranks.map((rank, index) =>
    article({ url: `https://x.example/${String(index).padStart(4, '0')}`, rank }),
  );
  await db.articles.bulkPut(rows);
  return { db, rows };
}

describe('topByRank', () => {
  it('gives the best-ranked articles that pass, in rank order, from one page when it is enough', async () => {
    const { db, rows } = await library([3, 9, 1, 7, 5, 8]);
    const keep = (row: Article) => row.rank !== 8;
    expect((await topByRank(db, 3, keep)).map((row) => row.url)).toEqual(expected(rows, 3, keep));
  });

  it('reads further pages when the filter turns most of the top away, showing each article to it once', async () => {
    const ranks = Array.from({ length: 400 }, (_, index) => (index * 37) % 101);
    const { db, rows } = await library(ranks);
    const visits = new Map<string, number>();
    const keep = (row: Article) => {
      visits.set(row.url, (visits.get(row.url) ?? 0) + 1);
      return row.rank % 10 === 0;
    };
    const top = await topByRank(db, 12, keep);
    expect(top.map((row) => row.url)).toEqual(expected(rows, 12, (row) => row.rank % 10 === 0));
    expect(Math.max(...visits.values())).toBe(1);
  });

  it('passes a run of equal ranks longer than a page without losing or repeating one', async () => {
    const ranks = [...Array.from({ length: 50 }, () => 4), 9, 2, 2, 1];
    const { db, rows } = await library(ranks);
    const keep = (row: Article) => row.rank !== 4 || row.url.endsWith('7');
    const top = await topByRank(db, 4, keep);
    expect(top.map((row) => row.url)).toEqual(expected(rows, 4, keep));
    expect(new Set(top.map((row) => row.url)).size).toBe(top.length);
  });

  it('gives all that pass when fewer than wanted exist, and nothing when nothing is wanted', async () => {
    const { db, rows } = await library([1, 2, 3, 4, 5]);
    const keep = (row: Article) => row.rank > 2;
    expect((await topByRank(db, 10, keep)).map((row) => row.url)).toEqual(expected(rows, 10, keep));
    expect(await topByRank(db, 0, () => true)).toEqual([]);
  });

  it('looks at no more than `lookAt` articles from the top', async () => {
    const ranks = Array.from({ length: 300 }, (_, index) => index);
    const { db, rows } = await library(ranks);
    const even = (row: Article) => row.rank % 2 === 0;
    const onlyTop = (count: number) => (row: Article) => row.rank >= 300 - count && even(row);
    // Enough matches near the top: stops at the limit.
    expect((await topByRank(db, 3, even, { lookAt: 100 })).map((row) => row.url)).toEqual(expected(rows, 3, even));
    // Too few within the first 5 looked at (299…295): only those that pass among them.
    expect((await topByRank(db, 30, even, { lookAt: 5 })).map((row) => row.url)).toEqual(
      expected(rows, 30, onlyTop(5)),
    );
    expect((await topByRank(db, 30, even, { lookAt: 51 })).map((row) => row.url)).toEqual(
      expected(rows, 30, onlyTop(51)),
    );
    expect(await topByRank(db, 30, even, { lookAt: 0 })).toEqual([]);
    // Each article is shown to the filter once, and never one below the bound.
    const visits: number[] = [];
    await topByRank(db, 30, (row) => (visits.push(row.rank), false), { lookAt: 70 });
    expect(visits).toHaveLength(70);
    expect(Math.min(...visits)).toBe(230);
  });

  it('calls keep only once keepReady has settled, with the first page read meanwhile', async () => {
    const { db, rows } = await library([3, 9, 1, 7, 5, 8]);
    let ready = false;
    const keepReady = new Promise<void>((resolve) =>
      setTimeout(() => {
        ready = true;
        resolve();
      }, 20),
    );
    const calledEarly: string[] = [];
    const keep = (row: Article) => {
      if (!ready) calledEarly.push(row.url);
      return row.rank > 4;
    };
    const top = await topByRank(db, 2, keep, { keepReady });
    expect(calledEarly).toEqual([]);
    expect(top.map((row) => row.url)).toEqual(expected(rows, 2, (row) => row.rank > 4));
    // Nothing wanted: still waits, so a caller can rely on what keepReady sets up.
    ready = false;
    await topByRank(db, 0, keep, {
      keepReady: new Promise<void>((resolve) => setTimeout(() => resolve(void (ready = true)), 5)),
    });
    expect(ready).toBe(true);
  });
});
