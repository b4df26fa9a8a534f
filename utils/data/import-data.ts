import { DISCUSSIONS_PER_ARTICLE_MAX } from '../badges/discussion-sites';
import type { QuorumDatabase } from '../db/database';
import type { Discussion } from '../schemas/discussion';
import { feedIdFor } from '../feeds/subscriptions';
import { applyMarkChanges } from '../marks/apply-changes';
import { changesOf } from '../marks/registers';
import { getPathProgress, setPathProgress } from '../paths/path-progress';
import type { Feed } from '../schemas/feed';
import type { PathProgress } from '../schemas/path-progress';
import { readTaggedJson } from '../schemas/read-tagged-json';
import { ImportFileSchema, type ExportFile } from './export-schema';

export type ReadImportResult = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Reads an export file, or says what is wrong with it. Nothing is changed by reading. */
export function readImportFile(text: string): ReadImportResult {
  const result = readTaggedJson(text, {
    format: 'quorum-export',
    schema: ImportFileSchema,
    name: 'a Quorum export',
    problems: 'This export has problems, so nothing was imported',
  });
  return result.ok ? { ok: true, file: result.value } : result;
}

export interface ImportSummary {
  read: number;
  saved: number;
  dismissed: number;
  feeds: number;
  /** Subscriptions in the file that are not followed here yet. */
  newFeeds: ExportFile['feeds'];
}

/** What the file holds, to show before anything is applied. */
export async function summariseImport(db: QuorumDatabase, file: ExportFile): Promise<ImportSummary> {
  const existing = new Set((await db.feeds.toArray()).map((feed) => feed.url));
  return {
    read: file.reading.filter((mark) => mark.readAt !== null).length,
    saved: file.reading.filter((mark) => mark.savedAt !== null).length,
    dismissed: file.reading.filter((mark) => mark.dismissedAt !== null).length,
    feeds: file.feeds.length,
    newFeeds: [
      ...new Map(file.feeds.filter((feed) => !existing.has(feed.url)).map((feed) => [feed.url, feed])).values(),
    ],
  };
}

/** Discussions go back onto the articles this profile has; for others there is no card to show them. */
async function importDiscussions(db: QuorumDatabase, discussions: NonNullable<ExportFile['discussions']>) {
  const byArticle = new Map<string, Discussion[]>();
  for (const { articleUrl, ...discussion } of discussions) {
    byArticle.set(articleUrl, [...(byArticle.get(articleUrl) ?? []), discussion]);
  }
  const urls = [...byArticle.keys()];
  const articles = await db.articles.bulkGet(urls);
  for (const [index, article] of articles.entries()) {
    if (!article) continue;
    const merged = new Map((article.discussions ?? []).map((discussion) => [discussion.url, discussion]));
    for (const discussion of byArticle.get(urls[index]!)!) {
      const current = merged.get(discussion.url);
      if (!current || current.seenAt < discussion.seenAt) merged.set(discussion.url, discussion);
    }
    const next = [...merged.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, DISCUSSIONS_PER_ARTICLE_MAX);
    await db.articles.update(article.url, { discussions: next });
  }
}

/**
 * Merges an export into this profile in one transaction, with the same per-mark merge as every
 * other change (utils/marks/): for each mark of each article the newer change wins, new
 * subscriptions are added, nothing is deleted. The newer path progress wins too. Callers run
 * this through the marks owner's `inBulk`, so open pages and tabs hear of it at once.
 */
export async function applyImport(
  db: QuorumDatabase,
  file: ExportFile,
  now = Date.now(),
): Promise<{ marksChanged: number; feedsAdded: number }> {
  const result = await db.transaction('rw', db.reading, db.feeds, db.articles, async () => {
    await importDiscussions(db, file.discussions ?? []);
    const changed = await applyMarkChanges(db, file.reading.flatMap(changesOf));

    const known = new Set((await db.feeds.toArray()).map((feed) => feed.url));
    const unique = [...new Map(file.feeds.map((feed) => [feed.url, feed])).values()];
    const added: Feed[] = unique
      .filter((feed) => !known.has(feed.url))
      .map((feed) => ({ ...feed, id: feedIdFor(feed.url), builtin: false, addedAt: now, errorCount: 0 }));
    await db.feeds.bulkAdd(added);
    return { marksChanged: changed.length, feedsAdded: added.length };
  });
  // Extension storage cannot join the database transaction, so path progress goes in only once
  // the marks are committed: an import cut off halfway then changes nothing at all.
  if (file.pathProgress) await importPathProgress(file.pathProgress, now);
  return result;
}

/**
 * The newer place in the paths wins, as between browsers. But a blank place (after a reset, in
 * a new browser) has nothing to lose, however recent: there the import is the reader's latest
 * word, so it goes in as a change made now, which a blank copy from elsewhere cannot undo.
 */
async function importPathProgress(imported: PathProgress, now: number): Promise<void> {
  const current = await getPathProgress();
  if (imported.updatedAt > current.updatedAt) return setPathProgress(imported);
  if (isBlank(current) && !isBlank(imported)) {
    await setPathProgress({ ...imported, updatedAt: Math.max(now, current.updatedAt + 1) });
  }
}

function isBlank(progress: PathProgress): boolean {
  return progress.currentPathId === null && progress.skipped.length === 0;
}
