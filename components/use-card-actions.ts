import { useMemo, useState } from 'react';
import { recordOpenedFromQuorum } from '@/utils/badges/opened-from-quorum';
import { db } from '@/utils/db';
import { giveFeedback, undoFeedback } from '@/utils/db/feedback';
import { isRead, isSaved, type Pick } from '@/utils/db/queries';
import { setDismissed, setRead, setSaved } from '@/utils/db/reading-state';
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
      toggleRead: (pick) => void setRead(db, pick.article.url, !isRead(pick.reading)),
      toggleSaved: (pick) => void setSaved(db, pick.article.url, !isSaved(pick.reading)),
      dismiss: (pick) => {
        void setDismissed(db, pick.article.url, true);
        setUndo({
          message: `Dismissed “${pick.article.title}”.`,
          undo: () => {
            void setDismissed(db, pick.article.url, false);
            setUndo(undefined);
          },
        });
      },
      feedback: (pick, feedback) => {
        const change = giveFeedback(db, pick.article.url, feedback);
        setUndo({
          message:
            feedback === 'not-relevant'
              ? `Hidden “${pick.article.title}”; fewer like it from ${pick.article.source}.`
              : `More like this from ${pick.article.source}.`,
          undo: () => {
            void change.then((done) => undoFeedback(db, done));
            setUndo(undefined);
          },
        });
      },
      opened: async (pick) => {
        // The note lets the article's page know it came from Quorum (autoMarkRead 'from-quorum'),
        // even when this page closes before its own write lands (the popup does, at once).
        await recordOpenedFromQuorum(pick.article.url).catch(() => undefined);
        if (autoMarkOnOpen && !isRead(pick.reading)) await setRead(db, pick.article.url, true);
      },
    }),
    [autoMarkOnOpen],
  );
  return { actions, undo, clearUndo: () => setUndo(undefined) };
}
