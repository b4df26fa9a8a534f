import { z } from './zod';

/** A learning path as installed: its steps are canonical article URLs, in teaching order. */
export const LearningPathSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  summary: z.string().check(z.maxLength(1000)),
  /** The feed (pack) that brought it, so an update of that pack replaces its paths. */
  packId: z.string().check(z.minLength(1)),
  steps: z.array(z.string().check(z.minLength(1))).check(z.maxLength(200)),
});
export type LearningPath = z.infer<typeof LearningPathSchema>;

export const LearningPathsSchema = z.object({ paths: z.array(LearningPathSchema).check(z.maxLength(200)) });
export type LearningPaths = z.infer<typeof LearningPathsSchema>;
