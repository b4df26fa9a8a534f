import { describe, expect, it } from 'vitest';
import {
  BUCKETS,
  bucketBounds,
  bucketOf,
  countFrom,
  emptyBuckets,
  isBuckets,
  thresholdBucket,
} from '../../../../../utils/db/unread/buckets';

describe('unread histogram buckets', () => {
  it('puts an article in a bucket exactly when its relevance reaches that bucket as a threshold', () => {
    const relevances = [0, 0.01, 0.1, 0.2, 0.29, 0.3, 0.35, 0.349999, 0.35000001, 0.5, 0.57, 0.58, 0.99, 1];
    for (let step = 0; step < 1000; step++) relevances.push(step / 1000, Math.random());
    for (const relevance of relevances) {
      const bucket = bucketOf(relevance)!;
      expect(relevance >= bucket / 100, `${relevance} in ${bucket}`).toBe(true);
      if (bucket < BUCKETS - 1) expect(relevance >= (bucket + 1) / 100, `${relevance} below ${bucket + 1}`).toBe(false);
    }
  });

  it('gives each bucket the key range that holds exactly its relevances', () => {
    for (let step = 0; step <= 1000; step++) {
      const relevance = step / 1000;
      const { lower, upper } = bucketBounds(bucketOf(relevance)!);
      expect(relevance >= lower && (upper === undefined || relevance < upper), String(relevance)).toBe(true);
    }
    expect(bucketBounds(BUCKETS - 1)).toEqual({ lower: 1, upper: undefined });
  });

  it('gives no bucket to a row without a relevance', () => {
    expect(bucketOf(undefined)).toBeUndefined();
    expect(bucketOf(Number.NaN)).toBeUndefined();
    expect(bucketOf('0.5')).toBeUndefined();
  });

  it('takes only whole hundredths as thresholds it can answer from the histogram', () => {
    expect(thresholdBucket(0.35)).toBe(35);
    expect(thresholdBucket(0.2)).toBe(20);
    expect(thresholdBucket(0)).toBe(0);
    expect(thresholdBucket(1)).toBe(100);
    expect(thresholdBucket(0.355)).toBeUndefined();
  });

  it('counts the buckets at and above a threshold', () => {
    const buckets = emptyBuckets();
    buckets[10] = 4;
    buckets[35] = 2;
    buckets[100] = 3;
    expect(countFrom(buckets, 0)).toBe(9);
    expect(countFrom(buckets, 35)).toBe(5);
    expect(countFrom(buckets, 36)).toBe(3);
  });

  it('refuses a stored histogram that is not whole', () => {
    expect(isBuckets(emptyBuckets())).toBe(true);
    expect(isBuckets(emptyBuckets().slice(1))).toBe(false);
    expect(isBuckets([...emptyBuckets().slice(1), -1])).toBe(false);
    expect(isBuckets([...emptyBuckets().slice(1), 0.5])).toBe(false);
    expect(isBuckets('101 zeros')).toBe(false);
  });
});
