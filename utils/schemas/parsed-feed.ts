import { z } from './zod';
import { ArticleKindSchema, LevelSchema } from './article';
import { HttpUrlSchema } from './http-url';
import { TopicSchema } from './topic';

export const ParsedFeedFormatSchema = z.enum(['rss', 'atom', 'rdf', 'json', 'pack']);
export type ParsedFeedFormat = z.infer<typeof ParsedFeedFormatSchema>;

/** What a curated pack adds to an item: the curator's judgement, kept apart from feed text. */
export const ParsedPackInfoSchema = z.object({
  topics: z.array(TopicSchema).min(1).max(8),
  kind: ArticleKindSchema,
  /** A pack names each item's source; a feed's items all share the feed's title instead. */
  source: z.string().min(1).max(200).optional(),
  level: LevelSchema.optional(),
  minutes: z.number().int().positive().max(10_000).optional(),
  prerequisites: z.array(HttpUrlSchema).max(20).optional(),
  easier: HttpUrlSchema.optional(),
});

/**
 * One item as a feed describes it, after parsing: plain text only, canonical http(s) URL.
 * The limits match ArticleSchema, so an item that passes here can become an article.
 */
export const ParsedItemSchema = z.object({
  url: HttpUrlSchema,
  // Empty is allowed: normalise finds a title elsewhere, and the URL alone is still worth a row.
  title: z.string().max(500),
  summary: z.string().max(2000),
  author: z.string().min(1).max(200).optional(),
  publishedAt: z.number().int().optional(),
  categories: z.array(z.string().min(1).max(100)).max(50),
  guid: z.string().min(1).max(2048).optional(),
  /** Words in the full post when the feed carries it (content:encoded, Atom content). */
  bodyWords: z.number().int().nonnegative().optional(),
  pack: ParsedPackInfoSchema.optional(),
});
export type ParsedItem = z.infer<typeof ParsedItemSchema>;

export const ParsedFeedSchema = z.object({
  format: ParsedFeedFormatSchema,
  title: z.string().max(500),
  siteUrl: HttpUrlSchema.optional(),
  items: z.array(ParsedItemSchema),
});
export type ParsedFeed = z.infer<typeof ParsedFeedSchema>;
