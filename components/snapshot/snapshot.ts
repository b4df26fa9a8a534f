/**
 * The new tab's snapshot: the picks it last showed, kept in localStorage so the next new tab
 * can paint them synchronously, before React, Dexie or the database have loaded. Plain data,
 * never HTML: the painter builds elements and sets text, so nothing stored can become markup.
 */
export const SNAPSHOT_KEY = 'quorum:newtab-snapshot';
export const SNAPSHOT_VERSION = 1;

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
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  countLabel: string;
  picks: SnapshotPick[];
}
