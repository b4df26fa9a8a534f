/**
 * How a feed's posts are judged: the relevance model, nudged by the reader's feedback on the
 * feed (feedback.ts). Shared by a sync and by Options, which judges a feed's stored posts again
 * when the reader takes back "All about distributed systems" (utils/db/feed-on-topic.ts). That
 * flag itself is applied where articles are written, by the merge, which reads the feed's row in
 * its own transaction: a sync that read the feed before the reader changed it cannot undo it.
 */
import type { Classify } from '../feeds/normalise';
import type { Feed } from '../schemas/feed';
import { classifyArticle } from './classify';
import { adjustedClassifier } from './feedback';
import type { RelevanceWeights } from './relevance-model';

/** The relevance of every post of a feed marked all about distributed systems, as curated ones have. */
export const ON_TOPIC_RELEVANCE = 1;

export function feedClassifier(feed: Pick<Feed, 'relevanceAdjust'>, model: RelevanceWeights): Classify {
  return adjustedClassifier((input) => classifyArticle(input, model), feed.relevanceAdjust);
}
