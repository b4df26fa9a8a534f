import { useMemo, useState } from 'react';
import { recordOpenedFromQuorum } from '@/utils/badges/opened-from-quorum';
import { isRead, isSaved } from '@/utils/db/queries';
import { pageMarks } from '@/utils/marks/page-marks';
import type { Settings } from '@/utils/schemas/settings';
import type { CardActions } from './pick-card';

export interface Undo {
  message: string;
  undo(): void;
}

/**
 * The card actions of a page, writing straight to the database: every other open page sees
 * the change through its live query. Dismissing offers an undo for a few seconds.
 */
export function useCardActions(settings: Settings | undefined): {
  actions: CardActions;
  undo: Undo | undefined;
  clearUndo(): void;
} {
  const [undo, setUndo] = useState<Undo>();
  // 'after-reading' leaves the mark to the article's page (scrolled far enough, or long enough).
  const autoMarkOnOpen = settings ? settings.autoMarkRead === 'from-quorum' : true;
  const actions = useMemo<CardActions>(
    () => ({
      toggleRead: (pick) => void pageMarks.set(pick.article.url, 'read', !isRead(pick.reading)),
      toggleSaved: (pick) => void pageMarks.set(pick.article.url, 'saved', !isSaved(pick.reading)),
      dismiss: (pick) => {
        void pageMarks.set(pick.article.url, 'dismissed', true);
        setUndo({
          message: `Dismissed “${pick.article.title}”.`,
          undo: () => {
            void pageMarks.set(pick.article.url, 'dismissed', false);
            setUndo(undefined);
          },
        });
      },
      opened: async (pick) => {
        // The note lets the article's page know it came from Quorum (autoMarkRead 'from-quorum'),
        // even when this page closes before its own write lands (the popup does, at once).
        await recordOpenedFromQuorum(pick.article.url).catch(() => undefined);
        if (autoMarkOnOpen && !isRead(pick.reading)) await pageMarks.set(pick.article.url, 'read', true);
      },
    }),
    [autoMarkOnOpen],
  );
  return { actions, undo, clearUndo: () => setUndo(undefined) };
}
