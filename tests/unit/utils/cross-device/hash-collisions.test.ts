import { afterEach, describe, expect, it, vi } from 'vitest';
import { localEntries } from '../../../../utils/cross-device/local-entries';
import { mergeSyncEntries } from '../../../../utils/cross-device/merge-marks';
import { createMarks } from '../../../../utils/marks/marks';
import { setRead } from '../../support/marks';
import { article, testDatabase } from '../../support/test-db';

const TWIN_A = 'https://a.example/twin';
const TWIN_B = 'https://b.example/twin';
const SHARED = 4242;

// Two URLs whose short hashes collide, as two of billions might: the code must cope either way.
vi.mock('../../../../utils/cross-device/url-hash', async (original) => {
  const real = await original<typeof import('../../../../utils/cross-device/url-hash')>();
  return { ...real, urlHash: (url: string) => (url === TWIN_A || url === TWIN_B ? SHARED : real.urlHash(url)) };
});

afterEach(() => vi.restoreAllMocks());

const marksOf = (db: ReturnType<typeof testDatabase>) =>
  createMarks(db, { deviceId: async () => 'Here0001', afterChange: () => undefined });

describe('a hash that two articles share', () => {
  it('is applied to neither on a device that has both: it waits, and marks nothing', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([article({ url: TWIN_A }), article({ url: TWIN_B })]);
    const result = await mergeSyncEntries(db, marksOf(db), [
      { hash: SHARED, mark: 'read', on: true, at: 1_790_000_000_000, by: 'There002' },
    ]);
    expect(result).toEqual({ changed: 0, waiting: 0, ambiguous: 1 });
    expect(await db.reading.count()).toBe(0);
    // Held by its hash, so this device passes it on to the others unchanged.
    expect(await db.pendingMarks.count()).toBe(1);
  });

  it('is never sent by a device that has both, so a device with only one cannot mark the wrong one', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([
      article({ url: TWIN_A }),
      article({ url: TWIN_B }),
      article({ url: 'https://c.example/' }),
    ]);
    await setRead(db, TWIN_A, true, 1_790_000_000_000);
    await setRead(db, 'https://c.example/', true, 1_790_000_000_000);
    const { entries, collided } = await localEntries(db);
    expect(collided).toBe(1);
    expect(entries.map((e) => e.hash)).not.toContain(SHARED);
    expect(entries).toHaveLength(1);
    // The mark stays here all the same.
    expect((await db.reading.get(TWIN_A))?.readAt).not.toBeNull();
  });
});
