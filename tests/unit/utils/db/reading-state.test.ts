import { describe, expect, it } from 'vitest';
import { setDismissed, setRead, setSaved } from '../../../../utils/db/reading-state';
import { ReadingStateSchema } from '../../../../utils/schemas/reading';
import { testDatabase } from '../../support/test-db';

const url = 'https://x.example/post';

describe('reading marks', () => {
  it('sets and clears each mark without touching the others', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 100);
    await setSaved(db, url, true, 200);
    await setDismissed(db, url, true, 300);
    await setRead(db, url, false, 400);
    const state = await db.reading.get(url);
    expect(state).toEqual({ url, readAt: null, savedAt: 200, dismissedAt: 300, updatedAt: 400 });
    expect(ReadingStateSchema.safeParse(state).success).toBe(true);
  });

  it('always moves updatedAt forward, even when the clock does not', async () => {
    const db = testDatabase();
    await setRead(db, url, true, 500);
    const second = await setSaved(db, url, true, 500);
    const third = await setSaved(db, url, false, 10);
    expect(second.updatedAt).toBe(501);
    expect(third.updatedAt).toBe(502);
  });

  it('loses no mark when two pages mark the same article at the same moment', async () => {
    const db = testDatabase();
    await Promise.all([setRead(db, url, true, 1000), setSaved(db, url, true, 1000)]);
    const state = await db.reading.get(url);
    expect(state?.readAt).toBe(1000);
    expect(state?.savedAt).toBe(1000);
  });
});
