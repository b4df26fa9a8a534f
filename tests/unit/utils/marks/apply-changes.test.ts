import { describe, expect, it } from 'vitest';
import { applyLocalMark, applyMarkChanges } from '../../../../utils/marks/apply-changes';
import { ReadingStateSchema } from '../../../../utils/schemas/reading';
import { setDismissed, setRead, setSaved } from '../../support/marks';
import { testDatabase } from '../../support/test-db';

const url = 'https://x.example/post';
const other = 'https://x.example/other';

describe('reading marks on this device', () => {
  it('sets and clears each mark without touching the others, each with its own change time', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 100_000);
    await setSaved(db, url, true, 200_000);
    await setDismissed(db, url, true, 300_000);
    await setRead(db, url, false, 400_000);
    const state = await db.reading.get(url);
    expect(state).toMatchObject({ url, readAt: null, savedAt: 200_000, dismissedAt: 300_000, updatedAt: 400_000 });
    expect(state?.changes).toEqual({
      read: { at: 400_000, by: 'testdev0' },
      saved: { at: 200_000, by: 'testdev0' },
      dismissed: { at: 300_000, by: 'testdev0' },
    });
    expect(ReadingStateSchema.safeParse(state).success).toBe(true);
  });

  it('moves a mark’s change time past its last change, even when the clock does not', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 500_000);
    const again = await setRead(db, url, false, 500_000);
    const back = await setRead(db, url, true, 10);
    expect(again.changes?.read.at).toBe(501_000);
    expect(back.changes?.read.at).toBe(502_000);
    expect(back.readAt).toBe(502_000);
  });

  it('loses no mark when two pages mark the same article at the same moment', async () => {
    const db = testDatabase();
    await Promise.all([setRead(db, url, true, 1000), setSaved(db, url, true, 1000)]);
    const state = await db.reading.get(url);
    expect(state?.readAt).toBe(1000);
    expect(state?.savedAt).toBe(1000);
  });
});

describe('the merge of marks made elsewhere', () => {
  const change = (mark: 'read' | 'saved' | 'dismissed', on: boolean, at: number, by = 'remote00', on_ = url) => ({
    url: on_,
    mark,
    on,
    at,
    by,
  });

  it('keeps the newest change per mark: an un-read made later beats an earlier read, an older one loses', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 10_000);
    await applyMarkChanges(db, [change('read', false, 20_000)]);
    expect((await db.reading.get(url))?.readAt).toBeNull();
    await applyMarkChanges(db, [change('read', true, 15_000)]);
    expect((await db.reading.get(url))?.readAt).toBeNull();
  });

  it('keeps "read here" and "saved there" on the same article, and both of two devices’ different articles', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 10_000);
    await setRead(db, other, true, 11_000);
    const changed = await applyMarkChanges(db, [
      change('saved', true, 9_000),
      change('dismissed', true, 12_000, 'r', other),
    ]);
    expect(changed).toHaveLength(2);
    expect(await db.reading.get(url)).toMatchObject({ readAt: 10_000, savedAt: 9_000 });
    expect(await db.reading.get(other)).toMatchObject({ readAt: 11_000, dismissedAt: 12_000 });
  });

  it('breaks a tie in the same second by device id, the same way whichever arrives first', async () => {
    const a = change('read', true, 30_100, 'AAAAAAAB');
    const b = change('read', false, 30_900, 'BBBBBBBB');
    const one = testDatabase();
    const two = testDatabase();
    await applyMarkChanges(one, [a]);
    await applyMarkChanges(one, [b]);
    await applyMarkChanges(two, [b]);
    await applyMarkChanges(two, [a]);
    expect((await one.reading.get(url))?.readAt).toBeNull();
    expect(await one.reading.get(url)).toEqual(await two.reading.get(url));
  });

  it('changes nothing when the same change arrives again', async () => {
    const db = testDatabase();
    await applyMarkChanges(db, [change('saved', true, 40_000)]);
    expect(await applyMarkChanges(db, [change('saved', true, 40_000)])).toEqual([]);
  });

  it('a local change always wins over what arrived before it, even from a device whose clock runs ahead', async () => {
    const db = testDatabase();
    await applyMarkChanges(db, [change('read', true, 90_000)]);
    const row = await applyLocalMark(db, { url, mark: 'read', on: false, by: 'testdev0', now: 50_000 });
    expect(row.readAt).toBeNull();
    expect(row.changes?.read.at).toBe(91_000);
  });
  it('merges a batch of hundreds of articles, some with marks here and most without, per mark', async () => {
    const db = testDatabase();
    const many = (i: number) => `https://x.example/many-${i}`;
    // Every tenth article already has marks here: a newer read, and an older save.
    await applyMarkChanges(
      db,
      Array.from({ length: 30 }, (_, i) => [
        { url: many(i * 10), mark: 'read' as const, on: true, at: 80_000, by: 'testdev0' },
        { url: many(i * 10), mark: 'saved' as const, on: false, at: 10_000, by: 'testdev0' },
      ]).flat(),
    );
    const arriving = Array.from({ length: 300 }, (_, i) => [
      { url: many(i), mark: 'read' as const, on: false, at: 50_000, by: 'AAAAAAAB' },
      { url: many(i), mark: 'saved' as const, on: true, at: 50_000, by: 'AAAAAAAB' },
    ]).flat();
    const changed = await applyMarkChanges(db, arriving);
    expect(changed).toHaveLength(300);
    expect(await db.reading.count()).toBe(300);
    // Where a mark was here: the newer read stays, the save from elsewhere is newer and wins.
    expect(await db.reading.get(many(20))).toMatchObject({ readAt: 80_000, savedAt: 50_000 });
    // Where none was: the arriving changes, as they came.
    expect(await db.reading.get(many(21))).toMatchObject({ readAt: null, savedAt: 50_000 });
    expect((await db.reading.get(many(21)))?.changes?.read).toEqual({ at: 50_000, by: 'AAAAAAAB' });
    expect(await applyMarkChanges(db, arriving)).toEqual([]);
  });
});
