import { z } from './zod';
import { HttpUrlSchema } from './http-url';

export const FeedKindSchema = z.enum(['feed', 'pack']);

/** A subscription plus the sync engine's bookkeeping for it. */
export const FeedSchema = z.object({
  id: z.string().min(1),
  /** Where it is fetched from: an http(s) URL, or an extension-relative path for bundled packs. */
  url: z.string().min(1),
  kind: FeedKindSchema,
  title: z.string(),
  siteUrl: HttpUrlSchema.optional(),
  enabled: z.boolean(),
  /** Bundled with the extension (the starter pack, default subscriptions). */
  builtin: z.boolean(),
  /** For servers whose validators are broken: always fetch in full. */
  ignoreHttpCache: z.boolean(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** For packs: the `updated` stamp of the installed content, to know when a newer one arrives. */
  contentVersion: z.string().optional(),
  addedAt: z.number().int(),
  lastAttemptAt: z.number().int().optional(),
  lastSuccessAt: z.number().int().optional(),
  /** A sentence a person understands, shown on the feed's row in options. */
  lastError: z.string().optional(),
  errorCount: z.number().int().nonnegative(),
  nextAttemptAt: z.number().int().optional(),
  itemCount: z.number().int().nonnegative().optional(),
  /**
   * Where the last fetches were redirected to, and how many times in a row. Browsers follow
   * redirects without telling 301 from 302, so a move counts as permanent once it repeats.
   */
  redirectedTo: z.string().optional(),
  redirectStreak: z.number().int().nonnegative().optional(),
  /** The address this feed had before a permanent move, kept so the user can see what changed. */
  movedFrom: z.string().optional(),
  /**
   * Sentence keys this feed repeats across items (bios, footers), learned at each fetch and
   * removed from its summaries: see utils/curation/boilerplate.ts. Not indexed.
   */
  boilerplate: z.array(z.string().max(300)).max(24).optional(),
  /**
   * Added to the relevance of this feed's future items, from the reader's "Not distributed
   * systems" and "More like this": see utils/curation/feedback.ts. Not indexed.
   */
  relevanceAdjust: z.number().min(-0.5).max(0.5).optional(),
});
export type Feed = z.infer<typeof FeedSchema>;
export type FeedKind = z.infer<typeof FeedKindSchema>;
