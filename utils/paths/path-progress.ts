import { storage } from 'wxt/utils/storage';
import { DEFAULT_PATH_PROGRESS, PathProgressSchema, type PathProgress } from '../schemas/path-progress';

/** One storage item that every context reads and watches; see utils/schemas/path-progress.ts. */
export const pathProgressItem = storage.defineItem<unknown>('local:path-progress', {
  fallback: DEFAULT_PATH_PROGRESS,
  version: 1,
  migrations: {},
});

/** Storage is not a trust boundary we control across versions: a damaged value reads as none. */
export function coercePathProgress(raw: unknown): PathProgress {
  const parsed = PathProgressSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PATH_PROGRESS;
}

export async function getPathProgress(): Promise<PathProgress> {
  return coercePathProgress(await pathProgressItem.getValue());
}

/** Replaces the stored progress. Callers pass a full value with a fresh updatedAt. */
export async function setPathProgress(next: PathProgress): Promise<void> {
  await pathProgressItem.setValue(PathProgressSchema.parse(next));
}

export function watchPathProgress(listener: (progress: PathProgress) => void): () => void {
  return pathProgressItem.watch((value) => listener(coercePathProgress(value)));
}
