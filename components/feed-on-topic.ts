import { db } from '@/utils/db';
import type { Feed } from '@/utils/schemas/feed';

/**
 * "All about distributed systems" for a feed, from its row in Options or from a hidden card's
 * "Keep every post from …": the feed's stored posts are judged again at once
 * (utils/db/feed-on-topic.ts). Taking it back needs the classifier and its
 * weights, which load only then, so Options opens without them. Rejects with a sentence for
 * the reader when the weights cannot be read; nothing is changed then.
 */
export async function changeFeedOnTopic(feed: Feed, on: boolean): Promise<void> {
  const { setFeedAllOnTopic } = await import('@/utils/db/feed-on-topic');
  if (on) {
    await setFeedAllOnTopic(db, feed.id, { on: true });
    return;
  }
  const [{ feedClassifier }, { loadRelevanceModel }] = await Promise.all([
    import('@/utils/curation/feed-classifier'),
    import('@/utils/curation/load-relevance-model'),
  ]);
  const model = await loadRelevanceModel();
  await setFeedAllOnTopic(db, feed.id, { on: false, judge: feedClassifier(feed, model) });
}
