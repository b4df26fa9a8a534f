import { DiscussionSchema } from '../schemas/discussion';
import { z } from '../schemas/zod';
import { FeedKindSchema } from '../schemas/feed';
import { HttpUrlSchema } from '../schemas/http-url';
import { ReadingStateSchema } from '../schemas/reading';
import { SettingsSchema } from '../schemas/settings';

/** One subscription as exported: what is needed to follow it again, none of the sync state. */
export const ExportedFeedSchema = z.object({
  url: HttpUrlSchema,
  title: z.string().max(300),
  kind: FeedKindSchema,
  siteUrl: HttpUrlSchema.optional(),
  enabled: z.boolean(),
  ignoreHttpCache: z.boolean(),
});

/**
 * The user's data as one JSON file: reading marks with their timestamps, subscriptions and
 * settings. Versioned, so a later Quorum can read files written by this one.
 */
export const ExportFileSchema = z.object({
  format: z.literal('quorum-export'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  reading: z.array(ReadingStateSchema.extend({ url: HttpUrlSchema })).max(1_000_000),
  feeds: z.array(ExportedFeedSchema).max(10_000),
  settings: SettingsSchema,
  /** Where the reader saw articles discussed (absent in files from before discussions). */
  discussions: z
    .array(DiscussionSchema.extend({ articleUrl: HttpUrlSchema }))
    .max(100_000)
    .optional(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
export type ExportedFeed = z.infer<typeof ExportedFeedSchema>;
