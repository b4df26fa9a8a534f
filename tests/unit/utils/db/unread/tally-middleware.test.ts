import { describe, expect, it } from 'vitest';
import type { QuorumDatabase } from '../../../../../utils/db/database';
import { UNREAD_TALLY } from '../../../../../utils/db/unread/tally-row';
import { ensureUnreadTally, unreadCount } from '../../../../../utils/db/unread/unread-count';
import { applyMarkChanges } from '../../../../../utils/marks/apply-changes';
import type { Mark } from '../../../../../utils/schemas/reading';
import { mergeFeedArticles } from '../../../../../utils/sync/merge';
import { pruneArticles } from '../../../../../utils/sync/prune';
import { setDismissed, setRead } from '../../../support/marks';
import { article, testDatabase } from '../../../support/test-db';

const THRESHOLDS = [0, 0.2, 0.35, 0.5, 1];

/** The unread counts the slow way: every row read, nothing kept. What the tally must always equal. */
async function fullCounts(db: QuorumDatabase): Promise<number[]> {
  const [articles, marks] = await Promise.all([db.articles.toArray(), db.reading.toArray()]);
  const hidden = new Set(marks.filter((m) => m.readAt != null || m.dismissedAt != null).map((m) => m.url));
  return THRESHOLDS.map((threshold) => articles.filter((a) => a.relevance >= threshold && !hidden.has(a.url)).length);
}

async function expectTallyMatches(db: QuorumDatabase, step: string): Promise<number[]> {
  expect(await db.tallies.get(UNREAD_TALLY), `${step}: the tally is kept`).toBeDefined();
  const counts = await Promise.all(THRESHOLDS.map((threshold) => unreadCount(db, threshold)));
  expect(counts, step).toEqual(await fullCounts(db));
  return counts;
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const readMark = (at: string) => ({ url: at, readAt: 5, savedAt: null, dismissedAt: null, updatedAt: 5 });
const url = (n: number) => `https://example.com/post/${n}`;
const draft = (n: number, relevance: number) => {
  const { firstSeenAt: _seen, rank: _rank, ...rest } = article({ url: url(n), relevance });
  return rest;
};

describe('the unread tally kept by the writes', () => {
  it('equals a full count after every kind of write, in a long random sequence', async () => {
    const db = testDatabase();
    const next = random(7);
    const pick = (n: number) => Math.floor(next() * n);
    await mergeFeedArticles(db, 'feed:a', [draft(0, 0.5)], {}, 1);
    await ensureUnreadTally(db);
    await expectTallyMatches(db, 'start');
    const marks: Mark[] = ['read', 'saved', 'dismissed'];
    const seen = new Set<string>();
    for (let step = 0; step < 70; step++) {
      const kind = pick(7);
      if (kind === 0) {
        // A sync: new articles and new scores for known ones, some crossing the threshold.
        const drafts = Array.from({ length: 5 + pick(15) }, () => draft(pick(60), Math.round(next() * 100) / 100));
        await mergeFeedArticles(db, 'feed:a', drafts, {}, step);
      } else if (kind === 1) {
        await setRead(db, url(pick(60)), next() < 0.5, step);
      } else if (kind === 2) {
        await setDismissed(db, url(pick(60)), next() < 0.4, step);
      } else if (kind === 3) {
        // A merge from another device or a file, marks for articles present or not, in one write.
        const changes = Array.from({ length: 120 }, () => ({
          url: url(pick(80)),
          mark: marks[pick(3)]!,
          on: next() < 0.3,
          at: 1_000 + step * 10 + pick(10),
          by: 'otherdev',
        }));
        await applyMarkChanges(db, changes);
      } else if (kind === 4) {
        await pruneArticles(db, 10_000, { maxAgeMs: 1_000_000, maxArticles: 45 });
      } else if (kind === 5) {
        await db.articles.bulkDelete([url(pick(60)), url(pick(60))]);
      } else {
        // Two writers in one transaction, at the same time.
        await db.transaction('rw', db.articles, db.reading, db.feeds, () =>
          Promise.all([
            setRead(db, url(pick(60)), true, step),
            mergeFeedArticles(db, 'feed:b', [draft(pick(60), 0.9)], {}, step),
          ]),
        );
      }
      seen.add(String(await expectTallyMatches(db, `step ${step} (kind ${kind})`)));
    }
    // The sequence moved the counts up and down, so the comparisons above were not all of zeros.
    expect(seen.size).toBeGreaterThan(20);
  }, 30_000);

  it('keeps every change of writes running side by side in one transaction', async () => {
    const db = testDatabase();
    await mergeFeedArticles(
      db,
      'feed:a',
      Array.from({ length: 20 }, (_, n) => draft(n, 0.9)),
      {},
      1,
    );
    await ensureUnreadTally(db);
    await db.transaction('rw', db.reading, () =>
      Promise.all(Array.from({ length: 20 }, (_, n) => db.reading.put({ ...readMark(url(n)) }))),
    );
    await expectTallyMatches(db, 'after twenty writes at once');
    expect(await unreadCount(db, 0)).toBe(0);
  });

  it('keeps the tally through writes of hundreds of rows at once, read from the indexes', async () => {
    const db = testDatabase();
    const next = random(11);
    await mergeFeedArticles(db, 'feed:a', [draft(0, 0.5)], {}, 1);
    await ensureUnreadTally(db);
    // Hundreds of new and re-scored articles in one write, some already read.
    await applyMarkChanges(
      db,
      Array.from({ length: 150 }, (_, n) => ({
        url: url(n * 3),
        mark: 'read' as const,
        on: true,
        at: 10,
        by: 'other',
      })),
    );
    await mergeFeedArticles(
      db,
      'feed:a',
      Array.from({ length: 450 }, (_, n) => draft(n, Math.round(next() * 100) / 100)),
      {},
      2,
    );
    await expectTallyMatches(db, 'after 450 articles at once');
    // A full merge from another device: marks set and cleared on hundreds of articles, some unknown here.
    const marks: Mark[] = ['read', 'saved', 'dismissed'];
    await applyMarkChanges(
      db,
      Array.from({ length: 600 }, (_, n) => ({
        url: url(n),
        mark: marks[n % 3]!,
        on: next() < 0.5,
        at: 20 + n,
        by: 'other',
      })),
    );
    await expectTallyMatches(db, 'after 600 marks at once');
    await db.articles.bulkDelete(Array.from({ length: 300 }, (_, n) => url(n * 2)));
    await expectTallyMatches(db, 'after 300 deleted at once');
  });

  it('drops the tally when a table is cleared, and the background counts it again', async () => {
    const db = testDatabase();
    await mergeFeedArticles(db, 'feed:a', [draft(1, 0.9), draft(2, 0.9)], {}, 1);
    await setRead(db, url(1), true);
    await ensureUnreadTally(db);
    expect(await unreadCount(db, 0.35)).toBe(1);
    await db.reading.clear();
    expect(await db.tallies.get(UNREAD_TALLY)).toBeUndefined();
    // Still right without a tally: counted from the indexes.
    expect(await unreadCount(db, 0.35)).toBe(2);
    await ensureUnreadTally(db);
    await expectTallyMatches(db, 'after the clear');
  });

  it('answers a threshold between hundredths from the rows, exactly', async () => {
    const db = testDatabase();
    await mergeFeedArticles(db, 'feed:a', [draft(1, 0.354), draft(2, 0.356)], {}, 1);
    await ensureUnreadTally(db);
    expect(await unreadCount(db, 0.355)).toBe(1);
    expect(await unreadCount(db, 0.35)).toBe(2);
  });

  it('rolls back with the write it belongs to', async () => {
    const db = testDatabase();
    await mergeFeedArticles(db, 'feed:a', [draft(1, 0.9)], {}, 1);
    await ensureUnreadTally(db);
    await expect(
      db.transaction('rw', db.reading, async () => {
        await setRead(db, url(1), true);
        throw new Error('stopped halfway');
      }),
    ).rejects.toThrow('stopped halfway');
    await expectTallyMatches(db, 'after the rollback');
    expect(await unreadCount(db, 0)).toBe(1);
  });
});
