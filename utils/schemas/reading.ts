import { z } from './zod';

const Timestamp = z.number().int().nonnegative();

/**
 * The user's own state for one article, keyed by the article's canonical URL. Kept apart
 * from content so that a refresh can rewrite articles freely without touching a read mark.
 * A cleared mark is stored as null (not deleted) so `updatedAt` can order concurrent edits.
 */
export const ReadingStateSchema = z.object({
  url: z.string().min(1),
  readAt: Timestamp.nullable(),
  savedAt: Timestamp.nullable(),
  dismissedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type ReadingState = z.infer<typeof ReadingStateSchema>;
