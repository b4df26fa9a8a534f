import type { Article } from '../schemas/article';
import type { Feed } from '../schemas/feed';
import type { QuorumDatabase } from './database';
import { isDismissed } from './queries';

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

/** A feed's stored posts hidden from Picks as low relevance: how many, and the source they show. */
export interface HiddenPosts {
  count: number;
  /** As the cards name it, for the new tab's source filter. */
  source: string;
}

/**
 * Each feed's stored posts below the reader's relevance threshold, hidden from Picks, by feed
 * id: what a feed's row in Options says beside "All about distributed systems", with a link to
 * see them. Reads only the hidden rows, through the relevance index, and their marks: a post the
 * reader dismissed is out of sight anyway. Curated articles are never judged.
 */
export async function lowRelevanceByFeed(db: QuorumDatabase, threshold: number): Promise<Map<string, HiddenPosts>> {
  const below: Pick<Article, 'url' | 'source' | 'feedIds'>[] = [];
  await db.articles
    .where('relevance')
    .below(threshold)
    .each(({ url, source, feedIds, curated }) => {
      if (!curated) below.push({ url, source, feedIds });
    });
  const marks = await db.reading.bulkGet(below.map((article) => article.url));
  const hidden = new Map<string, HiddenPosts>();
  const sourceSure = new Set<string>();
  below.forEach((article, index) => {
    if (isDismissed(marks[index])) return;
    // A post carried by this feed alone names the source as this feed's cards do; one
    // shared with another feed may name that one.
    const alone = article.feedIds.length === 1;
    for (const feedId of article.feedIds) {
      const known = hidden.get(feedId);
      if (!known) hidden.set(feedId, { count: 1, source: article.source });
      else known.count += 1;
      if (alone && known && !sourceSure.has(feedId)) known.source = article.source;
      if (alone) sourceSure.add(feedId);
    }
  });
  return hidden;
}
