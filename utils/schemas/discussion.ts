import { z } from './zod';
import { DISCUSSION_SITE_IDS } from '../badges/discussion-sites';
import { HttpUrlSchema } from './http-url';

/**
 * A discussion of an article the reader came across on an aggregator (Hacker News, Lobsters,
 * Reddit). Recorded only from pages the reader visited; never leaves the device.
 */
export const DiscussionSchema = z.object({
  url: HttpUrlSchema,
  site: z.enum(DISCUSSION_SITE_IDS),
  /** As the page showed it when last seen; absent when the page showed none. */
  comments: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000_000))),
  seenAt: z.number().check(z.int(), z.gte(0)),
});
export type Discussion = z.infer<typeof DiscussionSchema>;
