import { z } from './zod';

/** A learning path as installed: its steps are canonical article URLs, in teaching order. */
export const LearningPathSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(200),
  summary: z.string().max(1000),
  /** The feed (pack) that brought it, so an update of that pack replaces its paths. */
  packId: z.string().min(1),
  steps: z.array(z.string().min(1)).max(200),
});
export type LearningPath = z.infer<typeof LearningPathSchema>;

export const LearningPathsSchema = z.object({ paths: z.array(LearningPathSchema).max(200) });
export type LearningPaths = z.infer<typeof LearningPathsSchema>;
