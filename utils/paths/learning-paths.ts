import { storage } from 'wxt/utils/storage';
import type { PackPath } from '../schemas/pack';
import { LearningPathsSchema, type LearningPath } from '../schemas/learning-paths';
import { canonicalUrl } from '../url';

/**
 * The installed learning paths, written when a pack installs and read by every page. Paths are
 * content, like articles: a pack update rewrites them freely, and the reader's place in them
 * lives elsewhere (path-progress.ts), so no update can lose it.
 */
export const learningPathsItem = storage.defineItem<unknown>('local:learning-paths', {
  fallback: { paths: [] },
  version: 1,
  migrations: {},
});

export function coerceLearningPaths(raw: unknown): LearningPath[] {
  const parsed = LearningPathsSchema.safeParse(raw);
  return parsed.success ? parsed.data.paths : [];
}

export async function getLearningPaths(): Promise<LearningPath[]> {
  return coerceLearningPaths(await learningPathsItem.getValue());
}

export function watchLearningPaths(listener: (paths: LearningPath[]) => void): () => void {
  return learningPathsItem.watch((value) => listener(coerceLearningPaths(value)));
}

/** A pack's paths as installed: steps in canonical form, the same keys the articles have. */
export function packPathsToLearningPaths(packId: string, paths: readonly PackPath[]): LearningPath[] {
  return paths.map((path) => ({
    id: path.id,
    title: path.title,
    summary: path.summary,
    packId,
    steps: [...new Set(path.steps.map((step) => canonicalUrl(step) ?? step))],
  }));
}

/** Replaces one pack's paths and keeps every other pack's. */
export async function storePackPaths(packId: string, paths: readonly PackPath[]): Promise<void> {
  const others = (await getLearningPaths()).filter((path) => path.packId !== packId);
  await learningPathsItem.setValue({ paths: [...others, ...packPathsToLearningPaths(packId, paths)] });
}
