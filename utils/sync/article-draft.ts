import type { Article } from '../schemas/article';

/**
 * An article as a feed or pack describes it, before the merge decides what only the database
 * knows: when we first saw it, and so its rank.
 */
export type ArticleDraft = Omit<Article, 'firstSeenAt' | 'rank'> & {
  /** Position in a curated pack, which keeps the pack's own order among its items. */
  packPosition?: number;
};
