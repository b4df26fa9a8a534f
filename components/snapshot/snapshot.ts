/**
 * A page's snapshot: the picks it last showed, kept in localStorage so the next opening of the
 * page can paint them synchronously, before React, Dexie or the database have loaded. Plain
 * data, never HTML: the painter builds elements and sets text, so nothing stored can become
 * markup. The new tab and the popup each keep their own.
 */
export const SNAPSHOT_VERSION = 1;

export const SNAPSHOT_PAGES = ['newtab', 'popup'] as const;
export type SnapshotPage = (typeof SNAPSHOT_PAGES)[number];

export function snapshotKey(page: SnapshotPage): string {
  return `quorum:${page}-snapshot`;
}

export interface SnapshotPick {
  url: string;
  title: string;
  source: string;
  /** Already formatted for display, with its machine-readable form. */
  date?: string;
  dateTime?: string;
  kind?: string;
  summary: string;
  topics: string[];
  read: boolean;
  saved: boolean;
  /** The card's guidance line: level and minutes, and the titles of what to read first or instead. */
  guide?: { label?: string; readFirst?: string; gentler?: string };
  /** The card's quiet notes as text: where else it was published, where it was discussed. */
  notes?: { alsoOn?: string[]; discussedOn?: string[] };
}

/** The Next up block as last shown: text only, painted with the live block's markup. */
export interface SnapshotNextUp {
  url: string;
  title: string;
  source: string;
  /** "Intermediate · 45 min". */
  guide: string;
  why: string;
  /** "Consensus · step 4 of 9". */
  progress: string;
  done: number;
  total: number;
  pathTitle: string;
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  countLabel: string;
  picks: SnapshotPick[];
  nextUp?: SnapshotNextUp;
}

/**
 * Forgets every page's snapshot. A bulk change (reset, import) makes what they show wrong, and
 * a page that is not open cannot refresh its own: the next opening paints live data instead.
 */
export function clearSnapshots(webStorage: Pick<Storage, 'removeItem'> = localStorage): void {
  for (const page of SNAPSHOT_PAGES) webStorage.removeItem(snapshotKey(page));
}
