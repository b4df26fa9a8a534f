import { FRESHNESS_HALF_LIFE_MS } from '../curation/rank';
import type { ArticleDraft } from './article-draft';

/**
 * Freshness for items whose date could not be read, on a feed's first sync. Such an item would
 * count from the moment it was first seen, that is now: an archive feed of 500 old posts with
 * dates in a shape nobody reads would rank as 500 brand-new articles and fill every pick. On a
 * first sync nothing says an undated item is new, so it counts as no newer than the feed's
 * oldest dated item. When nothing in the feed is dated, it counts as a half-life old: still
 * shown, never above anything fresh. The feed's order (newest first) is kept among them.
 * On later syncs an undated item that appears really is new since the last look.
 */

/** Between two undated items, so that the feed's own order survives among equals. */
export const UNDATED_STEP_MS = 60_000;

export function withFirstSyncDates(drafts: readonly ArticleDraft[], now: number): ArticleDraft[] {
  let oldest = Number.POSITIVE_INFINITY;
  for (const draft of drafts) {
    if (draft.publishedAt !== undefined && draft.publishedAt < oldest) oldest = draft.publishedAt;
  }
  const start = Math.min(oldest === Number.POSITIVE_INFINITY ? now - FRESHNESS_HALF_LIFE_MS : oldest, now);
  let position = 0;
  return drafts.map((draft) =>
    draft.publishedAt !== undefined || draft.packPosition !== undefined
      ? draft
      : { ...draft, countsFrom: start - UNDATED_STEP_MS * position++ },
  );
}
