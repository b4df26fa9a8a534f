import { browser } from 'wxt/browser';
import type { QuorumDatabase } from '../db/database';
import { addDefaultFeeds } from './default-feeds';
import { installStarterPack, STARTER_PACK_ID, STARTER_PACK_PATH, type PackInstallResult } from './starter-pack';

/** Reads the starter pack bundled with the extension. Works offline: it is a packaged file. */
export async function loadBundledStarterPack(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(STARTER_PACK_PATH as '/packs/starter.json'));
  return response.json();
}

export interface InstallHookOptions {
  load?: () => Promise<unknown>;
  /** Runs once the starter pack is in place: scheduling and the first sync. */
  onReady?: () => Promise<unknown>;
}

/**
 * First things first: on install, update and browser start, make sure the starter pack is
 * in the database (picks before any network), subscribe a new install to the default feeds,
 * then hand over to sync. A first install stopped halfway finishes on the next start.
 */
export function registerInstallHooks(db: QuorumDatabase, options: InstallHookOptions = {}) {
  const { load = loadBundledStarterPack, onReady } = options;
  const ensurePack = async (): Promise<PackInstallResult> => {
    const result = await installStarterPack(db, load);
    if (result.status === 'invalid') {
      console.error('Quorum: the bundled starter pack is invalid:', result.error);
      await db.feeds.update(STARTER_PACK_ID, { lastError: result.error });
    }
    return result;
  };
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await ensurePack();
    if (reason === 'install') await addDefaultFeeds(db);
    await onReady?.();
  });
  browser.runtime.onStartup.addListener(async () => {
    await ensurePack();
    await onReady?.();
  });
  return ensurePack;
}
