import type { Mark } from '../schemas/reading';

/**
 * One mark as it travels between devices: the article as the hash of its canonical URL (see
 * url-hash.ts), the mark, set or cleared, when (to the second) and by which device.
 */
export interface SyncEntry {
  hash: number;
  mark: Mark;
  on: boolean;
  at: number;
  by: string;
}

/** Storage keys of format 1 start with "1": a later format can live beside it without a clash. */
export const MONTH_KEY = /^1m(\d{4})(\d{2})\.(\d{1,3})$/;
export const READER_SETTINGS_KEY = '1rs';
export const PATH_PROGRESS_KEY = '1pp';

export function isOwnKey(key: string): boolean {
  return MONTH_KEY.test(key) || key === READER_SETTINGS_KEY || key === PATH_PROGRESS_KEY;
}

/** Months as yyyymm numbers, in UTC, so every device cuts them the same way. */
export function monthOf(at: number): number {
  const date = new Date(at);
  return date.getUTCFullYear() * 100 + date.getUTCMonth() + 1;
}

export function monthStart(month: number): number {
  return Date.UTC(Math.floor(month / 100), (month % 100) - 1, 1);
}

export function monthEnd(month: number): number {
  return Date.UTC(Math.floor(month / 100), month % 100, 1);
}

export function monthKey(month: number, part: number): string {
  return `1m${month}.${part}`;
}

export function parseMonthKey(key: string): { month: number; part: number } | null {
  const match = MONTH_KEY.exec(key);
  if (!match) return null;
  const month = Number(match[1]) * 100 + Number(match[2]);
  if (Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  return { month, part: Number(match[3]) };
}

/** The newer of two entries for the same mark: later second, then greater device id. */
export function newerEntry(a: SyncEntry, b: SyncEntry): SyncEntry {
  const at = Math.floor(a.at / 1000) - Math.floor(b.at / 1000);
  if (at !== 0) return at > 0 ? a : b;
  return a.by >= b.by ? a : b;
}
