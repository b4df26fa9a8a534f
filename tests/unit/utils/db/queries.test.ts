import { describe, expect, it } from 'vitest';
import { picksKeepingShown, unreadCount, unreadPicks } from '../../../../utils/db/queries';
import { setDismissed, setRead } from '../../../../utils/db/reading-state';
import { article, testDatabase } from '../../support/test-db';

async function seeded() {
  const db = testDatabase();
  await db.articles.bulkPut([
    article({ url: 'https://x.example/low', rank: 1 }),
    article({ url: 'https://x.example/top', rank: 5 }),
    article({ url: 'https://x.example/mid', rank: 3 }),
    article({ url: 'https://x.example/high', rank: 4 }),
  ]);
  return db;
}
const urls = (picks: { article: { url: string } }[]) => picks.map((pick) => pick.article.url.replace('https://x.example/', ''));

describe('unreadPicks', () => {
  it('orders by rank, best first, and stops at the limit', async () => {
    const db = await seeded();
    expect(urls(await unreadPicks(db, 3))).toEqual(['top', 'high', 'mid']);
  });

  it('leaves out read and dismissed articles but keeps saved ones', async () => {
    const db = await seeded();
    await setRead(db, 'https://x.example/top', true);
    await setDismissed(db, 'https://x.example/mid', true);
    expect(urls(await unreadPicks(db, 10))).toEqual(['high', 'low']);
  });

  it('brings an article back once it is marked unread', async () => {
    const db = await seeded();
    await setRead(db, 'https://x.example/top', true);
    await setRead(db, 'https://x.example/top', false);
    expect(urls(await unreadPicks(db, 1))).toEqual(['top']);
  });
});

describe('picksKeepingShown', () => {
  it('keeps an already shown article in its rank position after it is read', async () => {
    const db = await seeded();
    const shown = new Set((await picksKeepingShown(db, 2, new Set())).map((pick) => pick.article.url));
    await setRead(db, 'https://x.example/top', true);
    const picks = await picksKeepingShown(db, 2, shown);
    expect(urls(picks)).toEqual(['top', 'high', 'mid']);
    expect(picks[0]?.reading?.readAt).toBeTypeOf('number');
  });

  it('drops a shown article at once when it is dismissed', async () => {
    const db = await seeded();
    await setDismissed(db, 'https://x.example/top', true);
    expect(urls(await picksKeepingShown(db, 2, new Set(['https://x.example/top'])))).toEqual(['high', 'mid']);
  });
});

describe('unreadCount', () => {
  it('counts stored articles that are neither read nor dismissed, ignoring marks on pruned articles', async () => {
    const db = await seeded();
    await setRead(db, 'https://x.example/top', true);
    await setDismissed(db, 'https://x.example/low', true);
    await setRead(db, 'https://gone.example/pruned', true);
    expect(await unreadCount(db)).toBe(2);
  });
});
