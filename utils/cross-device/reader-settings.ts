import { storage } from 'wxt/utils/storage';
import { compareClocks } from '../marks/registers';
import {
  ReaderSettingsSchema,
  StampedReaderSettingsSchema,
  type ReaderSettings,
  type StampedReaderSettings,
} from '../schemas/reader-settings';
import type { Settings } from '../schemas/settings';

/** When this device last changed (or took) the reader settings. */
const stampItem = storage.defineItem<unknown>('local:reader-settings-stamp');

export function readerSettingsOf(settings: Settings): ReaderSettings {
  return ReaderSettingsSchema.parse(settings);
}

export async function getStamp(): Promise<StampedReaderSettings | undefined> {
  const parsed = StampedReaderSettingsSchema.safeParse(await stampItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

export function setStamp(stamp: StampedReaderSettings): Promise<void> {
  return stampItem.setValue(stamp);
}

const same = (a: ReaderSettings, b: ReaderSettings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Stamps the reader settings when they changed here since the last stamp; a change that came
 * from another device carries its own stamp already and is not stamped again. Returns whether
 * there is something new to write.
 */
export async function stampIfChanged(settings: Settings, by: string, now: number): Promise<boolean> {
  const values = readerSettingsOf(settings);
  const stamp = await getStamp();
  if (stamp && same(stamp.values, values)) return false;
  await setStamp({ values, at: Math.max(now, (stamp?.at ?? 0) + 1000), by });
  return true;
}

/** Whether `incoming` should replace what this device holds. */
export function isNewerStamp(incoming: StampedReaderSettings, held: StampedReaderSettings | undefined): boolean {
  return !held || compareClocks(incoming, held) > 0;
}
