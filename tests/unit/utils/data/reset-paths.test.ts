import { describe, expect, it } from 'vitest';
import { resetEverything } from '../../../../utils/data/reset';
import { SEARCH_CACHE_NAME } from '../../../../utils/db/drop-search-cache';
import { searchCache } from '../../../../utils/db/search-cache';
import { getLearningPaths, learningPathsItem } from '../../../../utils/paths/learning-paths';
import { getPathProgress, setPathProgress } from '../../../../utils/paths/path-progress';
import { dismissResurfaced, getDismissals } from '../../../../utils/paths/resurface-dismissals';
import { readStarterPack } from '../../../support/starter-pack';
import { testDatabase } from '../../support/test-db';

const bundled = readStarterPack();

describe('reset and learning paths', () => {
  it('restores the starter paths and forgets the chosen path, skips and waved-away saves', async () => {
    const db = testDatabase();
    await learningPathsItem.setValue({ paths: [] });
    await setPathProgress({ currentPathId: 'consensus', skipped: [bundled.items[0]!.url], updatedAt: 5 });
    await dismissResurfaced(bundled.items[1]!.url);

    await resetEverything(db, () => Promise.resolve(bundled));

    expect((await getLearningPaths()).map((path) => path.id)).toEqual(bundled.paths!.map((path) => path.id));
    const progress = await getPathProgress();
    expect(progress).toMatchObject({ currentPathId: null, skipped: [] });
    // A fresh change time: an older copy elsewhere must not bring the old place back.
    expect(progress.updatedAt).toBeGreaterThan(5);
    expect(await getDismissals()).toEqual([]);
  });
});

describe('reset and the stored search index', () => {
  it('deletes the search worker’s database, which holds text from the old library', async () => {
    const cache = searchCache();
    await cache.saveFirstKeys({ format: 1, version: 'before the reset', answers: { p: ['https://x.example/paxos'] } });
    cache.close();
    const names = async () => (await indexedDB.databases()).map((database) => database.name);
    expect(await names()).toContain(SEARCH_CACHE_NAME);

    await resetEverything(testDatabase(), () => Promise.resolve(bundled));

    expect(await names()).not.toContain(SEARCH_CACHE_NAME);
  });
});
