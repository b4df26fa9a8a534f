import type { QuorumDatabase } from '../db/database';
import { ensureUnreadTally, unreadCount } from '../db/unread/unread-count';
import { getSettings } from '../settings';
import { setToolbarCount } from '../toolbar-badge';

/**
 * The toolbar's unread count, from the database and the current settings. The background is
 * its one writer: after marks change, after a feed sync, after the settings change.
 */
export async function refreshToolbarCount(db: QuorumDatabase): Promise<void> {
  const settings = await getSettings();
  // The background keeps the unread histogram whole: after a reset or an upgrade it counts it once.
  await ensureUnreadTally(db);
  await setToolbarCount(await unreadCount(db, settings.relevanceThreshold), settings.toolbarBadge).catch(
    () => undefined,
  );
}
