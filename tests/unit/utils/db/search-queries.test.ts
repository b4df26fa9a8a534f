import { afterEach, describe, expect, it } from 'vitest';
import type { QuorumDatabase } from '../../../../utils/db/database';
import { everyArticleInChunks } from '../../../../utils/db/search-queries';
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
});
