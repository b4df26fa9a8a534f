import type { Mark, MarkClock, MarkClocks, ReadingState } from '../schemas/reading';

/** Where each mark keeps its value on a reading row: the time it was set, or null. */
export const MARK_FIELD = { read: 'readAt', saved: 'savedAt', dismissed: 'dismissedAt' } as const;

/**
 * One change to one mark of one article: set (`on`) or cleared, at a time, on a device.
 * Local clicks, badge marks, imports and other devices' changes all arrive in this shape.
 */
export interface MarkChange {
  url: string;
  mark: Mark;
  on: boolean;
  at: number;
  by: string;
}

/**
 * Change times are compared to the second: that is what travels between devices (see
 * utils/cross-device/shard-codec.ts), so a change and its copy from another device compare
 * equal instead of the copy losing a few milliseconds and looking older.
 */
export const CLOCK_RESOLUTION_MS = 1000;
const tick = (at: number) => Math.floor(at / CLOCK_RESOLUTION_MS);

const NEVER: MarkClock = { at: 0, by: '' };

/** Orders two changes: the later second wins, then the greater device id. 0 means the same change. */
export function compareClocks(a: MarkClock, b: MarkClock): number {
  const byTime = tick(a.at) - tick(b.at);
  if (byTime !== 0) return byTime;
  return a.by < b.by ? -1 : a.by > b.by ? 1 : 0;
}

/**
 * A mark's clock. Rows from before per-mark clocks read as "changed when set, by no device":
 * a mark that was cleared then has no known time, so any later set from elsewhere wins.
 */
export function clockOf(row: ReadingState | undefined, mark: Mark): MarkClock {
  if (!row) return NEVER;
  return row.changes?.[mark] ?? { at: row[MARK_FIELD[mark]] ?? 0, by: '' };
}

export function clocksOf(row: ReadingState | undefined): MarkClocks {
  return { read: clockOf(row, 'read'), saved: clockOf(row, 'saved'), dismissed: clockOf(row, 'dismissed') };
}

/** The time of a change made here now: never at or before the mark's last change, so it wins. */
export function nextLocalTime(current: MarkClock, now: number): number {
  return current.at === 0 ? now : Math.max(now, (tick(current.at) + 1) * CLOCK_RESOLUTION_MS);
}

/** The row after `change`, or undefined when the row already holds that change or a newer one. */
export function applyChange(row: ReadingState | undefined, change: MarkChange): ReadingState | undefined {
  const incoming: MarkClock = { at: change.at, by: change.by };
  if (compareClocks(incoming, clockOf(row, change.mark)) <= 0) return undefined;
  const base: ReadingState = row ?? { url: change.url, readAt: null, savedAt: null, dismissedAt: null, updatedAt: 0 };
  return {
    ...base,
    [MARK_FIELD[change.mark]]: change.on ? change.at : null,
    updatedAt: Math.max(base.updatedAt, change.at),
    changes: { ...clocksOf(row), [change.mark]: incoming },
  };
}

/** A row as changes, one per mark that was ever set or cleared: what export and sync carry. */
export function changesOf(row: ReadingState): MarkChange[] {
  const clocks = clocksOf(row);
  return (['read', 'saved', 'dismissed'] as const)
    .filter((mark) => clocks[mark].at > 0)
    .map((mark) => ({ url: row.url, mark, on: row[MARK_FIELD[mark]] !== null, ...clocks[mark] }));
}
