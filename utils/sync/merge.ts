import { articleRank, effectiveTime } from '../curation/rank';
import type { QuorumDatabase } from '../db/database';
import type { Article } from '../schemas/article';
import type { Feed } from '../schemas/feed';
import type { ArticleDraft } from './article-draft';

export interface MergeResult {
  added: number;
  updated: number;
}

/**
 * Writes one feed's articles in a single transaction, so a service worker stopped halfway
 * leaves either all of them or none. Upserts by canonical URL: keeps when we first saw an
 * article, joins the feeds that carry it, and takes the newer text. The `reading` table is
 * not part of the transaction at all, so no refresh can touch a user's marks.
 */
export async function mergeFeedArticles(
  db: QuorumDatabase,
  feedId: string,
  drafts: readonly ArticleDraft[],
  feedChanges: Partial<Feed>,
  now: number,
): Promise<MergeResult> {
  const unique = dedupeByUrl(drafts);
  return db.transaction('rw', db.articles, db.feeds, async () => {
    const existing = await db.articles.bulkGet(unique.map((draft) => draft.url));
    const rows = unique.map((draft, index) => mergeOne(draft, existing[index], now));
    await db.articles.bulkPut(rows);
    await db.feeds.update(feedId, { ...feedChanges, itemCount: unique.length });
    const added = existing.filter((article) => article === undefined).length;
    return { added, updated: unique.length - added };
  });
}

function mergeOne(draft: ArticleDraft, prior: Article | undefined, now: number): Article {
  const { packPosition, ...content } = draft;
  const firstSeenAt = prior?.firstSeenAt ?? now;
  // Once an article is curated it stays curated, whichever feed brings it next.
  const curated = content.curated || (prior?.curated ?? false);
  const keepCuratedText = prior?.curated === true && !content.curated;
  const merged: Article = {
    ...(keepCuratedText ? { ...content, ...pickCuratedText(prior) } : content),
    curated,
    relevance: Math.max(content.relevance, prior?.relevance ?? 0),
    feedIds: [...new Set([...(prior?.feedIds ?? []), ...content.feedIds])],
    firstSeenAt,
    rank: 0,
    // Recorded from pages the reader visited, not from the feed: a refresh must keep them.
    ...(prior?.discussions ? { discussions: prior.discussions } : {}),
  };
  // A general feed carrying a curated article must not move it out of the curated order.
  merged.rank = keepCuratedText
    ? prior.rank
    : articleRank({
        relevance: merged.relevance,
        curated,
        effectiveTime: effectiveTime({ publishedAt: merged.publishedAt, firstSeenAt, packPosition }),
      });
  return merged;
}

/** A curator's title, summary and topics beat what a general feed says about the same URL. */
function pickCuratedText(prior: Article): Pick<Article, 'title' | 'summary' | 'topics' | 'kind'> {
  return { title: prior.title, summary: prior.summary, topics: prior.topics, kind: prior.kind };
}

function dedupeByUrl(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => (seen.has(draft.url) ? false : (seen.add(draft.url), true)));
}
