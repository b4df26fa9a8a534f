import { z } from './zod';
import { ArticleKindSchema, LevelSchema } from './article';
import { HttpUrlSchema } from './http-url';
import { TopicSchema } from './topic';

export const ParsedFeedFormatSchema = z.enum(['rss', 'atom', 'rdf', 'json', 'pack']);
export type ParsedFeedFormat = z.infer<typeof ParsedFeedFormatSchema>;

/** What a curated pack adds to an item: the curator's judgement, kept apart from feed text. */
export const ParsedPackInfoSchema = z.object({
  topics: z.array(TopicSchema).check(z.minLength(1), z.maxLength(8)),
  kind: ArticleKindSchema,
  /** A pack names each item's source; a feed's items all share the feed's title instead. */
  source: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  level: z.optional(LevelSchema),
  minutes: z.optional(z.number().check(z.int(), z.gt(0), z.lte(10_000))),
  prerequisites: z.optional(z.array(HttpUrlSchema).check(z.maxLength(20))),
  easier: z.optional(HttpUrlSchema),
});

/**
 * One item as a feed describes it, after parsing: plain text only, canonical http(s) URL.
 * The limits match ArticleSchema, so an item that passes here can become an article.
 */
export const ParsedItemSchema = z.object({
  url: HttpUrlSchema,
  // Empty is allowed: normalise finds a title elsewhere, and the URL alone is still worth a row.
  title: z.string().check(z.maxLength(500)),
  summary: z.string().check(z.maxLength(2000)),
  author: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  publishedAt: z.optional(z.number().check(z.int())),
  categories: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
  guid: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  /** Words in the full post when the feed carries it (content:encoded, Atom content). */
  bodyWords: z.optional(z.number().check(z.int(), z.gte(0))),
  pack: z.optional(ParsedPackInfoSchema),
});
export type ParsedItem = z.infer<typeof ParsedItemSchema>;

export const ParsedFeedSchema = z.object({
  format: ParsedFeedFormatSchema,
  title: z.string().check(z.maxLength(500)),
  siteUrl: z.optional(HttpUrlSchema),
  items: z.array(ParsedItemSchema),
});
export type ParsedFeed = z.infer<typeof ParsedFeedSchema>;
