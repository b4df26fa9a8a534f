import { DiscussionSchema } from './discussion';
import { z } from './zod';
import { HttpUrlSchema } from './http-url';
import { TopicSchema } from './topic';

export const ArticleKindSchema = z.enum(['article', 'paper', 'talk']);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

/** How much a reader should already know: curated packs say so; feed articles get a guess. */
export const LevelSchema = z.enum(['intro', 'intermediate', 'advanced']);
export type Level = z.infer<typeof LevelSchema>;

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
  /**
   * For an undated article that arrived with its feed's first sync: the moment it counts as
   * new from, earlier than firstSeenAt (utils/sync/first-sync-dates.ts).
   */
  countsFrom: z.number().int().optional(),
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
  /** Absent on rows stored before levels existed, and where nothing could be guessed. */
  level: LevelSchema.optional(),
  /** An honest reading time in minutes. */
  minutes: z.number().int().positive().max(10_000).optional(),
  /** True when level and minutes were guessed from a feed's text rather than given by a pack. */
  estimated: z.boolean().optional(),
  /** Canonical URLs of articles a reader should have read first (from a pack). */
  prerequisites: z.array(HttpUrlSchema).max(20).optional(),
  /** Canonical URL of a gentler article that covers the same ground (from a pack). */
  easier: HttpUrlSchema.optional(),
  /**
   * Where the reader has seen this article discussed, newest first. Seen by the reader, not
   * fetched: a refresh of the article's feed carries it over (sync/merge.ts). Not indexed.
   */
  discussions: z.array(DiscussionSchema).max(5).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
