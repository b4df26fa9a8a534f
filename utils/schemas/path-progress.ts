import { z } from './zod';

/**
 * The reader's place in the learning paths. Which steps are read comes from the reading marks;
 * this holds only what the marks cannot say: the chosen path and the steps the reader skipped.
 * It is about the reader, not the device, so it travels with the reader's other marks.
 */
export const PathProgressSchema = z.object({
  /** The path shown as "Next up"; null when the reader chose no path. */
  currentPathId: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Canonical URLs of steps the reader chose to skip. */
  skipped: z.array(z.string().check(z.minLength(1))).check(z.maxLength(2000)),
  /** Epoch milliseconds of the last change, so that the newer of two copies wins. */
  updatedAt: z.number().check(z.int(), z.gte(0)),
});
export type PathProgress = z.infer<typeof PathProgressSchema>;

export const DEFAULT_PATH_PROGRESS: PathProgress = { currentPathId: null, skipped: [], updatedAt: 0 };
