import { DiscussionSchema } from '../schemas/discussion';
import { z } from '../schemas/zod';
import { FeedKindSchema } from '../schemas/feed';
import { HttpUrlSchema } from '../schemas/http-url';
import { PathProgressSchema } from '../schemas/path-progress';
import { ReadingStateSchema } from '../schemas/reading';
import { SettingsSchema } from '../schemas/settings';

/** One subscription as exported: what is needed to follow it again, none of the sync state. */
export const ExportedFeedSchema = z.object({
  url: HttpUrlSchema,
  title: z.string().check(z.maxLength(300)),
  kind: FeedKindSchema,
  siteUrl: z.optional(HttpUrlSchema),
  enabled: z.boolean(),
  ignoreHttpCache: z.boolean(),
  /** The reader's choices about its relevance (absent in older files and when unset). */
  relevanceAdjust: z.optional(z.number().check(z.gte(-0.5), z.lte(0.5))),
  allOnTopic: z.optional(z.boolean()),
});

const format = z.literal('quorum-export');
const exportedAt = z.iso.datetime();
const feeds = z.array(ExportedFeedSchema).check(z.maxLength(10_000));
/** Where the reader saw articles discussed (absent in files from before discussions). */
const discussions = z.optional(
  z.array(z.extend(DiscussionSchema, { articleUrl: HttpUrlSchema })).check(z.maxLength(100_000)),
);

/**
 * The user's data as one JSON file: reading marks with their timestamps, subscriptions and
 * settings. Versioned, so a later Quorum can read files written by this one.
 *  - version 1: marks as rows, without per-mark change times.
 *  - version 2: each row also carries `changes`, the change time and device of each mark, so
 *    an import merges mark by mark exactly as sync between devices does; and the learning
 *    path progress. Both may carry `discussions`. Version 1 files stay importable: their marks read as changed when set.
 */
// Fields in the order a file lists them, so a broken file's problems are named in that order.
const ExportFileV1Schema = z.object({
  format,
  version: z.literal(1),
  exportedAt,
  reading: z
    .array(z.extend(z.omit(ReadingStateSchema, { changes: true }), { url: HttpUrlSchema }))
    .check(z.maxLength(1_000_000)),
  feeds,
  settings: SettingsSchema,
  discussions,
});

export const ExportFileSchema = z.object({
  format,
  version: z.literal(2),
  exportedAt,
  reading: z.array(z.extend(ReadingStateSchema, { url: HttpUrlSchema })).check(z.maxLength(1_000_000)),
  feeds,
  settings: SettingsSchema,
  discussions,
  pathProgress: z.optional(PathProgressSchema),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
export type ExportedFeed = z.infer<typeof ExportedFeedSchema>;

/** Any export this version can import, read as the current version. */
export const ImportFileSchema = z.pipe(
  z.discriminatedUnion('version', [ExportFileV1Schema, ExportFileSchema]),
  z.transform((file): ExportFile => (file.version === 1 ? { ...file, version: 2 } : file)),
);
