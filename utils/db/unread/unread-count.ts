import type { QuorumDatabase } from '../database';
import { bucketOf, countFrom, emptyBuckets, thresholdBucket, type Buckets } from './buckets';
import { UNREAD_TALLY, unreadBucketsOf } from './tally-row';

/**
 * How many articles are neither read nor dismissed, at or above the relevance threshold
 * (curated articles always score 1). Read from the histogram the writes keep (one row, at
 * most 101 additions); counted from the indexes only while there is none (just after an
 * upgrade or a reset, until the background has counted) or for a threshold that is not a
 * whole hundredth. Read-only, so pages may call it inside a live query.
 */
export async function unreadCount(db: QuorumDatabase, threshold = 0): Promise<number> {
  const from = thresholdBucket(threshold);
  if (from !== undefined) {
    const buckets = unreadBucketsOf(await db.tallies.get(UNREAD_TALLY));
    if (buckets) return countFrom(buckets, from);
  }
  return db.transaction('r', db.articles, db.reading, async () => {
    const { relevances, hiddenRelevances } = await relevancesOf(db);
    const atThreshold = (relevance: number) => relevance >= threshold;
    return relevances.filter(atThreshold).length - hiddenRelevances.filter(atThreshold).length;
  });
}

/**
 * Counts the histogram afresh when none is stored. The background calls it at start and
 * whenever it refreshes the toolbar count, so a cleared tally is back after the first write.
 */
export async function ensureUnreadTally(db: QuorumDatabase): Promise<void> {
  if (unreadBucketsOf(await db.tallies.get(UNREAD_TALLY))) return;
  await db.transaction('rw', db.articles, db.reading, db.tallies, async () => {
    if (unreadBucketsOf(await db.tallies.get(UNREAD_TALLY))) return;
    await db.tallies.put({ id: UNREAD_TALLY, buckets: await countBuckets(db) });
  });
}

/** The histogram, counted from the relevance index and the marks' indexes, no row read whole but hidden ones. */
export async function countBuckets(db: QuorumDatabase): Promise<Buckets> {
  const { relevances, hiddenRelevances } = await relevancesOf(db);
  const buckets = emptyBuckets();
  for (const relevance of relevances) {
    const bucket = bucketOf(relevance);
    if (bucket !== undefined) buckets[bucket]! += 1;
  }
  for (const relevance of hiddenRelevances) {
    const bucket = bucketOf(relevance);
    if (bucket !== undefined) buckets[bucket]! -= 1;
  }
  return buckets;
}

async function relevancesOf(db: QuorumDatabase): Promise<{ relevances: number[]; hiddenRelevances: number[] }> {
  const [relevances, readKeys, dismissedKeys] = await Promise.all([
    db.articles.orderBy('relevance').keys() as Promise<number[]>,
    db.reading.where('readAt').above(0).primaryKeys(),
    db.reading.where('dismissedAt').above(0).primaryKeys(),
  ]);
  const hidden = [...new Set<string>([...readKeys, ...dismissedKeys])];
  // A mark can outlive its article (pruned, or its feed removed): only stored articles count.
  const rows = hidden.length > 0 ? await db.articles.bulkGet(hidden) : [];
  const hiddenRelevances = rows.flatMap((row) => (row && typeof row.relevance === 'number' ? [row.relevance] : []));
  return { relevances, hiddenRelevances };
}
