import { browser } from 'wxt/browser';
import type { QuorumDatabase } from '../db/database';
import { installStarterPack, STARTER_PACK_ID, STARTER_PACK_PATH, type PackInstallResult } from './starter-pack';

/** Reads the starter pack bundled with the extension. Works offline: it is a packaged file. */
export async function loadBundledStarterPack(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(STARTER_PACK_PATH as '/packs/starter.json'));
  return response.json();
}

/**
 * Makes sure the starter pack is in the database: on install, on update (a new version may
 * bundle newer picks) and on browser start (a first install stopped halfway finishes then).
 */
export function registerInstallHooks(db: QuorumDatabase, load: () => Promise<unknown> = loadBundledStarterPack) {
  const ensure = async (): Promise<PackInstallResult> => {
    const result = await installStarterPack(db, load);
    if (result.status === 'invalid') {
      console.error('Quorum: the bundled starter pack is invalid:', result.error);
      await db.feeds.update(STARTER_PACK_ID, { lastError: result.error });
    }
    return result;
  };
  browser.runtime.onInstalled.addListener(() => ensure());
  browser.runtime.onStartup.addListener(() => ensure());
  return ensure;
}
