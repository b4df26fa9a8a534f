/**
 * The unread count is kept as a histogram of unread articles by relevance, one bucket per
 * hundredth (0.00 … 1.00), so the count above any threshold the options offer is a sum of at
 * most 101 numbers, whatever the size of the library.
 */
export const BUCKETS = 101;

export type Buckets = number[];

export function emptyBuckets(): Buckets {
  return new Array<number>(BUCKETS).fill(0);
}

/**
 * The bucket of a relevance: the largest k with k / 100 ≤ relevance, computed with the same
 * comparison a threshold uses, so an article sits in a bucket exactly when `relevance ≥ k/100`.
 * Undefined for a row without a relevance, which no count includes (as the relevance index).
 */
export function bucketOf(relevance: unknown): number | undefined {
  if (typeof relevance !== 'number' || Number.isNaN(relevance)) return undefined;
  let bucket = Math.min(BUCKETS - 1, Math.max(0, Math.floor(relevance * 100)));
  while (bucket > 0 && bucket / 100 > relevance) bucket -= 1;
  while (bucket < BUCKETS - 1 && (bucket + 1) / 100 <= relevance) bucket += 1;
  return bucket;
}

/**
 * The relevances a bucket holds, [lower, upper): a hundredth wide, the last one (1) without an
 * upper bound. Counting a bucket from the relevance index reads this key range.
 */
export function bucketBounds(bucket: number): { lower: number; upper: number | undefined } {
  return { lower: bucket / 100, upper: bucket < BUCKETS - 1 ? (bucket + 1) / 100 : undefined };
}

/** The bucket a threshold starts at, when the threshold is a whole hundredth; else undefined. */
export function thresholdBucket(threshold: number): number | undefined {
  const bucket = Math.round(threshold * 100);
  return bucket >= 0 && bucket < BUCKETS && bucket / 100 === threshold ? bucket : undefined;
}

/** Unread articles at or above the threshold's bucket. */
export function countFrom(buckets: readonly number[], from: number): number {
  let count = 0;
  for (let bucket = from; bucket < buckets.length; bucket++) count += buckets[bucket]!;
  return count;
}

/** A stored histogram is used only when it is whole: anything else is recounted, never trusted. */
export function isBuckets(value: unknown): value is Buckets {
  return (
    Array.isArray(value) &&
    value.length === BUCKETS &&
    value.every((count) => typeof count === 'number' && Number.isInteger(count) && count >= 0)
  );
}
