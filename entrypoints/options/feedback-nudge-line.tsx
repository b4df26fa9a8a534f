import { useEffect, useRef, useState } from 'react';
import { db } from '@/utils/db';
import { updateFeed } from '@/utils/db/feed-queries';
import type { Feed } from '@/utils/schemas/feed';
import { describeFeedbackNudge } from './feedback-nudge';

/** How long a pressed button's focus waits for the line that replaces it; the lines themselves wait for the data. */
const FOCUS_WAIT_MS = 3_000;

/**
 * Where a Reset stands: its write on its way (the nudge still stored), done (the Undo line
 * shown), or none. Lines follow the stored feed, never the click, so a slow write (a sync's
 * merge can hold the feeds table) only delays them.
 */
type ResetPhase = 'writing' | 'done' | undefined;

/**
 * A feed's feedback nudge in words, with Reset; after a Reset, a line with Undo that gives the
 * nudge back. The button pressed is replaced once the database has changed, and focus moves to
 * its replacement then, never to the page.
 */
export function FeedbackNudgeLine({ feed }: { feed: Feed }) {
  // While every post goes to Picks anyway, the nudge changes nothing a reader would see.
  const nudge = feed.allOnTopic ? undefined : describeFeedbackNudge(feed.relevanceAdjust);
  const [phase, setPhase] = useState<ResetPhase>();
  // The nudge a Reset took back, for Undo to give back.
  const [resetNudge, setResetNudge] = useState<number>();
  const [focusNext, setFocusNext] = useState<'undo' | 'reset'>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const name = feed.title || feed.url;

  // Adjusted while rendering, as React advises for state that follows props: the stored nudge
  // gone means the Reset landed; back again (by Undo, or new feedback on a card) ends what Undo
  // could give back.
  if (phase === 'writing' && !nudge) setPhase('done');
  if (phase === 'done' && nudge) {
    setPhase(undefined);
    setResetNudge(undefined);
  }

  useEffect(() => {
    const target = focusNext === 'undo' ? undoRef.current : focusNext === 'reset' ? resetRef.current : null;
    if (target) {
      target.focus();
      setFocusNext(undefined);
    }
  }, [focusNext, nudge, phase]);

  useEffect(() => {
    if (!focusNext) return;
    const timer = setTimeout(() => setFocusNext(undefined), FOCUS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [focusNext]);

  if (nudge) {
    return (
      <p className="feed__nudge">
        {nudge}{' '}
        <button
          type="button"
          ref={resetRef}
          onClick={() => {
            setResetNudge(feed.relevanceAdjust);
            setPhase('writing');
            setFocusNext('undo');
            void updateFeed(db, feed.id, { relevanceAdjust: undefined }).catch(() => {
              setPhase(undefined);
              setFocusNext(undefined);
            });
          }}
          aria-label={`Reset your feedback on ${name}`}
        >
          Reset
        </button>
      </p>
    );
  }
  if (feed.allOnTopic || phase !== 'done' || resetNudge === undefined) return null;
  return (
    <p className="feed__nudge">
      Your feedback on this feed is reset: its new posts are judged by their words alone.{' '}
      <button
        type="button"
        ref={undoRef}
        onClick={() => {
          setFocusNext('reset');
          void updateFeed(db, feed.id, { relevanceAdjust: resetNudge }).catch(() => setFocusNext(undefined));
        }}
        aria-label={`Undo the reset of your feedback on ${name}`}
      >
        Undo
      </button>
    </p>
  );
}
