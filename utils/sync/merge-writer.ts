import type { QuorumDatabase } from '../db/database';
import { mergeFeeds, type FeedMerge, type MergeResult } from './merge';

/** A transaction holds at most this many feeds' refreshes, so none grows without bound. */
export const MAX_FEEDS_PER_WRITE = 12;

export type MergeArticles = (merge: FeedMerge) => Promise<MergeResult>;

export interface MergeWriter {
  write: MergeArticles;
  /** Resolves once fewer feeds wait than one transaction takes, so fetching never runs far ahead of writing. */
  hasRoom(): Promise<void>;
}

interface Waiting {
  merge: FeedMerge;
  resolve(result: MergeResult): void;
  reject(error: unknown): void;
}

/**
 * Writes a sync run's feeds as they become ready, together. The articles store takes one
 * read-write transaction at a time, so while one feed's merge is being written the next feeds'
 * are waiting anyway: the writer gathers them and writes them in one transaction when it is
 * free. A feed ready while nothing is being written is written at once, alone; a run of one
 * feed never waits for another.
 *
 * Each feed still gets its own answer. When a shared transaction fails, its feeds are written
 * again one by one, so a feed whose write cannot succeed fails alone and the others land.
 */
export function mergeWriter(db: QuorumDatabase): MergeWriter {
  const waiting: Waiting[] = [];
  let writing = false;
  let roomWaiters: (() => void)[] = [];
  const roomMade = () => {
    if (waiting.length >= MAX_FEEDS_PER_WRITE) return;
    roomWaiters.forEach((resolve) => resolve());
    roomWaiters = [];
  };

  async function write(batch: Waiting[]) {
    try {
      const results = await mergeFeeds(
        db,
        batch.map((entry) => entry.merge),
      );
      batch.forEach((entry, index) => entry.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const entry of batch) await write([entry]);
    }
  }

  async function drain() {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.splice(0, MAX_FEEDS_PER_WRITE);
      roomMade();
      await write(batch);
    }
    writing = false;
  }

  return {
    write: (merge) =>
      new Promise<MergeResult>((resolve, reject) => {
        waiting.push({ merge, resolve, reject });
        if (!writing) void drain();
      }),
    hasRoom: () =>
      waiting.length < MAX_FEEDS_PER_WRITE ? Promise.resolve() : new Promise((resolve) => roomWaiters.push(resolve)),
  };
}
