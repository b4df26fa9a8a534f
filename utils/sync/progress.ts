import { storage } from 'wxt/utils/storage';
import { z } from '../schemas/zod';

/** What the pages show while a sync runs ("Refreshing 12/30 feeds"), and how the last ended. */
export const SyncProgressSchema = z.object({
  running: z.boolean(),
  done: z.number().check(z.int(), z.gte(0)),
  total: z.number().check(z.int(), z.gte(0)),
  /** Titles of the feeds being fetched right now. */
  current: z.array(z.string()),
  failed: z.number().check(z.int(), z.gte(0)),
  startedAt: z.optional(z.number().check(z.int())),
  finishedAt: z.optional(z.number().check(z.int())),
});
export type SyncProgress = z.infer<typeof SyncProgressSchema>;

export const IDLE_PROGRESS: SyncProgress = { running: false, done: 0, total: 0, current: [], failed: 0 };

export const syncProgressItem = storage.defineItem<SyncProgress>('local:syncProgress', { fallback: IDLE_PROGRESS });

/** A run older than this that still says "running" was cut off by a stopped service worker. */
export const STALE_RUN_MS = 5 * 60_000;

export function readProgress(raw: unknown, now = Date.now()): SyncProgress {
  const parsed = SyncProgressSchema.safeParse(raw);
  if (!parsed.success) return IDLE_PROGRESS;
  const progress = parsed.data;
  if (progress.running && (progress.startedAt ?? 0) < now - STALE_RUN_MS)
    return { ...progress, running: false, current: [] };
  return progress;
}
