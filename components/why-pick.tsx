import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { PickedArticle } from '@/utils/db/queries';
import { db } from '@/utils/db';
import { allOnTopicFeed, feedsOf } from '@/utils/db/feed-queries';
import type { Explanation, ExtraReason } from '@/utils/curation/explain';
import type { Feedback } from '@/utils/curation/feedback';
import { DEFAULT_RELEVANCE_THRESHOLD } from '@/utils/curation/threshold';

/** About the height of an open panel with its signals and buttons. */
const PANEL_ROOM_PX = 220;
const HOVER_GRACE_MS = 300;

interface WhyPickProps {
  pick: PickedArticle;
  onFeedback?: (pick: PickedArticle, feedback: Feedback) => void;
  /** Offered on a hidden card: every post of its feed goes to Picks from now on, these too. */
  onKeepFeed?: (pick: PickedArticle) => void;
  /** Reasons other features add (a learning path's "On your path “Consensus”: step 3 of 8."). */
  reasons?: readonly ExtraReason[];
}

/**
 * A small, quiet "Why this pick?" on each card: opens on hover or keyboard focus, closes when
 * the pointer and focus leave or on Escape. The explainer (and the classifier data it reads)
 * loads only when the first card is asked, so picks paint as fast as before.
 */
export function WhyPick({ pick, onFeedback, onKeepFeed, reasons }: WhyPickProps) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [upwards, setUpwards] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [explanation, setExplanation] = useState<Explanation>();
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const shown = open || pinned;
  const { article } = pick;
  const threshold = pick.threshold ?? DEFAULT_RELEVANCE_THRESHOLD;

  useEffect(() => {
    if (!shown) return;
    let live = true;
    // Both load on the first explanation asked for, so neither weighs on the page's first paint.
    // Without the model, the explanation says what it can and why it says no more.
    const loadingModel = import('@/utils/curation/load-relevance-model')
      .then((loader) => loader.loadRelevanceModel())
      .catch(() => undefined);
    // A feed the reader marked as all about distributed systems is why its posts are here.
    const onTopicFeed = article.curated
      ? Promise.resolve(undefined)
      : feedsOf(db, article.feedIds)
          .then(allOnTopicFeed)
          .catch(() => undefined);
    void Promise.all([import('@/utils/curation/explain'), loadingModel, onTopicFeed]).then(
      ([{ explainPick }, model, feed]) => {
        const all = [...(reasons ?? []), ...(feed ? [allOnTopicReason(feed.title || feed.url)] : [])];
        if (live) setExplanation(explainPick({ article, threshold, model, reasons: all }));
      },
    );
    return () => {
      live = false;
    };
  }, [shown, article, threshold, reasons]);

  useEffect(() => () => clearTimeout(closing.current), []);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      setOpen(false);
      setPinned(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !shown) return;
    // Escape closes this panel only: the page's own Escape handling is not for it.
    event.stopPropagation();
    setOpen(false);
    setPinned(false);
    toggleRef.current?.focus();
  };

  // Measured as it opens: below the toggle unless the window ends too soon there.
  const openHere = () => {
    clearTimeout(closing.current);
    const toggle = toggleRef.current?.getBoundingClientRect();
    if (toggle) setUpwards(window.innerHeight - toggle.bottom < PANEL_ROOM_PX && toggle.top > PANEL_ROOM_PX);
    setOpen(true);
  };

  return (
    <div
      className={upwards ? 'why why--up' : 'why'}
      onMouseEnter={openHere}
      // A moment's grace: the pointer crosses a strip of the footer on its way into the panel.
      onMouseLeave={() => {
        closing.current = setTimeout(() => setOpen(false), HOVER_GRACE_MS);
      }}
      onFocus={openHere}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggleRef}
        type="button"
        className="why__toggle"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => {
          if (!shown) openHere();
          setPinned((value) => !value);
        }}
      >
        Why this pick?
      </button>
      <div id={panelId} className="why__panel" role="group" aria-label="Why this pick" hidden={!shown}>
        <p className="why__text">{explanation?.text ?? '…'}</p>
        {explanation && explanation.signals.length > 0 && (
          <ul className="why__signals">
            {explanation.signals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        )}
        {onFeedback && !article.curated && (
          <div className="why__actions">
            <button type="button" onClick={() => onFeedback(pick, 'not-relevant')}>
              Not distributed systems
            </button>
            <button type="button" onClick={() => onFeedback(pick, 'more-like-this')}>
              More like this
            </button>
            {onKeepFeed && explanation?.kind === 'low-relevance' && (
              <button type="button" onClick={() => onKeepFeed(pick)}>
                Keep every post from {article.source}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function allOnTopicReason(feedName: string): ExtraReason {
  return { kind: 'feed-on-topic', text: `From “${feedName}”, which you marked as all about distributed systems.` };
}
