import { useMemo } from 'react';
import type { Undo } from '@/components/use-card-actions';
import type { Guide } from '@/components/use-guide';
import { pageMarks } from '@/utils/marks/page-marks';

/**
 * Next up's Skip and "Mark read and continue", with the same toast and `u` as a card's actions:
 * a step skipped by a slip of the finger comes back in one click.
 */
export function useGuideWithUndo(guide: Guide | undefined, offerUndo: (entry: Undo) => void): Guide | undefined {
  return useMemo(() => {
    if (!guide) return undefined;
    const title = (url: string) => guide.steps.get(url)?.article.title ?? 'this step';
    return {
      ...guide,
      skip: (url: string) => {
        guide.skip(url);
        offerUndo({ message: `Skipped “${title(url)}”.`, url, undo: () => guide.unskip(url) });
      },
      markRead: (url: string) => {
        guide.markRead(url);
        offerUndo({
          message: `Marked as read “${title(url)}”.`,
          url,
          undo: () => void pageMarks.set(url, 'read', false),
        });
      },
    };
  }, [guide, offerUndo]);
}
