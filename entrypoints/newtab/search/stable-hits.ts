import type { PickedArticle } from '@/utils/db/queries';
import type { ReadingState } from '@/utils/schemas/reading';

/** How many hits are remembered across answers: a few queries' worth, erasing back included. */
const KEPT = 500;

function sameMarks(a: ReadingState | undefined, b: ReadingState | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.readAt === b.readAt && a.savedAt === b.savedAt && a.dismissedAt === b.dismissedAt && a.updatedAt === b.updatedAt
  );
}

/**
 * Keeps one object per hit across answers. Each answer comes from the search worker as new
 * objects (a message is a copy), so without this every card would look changed to React on
 * every keystroke and be drawn again. A hit whose marks are unchanged keeps the object it had;
 * its article is the same too, since the worker's index keeps an article's text as first
 * indexed for as long as it runs.
 */
export function stableHits() {
  const kept = new Map<string, PickedArticle>();
  return (hits: readonly PickedArticle[]): PickedArticle[] =>
    hits.map((hit) => {
      const url = hit.article.url;
      const before = kept.get(url);
      const stable = before && sameMarks(before.reading, hit.reading) ? before : hit;
      // Most recently seen last, so the oldest are the first forgotten.
      kept.delete(url);
      kept.set(url, stable);
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
      return stable;
    });
}
