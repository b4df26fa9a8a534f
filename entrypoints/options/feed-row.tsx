import { useId, useState } from 'react';
import { changeFeedOnTopic } from '@/components/feed-on-topic';
import { relativeTime } from '@/components/relative-time';
import { db } from '@/utils/db';
import { updateFeed, type HiddenPosts } from '@/utils/db/feed-queries';
import { DEFAULT_VIEW, hashFromView } from '@/utils/curation/filters';
import type { Feed } from '@/utils/schemas/feed';
import { countOf } from '@/utils/text/count-of';
import { FeedbackNudgeLine } from './feedback-nudge-line';

interface FeedRowProps {
  feed: Feed;
  now: number;
  refreshing: boolean;
  /** Its stored posts below the reader's relevance threshold, hidden from Picks. */
  hidden?: HiddenPosts | undefined;
  /** Whether the new tab shows lists to link to (not in its minimal mode, a clock and search). */
  hiddenLink?: boolean;
  /** Its error is told once for a group above the list: the row says so briefly. */
  groupedError?: boolean;
  onRefresh(feed: Feed): void;
  onRemove(feed: Feed): void;
}

const ON_TOPIC_HINT = 'Every post of this feed goes to Picks, those already here too, whatever its relevance.';

/** One subscription with its sync state, in words. Its id is what banners link to. */
export function FeedRow({
  feed,
  now,
  refreshing,
  hidden,
  hiddenLink = true,
  groupedError = false,
  onRefresh,
  onRemove,
}: FeedRowProps) {
  const isPack = feed.kind === 'pack';
  const bundled = feed.builtin && isPack;
  const update = (change: Partial<Feed>) => void updateFeed(db, feed.id, change);
  const titleId = useId();
  const hiddenText = hidden && `${countOf(hidden.count, 'stored post')} hidden from Picks as low relevance`;
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
        {/* Said beside the switch that lets them in: a reader sees how much the feed loses. */}
        {!isPack && !feed.allOnTopic && hidden && (
          <span>
            {hiddenLink ? (
              // The new tab on this source, hidden and read posts shown, to judge them before the switch.
              <a
                href={`newtab.html${hashFromView({ ...DEFAULT_VIEW, source: hidden.source, showRead: true, showLowRelevance: true })}`}
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby={titleId}
              >
                {hiddenText}
                <span className="visually-hidden"> (opens a new tab)</span>
              </a>
            ) : (
              hiddenText
            )}
          </span>
        )}
        <span>{feed.lastSuccessAt ? `Updated ${relativeTime(feed.lastSuccessAt, now)}` : 'Not fetched yet'}</span>
        {!bundled && feed.enabled && feed.nextAttemptAt !== undefined && (
          <span>
            {feed.nextAttemptAt > now ? `Next check ${relativeTime(feed.nextAttemptAt, now)}` : 'Next check soon'}
          </span>
        )}
        {feed.movedFrom && <span>Moved from {feed.movedFrom}</span>}
      </p>
      <FeedbackNudgeLine feed={feed} />
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
