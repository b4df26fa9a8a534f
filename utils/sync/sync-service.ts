import type { QuorumDatabase } from '../db/database';
import type { FetchOptions } from '../feeds/fetch';
import { getSettings } from '../settings';
import { refreshToolbarCount } from '../marks/toolbar-count';
import { KnownUrls } from './known-urls';
import { syncProgressItem } from './progress';
import { runSync, type SyncRequest } from './run-sync';
import { singleFlight } from './single-flight';

/**
 * The background's sync: one run at a time (triggers join the run in flight), progress in
 * extension storage for the pages, and the known-URL set rebuilt after every run.
 */
export function createSyncService(
  db: QuorumDatabase,
  options: {
    fetch?: FetchOptions;
    now?: () => number;
    starterPackReady?: () => Promise<unknown>;
    afterSync?: () => Promise<unknown>;
  } = {},
) {
  const now = options.now ?? Date.now;
  const knownUrls = new KnownUrls(db, options.starterPackReady ? { ready: options.starterPackReady } : {});
  const sync = singleFlight(async (request: SyncRequest = {}) => {
    const settings = await getSettings();
    return runSync(
      {
        db,
        now,
        refreshMs: settings.refreshMinutes * 60_000,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        publishProgress: (progress) => syncProgressItem.setValue(progress),
        afterSync: async () => {
          // Warmed for the badges' next lookups, not waited for: nobody waits on the sync for
          // it, and a lookup that comes first waits for the same load.
          void knownUrls.rebuild().catch((error: unknown) => console.warn('Quorum: could not load known URLs:', error));
          // Marks from other devices may have waited for the articles this run brought.
          await options.afterSync?.();
          await refreshToolbarCount(db);
        },
      },
      request,
    );
  });
  return { sync, knownUrls };
}
export type SyncService = ReturnType<typeof createSyncService>;
