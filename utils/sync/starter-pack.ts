import type { QuorumDatabase } from '../db/database';
import { packItemsToDrafts } from '../feeds/normalise-pack';
import { parsePack } from '../feeds/parse-pack';
import { storePackPaths } from '../paths/learning-paths';
import type { Feed } from '../schemas/feed';
import { mergeFeedArticles } from './merge';

export const STARTER_PACK_ID = 'pack:starter';
/** Path inside the extension; resolved with browser.runtime.getURL where it is fetched. */
export const STARTER_PACK_PATH = '/packs/starter.json';

export type PackInstallResult =
  | { status: 'installed'; added: number; updated: number; version: string }
  | { status: 'current'; version: string }
  | { status: 'invalid'; error: string };

function starterPackFeed(title: string, now: number): Feed {
  return {
    id: STARTER_PACK_ID,
    url: STARTER_PACK_PATH,
    kind: 'pack',
    title,
    enabled: true,
    builtin: true,
    ignoreHttpCache: false,
    addedAt: now,
    errorCount: 0,
  };
}

/**
 * Installs the bundled starter pack, or updates it when the bundled copy is newer than the
 * installed one (an extension update can ship new picks). Content is upserted; reading state
 * is never touched, so marks survive every update.
 */
export async function installStarterPack(
  db: QuorumDatabase,
  load: () => Promise<unknown>,
  now = Date.now(),
): Promise<PackInstallResult> {
  const result = parsePack(await load());
  if (!result.ok) return { status: 'invalid', error: result.error };
  const { pack } = result;
  // Every time, not only on a newer version: the paths are cheap to write, and a profile that
  // had the articles before paths existed (or lost its copy) gets them back here.
  await storePackPaths(STARTER_PACK_ID, pack.paths ?? []);

  const existing = await db.feeds.get(STARTER_PACK_ID);
  if (existing?.contentVersion && Date.parse(existing.contentVersion) >= Date.parse(pack.updated)) {
    return { status: 'current', version: existing.contentVersion };
  }
  if (!existing) await db.feeds.put(starterPackFeed(pack.title, now));

  const drafts = packItemsToDrafts(pack.items, STARTER_PACK_ID);
  const merged = await mergeFeedArticles(
    db,
    STARTER_PACK_ID,
    drafts,
    { title: pack.title, contentVersion: pack.updated, lastSuccessAt: now, lastAttemptAt: now, errorCount: 0 },
    now,
  );
  return { status: 'installed', ...merged, version: pack.updated };
}
