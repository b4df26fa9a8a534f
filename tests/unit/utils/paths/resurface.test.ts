import { describe, expect, it } from 'vitest';
import { queryResurfaced } from '../../../../utils/db/guide-queries';
import { setDismissed, setRead, setSaved } from '../../support/marks';
import { RESURFACE_AFTER_MS, shouldResurface } from '../../../../utils/paths/resurface';
import type { ReadingState } from '../../../../utils/schemas/reading';
import { article, testDatabase } from '../../support/test-db';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;
const U = (name: string) => `https://x.example/${name}`;
const saved = (savedAt: number, extra: Partial<ReadingState> = {}): ReadingState => ({
  url: U('a'),
  readAt: null,
  savedAt,
  dismissedAt: null,
  updatedAt: savedAt,
  ...extra,
});

describe('shouldResurface', () => {
  it('brings back a saved, unread article after fourteen days and not before', () => {
    expect(RESURFACE_AFTER_MS).toBe(14 * DAY);
    expect(shouldResurface(saved(NOW - 14 * DAY), NOW, new Set())).toBe(true);
    expect(shouldResurface(saved(NOW - 13 * DAY), NOW, new Set())).toBe(false);
  });

  it('never brings back one that is read, dismissed, unsaved or waved away from the row', () => {
    const old = NOW - 30 * DAY;
    expect(shouldResurface(saved(old, { readAt: NOW - DAY }), NOW, new Set())).toBe(false);
    expect(shouldResurface(saved(old, { dismissedAt: NOW - DAY }), NOW, new Set())).toBe(false);
    expect(shouldResurface(saved(old, { savedAt: null }), NOW, new Set())).toBe(false);
    expect(shouldResurface(saved(old), NOW, new Set([U('a')]))).toBe(false);
    expect(shouldResurface(undefined, NOW, new Set())).toBe(false);
  });
});

describe('queryResurfaced', () => {
  it('returns at most two old saved unread articles, leaving out the rest', async () => {
    const db = testDatabase();
    await db.articles.bulkPut(['a', 'b', 'c', 'd', 'e', 'f'].map((name) => article({ url: U(name) })));
    for (const name of ['a', 'b', 'c']) await setSaved(db, U(name), true, NOW - 20 * DAY);
    await setSaved(db, U('d'), true, NOW - 2 * DAY);
    await setSaved(db, U('e'), true, NOW - 20 * DAY);
    await setRead(db, U('e'), true, NOW - DAY);
    await setSaved(db, U('f'), true, NOW - 20 * DAY);
    await setDismissed(db, U('f'), true, NOW - DAY);
    const picks = await queryResurfaced(db, NOW, new Set([U('a')]));
    expect(picks.map((pick) => pick.article.url).sort()).toEqual([U('b'), U('c')]);
  });
});
