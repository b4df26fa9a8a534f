import type { ReadingState } from '../schemas/reading';

/**
 * The marks of a merged card, from the marks of each copy of the story: a mark on any copy
 * counts for the card. The one place that reads marks for merged cards, so a change in how
 * marks are stored changes only this function.
 */
export function mergedReading(url: string, marks: readonly (ReadingState | undefined)[]): ReadingState | undefined {
  const present = marks.filter((mark): mark is ReadingState => mark !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1 && present[0]!.url === url) return present[0];
  const latest = (pick: (mark: ReadingState) => number | null) =>
    present.reduce<number | null>((best, mark) => {
      const value = pick(mark);
      return value !== null && (best === null || value > best) ? value : best;
    }, null);
  return {
    url,
    readAt: latest((mark) => mark.readAt),
    savedAt: latest((mark) => mark.savedAt),
    dismissedAt: latest((mark) => mark.dismissedAt),
    updatedAt: Math.max(...present.map((mark) => mark.updatedAt)),
  };
}
