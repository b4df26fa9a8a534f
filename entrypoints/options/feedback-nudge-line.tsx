import { useEffect, useRef, useState } from 'react';
import { db } from '@/utils/db';
import { updateFeed } from '@/utils/db/feed-queries';
import type { Feed } from '@/utils/schemas/feed';
import { describeFeedbackNudge } from './feedback-nudge';

/** How long a pressed button's focus waits for the line that replaces it: a write that fails never brings it. */
const FOCUS_WAIT_MS = 3_000;

/**
 * A feed's feedback nudge in words, with Reset; after a Reset, a line with Undo that gives the
 * nudge back. The lines change when the database does, so the button pressed is replaced only
 * once the write has landed: focus moves to its replacement then, never to the page.
 */
export function FeedbackNudgeLine({ feed }: { feed: Feed }) {
  // While every post goes to Picks anyway, the nudge changes nothing a reader would see.
  const nudge = feed.allOnTopic ? undefined : describeFeedbackNudge(feed.relevanceAdjust);
  // The nudge a Reset took back, kept so that Undo can give it back while the page is open.
  const [resetNudge, setResetNudge] = useState<number>();
  const [focusNext, setFocusNext] = useState<'undo' | 'reset'>();
  const undoRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const name = feed.title || feed.url;
  // A nudge that is back (by Undo, or by new feedback on a card) ends what Undo could give
  // back; not while a Reset's write is on its way. Adjusted while rendering, as React advises
  // for state that follows props, so no frame shows the stale line.
  if (nudge && resetNudge !== undefined && focusNext !== 'undo') setResetNudge(undefined);
  const write = (relevanceAdjust: number | undefined) =>
    void updateFeed(db, feed.id, { relevanceAdjust }).catch(() => setFocusNext(undefined));

  useEffect(() => {
    const target = focusNext === 'undo' ? undoRef.current : focusNext === 'reset' ? resetRef.current : null;
    if (target) {
      target.focus();
      setFocusNext(undefined);
    }
  }, [focusNext, nudge, resetNudge]);

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
            setFocusNext('undo');
            write(undefined);
          }}
          aria-label={`Reset your feedback on ${name}`}
        >
          Reset
        </button>
      </p>
    );
  }
  if (feed.allOnTopic || resetNudge === undefined) return null;
  return (
    <p className="feed__nudge">
      Your feedback on this feed is reset: its new posts are judged by their words alone.{' '}
      <button
        type="button"
        ref={undoRef}
        onClick={() => {
          setFocusNext('reset');
          write(resetNudge);
        }}
        aria-label={`Undo the reset of your feedback on ${name}`}
      >
        Undo
      </button>
    </p>
  );
}
