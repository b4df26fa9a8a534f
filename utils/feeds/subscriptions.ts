import type { QuorumDatabase } from '../db/database';
import type { Feed, FeedKind } from '../schemas/feed';

/** A stable id from the address, so the same feed added twice is the same row. */
export function feedIdFor(url: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return `feed:user-${(hash >>> 0).toString(36)}`;
}

export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export async function findSubscription(db: QuorumDatabase, url: string): Promise<Feed | undefined> {
  return (await db.feeds.where('url').equals(url).first()) ?? (await db.feeds.get(feedIdFor(url)));
}

/** Adds a subscription the user chose; it syncs on the next run (or at once, on request). */
export async function subscribe(
  db: QuorumDatabase,
  input: { url: string; title: string; kind: FeedKind; siteUrl?: string | undefined },
  now = Date.now(),
): Promise<Feed> {
  const feed: Feed = {
    id: feedIdFor(input.url),
    url: input.url,
    kind: input.kind,
    title: input.title,
    ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}),
    enabled: true,
    builtin: false,
    ignoreHttpCache: false,
    addedAt: now,
    errorCount: 0,
  };
  await db.feeds.add(feed);
  return feed;
}

export interface RemovalPlan {
  /** Articles that leave with the feed: only this feed carries them, and nobody marked them. */
  leaving: string[];
  /** Articles that stay: read or saved, or carried by another feed too. */
  staying: number;
}

/** What removing a feed would do, to say so before doing it. */
export async function planRemoval(db: QuorumDatabase, feedId: string): Promise<RemovalPlan> {
  return db.transaction('r', db.articles, db.reading, async () => {
    const carried = await db.articles.where('feedIds').equals(feedId).toArray();
    const marks = await db.reading.bulkGet(carried.map((article) => article.url));
    const leaving: string[] = [];
    carried.forEach((article, index) => {
      const mark = marks[index];
      const kept = mark?.readAt != null || mark?.savedAt != null || article.feedIds.length > 1;
      if (!kept) leaving.push(article.url);
    });
    return { leaving, staying: carried.length - leaving.length };
  });
}

/**
 * Removes a subscription in one transaction: its unmarked, unshared articles go; the others
 * stay, no longer carried by it. Reading marks are never deleted.
 */
export async function unsubscribe(db: QuorumDatabase, feedId: string): Promise<RemovalPlan> {
  return db.transaction('rw', db.articles, db.reading, db.feeds, async () => {
    const plan = await planRemoval(db, feedId);
    await db.articles.bulkDelete(plan.leaving);
    await db.articles
      .where('feedIds')
      .equals(feedId)
      .modify((article) => {
        article.feedIds = article.feedIds.filter((id) => id !== feedId);
      });
    await db.feeds.delete(feedId);
    return plan;
  });
}
