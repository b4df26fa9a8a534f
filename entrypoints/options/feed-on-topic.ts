import { db } from '@/utils/db';
import type { Feed } from '@/utils/schemas/feed';

/**
 * The "All about distributed systems" switch on a feed's row: the feed's stored posts are
 * judged again at once (utils/db/feed-on-topic.ts). The classifier and its weights load only
 * when a reader flips the switch, so Options opens without them. Rejects with a sentence for
 * the row when the weights cannot be read; nothing is changed then.
 */
export async function changeFeedOnTopic(feed: Feed, on: boolean): Promise<void> {
  const [{ setFeedAllOnTopic }, { feedClassifier }, { loadRelevanceModel }] = await Promise.all([
    import('@/utils/db/feed-on-topic'),
    import('@/utils/curation/feed-classifier'),
    import('@/utils/curation/load-relevance-model'),
  ]);
  const model = await loadRelevanceModel();
  await setFeedAllOnTopic(db, feed.id, on, feedClassifier({ ...feed, allOnTopic: false }, model));
}
