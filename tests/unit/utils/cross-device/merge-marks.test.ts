import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeSyncEntries } from '../../../../utils/cross-device/merge-marks';
import { urlHash } from '../../../../utils/cross-device/url-hash';
import { createMarks } from '../../../../utils/marks/marks';
import { article, testDatabase } from '../../support/test-db';

const T = Date.UTC(2026, 10, 20);
const url = (n: number) => `https://blog.example/merge-${n}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('merging marks from sync storage', () => {
  it('lets marks that waited go once their article is here, and deletes nothing that did not wait', async () => {
    const db = testDatabase();
    await db.articles.bulkPut(Array.from({ length: 300 }, (_, i) => article({ url: url(i) })));
    const marks = createMarks(db, { deviceId: async () => 'Here0001', afterChange: () => undefined });
    // One mark waited for article 7, another waits for an article still not here.
    await db.pendingMarks.bulkPut([
      { hash: urlHash(url(7)), read: { on: true, at: T - 5_000, by: 'There002' } },
      { hash: urlHash(url(999)), saved: { on: true, at: T, by: 'There002' } },
    ]);
    const deleted = vi.spyOn(db.pendingMarks, 'bulkDelete');

    const entries = Array.from({ length: 300 }, (_, i) => ({
      hash: urlHash(url(i)),
      mark: 'read' as const,
      on: true,
      at: T,
      by: 'There002',
    }));
    const result = await mergeSyncEntries(db, marks, entries);

    expect(result).toEqual({ changed: 300, waiting: 0, ambiguous: 0 });
    expect(await db.reading.count()).toBe(300);
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(deleted.mock.calls[0]![0]).toEqual([urlHash(url(7))]);
    expect(await db.pendingMarks.toCollection().primaryKeys()).toEqual([urlHash(url(999))]);
  });
});
