/**
 * Picks are ordered by relevance × curated boost × freshness, where freshness halves every
 * FRESHNESS_HALF_LIFE_MS. Taken as a base-2 logarithm that product is
 *
 *   log2(relevance × boost) + effectiveTime / halfLife − now / halfLife
 *
 * and the last term is the same for every article, so dropping it leaves a key that orders
 * articles exactly as the decayed score does today and on every later day. It can be computed
 * once when an article is written and kept in an index: the picks query is then an index walk,
 * never a scan that rescores every row.
 */
export const FRESHNESS_HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;
export const CURATED_BOOST = 1.25;
/** Pack items are spread this far apart in time, so fresh feed posts interleave with them. */
export const PACK_SPACING_MS = 12 * 60 * 60 * 1000;
const MIN_RELEVANCE = 0.01;

export interface RankInput {
  relevance: number;
  curated: boolean;
  /** When the article counts as new, epoch ms (see effectiveTime). */
  effectiveTime: number;
}

export function articleRank({ relevance, curated, effectiveTime }: RankInput): number {
  const weight = Math.max(relevance, MIN_RELEVANCE) * (curated ? CURATED_BOOST : 1);
  return Math.log2(weight) + effectiveTime / FRESHNESS_HALF_LIFE_MS;
}

/**
 * The moment an article counts as new. A feed item is as fresh as its date, but never
 * fresher than when we first saw it (some feeds date posts in the future). A curated pack
 * item is evergreen: it counts from when the pack brought it, spread by its position, so the
 * pack's head leads on day one and fresh posts from feeds mix in with the rest of it.
 */
export function effectiveTime(input: {
  publishedAt?: number | undefined;
  firstSeenAt: number;
  packPosition?: number | undefined;
}): number {
  if (input.packPosition !== undefined) return input.firstSeenAt - input.packPosition * PACK_SPACING_MS;
  return Math.min(input.publishedAt ?? input.firstSeenAt, input.firstSeenAt);
}
