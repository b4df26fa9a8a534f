import { browser } from 'wxt/browser';
import type { QuorumDatabase } from '../db/database';
import { addDefaultFeeds } from './default-feeds';
import { singleFlight } from './single-flight';
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
  // The install hook and the first lookups of a new install may both ask: one install runs.
  const ensurePack = singleFlight(async (): Promise<PackInstallResult> => {
    const result = await installStarterPack(db, load);
    if (result.status === 'invalid') {
      console.error('Quorum: the bundled starter pack is invalid:', result.error);
      await db.feeds.update(STARTER_PACK_ID, { lastError: result.error });
    }
    return result;
  });
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

/**
 * Resolves once the starter pack is stored: at once when it is (every start but the first),
 * else when the install in flight (or one started here) is done. Badge lookups wait on it, so
 * a page opened straight after install is answered from the starter library, not an empty one.
 */
export function starterPackReady(db: QuorumDatabase, ensurePack: () => Promise<unknown>): () => Promise<void> {
  return async () => {
    if ((await db.feeds.get(STARTER_PACK_ID))?.contentVersion) return;
    await ensurePack();
  };
}
