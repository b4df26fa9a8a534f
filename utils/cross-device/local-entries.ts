import type { QuorumDatabase } from '../db/database';
import { changesOf } from '../marks/registers';
import { pendingEntries } from './pending-marks';
import type { SyncEntry } from './sync-entry';
import { urlHash } from './url-hash';

export interface LocalEntries {
  entries: SyncEntry[];
  /** Marked articles left out because their hash is shared with another URL here. */
  collided: number;
}

/**
 * This device's marks as sync entries, plus those it holds for other devices' articles. A
 * hash that two URLs here share is not sent for either: another device that has only one of
 * them could not tell which was meant.
 */
export async function localEntries(db: QuorumDatabase): Promise<LocalEntries> {
  const [rows, articleUrls, pending] = await db.transaction('r', db.reading, db.articles, db.pendingMarks, () =>
    Promise.all([db.reading.toArray(), db.articles.toCollection().primaryKeys(), db.pendingMarks.toArray()]),
  );
  const owner = new Map<number, string>();
  const shared = new Set<number>();
  const hashOf = new Map<string, number>();
  for (const url of [...(articleUrls as string[]), ...rows.map((row) => row.url)]) {
    if (hashOf.has(url)) continue;
    const hash = urlHash(url);
    hashOf.set(url, hash);
    const held = owner.get(hash);
    if (held === undefined) owner.set(hash, url);
    else if (held !== url) shared.add(hash);
  }
  const entries: SyncEntry[] = [];
  let collided = 0;
  for (const row of rows) {
    const hash = hashOf.get(row.url)!;
    const changes = changesOf(row);
    if (shared.has(hash)) {
      if (changes.length > 0) collided += 1;
      continue;
    }
    for (const { mark, on, at, by } of changes) entries.push({ hash, mark, on, at, by });
  }
  // Held for other devices (including hashes shared here, which they may mean without doubt).
  for (const row of pending) entries.push(...pendingEntries(row));
  return { entries, collided };
}
