import { useCallback, useMemo, useState } from 'react';
import { recordOpenedFromQuorum } from '@/utils/badges/opened-from-quorum';
import { db } from '@/utils/db';
import { giveFeedback, undoFeedback } from '@/utils/db/feedback';
import { feedsOf, plainFeed } from '@/utils/db/feed-queries';
import { changeFeedOnTopic } from './feed-on-topic';
import { restoreAllDismissed, setDismissed } from '@/utils/db/library-queries';
import { isDismissed, isRead, isSaved, type PickedArticle } from '@/utils/db/queries';
import { pageMarks } from '@/utils/marks/page-marks';
import type { Feedback } from '@/utils/curation/feedback';
import type { Settings } from '@/utils/schemas/settings';
import { countOf } from '@/utils/text/count-of';
import type { CardActions } from './pick-card';

export interface Undo {
  message: string;
  /** The article the change was made to; absent for a change to many. */
  url?: string;
  undo(): void;
}

type Mark = 'read' | 'saved' | 'dismissed';
const WRITERS: Record<Mark, (url: string, on: boolean) => Promise<unknown>> = {
  read: (url, on) => pageMarks.set(url, 'read', on),
  saved: (url, on) => pageMarks.set(url, 'saved', on),
  dismissed: (url, on) => pageMarks.set(url, 'dismissed', on),
};
/** What the toast says after a change worth undoing; changes not listed here say nothing. */
const TOLD: Partial<Record<`${Mark}:${'on' | 'off'}`, string>> = {
  'dismissed:on': 'Dismissed',
  'saved:off': 'Unsaved',
  'read:on': 'Marked as read',
  'dismissed:off': 'Restored',
};

/**
 * The card actions of a page, writing straight to the database: every other open page sees
 * the change through its live query. The last change can be undone (the toast's Undo, or `u`
 * any time until the next change); dismissing, unsaving and marking read also show a toast.
 */
export function useCardActions(
  settings: Settings | undefined,
  /** Told the article of every change and undo, e.g. to keep focus on it (use-focus-keeper.ts). */
  onChange?: (url: string) => void,
): {
  actions: CardActions & { restore(pick: PickedArticle): void; restoreAll(): void };
  /** The toast's undo, while it shows. */
  undo: Undo | undefined;
  clearUndo(): void;
  /** Undoes the last change, if any; false when there is nothing to undo. */
  undoLast(): boolean;
  /** Shows the toast for a change made elsewhere on the page (Next up's Skip), and lets `u` undo it. */
  offerUndo(entry: Undo): void;
} {
  const [last, setLast] = useState<Undo>();
  const [toast, setToast] = useState<Undo>();
  // 'after-reading' leaves the mark to the article's page (scrolled far enough, or long enough).
  const autoMarkOnOpen = settings ? settings.autoMarkRead === 'from-quorum' : true;
  // Every undo, once run, is spent: it leaves `u` and the toast alike.
  const remember = useCallback((entry: Undo, showToast = true) => {
    const remembered: Undo = {
      ...entry,
      undo: () => {
        entry.undo();
        setLast(undefined);
        setToast(undefined);
      },
    };
    setLast(remembered);
    setToast(showToast ? remembered : undefined);
  }, []);
  const actions = useMemo(() => {
    const change = (pick: PickedArticle, mark: Mark, on: boolean) => {
      const { url, title } = pick.article;
      onChange?.(url);
      void WRITERS[mark](url, on);
      const told = TOLD[`${mark}:${on ? 'on' : 'off'}`];
      remember(
        {
          message: `${told ?? 'Changed'} “${title}”.`,
          url,
          undo: () => {
            onChange?.(url);
            void WRITERS[mark](url, !on);
          },
        },
        told !== undefined,
      );
    };
    return {
      toggleRead: (pick: PickedArticle) => change(pick, 'read', !isRead(pick.reading)),
      toggleSaved: (pick: PickedArticle) => change(pick, 'saved', !isSaved(pick.reading)),
      dismiss: (pick: PickedArticle) => change(pick, 'dismissed', !isDismissed(pick.reading)),
      restore: (pick: PickedArticle) => change(pick, 'dismissed', false),
      // "Not distributed systems" hides the card and nudges its feed; undo puts both back.
      feedback: (pick: PickedArticle, feedback: Feedback) => {
        const { url } = pick.article;
        onChange?.(url);
        const given = giveFeedback(db, pageMarks, url, feedback);
        remember({
          message:
            feedback === 'not-relevant'
              ? `Hidden “${pick.article.title}”; fewer like it from ${pick.article.source}.`
              : `More like this from ${pick.article.source}.`,
          url,
          undo: () => {
            onChange?.(url);
            void given.then((done) => undoFeedback(db, pageMarks, done));
          },
        });
      },
      // A hidden post's feed marked all about distributed systems; undo takes that back.
      keepFeed: (pick: PickedArticle) => {
        const { url } = pick.article;
        onChange?.(url);
        void feedsOf(db, pick.article.feedIds).then(async (feeds) => {
          const feed = plainFeed(feeds);
          if (!feed) return;
          await changeFeedOnTopic(feed, true);
          remember({
            message: `Every post from “${feed.title || feed.url}” now goes to Picks.`,
            url,
            undo: () => {
              onChange?.(url);
              void changeFeedOnTopic(feed, false).catch(() => undefined);
            },
          });
        });
      },
      // Every dismissed article back at once; undo dismisses those same articles again.
      restoreAll: () =>
        void restoreAllDismissed(db, pageMarks).then((urls) => {
          if (urls.length === 0) return;
          remember({
            message: `Restored ${countOf(urls.length, 'dismissed article')}.`,
            undo: () => void setDismissed(pageMarks, urls, true),
          });
        }),
      opened: async (pick: PickedArticle) => {
        // The note lets the article's page know it came from Quorum (autoMarkRead 'from-quorum'),
        // even when this page closes before its own write lands (the popup does, at once).
        await recordOpenedFromQuorum(pick.article.url).catch(() => undefined);
        if (autoMarkOnOpen && !isRead(pick.reading)) await pageMarks.set(pick.article.url, 'read', true);
      },
    };
  }, [autoMarkOnOpen, onChange, remember]);
  const undoLast = useCallback(() => {
    if (!last) return false;
    last.undo();
    return true;
  }, [last]);
  const clearUndo = useCallback(() => setToast(undefined), []);
  return { actions, undo: toast, clearUndo, undoLast, offerUndo: remember };
}
