import { z } from './zod';
import { HttpUrlSchema } from './http-url';

export const FeedKindSchema = z.enum(['feed', 'pack']);

/** A subscription plus the sync engine's bookkeeping for it. */
export const FeedSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Where it is fetched from: an http(s) URL, or an extension-relative path for bundled packs. */
  url: z.string().check(z.minLength(1)),
  kind: FeedKindSchema,
  title: z.string(),
  siteUrl: z.optional(HttpUrlSchema),
  enabled: z.boolean(),
  /** Bundled with the extension (the starter pack, default subscriptions). */
  builtin: z.boolean(),
  /** For servers whose validators are broken: always fetch in full. */
  ignoreHttpCache: z.boolean(),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  /** For packs: the `updated` stamp of the installed content, to know when a newer one arrives. */
  contentVersion: z.optional(z.string()),
  addedAt: z.number().check(z.int()),
  lastAttemptAt: z.optional(z.number().check(z.int())),
  lastSuccessAt: z.optional(z.number().check(z.int())),
  /** A sentence a person understands, shown on the feed's row in options. */
  lastError: z.optional(z.string()),
  errorCount: z.number().check(z.int(), z.gte(0)),
  nextAttemptAt: z.optional(z.number().check(z.int())),
  itemCount: z.optional(z.number().check(z.int(), z.gte(0))),
  /**
   * Where the last fetches were redirected to, and how many times in a row. Browsers follow
   * redirects without telling 301 from 302, so a move counts as permanent once it repeats.
   */
  redirectedTo: z.optional(z.string()),
  redirectStreak: z.optional(z.number().check(z.int(), z.gte(0))),
  /** The address this feed had before a permanent move, kept so the user can see what changed. */
  movedFrom: z.optional(z.string()),
  /**
   * Sentence keys this feed repeats across items (bios, footers), learned at each fetch and
   * removed from its summaries: see utils/curation/boilerplate.ts. Not indexed.
   */
  boilerplate: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(24))),
  /**
   * Added to the relevance of this feed's future items, from the reader's "Not distributed
   * systems" and "More like this": see utils/curation/feedback.ts. Not indexed.
   */
  relevanceAdjust: z.optional(z.number().check(z.gte(-0.5), z.lte(0.5))),
  /**
   * The reader says every post of this feed is about distributed systems: its articles skip
   * the relevance check (see utils/curation/feed-classifier.ts). Not indexed.
   */
  allOnTopic: z.optional(z.boolean()),
});
export type Feed = z.infer<typeof FeedSchema>;
export type FeedKind = z.infer<typeof FeedKindSchema>;
