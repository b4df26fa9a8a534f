import type { QuorumDatabase } from '../db/database';
import { unreadCount } from '../db/queries';
import { getSettings } from '../settings';
import { setToolbarCount } from '../toolbar-badge';

/**
 * The toolbar's unread count, from the database and the current settings. The background is
 * its one writer: after marks change, after a feed sync, after the settings change.
 */
export async function refreshToolbarCount(db: QuorumDatabase): Promise<void> {
  const settings = await getSettings();
  await setToolbarCount(await unreadCount(db, settings.relevanceThreshold), settings.toolbarBadge).catch(
    () => undefined,
  );
}
