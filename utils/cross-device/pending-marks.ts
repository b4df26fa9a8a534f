import type { QuorumDatabase } from '../db/database';
import { compareClocks, type MarkChange } from '../marks/registers';
import type { PendingMark } from '../schemas/pending-mark';
import { MARKS } from '../schemas/reading';
import type { SyncEntry } from './sync-entry';

/** Keeps entries whose article is not here (or not known for sure) until it is. Inside a transaction. */
export async function keepPending(db: QuorumDatabase, entries: readonly SyncEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const hashes = [...new Set(entries.map((entry) => entry.hash))];
  const stored = await db.pendingMarks.bulkGet(hashes);
  const rows = new Map(hashes.map((hash, index) => [hash, stored[index] ?? { hash }]));
  const changed = new Set<number>();
  for (const entry of entries) {
    const row = rows.get(entry.hash)!;
    const held = row[entry.mark];
    if (held && compareClocks(entry, held) <= 0) continue;
    row[entry.mark] = { on: entry.on, at: entry.at, by: entry.by };
    changed.add(entry.hash);
  }
  await db.pendingMarks.bulkPut([...changed].map((hash) => rows.get(hash)!));
  return changed.size;
}

export function pendingEntries(row: PendingMark): SyncEntry[] {
  return MARKS.flatMap((mark) => {
    const register = row[mark];
    return register ? [{ hash: row.hash, mark, ...register }] : [];
  });
}

export function pendingChanges(row: PendingMark, url: string): MarkChange[] {
  return pendingEntries(row).map(({ mark, on, at, by }) => ({ url, mark, on, at, by }));
}
