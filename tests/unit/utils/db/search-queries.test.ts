import { afterEach, describe, expect, it } from 'vitest';
import type { QuorumDatabase } from '../../../../utils/db/database';
import { bestRankedMatching, everyArticleInChunks } from '../../../../utils/db/search-queries';
import { article, testDatabase } from '../../support/test-db';

let db: QuorumDatabase | undefined;
afterEach(() => db?.close());

describe('search queries', () => {
  it('reads every article in chunks, in URL order, each once', async () => {
    db = testDatabase();
    const library = Array.from({ length: 25 }, (_, i) => article({ url: `https://s.example/${100 + i}`, rank: i }));
    await db.articles.bulkPut([...library].reverse());
    for (const chunk of [1, 7, 25, 26, 100])
      expect(await everyArticleInChunks(db, chunk), `chunk ${chunk}`).toEqual(library);
    await db.articles.clear();
    expect(await everyArticleInChunks(db, 7)).toEqual([]);
  });

  it('finds the best-ranked matches, stopping at the limit or after looking at `scan` articles', async () => {
    db = testDatabase();
    const library = Array.from({ length: 10 }, (_, i) => article({ url: `https://s.example/${i}`, rank: i }));
    await db.articles.bulkPut(library);
    const even = (a: { rank: number }) => a.rank % 2 === 0;
    const ranks = async (limit: number, scan: number) =>
      (await bestRankedMatching(db!, even, limit, scan)).map((a) => a.rank);
    expect(await ranks(3, 100)).toEqual([8, 6, 4]);
    expect(await ranks(30, 100)).toEqual([8, 6, 4, 2, 0]);
    // Only the four best-ranked looked at: 9, 8, 7, 6.
    expect(await ranks(30, 4)).toEqual([8, 6]);
  });
});
