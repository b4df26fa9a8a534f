import { ON_TOPIC_RELEVANCE } from '../curation/feed-classifier';
import { articleRank, effectiveTime } from '../curation/rank';
import type { QuorumDatabase } from '../db/database';
import type { Article } from '../schemas/article';
import type { Feed } from '../schemas/feed';
import { sameValue } from '../same-value';
import type { ArticleDraft } from './article-draft';

export interface MergeResult {
  added: number;
  updated: number;
}

/** One feed's refresh, as the merge writes it: its articles and the changes to its own row. */
export interface FeedMerge {
  feedId: string;
  drafts: readonly ArticleDraft[];
  feedChanges: Partial<Feed>;
  now: number;
}

/**
 * Writes one feed's articles in a single transaction, so a service worker stopped halfway
 * leaves either all of them or none. Upserts by canonical URL: keeps when we first saw an
 * article, joins the feeds that carry it, and takes the newer text. The `reading` table is
 * never written, so no refresh can touch a user's marks.
 */
export async function mergeFeedArticles(
  db: QuorumDatabase,
  feedId: string,
  drafts: readonly ArticleDraft[],
  feedChanges: Partial<Feed>,
  now: number,
): Promise<MergeResult> {
  const [result] = await mergeFeeds(db, [{ feedId, drafts, feedChanges, now }]);
  return result!;
}

/**
 * Writes several feeds' refreshes in one transaction, in the order given, as if merged one
 * after another: an article two of them carry is merged twice, the second time over the first.
 * One transaction for a sync's ready feeds, instead of one each, spares a round of reads and a
 * commit per feed; all of them are written or none. Rows the merge leaves exactly as they were
 * are not written again, so a feed with one new item writes one article.
 */
export async function mergeFeeds(db: QuorumDatabase, merges: readonly FeedMerge[]): Promise<MergeResult[]> {
  const perFeed = merges.map((merge) => dedupeByUrl(merge.drafts));
  const urls = [...new Set(perFeed.flat().map((draft) => draft.url))];
  return db.transaction('rw', db.articles, db.feeds, async () => {
    // Read here, not when the sync began: the reader may have changed the flag since.
    const onTopic = new Set(
      (await db.feeds.bulkGet(merges.map((merge) => merge.feedId)))
        .filter((feed) => feed?.allOnTopic === true)
        .map((feed) => feed!.id),
    );
    const stored = await db.articles.bulkGet(urls);
    const current = new Map(urls.map((url, index) => [url, stored[index]]));
    const changed = new Set<string>();
    const results = merges.map((merge, index) => {
      const drafts = perFeed[index]!;
      let added = 0;
      for (const draft of drafts) {
        const prior = current.get(draft.url);
        if (!prior) added += 1;
        const judged =
          onTopic.has(merge.feedId) && !draft.curated ? { ...draft, relevance: ON_TOPIC_RELEVANCE } : draft;
        const merged = mergeOne(judged, prior, merge.now);
        if (prior && sameValue(prior, merged)) continue;
        current.set(draft.url, merged);
        changed.add(draft.url);
      }
      return { added, updated: drafts.length - added };
    });
    await db.articles.bulkPut([...changed].map((url) => current.get(url)!));
    await db.feeds.bulkUpdate(
      merges.map((merge, index) => ({
        key: merge.feedId,
        changes: { ...merge.feedChanges, itemCount: perFeed[index]!.length },
      })),
    );
    return results;
  });
}

function mergeOne(draft: ArticleDraft, prior: Article | undefined, now: number): Article {
  const { packPosition, ...content } = draft;
  const firstSeenAt = prior?.firstSeenAt ?? now;
  // Once an article is curated it stays curated, whichever feed brings it next.
  const curated = content.curated || (prior?.curated ?? false);
  const keepCuratedText = prior?.curated === true && !content.curated;
  // An article already known keeps the moment it counts from; only a new row takes the draft's.
  const { countsFrom: draftCountsFrom, ...rest } = content;
  const countsFrom = prior ? prior.countsFrom : draftCountsFrom;
  const merged: Article = {
    ...(keepCuratedText ? { ...rest, ...pickCuratedText(prior) } : rest),
    ...(countsFrom !== undefined ? { countsFrom } : {}),
    curated,
    relevance: Math.max(content.relevance, prior?.relevance ?? 0),
    feedIds: [...new Set([...(prior?.feedIds ?? []), ...content.feedIds])],
    firstSeenAt,
    rank: 0,
    // Recorded from pages the reader visited, not from the feed: a refresh must keep them.
    ...(prior?.discussions ? { discussions: prior.discussions } : {}),
  };
  // A general feed carrying a curated article must not move it out of the curated order.
  merged.rank = keepCuratedText ? prior.rank : storedRank(merged, packPosition);
  return merged;
}

/** The rank key an article is stored with (utils/curation/rank.ts), from its stored fields. */
export function storedRank(
  article: Pick<Article, 'relevance' | 'curated' | 'publishedAt' | 'countsFrom' | 'firstSeenAt'>,
  packPosition?: number,
): number {
  return articleRank({
    relevance: article.relevance,
    curated: article.curated,
    effectiveTime: effectiveTime({
      publishedAt: article.publishedAt ?? article.countsFrom,
      firstSeenAt: article.firstSeenAt,
      packPosition,
    }),
  });
}

/** A curator's title, summary and topics beat what a general feed says about the same URL. */
function pickCuratedText(
  prior: Article,
): Pick<
  Article,
  'title' | 'summary' | 'topics' | 'kind' | 'level' | 'minutes' | 'estimated' | 'prerequisites' | 'easier'
> {
  return {
    title: prior.title,
    summary: prior.summary,
    topics: prior.topics,
    kind: prior.kind,
    // A curator's level and reading time beat a guess from a feed's text, as the summary does;
    // each is set even when absent, so the feed's guess cannot slip in under the curated text.
    level: prior.level,
    minutes: prior.minutes,
    estimated: prior.estimated,
    prerequisites: prior.prerequisites,
    easier: prior.easier,
  };
}

function dedupeByUrl(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => (seen.has(draft.url) ? false : (seen.add(draft.url), true)));
}
