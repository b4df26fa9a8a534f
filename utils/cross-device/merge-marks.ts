import type { QuorumDatabase } from '../db/database';
import { applyMarkChanges } from '../marks/apply-changes';
import type { Marks } from '../marks/marks';
import type { MarkChange } from '../marks/registers';
import { hashIndex } from './hash-index';
import { keepPending, pendingChanges } from './pending-marks';
import type { SyncEntry } from './sync-entry';

export interface MarksMergeResult {
  /** Articles whose marks changed here. */
  changed: number;
  /** Entries waiting for an article this device does not have yet. */
  waiting: number;
  /** Entries whose hash two local URLs share: kept aside, applied to neither. */
  ambiguous: number;
}

/**
 * Merges marks from sync storage: each entry that names one local URL goes through the marks
 * merge (newest per mark wins); the others wait in pendingMarks. One transaction, one
 * announcement, and only when something changed.
 */
export async function mergeSyncEntries(
  db: QuorumDatabase,
  marks: Marks,
  entries: readonly SyncEntry[],
): Promise<MarksMergeResult> {
  return marks.inBulk(
    () =>
      db.transaction('rw', db.articles, db.reading, db.pendingMarks, async () => {
        const index = await hashIndex(db);
        const changes: MarkChange[] = [];
        const waiting: SyncEntry[] = [];
        let ambiguous = 0;
        for (const entry of entries) {
          const url = index.get(entry.hash);
          if (typeof url === 'string')
            changes.push({ url, mark: entry.mark, on: entry.on, at: entry.at, by: entry.by });
          else {
            if (url === null) ambiguous += 1;
            waiting.push(entry);
          }
        }
        const changed = await applyMarkChanges(db, changes);
        // Marks that waited for an article now here are merged above: they wait no longer.
        // Only those that did wait: a delete for each of thousands of merged hashes costs seconds.
        const pending = new Set(await db.pendingMarks.toCollection().primaryKeys());
        await db.pendingMarks.bulkDelete([
          ...new Set(
            entries.filter((e) => pending.has(e.hash) && typeof index.get(e.hash) === 'string').map((e) => e.hash),
          ),
        ]);
        await keepPending(db, waiting);
        return { changed: changed.length, waiting: waiting.length - ambiguous, ambiguous };
      }),
    (result) => result.changed > 0,
  );
}

/** Marks that waited for their article, applied now that it is here. Returns the articles whose marks changed. */
export async function applyWaitingMarks(db: QuorumDatabase, marks: Marks): Promise<number> {
  if ((await db.pendingMarks.count()) === 0) return 0;
  return marks.inBulk(
    () =>
      db.transaction('rw', db.articles, db.reading, db.pendingMarks, async () => {
        const index = await hashIndex(db);
        const arrived = (await db.pendingMarks.toArray()).filter((row) => typeof index.get(row.hash) === 'string');
        const changed = await applyMarkChanges(
          db,
          arrived.flatMap((row) => pendingChanges(row, index.get(row.hash)!)),
        );
        await db.pendingMarks.bulkDelete(arrived.map((row) => row.hash));
        return changed.length;
      }),
    (count) => count > 0,
  );
}
