import type { Page, Worker } from 'playwright-core';
import type { SyncProgress } from '../../../utils/sync/progress';

/** The sync progress the background publishes, read from extension storage as the pages do. */
export async function readSyncProgress(context: Page | Worker): Promise<Partial<SyncProgress> | undefined> {
  const read = async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('syncProgress')).syncProgress as Partial<SyncProgress> | undefined;
  };
  // Page and Worker both evaluate, but their overloads do not unify into one callable type.
  return 'goto' in context ? context.evaluate(read) : context.evaluate(read);
}

/**
 * Waits until the run the install started has finished (a fresh profile syncs the default
 * feeds on install), so a benchmark never times its work against that run.
 */
export async function waitForSyncIdle(
  context: Page | Worker,
  timeoutMs = 60_000,
): Promise<SyncProgress | Partial<SyncProgress>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await readSyncProgress(context);
    if (progress && progress.running === false && progress.finishedAt !== undefined) return progress;
    if (Date.now() > deadline)
      throw new Error(`The install's first sync did not finish within ${timeoutMs} ms: ${JSON.stringify(progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
