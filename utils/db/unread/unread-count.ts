import type { QuorumDatabase } from '../database';
import { markKeys } from '../mark-keys';
import { BUCKETS, bucketBounds, countFrom, emptyBuckets, thresholdBucket, type Buckets } from './buckets';
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
    const [urls, hidden] = await Promise.all([
      db.articles.where('relevance').aboveOrEqual(threshold).primaryKeys(),
      hiddenUrls(db),
    ]);
    return urls.filter((url) => !hidden.has(url)).length;
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

/**
 * The histogram, counted from index keys alone: the articles of each bucket (one key range of
 * the relevance index each) less the read and dismissed ones. No article is read whole, and
 * every request is a bulk key read, not a cursor stepping through 100,000 entries.
 */
export async function countBuckets(db: QuorumDatabase): Promise<Buckets> {
  const [perBucket, hidden] = await Promise.all([
    Promise.all(
      Array.from({ length: BUCKETS }, (_, bucket) => {
        const { lower, upper } = bucketBounds(bucket);
        const inBucket = db.articles.where('relevance');
        return (
          upper === undefined ? inBucket.aboveOrEqual(lower) : inBucket.between(lower, upper, true, false)
        ).primaryKeys();
      }),
    ),
    hiddenUrls(db),
  ]);
  const buckets = emptyBuckets();
  perBucket.forEach((urls, bucket) => {
    buckets[bucket] = urls.filter((url) => !hidden.has(url)).length;
  });
  return buckets;
}

/** Articles a mark hides: read or dismissed, from the marks' indexes. */
async function hiddenUrls(db: QuorumDatabase): Promise<Set<string>> {
  const [read, dismissed] = await markKeys(db, 'readAt', 'dismissedAt');
  return new Set<string>([...read, ...dismissed]);
}
