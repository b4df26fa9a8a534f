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

/** The first of these feeds the reader marked as all about distributed systems, if any. */
export async function allOnTopicFeedOf(db: QuorumDatabase, feedIds: readonly string[]): Promise<Feed | undefined> {
  const feeds = await db.feeds.bulkGet([...feedIds]);
  return feeds.find((feed) => feed?.allOnTopic === true);
}

/** The feed (not a pack) that brought a feed article: the one "Keep every post from …" marks. */
export async function feedOfArticle(db: QuorumDatabase, feedIds: readonly string[]): Promise<Feed | undefined> {
  const feeds = await db.feeds.bulkGet([...feedIds]);
  return feeds.find((feed) => feed?.kind === 'feed');
}
