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
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  source: z.string().check(z.minLength(1), z.maxLength(200)),
  author: z.optional(z.string().check(z.maxLength(200))),
  /** Epoch milliseconds; absent when the feed gave no usable date. */
  publishedAt: z.optional(z.number().check(z.int())),
  /**
   * How much of publishedAt is known, when less than the day: a pack may date a classic paper
   * by its year or month alone, which parses to the first day at 00:00 UTC. Absent: the day.
   */
  publishedPrecision: z.optional(z.enum(['year', 'month'])),
  /** Epoch milliseconds of the first time Quorum stored this article. */
  firstSeenAt: z.number().check(z.int()),
  /**
   * For an undated article that arrived with its feed's first sync: the moment it counts as
   * new from, earlier than firstSeenAt (utils/sync/first-sync-dates.ts).
   */
  countsFrom: z.optional(z.number().check(z.int())),
  summary: z.string().check(z.maxLength(2000)),
  /**
   * The first of the feed's tags for the post, as the classifier read them, so "why this pick"
   * can name a tag that weighed. Absent on curated articles and on rows stored before.
   */
  categories: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(10))),
  topics: z.array(TopicSchema).check(z.maxLength(8)),
  kind: ArticleKindSchema,
  /** 0..1: how much this is about distributed systems. Curated items are 1 by definition. */
  relevance: z.number().check(z.gte(0), z.lte(1)),
  curated: z.boolean(),
  /**
   * Feeds (and packs) that carry this article. Empty only for an article kept after its feed
   * was removed because the user had read or saved it.
   */
  feedIds: z.array(z.string().check(z.minLength(1))),
  /** Ordering key for picks, higher first; see utils/curation/rank.ts. */
  rank: z.number(),
  /** Absent on rows stored before levels existed, and where nothing could be guessed. */
  level: z.optional(LevelSchema),
  /** An honest reading time in minutes. */
  minutes: z.optional(z.number().check(z.int(), z.gt(0), z.lte(10_000))),
  /** True when level and minutes were guessed from a feed's text rather than given by a pack. */
  estimated: z.optional(z.boolean()),
  /** Canonical URLs of articles a reader should have read first (from a pack). */
  prerequisites: z.optional(z.array(HttpUrlSchema).check(z.maxLength(20))),
  /** Canonical URL of a gentler article that covers the same ground (from a pack). */
  easier: z.optional(HttpUrlSchema),
  /**
   * Where the reader has seen this article discussed, newest first. Seen by the reader, not
   * fetched: a refresh of the article's feed carries it over (sync/merge.ts). Not indexed.
   */
  discussions: z.optional(z.array(DiscussionSchema).check(z.maxLength(5))),
});
export type Article = z.infer<typeof ArticleSchema>;
