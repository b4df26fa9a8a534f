import type { QuorumDatabase } from '../db/database';
import { unreadCount } from '../db/queries';
import { setRead, setSaved } from '../db/reading-state';
import type { KnownLink } from '../messaging';
import { getSettings } from '../settings';
import type { KnownUrls } from '../sync/known-urls';
import { setToolbarCount } from '../toolbar-badge';
import { broadcastReadingChanged } from './broadcast';
import { lookupLinks } from './lookup-links';

export interface SetReadingRequest {
  url: string;
  mark: 'read' | 'saved';
  on: boolean;
}

/**
 * A mark made from a badge's card or the article card, written by the background on the
 * content script's behalf. Only articles Quorum knows can be marked: a page cannot fill the
 * reading table with URLs of its choosing. Afterwards the toolbar count and every open page
 * (the asking one included) are brought up to date.
 */
export async function setReadingFromPage(
  db: QuorumDatabase,
  knownUrls: KnownUrls,
  request: SetReadingRequest,
): Promise<KnownLink | null> {
  if (!(await knownUrls.has(request.url))) return null;
  await (request.mark === 'read' ? setRead : setSaved)(db, request.url, request.on);
  const [link] = await lookupLinks(db, knownUrls, [request.url]);
  void broadcastReadingChanged();
  void refreshToolbarCount(db);
  return link ?? null;
}

async function refreshToolbarCount(db: QuorumDatabase): Promise<void> {
  const settings = await getSettings();
  await setToolbarCount(await unreadCount(db, settings.relevanceThreshold), settings.toolbarBadge).catch(
    () => undefined,
  );
}
