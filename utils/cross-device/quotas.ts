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
  return new TextEncoder().encode(key + JSON.stringify(value)).length + numberSurplus(value);
}

/**
 * Chrome counts a number outside 32-bit integers as a double, and writes it its own way:
 * "2147483648.0", and from 1e12 up "1.796139910349e+12" (so a millisecond time stamp costs 5
 * bytes more than its JSON). Firefox counts plain JSON, which is never longer: counting
 * Chrome's way gives the larger of the two.
 */
function numberSurplus(value: unknown): number {
  if (typeof value === 'number') return chromeNumberText(value).length - JSON.stringify(value).length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + numberSurplus(item), 0);
  if (value !== null && typeof value === 'object')
    return Object.values(value).reduce((sum: number, item) => sum + numberSurplus(item), 0);
  return 0;
}

function chromeNumberText(value: number): string {
  if (!Number.isFinite(value) || (Number.isInteger(value) && value === (value | 0))) return JSON.stringify(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e12 && magnitude < 1e21) return value.toExponential();
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}
