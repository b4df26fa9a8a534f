import { describe, expect, it } from 'vitest';
import {
  guidanceUrls,
  queryMinutesPerWeek,
  queryPicksByUrl,
  queryRelatedToPath,
} from '../../../../utils/db/guide-queries';
import { setDismissed, setRead } from '../../support/marks';
import { article, testDatabase } from '../../support/test-db';

const U = (name: string) => `https://x.example/${name}`;
const WEEK = 7 * 24 * 60 * 60 * 1000;

describe('queryRelatedToPath', () => {
  it("returns the best two unread feed articles on the path's topics, never curated or hidden ones", async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: U('curated'), rank: 9, curated: true, relevance: 1, topics: ['consensus'] }),
      article({ url: U('best'), rank: 8, curated: false, relevance: 0.9, topics: ['consensus'] }),
      article({ url: U('read'), rank: 7, curated: false, relevance: 0.9, topics: ['consensus'] }),
      article({ url: U('dismissed'), rank: 6, curated: false, relevance: 0.9, topics: ['replication'] }),
      article({ url: U('off-topic'), rank: 5, curated: false, relevance: 0.9, topics: ['storage'] }),
      article({ url: U('weak'), rank: 4, curated: false, relevance: 0.1, topics: ['consensus'] }),
      article({ url: U('second'), rank: 3, curated: false, relevance: 0.9, topics: ['replication'] }),
      article({ url: U('third'), rank: 2, curated: false, relevance: 0.9, topics: ['consensus'] }),
    ]);
    await setRead(db, U('read'), true);
    await setDismissed(db, U('dismissed'), true);
    const related = await queryRelatedToPath(db, ['consensus', 'replication'], 0.35, new Set());
    expect(related.map((pick) => pick.article.url)).toEqual([U('best'), U('second')]);
    expect(await queryRelatedToPath(db, [], 0.35, new Set())).toEqual([]);
  });
});

describe('guidanceUrls and queryPicksByUrl', () => {
  it("collects the cards' prerequisites and gentler items once each, and reads them with their marks", async () => {
    const db = testDatabase();
    const raft = article({ url: U('raft'), prerequisites: [U('clocks'), U('paxos')], easier: U('intro') });
    const paxos = article({ url: U('paxos'), prerequisites: [U('clocks')] });
    const urls = guidanceUrls([
      { article: raft, reading: undefined },
      { article: paxos, reading: undefined },
    ]);
    expect(urls).toEqual([U('clocks'), U('intro'), U('paxos')]);

    await db.articles.bulkPut([article({ url: U('clocks') }), paxos]);
    await setRead(db, U('clocks'), true);
    const found = await queryPicksByUrl(db, urls);
    // An article not stored (the gentler one) is left out; a read one carries its mark.
    expect([...found.keys()]).toEqual([U('clocks'), U('paxos')]);
    expect(found.get(U('clocks'))?.reading?.readAt).toBeGreaterThan(0);
    expect(await queryPicksByUrl(db, [])).toEqual(new Map());
  });
});

describe('queryMinutesPerWeek', () => {
  it('adds up the minutes of articles read in each of the last weeks', async () => {
    const db = testDatabase();
    const now = 20 * WEEK;
    await db.articles.bulkPut([
      article({ url: U('a'), minutes: 30 }),
      article({ url: U('b'), minutes: 15 }),
      article({ url: U('c'), minutes: 60 }),
    ]);
    await setRead(db, U('a'), true, now - 1000);
    await setRead(db, U('b'), true, now - 2000);
    await setRead(db, U('c'), true, now - WEEK - 1000);
    const weeks = await queryMinutesPerWeek(db, now, 4);
    expect(weeks.map((week) => week.minutes)).toEqual([0, 0, 60, 45]);
  });
});
