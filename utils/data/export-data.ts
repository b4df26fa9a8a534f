import type { QuorumDatabase } from '../db/database';
import { getPathProgress } from '../paths/path-progress';
import type { Settings } from '../schemas/settings';
import type { ExportFile } from './export-schema';

/** Everything that is the user's own: marks, subscriptions (not the bundled pack), settings and path progress. */
export async function exportData(db: QuorumDatabase, settings: Settings, now = new Date()): Promise<ExportFile> {
  const [reading, feeds, discussions] = await db.transaction('r', db.reading, db.feeds, db.articles, () =>
    Promise.all([db.reading.toArray(), db.feeds.toArray(), exportedDiscussions(db)]),
  );
  return {
    format: 'quorum-export',
    version: 2,
    exportedAt: now.toISOString(),
    reading: reading.filter((mark) => /^https?:\/\//.test(mark.url)),
    feeds: feeds
      .filter((feed) => /^https?:\/\//.test(feed.url))
      .map((feed) => ({
        url: feed.url,
        title: feed.title,
        kind: feed.kind,
        ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}),
        enabled: feed.enabled,
        ignoreHttpCache: feed.ignoreHttpCache,
        ...(feed.relevanceAdjust ? { relevanceAdjust: feed.relevanceAdjust } : {}),
        ...(feed.allOnTopic ? { allOnTopic: true } : {}),
      })),
    settings,
    ...(discussions.length > 0 ? { discussions } : {}),
    pathProgress: await getPathProgress(),
  };
}

/** Discussions live on their articles: few articles have any, so a filtered pass is enough. */
async function exportedDiscussions(db: QuorumDatabase): Promise<NonNullable<ExportFile['discussions']>> {
  const articles = await db.articles.filter((article) => (article.discussions?.length ?? 0) > 0).toArray();
  return articles.flatMap((article) =>
    (article.discussions ?? []).map((discussion) => ({ articleUrl: article.url, ...discussion })),
  );
}
