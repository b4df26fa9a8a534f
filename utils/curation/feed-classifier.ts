/**
 * How a feed's posts are judged. The relevance model, nudged by the reader's feedback on the
 * feed (feedback.ts); or, for a feed the reader says is all about distributed systems, every
 * post kept in Picks at relevance 1, as a curated article is, with its topics still read from
 * its words. Shared by a sync and by Options, which judges a feed's stored posts again when the
 * reader changes their mind (utils/db/feed-on-topic.ts).
 */
import type { Classify } from '../feeds/normalise';
import type { Feed } from '../schemas/feed';
import { classifyArticle } from './classify';
import { adjustedClassifier } from './feedback';
import type { RelevanceWeights } from './relevance-model';

export const ON_TOPIC_RELEVANCE = 1;

export function everyPostOnTopic(classify: Classify): Classify {
  return (input) => ({ ...classify(input), relevance: ON_TOPIC_RELEVANCE });
}

export function feedClassifier(feed: Pick<Feed, 'relevanceAdjust' | 'allOnTopic'>, model: RelevanceWeights): Classify {
  const classify = adjustedClassifier((input) => classifyArticle(input, model), feed.relevanceAdjust);
  return feed.allOnTopic ? everyPostOnTopic(classify) : classify;
}
