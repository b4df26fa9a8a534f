import type { ReadingState } from '../schemas/reading';

export const RESURFACE_AFTER_MS = 14 * 24 * 60 * 60 * 1000;
export const RESURFACE_MAX = 2;

/**
 * Whether a saved article should come back on the new tab: saved at least two weeks ago, still
 * unread, not dismissed, and not already brought back and waved away once.
 */
export function shouldResurface(
  reading: ReadingState | undefined,
  now: number,
  dismissedFromRow: ReadonlySet<string>,
): boolean {
  if (!reading || reading.savedAt == null) return false;
  if (reading.readAt != null || reading.dismissedAt != null) return false;
  if (dismissedFromRow.has(reading.url)) return false;
  return now - reading.savedAt >= RESURFACE_AFTER_MS;
}
