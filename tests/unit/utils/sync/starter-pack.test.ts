import { describe, expect, it } from 'vitest';
import { getLearningPaths, learningPathsItem } from '../../../../utils/paths/learning-paths';
import { setRead, setSaved } from '../../support/marks';
import { ArticleSchema } from '../../../../utils/schemas/article';
import type { Pack } from '../../../../utils/schemas/pack';
import { installStarterPack, STARTER_PACK_ID } from '../../../../utils/sync/starter-pack';
import { readStarterPack } from '../../../support/starter-pack';
import { testDatabase } from '../../support/test-db';

const bundled = readStarterPack();
const load = (pack: unknown) => () => Promise.resolve(pack);

describe('installStarterPack', () => {
  it('installs every item of the bundled pack as a valid, curated article', async () => {
    const db = testDatabase();
    const result = await installStarterPack(db, load(bundled), 1_000);
    expect(result).toMatchObject({ status: 'installed', added: bundled.items.length, updated: 0 });
    const articles = await db.articles.toArray();
    expect(articles).toHaveLength(bundled.items.length);
    for (const article of articles) {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(article).toMatchObject({ curated: true, relevance: 1, feedIds: [STARTER_PACK_ID], firstSeenAt: 1_000 });
    }
    expect(await db.feeds.get(STARTER_PACK_ID)).toMatchObject({
      kind: 'pack',
      builtin: true,
      contentVersion: bundled.updated,
      itemCount: bundled.items.length,
    });
  });

  it('keeps the pack order as the rank order', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    const byRank = await db.articles.orderBy('rank').reverse().primaryKeys();
    expect(byRank).toEqual(bundled.items.map((item) => item.url));
  });

  it('does nothing when the same version is installed again', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    expect(await installStarterPack(db, load(bundled), 2_000)).toEqual({ status: 'current', version: bundled.updated });
  });

  it('updates content from a newer pack and keeps every read mark, saved item and first-seen time', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    const [first, second] = bundled.items;
    await setRead(db, first!.url, true, 1_500);
    await setSaved(db, second!.url, true, 1_600);
    const readingBefore = await db.reading.toArray();

    const newer: Pack = {
      ...bundled,
      updated: '2099-01-01',
      items: [
        { ...first!, title: 'A better title', summary: 'Rewritten. Still two sentences.' },
        ...bundled.items.slice(1),
        {
          url: 'https://new.example/fresh-pick',
          title: 'Fresh pick',
          source: 'New',
          summary: 'New. Item.',
          topics: ['caching'],
          level: 'intro',
          minutes: 5,
        },
      ],
    };
    const result = await installStarterPack(db, load(newer), 3_000);

    expect(result).toMatchObject({ status: 'installed', added: 1, updated: bundled.items.length });
    expect(await db.reading.toArray()).toEqual(readingBefore);
    const updated = await db.articles.get(first!.url);
    expect(updated).toMatchObject({ title: 'A better title', firstSeenAt: 1_000 });
    expect(await db.articles.get('https://new.example/fresh-pick')).toMatchObject({ firstSeenAt: 3_000 });
  });

  it('keeps how precisely each item is dated: a year, a month or a day', async () => {
    const db = testDatabase();
    const [first, second, third] = bundled.items;
    const pack: Pack = {
      ...bundled,
      items: [
        { ...first!, published: '1978' },
        { ...second!, published: '2026-01' },
        { ...third!, published: '2026-01-01' },
        ...bundled.items.slice(3),
      ],
    };
    expect(await installStarterPack(db, load(pack), 1_000)).toMatchObject({ status: 'installed' });
    expect(await db.articles.get(first!.url)).toMatchObject({ publishedPrecision: 'year' });
    expect(await db.articles.get(second!.url)).toMatchObject({ publishedPrecision: 'month' });
    expect((await db.articles.get(third!.url))?.publishedPrecision).toBeUndefined();
    // The bundled pack dates its papers by month and year, so an update must write that down.
    expect(bundled.items.some((item) => item.published?.length === 4)).toBe(true);
    expect(bundled.items.some((item) => item.published?.length === 7)).toBe(true);
  });

  it('reports an invalid pack and changes nothing', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    const before = await db.articles.toArray();
    const broken = { ...bundled, updated: '2099-01-01', items: [{ ...bundled.items[0], url: 'javascript:alert(1)' }] };
    const result = await installStarterPack(db, load(broken), 2_000);
    expect(result).toEqual({ status: 'invalid', error: expect.stringContaining('items[0].url') });
    expect(await db.articles.toArray()).toEqual(before);
  });
});

describe('installStarterPack and guided reading', () => {
  it('stores level, minutes, prerequisites and gentler items on the articles', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    const withPrerequisites = bundled.items.find((item) => item.prerequisites?.length);
    const stored = await db.articles.get(withPrerequisites!.url);
    expect(stored).toMatchObject({
      level: withPrerequisites!.level,
      minutes: withPrerequisites!.minutes,
      prerequisites: withPrerequisites!.prerequisites,
    });
    expect(stored?.estimated).toBeUndefined();
    const withEasier = bundled.items.find((item) => item.easier);
    expect((await db.articles.get(withEasier!.url))?.easier).toBe(withEasier!.easier);
  });

  it('installs the learning paths, and puts them back when they are lost', async () => {
    const db = testDatabase();
    await installStarterPack(db, load(bundled), 1_000);
    expect((await getLearningPaths()).map((path) => path.id)).toEqual(bundled.paths!.map((path) => path.id));
    await learningPathsItem.removeValue();
    expect(await installStarterPack(db, load(bundled), 2_000)).toMatchObject({ status: 'current' });
    const paths = await getLearningPaths();
    expect(paths).toHaveLength(bundled.paths!.length);
    expect(paths[0]).toMatchObject({ packId: STARTER_PACK_ID, steps: bundled.paths![0]!.steps });
  });
});
