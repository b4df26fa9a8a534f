import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { changeFeedOnTopic } from '@/components/feed-on-topic';
import { SyncStatus } from '@/components/sync-status';
import { useNow } from '@/components/use-now';
import { useSyncProgress } from '@/components/use-sync-progress';
import { db } from '@/utils/db';
import { allFeeds, lowRelevanceByFeed } from '@/utils/db/feed-queries';
import { countOf } from '@/utils/text/count-of';
import { planRemoval, unsubscribe, type RemovalPlan } from '@/utils/feeds/subscriptions';
import { sendRequest } from '@/utils/messaging';
import type { Feed } from '@/utils/schemas/feed';
import { AddFeed } from './add-feed';
import { feedHealth, failureReason } from '@/utils/sync/feed-health';
import { ConfirmDialog } from './confirm-dialog';
import { FailureSummary, GROUP_AT } from './failure-summary';
import { FeedRow } from './feed-row';

/** Subscriptions: their state from the sync engine, refresh, add and remove. */
interface FeedsSectionProps {
  /** The reader's relevance threshold, once settings are read: what a row counts as hidden. */
  relevanceThreshold: number | undefined;
  /** Whether the new tab shows lists (not its minimal mode), for the rows' links to them. */
  newTabShowsLists: boolean;
}

export function FeedsSection({ relevanceThreshold, newTabShowsLists }: FeedsSectionProps) {
  const feeds = useLiveQuery(() => allFeeds(db), []);
  const hidden = useLiveQuery(
    () => (relevanceThreshold === undefined ? undefined : lowRelevanceByFeed(db, relevanceThreshold)),
    [relevanceThreshold],
  );
  const progress = useSyncProgress();
  const [removing, setRemoving] = useState<{ feed: Feed; plan: RemovalPlan }>();
  const [notice, setNotice] = useState<string>();
  const refreshing = progress?.running ?? false;
  const now = useNow();

  const refresh = async (feedIds?: string[]) => {
    setNotice(undefined);
    const answer = await sendRequest({ type: 'sync-now', ...(feedIds ? { feedIds } : {}) }).catch(() => undefined);
    if (!answer) setNotice('Quorum’s background could not be reached. Try again in a moment.');
    else if (!answer.ok) setNotice(answer.error);
  };
  const askRemove = async (feed: Feed) => setRemoving({ feed, plan: await planRemoval(db, feed.id) });
  const remove = async () => {
    if (!removing) return;
    // Its posts that stay (read, saved, or carried by another feed) are judged by their words
    // again, as if the reader had taken the flag back: no feed would be left to say why.
    if (removing.feed.allOnTopic) await changeFeedOnTopic(removing.feed, false).catch(() => undefined);
    const plan = await unsubscribe(db, removing.feed.id);
    setNotice(
      `Removed “${removing.feed.title}”: ${countOf(plan.leaving.length, 'article')} went, ${plan.staying} stayed.`,
    );
    setRemoving(undefined);
  };

  const sorted = feeds
    ?.slice()
    .sort(
      (a, b) =>
        Number(b.kind === 'pack' && b.builtin) - Number(a.kind === 'pack' && a.builtin) ||
        a.title.localeCompare(b.title),
    );
  const failing = feeds?.filter((feed) => feed.enabled && feed.errorCount > 0).length ?? 0;
  const groups = feeds ? feedHealth(feeds, now).groups : [];
  const grouped = new Set(groups.filter((group) => group.feeds.length >= GROUP_AT).map((group) => group.reason));
  return (
    <section id="feeds" aria-labelledby="feeds-heading" className="options__section">
      <div className="options__section-head">
        <h2 id="feeds-heading">Feeds</h2>
        <button type="button" onClick={() => void refresh()} disabled={refreshing}>
          {refreshing ? 'Refreshing…' : 'Refresh all'}
        </button>
      </div>
      <SyncStatus progress={progress} />
      <AddFeed />
      {notice && <p role="status">{notice}</p>}
      {feeds && (
        <p className="options__summary">
          {countOf(feeds.length, 'feed')}
          {failing > 0 ? `, ${failing} failing` : ''}.
        </p>
      )}
      <FailureSummary groups={groups} />
      <ul className="feeds">
        {sorted?.map((feed) => (
          <FeedRow
            key={feed.id}
            feed={feed}
            now={now}
            refreshing={refreshing}
            hidden={hidden?.get(feed.id)}
            hiddenLink={newTabShowsLists}
            groupedError={feed.lastError !== undefined && grouped.has(failureReason(feed.lastError))}
            onRefresh={(f) => void refresh([f.id])}
            onRemove={(f) => void askRemove(f)}
          />
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          title={`Remove “${removing.feed.title}”?`}
          confirmLabel="Remove"
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(undefined)}
        >
          <p>
            {removing.plan.leaving.length} of its articles that you have not read or saved will be removed.{' '}
            {removing.plan.staying > 0 &&
              `${removing.plan.staying} that you read, saved, or that another feed also carries will stay.`}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
