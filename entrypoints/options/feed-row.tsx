import { useEffect, useId, useRef, useState } from 'react';
import { changeFeedOnTopic } from '@/components/feed-on-topic';
import { relativeTime } from '@/components/relative-time';
import { db } from '@/utils/db';
import { updateFeed } from '@/utils/db/feed-queries';
import type { Feed } from '@/utils/schemas/feed';
import { countOf } from '@/utils/text/count-of';
import { describeFeedbackNudge } from './feedback-nudge';

interface FeedRowProps {
  feed: Feed;
  now: number;
  refreshing: boolean;
  /** Its error is told once for a group above the list: the row says so briefly. */
  groupedError?: boolean;
  onRefresh(feed: Feed): void;
  onRemove(feed: Feed): void;
}

const ON_TOPIC_HINT = 'Every post of this feed goes to Picks, those already here too, whatever its relevance.';

/** One subscription with its sync state, in words. Its id is what banners link to. */
export function FeedRow({ feed, now, refreshing, groupedError = false, onRefresh, onRemove }: FeedRowProps) {
  const isPack = feed.kind === 'pack';
  const bundled = feed.builtin && isPack;
  const update = (change: Partial<Feed>) => void updateFeed(db, feed.id, change);
  // While every post goes to Picks anyway, the nudge changes nothing a reader would see.
  const nudge = feed.allOnTopic ? undefined : describeFeedbackNudge(feed.relevanceAdjust);
  // The nudge a Reset took back, kept so that Undo can give it back while the row is shown.
  const [resetNudge, setResetNudge] = useState<number>();
  const undoResetRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const [focusAfterReset, setFocusAfterReset] = useState<'undo' | 'reset'>();
  // The button pressed goes with its line: focus moves to the one that takes its place.
  useEffect(() => {
    const target = focusAfterReset === 'undo' ? undoResetRef.current : resetRef.current;
    if (focusAfterReset && target) {
      target.focus();
      setFocusAfterReset(undefined);
    }
  }, [focusAfterReset, nudge, resetNudge]);
  const titleId = useId();
  const hintId = useId();
  const [onTopicProblem, setOnTopicProblem] = useState<string>();
  const [onTopicBusy, setOnTopicBusy] = useState(false);
  const setOnTopic = (on: boolean) => {
    setOnTopicProblem(undefined);
    setOnTopicBusy(true);
    changeFeedOnTopic(feed, on)
      .catch((error: unknown) => setOnTopicProblem(error instanceof Error ? error.message : String(error)))
      .finally(() => setOnTopicBusy(false));
  };
  return (
    <li id={`feed-${feed.id}`} className={`feed${feed.lastError ? ' feed--failing' : ''}`}>
      <div className="feed__head">
        <h3 className="feed__title" id={titleId}>
          {feed.title || feed.url}
        </h3>
        <span className="feed__kind">{bundled ? 'bundled pack' : isPack ? 'curated pack' : 'feed'}</span>
      </div>
      {!bundled && (
        <p className="feed__url">
          <a href={feed.siteUrl ?? feed.url} target="_blank" rel="noopener noreferrer">
            {feed.siteUrl ?? feed.url}
          </a>
        </p>
      )}
      <p className="feed__state">
        {feed.itemCount !== undefined && <span>{countOf(feed.itemCount, 'article')}</span>}
        <span>{feed.lastSuccessAt ? `Updated ${relativeTime(feed.lastSuccessAt, now)}` : 'Not fetched yet'}</span>
        {!bundled && feed.enabled && feed.nextAttemptAt !== undefined && (
          <span>
            {feed.nextAttemptAt > now ? `Next check ${relativeTime(feed.nextAttemptAt, now)}` : 'Next check soon'}
          </span>
        )}
        {feed.movedFrom && <span>Moved from {feed.movedFrom}</span>}
      </p>
      {nudge && (
        <p className="feed__nudge">
          {nudge}{' '}
          <button
            type="button"
            ref={resetRef}
            onClick={() => {
              setResetNudge(feed.relevanceAdjust);
              update({ relevanceAdjust: undefined });
              setFocusAfterReset('undo');
            }}
            aria-label={`Reset your feedback on ${feed.title || feed.url}`}
          >
            Reset
          </button>
        </p>
      )}
      {!nudge && !feed.allOnTopic && resetNudge !== undefined && (
        <p className="feed__nudge">
          Your feedback on this feed is reset: its new posts are judged by their words alone.{' '}
          <button
            type="button"
            ref={undoResetRef}
            onClick={() => {
              update({ relevanceAdjust: resetNudge });
              setResetNudge(undefined);
              setFocusAfterReset('reset');
            }}
            aria-label={`Undo the reset of your feedback on ${feed.title || feed.url}`}
          >
            Undo
          </button>
        </p>
      )}
      {feed.lastError && groupedError && <p className="feed__error">Not refreshed: see the note above the list.</p>}
      {feed.lastError && !groupedError && (
        <p className="feed__error" role="status">
          {feed.lastError}
          {feed.errorCount > 1 && ` (${feed.errorCount} times in a row)`}
        </p>
      )}
      {/* Always there, so a screen reader hears the sentence when it arrives. */}
      {!isPack && (
        <p className="feed__error feed__live" role="status">
          {onTopicProblem}
        </p>
      )}
      {!bundled && (
        <div className="feed__controls">
          <label>
            <input
              type="checkbox"
              checked={feed.enabled}
              onChange={(event) => update({ enabled: event.target.checked })}
            />{' '}
            Enabled
          </label>
          {/* A pack's articles are curated: none is ever judged by relevance. */}
          {!isPack && (
            <>
              <label title={ON_TOPIC_HINT}>
                <input
                  type="checkbox"
                  checked={feed.allOnTopic === true}
                  disabled={onTopicBusy}
                  aria-describedby={`${titleId} ${hintId}`}
                  onChange={(event) => setOnTopic(event.target.checked)}
                />{' '}
                All about distributed systems
              </label>
              {/* The tooltip is for a pointer; this says the same to a screen reader. */}
              <span id={hintId} className="visually-hidden">
                {ON_TOPIC_HINT}
              </span>
            </>
          )}
          <label title="For servers that answer “not modified” wrongly: always download the whole feed.">
            <input
              type="checkbox"
              checked={feed.ignoreHttpCache}
              onChange={(event) => update({ ignoreHttpCache: event.target.checked })}
            />{' '}
            Ignore HTTP cache
          </label>
          <button
            type="button"
            onClick={() => onRefresh(feed)}
            disabled={refreshing || !feed.enabled}
            aria-label={`Refresh ${feed.title}`}
          >
            Refresh
          </button>
          <button type="button" onClick={() => onRemove(feed)} aria-label={`Remove ${feed.title}`}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
