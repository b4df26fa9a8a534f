import { isBuckets, type Buckets } from './buckets';

/** The table that keeps running totals, and the key of the unread histogram in it. */
export const TALLIES_TABLE = 'tallies';
export const UNREAD_TALLY = 'unread';

export interface TallyRow {
  id: string;
  buckets: Buckets;
}

/** The stored histogram, or undefined when there is none or it is not whole. */
export function unreadBucketsOf(row: unknown): Buckets | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const { id, buckets } = row as Partial<TallyRow>;
  return id === UNREAD_TALLY && isBuckets(buckets) ? buckets : undefined;
}
