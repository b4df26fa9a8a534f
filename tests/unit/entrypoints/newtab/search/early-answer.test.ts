import { afterEach, describe, expect, it } from 'vitest';
import { earlyAnswer } from '../../../../../entrypoints/newtab/search/early-answer';
import type { QuorumDatabase } from '../../../../../utils/db/database';
import { article, testDatabase } from '../../../support/test-db';

let db: QuorumDatabase | undefined;
afterEach(() => db?.close());

const raft = article({
  url: 'https://s.example/raft',
  title: 'Raft: understandable consensus',
  summary: 'Leader election and log replication.',
  rank: 3,
});
const chubby = article({ url: 'https://s.example/chubby', title: 'Chubby lock service', source: 'OSDI', rank: 9 });
const dynamo = article({
  url: 'https://s.example/dynamo',
  title: 'Dynamo',
  summary: 'Sloppy quorums and hinted handoff.',
  topics: ['replication'],
  rank: 5,
});

describe('early answer (the page’s own, before the index is in)', () => {
  it('lists the best-ranked articles with a word starting like each of the query’s, with marks', async () => {
    db = testDatabase();
    await db.articles.bulkPut([raft, chubby, dynamo]);
    await db.reading.put({ url: dynamo.url, readAt: 4, savedAt: null, dismissedAt: null, updatedAt: 4 });
    const urls = async (query: string) => (await earlyAnswer(db!, query))!.hits.map((hit) => hit.article.url);

    // "r": Raft's title, Dynamo's topic (Replication); Chubby has no word starting with r.
    expect(await urls('r')).toEqual([dynamo.url, raft.url]);
    expect(await urls('REPL')).toEqual([dynamo.url, raft.url]);
    expect(await urls('leader elec')).toEqual([raft.url]);
    expect(await urls('osdi lock')).toEqual([chubby.url]);
    expect(await urls('zzz')).toEqual([]);
    const answer = (await earlyAnswer(db, 'hinted'))!;
    expect(answer).toMatchObject({ query: 'hinted', suggestion: undefined });
    expect(answer.hits[0]).toEqual({ article: dynamo, reading: expect.objectContaining({ readAt: 4 }) });
    expect(await earlyAnswer(db, ' – ')).toBeUndefined();
  });
});
