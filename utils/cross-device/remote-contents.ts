import { PathProgressSchema, type PathProgress } from '../schemas/path-progress';
import { itemBytes } from './quotas';
import { StampedReaderSettingsSchema, type StampedReaderSettings } from '../schemas/reader-settings';
import { decodeItem } from './shard-codec';
import { isOwnKey, MONTH_KEY, PATH_PROGRESS_KEY, READER_SETTINGS_KEY, type SyncEntry } from './sync-entry';

/** What sync storage holds, as far as this version can trust it. */
export interface RemoteContents {
  entries: SyncEntry[];
  readerSettings: StampedReaderSettings | undefined;
  pathProgress: PathProgress | undefined;
  /** "key: reason" for each item that was ignored. */
  ignored: string[];
  /** Bytes of every item, and of those that are not Quorum's (a later format's, say). */
  bytes: number;
  foreignBytes: number;
  /** Quorum's month items present now, to remove the ones a new plan no longer has. */
  monthKeys: string[];
}

/**
 * Reads everything in sync storage, item by item: an item that does not decode is set aside
 * with a reason and the rest still merge, so one damaged item, or half of a set of items
 * written by another device, never stops the others. Never throws.
 */
export function readRemote(all: Record<string, unknown>): RemoteContents {
  const contents: RemoteContents = {
    entries: [],
    readerSettings: undefined,
    pathProgress: undefined,
    ignored: [],
    bytes: 0,
    foreignBytes: 0,
    monthKeys: [],
  };
  for (const [key, value] of Object.entries(all)) {
    const size = itemBytes(key, value);
    contents.bytes += size;
    if (!isOwnKey(key)) {
      contents.foreignBytes += size;
      continue;
    }
    if (MONTH_KEY.test(key)) {
      contents.monthKeys.push(key);
      const decoded = decodeItem(key, value);
      if (decoded.ok) contents.entries.push(...decoded.entries);
      else contents.ignored.push(`${key}: ${decoded.reason}`);
    } else if (key === READER_SETTINGS_KEY) {
      const parsed = StampedReaderSettingsSchema.safeParse(value);
      if (parsed.success) contents.readerSettings = parsed.data;
      else contents.ignored.push(`${key}: not reader settings this version can read`);
    } else if (key === PATH_PROGRESS_KEY) {
      const parsed = PathProgressSchema.safeParse(value);
      if (parsed.success) contents.pathProgress = parsed.data;
      else contents.ignored.push(`${key}: not path progress this version can read`);
    }
  }
  return contents;
}
