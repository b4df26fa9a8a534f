import type { Feed } from '../schemas/feed';
import { mergeWriter, type MergeArticles, type MergeWriter } from './merge-writer';
import { IDLE_PROGRESS, type SyncProgress } from './progress';
import { pruneArticles, PRUNE_AFTER_MS } from './prune';
import { syncFeed, type FeedSyncContext, type FeedSyncResult } from './sync-feed';

export const SYNC_CONCURRENCY = 6;
const PROGRESS_INTERVAL_MS = 150;

export interface SyncRequest {
  /** Fetch every enabled feed now, due or not (a click on "Refresh"). */
  force?: boolean;
  /** Only these feeds (a feed's own "Refresh"). */
  feedIds?: readonly string[];
}

export interface SyncRunContext extends FeedSyncContext {
  publishProgress: (progress: SyncProgress) => Promise<void>;
  /** Called once the run's writes are done, e.g. to rebuild the known-URL set. */
  afterSync?: () => Promise<void>;
}

export interface SyncSummary {
  total: number;
  updated: number;
  notModified: number;
  failed: number;
  added: number;
  pruned: number;
}

export const STORAGE_FULL_MESSAGE =
  'This device’s storage for Quorum is full: new articles were not added, and old unread ones were removed to make room.';
/** After the quota runs out, pruning keeps this share of the library to make room. */
const FULL_STORAGE_KEEP = 0.8;

/** Browsers report a full quota as QuotaExceededError; Dexie may wrap it in its own error. */
export function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (candidate) => (candidate as { name?: unknown } | null)?.name,
  );
  return names.includes('QuotaExceededError');
}

/** Feeds a sync fetches: enabled, fetched over the network (the bundled pack is installed, not fetched), and due. */
export function feedsToSync(feeds: readonly Feed[], request: SyncRequest, now: number): Feed[] {
  return feeds.filter((feed) => {
    if (!feed.enabled || (feed.builtin && feed.kind === 'pack')) return false;
    if (request.feedIds) return request.feedIds.includes(feed.id);
    return request.force || (feed.nextAttemptAt ?? 0) <= now;
  });
}

/**
 * One sync run: the chosen feeds fetched a few at a time, so one slow or broken feed never
 * holds up the rest, and written as they become ready, those that wait together (merge-writer.ts);
 * then pruning. Progress is published as it goes.
 */
export async function runSync(context: SyncRunContext, request: SyncRequest = {}): Promise<SyncSummary> {
  const { db, now } = context;
  const feeds = feedsToSync(await db.feeds.toArray(), request, now());
  const progress: SyncProgress = { ...IDLE_PROGRESS, running: true, total: feeds.length, startedAt: now() };
  const publisher = throttledPublisher(context.publishProgress, now);
  await publisher.now(progress);

  const results: FeedSyncResult[] = [];
  const queue = [...feeds];
  let storageFull = false;
  const bookkeeping: { key: string; changes: Partial<Feed> }[] = [];
  const writer = mergeWriter(db);
  const feedContext: FeedSyncContext = {
    ...context,
    deferBookkeeping: (key, changes) => void bookkeeping.push({ key, changes }),
  };
  const finished = (feed: Feed) => (result: FeedSyncResult) => {
    if (result.status === 'failed' && result.storageFull) storageFull = true;
    results.push(result);
    progress.done += 1;
    if (result.status === 'failed') progress.failed += 1;
    progress.current = progress.current.filter((title) => title !== feed.title);
    publisher.soon(progress);
  };
  // A fetching slot is free again once its feed's articles are handed to the writer: the next
  // feed is fetched and parsed while they wait to be written, unless the writer is full.
  const feedTasks: Promise<void>[] = [];
  const fetcher = async () => {
    for (let feed = queue.shift(); feed; feed = queue.shift()) {
      progress.current = [...progress.current, feed.title];
      publisher.soon(progress);
      // A full disk is known as soon as any write meets it, so no further feed is fetched for nothing.
      const { write, handedOver } = handOff(writer, () => (storageFull = true));
      // Once storage is full, fetching more would only fail again: the rest wait for next time.
      const task = (
        storageFull ? recordStorageFull(context, feed) : syncFeedSafely({ ...feedContext, mergeArticles: write }, feed)
      ).then(finished(feed));
      feedTasks.push(task);
      await Promise.race([handedOver, task]);
      await writer.hasRoom();
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, feeds.length) }, fetcher));
  await Promise.all(feedTasks);

  await db.feeds.bulkUpdate(bookkeeping).catch(() => undefined);

  // Nothing stored changed (every feed answered 304, or failed): nothing to prune or rebuild.
  const changed = storageFull || results.some((result) => result.status === 'updated');
  let pruned = 0;
  if (storageFull)
    pruned = await pruneArticles(db, now(), {
      maxAgeMs: PRUNE_AFTER_MS,
      maxArticles: Math.floor((await db.articles.count()) * FULL_STORAGE_KEEP),
    });
  else if (changed) pruned = await pruneArticles(db, now());
  if (changed) await context.afterSync?.();
  await publisher.now({ ...progress, running: false, current: [], finishedAt: now() });

  return {
    total: feeds.length,
    updated: results.filter((result) => result.status === 'updated').length,
    notModified: results.filter((result) => result.status === 'not-modified').length,
    failed: results.filter((result) => result.status === 'failed').length,
    added: results.reduce((sum, result) => sum + (result.status === 'updated' ? result.added : 0), 0),
    pruned,
  };
}

/**
 * A feed's way to the run's writer, and a promise that resolves when it hands its articles
 * over: from then on its fetching slot can serve the next feed.
 */
function handOff(writer: MergeWriter, onStorageFull: () => void) {
  let handOver!: () => void;
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  const write: MergeArticles = (merge) => {
    handOver();
    return writer.write(merge).catch((error: unknown) => {
      if (isQuotaError(error)) onStorageFull();
      throw error;
    });
  };
  return { write, handedOver };
}

/**
 * Anything unexpected (a full disk, a bug) is recorded on the feed like a network error. The
 * feed's merge is one transaction, so a failure there leaves its articles as they were.
 */
async function syncFeedSafely(context: FeedSyncContext, feed: Feed): Promise<FeedSyncResult> {
  try {
    return await syncFeed(context, feed);
  } catch (error) {
    if (isQuotaError(error)) return recordStorageFull(context, feed);
    const message = `Quorum could not store this feed's articles${error instanceof Error && error.name ? ` (${error.name})` : ''}.`;
    return recordUnexpected(context, feed, message);
  }
}

async function recordStorageFull(context: FeedSyncContext, feed: Feed): Promise<FeedSyncResult> {
  await recordUnexpected(context, feed, STORAGE_FULL_MESSAGE);
  return { feedId: feed.id, status: 'failed', error: STORAGE_FULL_MESSAGE, storageFull: true };
}

async function recordUnexpected(context: FeedSyncContext, feed: Feed, message: string): Promise<FeedSyncResult> {
  // Writing the error can fail too when storage is full; the run goes on regardless.
  await context.db.feeds
    .update(feed.id, { lastError: message, lastAttemptAt: context.now(), errorCount: feed.errorCount + 1 })
    .catch(() => undefined);
  return { feedId: feed.id, status: 'failed', error: message };
}

/** Progress goes to extension storage: at most every PROGRESS_INTERVAL_MS, and at the ends. */
function throttledPublisher(publish: (progress: SyncProgress) => Promise<void>, now: () => number) {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let latest: SyncProgress | undefined;
  const flush = async () => {
    pending = undefined;
    if (!latest) return;
    last = now();
    const snapshot = { ...latest, current: [...latest.current] };
    latest = undefined;
    await publish(snapshot).catch(() => undefined);
  };
  return {
    soon(progress: SyncProgress) {
      latest = progress;
      if (pending) return;
      pending = setTimeout(() => void flush(), Math.max(0, PROGRESS_INTERVAL_MS - (now() - last)));
    },
    async now(progress: SyncProgress) {
      if (pending) clearTimeout(pending);
      pending = undefined;
      latest = progress;
      await flush();
    },
  };
}
