import type { DBCoreKeyRange, DBCoreRangeType } from 'dexie';

/** A storage-layer key range from `lower` to `upper`; each end is included unless said open. */
export function keyRange(
  lower: unknown,
  upper: unknown,
  { lowerOpen = false, upperOpen = false }: { lowerOpen?: boolean; upperOpen?: boolean } = {},
): DBCoreKeyRange {
  // DBCoreRangeType.Range: a const enum, not importable as a value.
  return { type: 2 as DBCoreRangeType, lower, lowerOpen, upper, upperOpen };
}
