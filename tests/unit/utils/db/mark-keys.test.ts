import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { markKeys } from '../../../../utils/db/mark-keys';
import { setDismissed, setRead } from '../../support/marks';
import { testDatabase } from '../../support/test-db';

const U = (name: string) => `https://x.example/${name}`;

/** The values a live query of the read keys emits, and a way to wait for the next one. */
function watchReadKeys(db: ReturnType<typeof testDatabase>) {
  const seen: string[][] = [];
  let waiting: (() => void) | undefined;
  const subscription = liveQuery(async () => (await markKeys(db, 'readAt'))[0]!).subscribe({
    next: (keys) => {
      seen.push([...keys].sort());
      waiting?.();
    },
  });
  const next = (count: number) =>
    new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no emission ${count}; saw ${JSON.stringify(seen)}`)), 2000);
      const check = () => {
        if (seen.length < count) return;
        clearTimeout(timer);
        waiting = undefined;
        resolve(seen[count - 1]!);
      };
      waiting = check;
      check();
    });
  return { next, stop: () => subscription.unsubscribe() };
}

describe('markKeys', () => {
  it('returns the URLs with that mark set, and only those', async () => {
    const db = testDatabase();
    await setRead(db, U('a'), true);
    await setRead(db, U('b'), true);
    await setRead(db, U('b'), false);
    await setDismissed(db, U('c'), true);
    expect(await markKeys(db, 'readAt')).toEqual([[U('a')]]);
    expect(await markKeys(db, 'dismissedAt', 'savedAt', 'readAt')).toEqual([[U('c')], [], [U('a')]]);
  });

  it('joins a caller’s transaction', async () => {
    const db = testDatabase();
    await setRead(db, U('a'), true);
    const keys = await db.transaction('r', db.articles, db.reading, async () => {
      const read = await markKeys(db, 'readAt');
      // Still inside: a second read in the same transaction works after the first resolved.
      const rows = await db.reading.count();
      return { read, rows };
    });
    expect(keys).toEqual({ read: [[U('a')]], rows: 1 });
  });

  it('re-runs a live query when a mark is set, cleared, or its row deleted', async () => {
    const db = testDatabase();
    await setRead(db, U('a'), true);
    const watch = watchReadKeys(db);
    try {
      expect(await watch.next(1)).toEqual([U('a')]);
      await setRead(db, U('b'), true);
      expect(await watch.next(2)).toEqual([U('a'), U('b')]);
      // Cleared from another transaction: the row's old value was never seen by this writer.
      await setRead(db, U('a'), false);
      expect(await watch.next(3)).toEqual([U('b')]);
      await db.reading.delete(U('b'));
      expect(await watch.next(4)).toEqual([]);
    } finally {
      watch.stop();
    }
  });
});
