import { z } from './zod';

const Timestamp = z.number().check(z.int(), z.gte(0));

/** The three marks a reader can put on an article; each is its own register (see utils/marks/). */
export const MARKS = ['read', 'saved', 'dismissed'] as const;
export type Mark = (typeof MARKS)[number];

/**
 * When one mark last changed, and on which device. Setting and clearing a mark are both
 * changes with a time, so an un-read made later beats a read made earlier; `by` (a stable
 * device id) orders two changes made in the same second on two devices.
 */
export const MarkClockSchema = z.object({
  at: Timestamp,
  by: z.string().check(z.maxLength(32)),
});
export type MarkClock = z.infer<typeof MarkClockSchema>;

export const MarkClocksSchema = z.object({
  read: MarkClockSchema,
  saved: MarkClockSchema,
  dismissed: MarkClockSchema,
});
export type MarkClocks = z.infer<typeof MarkClocksSchema>;

/**
 * The user's own state for one article, keyed by the article's canonical URL. Kept apart
 * from content so that a refresh can rewrite articles freely without touching a read mark.
 * A cleared mark is stored as null (not deleted) and keeps its change time in `changes`.
 * Rows written before schema version 3 have no `changes`; utils/marks/registers.ts reads
 * their clocks from the mark times, as the version 3 upgrade does.
 */
export const ReadingStateSchema = z.object({
  url: z.string().check(z.minLength(1)),
  readAt: z.nullable(Timestamp),
  savedAt: z.nullable(Timestamp),
  dismissedAt: z.nullable(Timestamp),
  updatedAt: Timestamp,
  changes: z.optional(MarkClocksSchema),
});
export type ReadingState = z.infer<typeof ReadingStateSchema>;
