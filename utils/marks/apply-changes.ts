import type { QuorumDatabase } from '../db/database';
import type { Mark, ReadingState } from '../schemas/reading';
import { applyChange, clockOf, nextLocalTime, type MarkChange } from './registers';

/** Past this many articles in one batch, reading all stored keys once is cheaper than a lookup each. */
const BULK_LOOKUP = 100;

/**
 * The one merge of reading marks: each change is applied to its own register if it is newer
 * than what is stored, in one transaction (it joins the caller's, when there is one). Returns
 * the rows that changed. Used for every change, wherever it comes from.
 */
export async function applyMarkChanges(db: QuorumDatabase, changes: readonly MarkChange[]): Promise<ReadingState[]> {
  if (changes.length === 0) return [];
  return db.transaction('rw', db.reading, async () => {
    const urls = [...new Set(changes.map((change) => change.url))];
    // A merge from another device or a file can name thousands of articles without marks
    // here yet: one read of the stored keys spares a lookup for each of them.
    const known = urls.length > BULK_LOOKUP ? new Set(await db.reading.toCollection().primaryKeys()) : undefined;
    const toRead = known ? urls.filter((url) => known.has(url)) : urls;
    const stored = await db.reading.bulkGet(toRead);
    const rows = new Map<string, ReadingState | undefined>(toRead.map((url, index) => [url, stored[index]]));
    const changed = new Map<string, ReadingState>();
    for (const change of changes) {
      const next = applyChange(rows.get(change.url), change);
      if (!next) continue;
      rows.set(change.url, next);
      changed.set(change.url, next);
    }
    await db.reading.bulkPut([...changed.values()]);
    return [...changed.values()];
  });
}

/**
 * A change made on this device: its time is now, or just after the mark's last change, read
 * in the same transaction, so it always wins over what is stored.
 */
export async function applyLocalMark(
  db: QuorumDatabase,
  request: { url: string; mark: Mark; on: boolean; by: string; now: number },
): Promise<ReadingState> {
  return db.transaction('rw', db.reading, async () => {
    const row = await db.reading.get(request.url);
    const at = nextLocalTime(clockOf(row, request.mark), request.now);
    const next = applyChange(row, { url: request.url, mark: request.mark, on: request.on, at, by: request.by })!;
    await db.reading.put(next);
    return next;
  });
}
