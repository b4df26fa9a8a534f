import { setCrossDeviceEnabled } from '../cross-device/switch';
import type { QuorumDatabase } from '../db/database';
import { dropSearchCache } from '../db/drop-search-cache';
import { learningPathsItem } from '../paths/learning-paths';
import { setPathProgress } from '../paths/path-progress';
import { resurfaceDismissalsItem } from '../paths/resurface-dismissals';
import { DEFAULT_PATH_PROGRESS } from '../schemas/path-progress';
import { settingsItem } from '../settings';
import { addDefaultFeeds } from '../sync/default-feeds';
import { installStarterPack } from '../sync/starter-pack';

export interface ResetInventory {
  read: number;
  saved: number;
  dismissed: number;
  feeds: number;
  articles: number;
}

/** What a reset would lose, to name it in the confirmation. */
export async function resetInventory(db: QuorumDatabase): Promise<ResetInventory> {
  return db.transaction('r', db.reading, db.feeds, db.articles, async () => ({
    read: await db.reading.where('readAt').above(0).count(),
    saved: await db.reading.where('savedAt').above(0).count(),
    dismissed: await db.reading.where('dismissedAt').above(0).count(),
    feeds: await db.feeds.filter((feed) => !feed.builtin).count(),
    articles: await db.articles.count(),
  }));
}

/**
 * Back to a first run: every mark, subscription, article, setting and the stored search
 * index go, then the starter
 * pack and the default feeds come back, so Quorum is useful again at once. Sync with the
 * reader's other browsers is switched off here first, so their marks do not flow straight
 * back, and theirs are left as they are; switching it on again brings them back.
 */
export async function resetEverything(db: QuorumDatabase, loadStarterPack: () => Promise<unknown>): Promise<void> {
  await setCrossDeviceEnabled(false);
  await db.transaction('rw', db.reading, db.feeds, db.articles, db.pendingMarks, async () => {
    await Promise.all([db.reading.clear(), db.feeds.clear(), db.articles.clear(), db.pendingMarks.clear()]);
  });
  await settingsItem.removeValue();
  // The stored search index is made from the library's text: it goes with the library.
  await dropSearchCache();
  // The reader's place in the paths goes with the marks; the starter's paths come back with it.
  // A fresh change time, so that an older copy from elsewhere cannot bring the old place back.
  await setPathProgress({ ...DEFAULT_PATH_PROGRESS, updatedAt: Date.now() });
  await Promise.all([learningPathsItem.removeValue(), resurfaceDismissalsItem.removeValue()]);
  await installStarterPack(db, loadStarterPack);
  await addDefaultFeeds(db);
}
