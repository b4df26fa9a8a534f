import type { QuorumDatabase } from '../db/database';
import type { Feed } from '../schemas/feed';
import { DEFAULT_FEED_SOURCES } from '../sources';

export function defaultFeedId(sourceId: string): string {
  return `feed:${sourceId}`;
}

/**
 * Subscribes a new install to the default sources. Run only on a database with no feeds (a
 * new install, or a reset), so a feed the user removes stays removed; an existing row (same id or same URL) is never overwritten.
 */
export async function addDefaultFeeds(db: QuorumDatabase, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.feeds, async () => {
    const existing = await db.feeds.toArray();
    const ids = new Set(existing.map((feed) => feed.id));
    const urls = new Set(existing.map((feed) => feed.url));
    const added: Feed[] = DEFAULT_FEED_SOURCES.filter(
      (source) => !ids.has(defaultFeedId(source.id)) && !urls.has(source.feed),
    ).map((source) => ({
      id: defaultFeedId(source.id),
      url: source.feed,
      kind: 'feed',
      title: source.name,
      siteUrl: source.home,
      enabled: true,
      builtin: true,
      ignoreHttpCache: false,
      addedAt: now,
      errorCount: 0,
    }));
    await db.feeds.bulkAdd(added);
    return added.length;
  });
}
