import { announceReadingChange } from '../badges/announce-reading-change';
import type { ReadingState } from '../schemas/reading';
import type { QuorumDatabase } from './database';

type Mark = 'readAt' | 'savedAt' | 'dismissedAt';

/**
 * Sets or clears one of the user's marks on an article. Read-modify-write in one transaction
 * so two pages marking the same article cannot lose each other's other marks.
 */
async function setMark(db: QuorumDatabase, url: string, mark: Mark, on: boolean, now: number): Promise<ReadingState> {
  const stored = await db.transaction('rw', db.reading, async () => {
    const current = await db.reading.get(url);
    const next: ReadingState = {
      url,
      readAt: current?.readAt ?? null,
      savedAt: current?.savedAt ?? null,
      dismissedAt: current?.dismissedAt ?? null,
      [mark]: on ? now : null,
      updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1),
    };
    await db.reading.put(next);
    return next;
  });
  // Open web pages show this mark on their badges, and cannot watch this database themselves.
  announceReadingChange();
  return stored;
}

export function setRead(db: QuorumDatabase, url: string, read: boolean, now = Date.now()) {
  return setMark(db, url, 'readAt', read, now);
}

export function setSaved(db: QuorumDatabase, url: string, saved: boolean, now = Date.now()) {
  return setMark(db, url, 'savedAt', saved, now);
}

export function setDismissed(db: QuorumDatabase, url: string, dismissed: boolean, now = Date.now()) {
  return setMark(db, url, 'dismissedAt', dismissed, now);
}
