/**
 * The browsers' sync storage limits (the same in Chrome and Firefox), and the share of them
 * Quorum allows itself. Sizes are counted as the browsers count them: key plus JSON of value.
 */
export const SYNC_QUOTA_BYTES = 102_400;
export const ITEM_QUOTA_BYTES = 8_192;
export const MAX_ITEMS = 512;
/** Chrome's write limits; Firefox has none but shares the same batching. */
export const WRITES_PER_MINUTE = 120;
export const WRITES_PER_HOUR = 1_800;

/** Room left unused, so a rounding difference in another browser's count never hits the wall. */
export const QUOTA_MARGIN_BYTES = 1_024;
export const ITEM_LIMIT_BYTES = ITEM_QUOTA_BYTES - 64;

/** What one item costs against the quotas. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
