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
 *
 * A fresh profile can fire both the install and the browser-start event, in either order and
 * not always together, so the worker makes one start-up run and a later event joins it: the default feeds are in before the first sync, and there is
 * one first sync, not a quick one on the starter pack alone followed by another.
 */
export function registerInstallHooks(db: QuorumDatabase, options: InstallHookOptions = {}) {
  const { load = loadBundledStarterPack, onReady } = options;
  // The start-up run and the first lookups of a new install may both ask: one install runs.
  const ensurePack = singleFlight(async (): Promise<PackInstallResult> => {
    // A database without a single feed row is a new install, whichever event says so first.
    // Defaults go in before the pack: adding them is idempotent, so a first install stopped
    // between the two finishes on the next start without adding anything twice.
    if ((await db.feeds.count()) === 0) await addDefaultFeeds(db);
    const result = await installStarterPack(db, load);
    if (result.status === 'invalid') {
      console.error('Quorum: the bundled starter pack is invalid:', result.error);
      await db.feeds.update(STARTER_PACK_ID, { lastError: result.error });
    }
    return result;
  });
  // Once per worker: the second event can arrive after the first run has already finished (an
  // offline first sync takes well under a second), and must not start a second first sync.
  // A run that fails is tried again by the next event.
  let started: Promise<void> | undefined;
  const startUp = () =>
    (started ??= (async () => {
      await ensurePack();
      await onReady?.();
    })().catch((error: unknown) => {
      started = undefined;
      throw error;
    }));
  browser.runtime.onInstalled.addListener(() => startUp());
  browser.runtime.onStartup.addListener(() => startUp());
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
