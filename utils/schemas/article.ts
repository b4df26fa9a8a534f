import { z } from 'zod';
import { HttpUrlSchema } from './http-url';
import { TopicSchema } from './topic';

export const ArticleKindSchema = z.enum(['article', 'paper', 'talk']);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

/**
 * One article as stored in the `articles` table. The primary key is the canonical URL
 * (utils/url.ts), so every path that meets an article — sync, packs, the content script —
 * finds the same row. Content only: the user's marks live in `reading`.
 */
export const ArticleSchema = z.object({
  url: HttpUrlSchema,
  title: z.string().min(1).max(500),
  source: z.string().min(1).max(200),
  author: z.string().max(200).optional(),
  /** Epoch milliseconds; absent when the feed gave no usable date. */
  publishedAt: z.number().int().optional(),
  /** Epoch milliseconds of the first time Quorum stored this article. */
  firstSeenAt: z.number().int(),
  summary: z.string().max(2000),
  topics: z.array(TopicSchema).max(8),
  kind: ArticleKindSchema,
  /** 0..1: how much this is about distributed systems. Curated items are 1 by definition. */
  relevance: z.number().min(0).max(1),
  curated: z.boolean(),
  /**
   * Feeds (and packs) that carry this article. Empty only for an article kept after its feed
   * was removed because the user had read or saved it.
   */
  feedIds: z.array(z.string().min(1)),
  /** Ordering key for picks, higher first; see utils/curation/rank.ts. */
  rank: z.number(),
});
export type Article = z.infer<typeof ArticleSchema>;
