import type { Feed } from '../schemas/feed';
import type { QuorumDatabase } from './database';

/** The feeds, for the pages' status line and the options page's list and grouped failures. */
export function allFeeds(db: QuorumDatabase): Promise<Feed[]> {
  return db.feeds.toArray();
}

/** A change the reader makes to one feed's own settings (enabled, ignore the HTTP cache). */
export function updateFeed(db: QuorumDatabase, id: string, change: Partial<Feed>): Promise<number> {
  return db.feeds.update(id, change);
}

/** The stored feeds among these ids, in order, leaving out any the reader has removed since. */
export async function feedsOf(db: QuorumDatabase, feedIds: readonly string[]): Promise<Feed[]> {
  const feeds = await db.feeds.bulkGet([...feedIds]);
  return feeds.filter((feed): feed is Feed => feed !== undefined);
}

/** The first of an article's feeds that the reader marked as all about distributed systems. */
export const allOnTopicFeed = (feeds: readonly Feed[]): Feed | undefined =>
  feeds.find((feed) => feed.allOnTopic === true);

/** The first of an article's feeds that is a feed, not a pack: the one "Keep every post from …" marks. */
export const plainFeed = (feeds: readonly Feed[]): Feed | undefined => feeds.find((feed) => feed.kind === 'feed');

/**
 * How many of each feed's stored posts sit below the reader's relevance threshold, hidden from
 * Picks, by feed id: what a feed's row in Options says beside "All about distributed systems".
 * Reads only the hidden rows, through the relevance index. Curated articles are never judged.
 */
export async function lowRelevanceCounts(db: QuorumDatabase, threshold: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.articles
    .where('relevance')
    .below(threshold)
    .each((article) => {
      if (article.curated) return;
      for (const feedId of article.feedIds) counts.set(feedId, (counts.get(feedId) ?? 0) + 1);
    });
  return counts;
}
