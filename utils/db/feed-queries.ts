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
  // Feeds whose source is named by a post they carry alone, as their cards name it; until
  // then, by a post shared with another feed, which may name that one.
  const namedAlone = new Set<string>();
  below.forEach((article, index) => {
    if (isDismissed(marks[index])) return;
    const alone = article.feedIds.length === 1;
    for (const feedId of article.feedIds) {
      const entry = hidden.get(feedId) ?? { count: 0, source: article.source };
      entry.count += 1;
      if (alone && !namedAlone.has(feedId)) {
        entry.source = article.source;
        namedAlone.add(feedId);
      }
      hidden.set(feedId, entry);
    }
  });
  return hidden;
}
