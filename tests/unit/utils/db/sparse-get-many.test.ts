import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { QuorumDatabase } from '../../../../utils/db/database';
import { ensureUnreadTally, unreadCount } from '../../../../utils/db/unread/unread-count';
import { UNREAD_TALLY, unreadBucketsOf } from '../../../../utils/db/unread/tally-row';
import { setDismissed } from '../../support/marks';
import { article, testDatabase } from '../../support/test-db';

/** The keys each lookup of articles asks the storage below Quorum's middlewares for. */
function recordLookups(db: QuorumDatabase): string[][] {
  const asked: string[][] = [];
  const recorder: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'RecordLookups',
    level: 3,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          getMany: (request) => {
            asked.push([...(request.keys as string[])]);
            return table.getMany(request);
          },
        };
      },
    }),
  };
  db.use(recorder);
  return asked;
}

const inReadWrite = <T>(db: QuorumDatabase, work: () => Promise<T>) =>
  db.transaction('rw', db.articles, db.reading, work);

describe('looking up many URLs in a read-write transaction', () => {
  it('answers exactly as key-by-key lookups do, for stored and new URLs of several sites in any order', async () => {
    const db = testDatabase();
    const sites = ['https://a.example', 'https://b.example', 'https://a.example.org', 'https://c.example'];
    const urls = sites.flatMap((site) => Array.from({ length: 12 }, (_, n) => `${site}/post-${n}`));
    const stored = urls.filter((_, index) => index % 3 === 0);
    await db.articles.bulkPut(stored.map((url) => article({ url })));
    // Shuffled, with a repeat and keys not in any run of four.
    const asked = [...urls].reverse().concat([urls[5]!, 'https://lonely.example/x', urls[0]!]);

    const answer = await inReadWrite(db, () => db.articles.bulkGet(asked));
    const oneByOne = await Promise.all(asked.map((url) => db.articles.get(url)));

    expect(answer).toEqual(oneByOne);
    expect(answer.filter(Boolean)).toHaveLength(stored.length + 1);
    // A repeated key gets a row of its own, as from a plain lookup: changing one leaves the other.
    const [first, repeat] = [asked.indexOf(urls[0]!), asked.lastIndexOf(urls[0]!)];
    expect(answer[repeat]).toEqual(answer[first]);
    expect(answer[repeat]).not.toBe(answer[first]);
  });

  it('looks up only the stored ones of a run of one site', async () => {
    const db = testDatabase();
    const asked = recordLookups(db);
    const urls = Array.from({ length: 50 }, (_, n) => `https://blog.example/2026/post-${String(n).padStart(2, '0')}`);
    await db.articles.bulkPut([article({ url: urls[7]! }), article({ url: urls[30]! })]);
    asked.length = 0;

    const answer = await inReadWrite(db, () => db.articles.bulkGet(urls));

    expect(answer.map((row) => row?.url).filter(Boolean)).toEqual([urls[7], urls[30]]);
    expect(asked.flat().sort()).toEqual([urls[7], urls[30]]);
  });

  it('looks every key up when the site stores many URLs between the ones asked for', async () => {
    const db = testDatabase();
    const asked = recordLookups(db);
    const archive = Array.from({ length: 200 }, (_, n) => `https://archive.example/${String(n).padStart(3, '0')}`);
    await db.articles.bulkPut(archive.map((url) => article({ url })));
    asked.length = 0;
    const spread = ['010a', '080a', '150a', '190a', '120'].map((tail) => `https://archive.example/${tail}`);

    const answer = await inReadWrite(db, () => db.articles.bulkGet(spread));

    expect(answer.map((row) => row?.url)).toEqual([undefined, undefined, undefined, undefined, spread[4]]);
    expect(asked.flat().sort()).toEqual([...spread].sort());
  });

  it('gives the unread tally the marks of new URLs it would have read one by one', async () => {
    const db = testDatabase();
    const urls = Array.from({ length: 10 }, (_, n) => `https://marks.example/post-${n}`);
    // A dismissed article that was pruned and comes back must stay out of the unread count.
    await setDismissed(db, urls[3]!, true, 1_000);
    await ensureUnreadTally(db);
    await inReadWrite(db, async () => {
      const before = await db.articles.bulkGet(urls);
      expect(before.every((row) => row === undefined)).toBe(true);
      await db.articles.bulkPut(urls.map((url) => article({ url })));
    });
    expect(unreadBucketsOf(await db.tallies.get(UNREAD_TALLY))).toBeDefined();
    expect(await unreadCount(db, 0.5)).toBe(9);
  });

  it('leaves read-only lookups as they were', async () => {
    const db = testDatabase();
    const asked = recordLookups(db);
    const urls = Array.from({ length: 8 }, (_, n) => `https://ro.example/${n}`);
    await db.articles.bulkGet(urls);
    expect(asked).toEqual([urls]);
  });
});
