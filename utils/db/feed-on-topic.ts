import { ON_TOPIC_RELEVANCE } from '../curation/feed-classifier';
import type { Classify } from '../feeds/normalise';
import type { Article } from '../schemas/article';
import { storedRank } from '../sync/merge';
import type { QuorumDatabase } from './database';

/**
 * The reader says a feed's every post is about distributed systems, or takes that back. Unlike
 * feedback's nudge, which only touches posts not yet fetched, this judges the feed's stored
 * posts again at once: on, each goes to relevance 1 and into Picks; off, each gets the model's
 * relevance back from its stored title, summary and tags (`judge`: the model with the feed's
 * feedback as it is now, which may differ from when the post was fetched), unless another feed
 * that carries it is still all on topic. Curated articles are left as their pack made them.
 * Returns how many articles changed.
 */
export async function setFeedAllOnTopic(
  db: QuorumDatabase,
  feedId: string,
  change: { on: true } | { on: false; judge: Classify },
): Promise<number> {
  const { on } = change;
  const judge = change.on ? undefined : change.judge;
  return db.transaction('rw', db.feeds, db.articles, async () => {
    if ((await db.feeds.update(feedId, { allOnTopic: on ? true : undefined })) === 0) return 0;
    const stillOnTopic = new Set(
      (await db.feeds.filter((feed) => feed.allOnTopic === true).toArray()).map((feed) => feed.id),
    );
    const articles = await db.articles.where('feedIds').equals(feedId).toArray();
    const changed: Article[] = [];
    for (const article of articles) {
      if (article.curated) continue;
      const relevance =
        judge === undefined || article.feedIds.some((id) => stillOnTopic.has(id))
          ? ON_TOPIC_RELEVANCE
          : judge({
              title: article.title,
              summary: article.summary,
              categories: [...(article.categories ?? [])],
            }).relevance;
      if (relevance === article.relevance) continue;
      changed.push({ ...article, relevance, rank: storedRank({ ...article, relevance }) });
    }
    await db.articles.bulkPut(changed);
    return changed.length;
  });
}
