import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { MarkClockSchema } from '../schemas/reading';
import { SettingsSchema, type Settings } from '../schemas/settings';
import { compareClocks } from '../marks/registers';

/**
 * The settings that are about the reader rather than the device; they travel. The refresh
 * interval, the new-tab layout and the toolbar count stay with each device.
 */
export const ReaderSettingsSchema = SettingsSchema.pick({
  autoMarkRead: true,
  relevanceThreshold: true,
  theme: true,
  badgesEnabled: true,
  badgesDisabledHosts: true,
});
export type ReaderSettings = z.infer<typeof ReaderSettingsSchema>;

/** The reader settings with the time and device of their last change: as stored here and in sync. */
export const StampedReaderSettingsSchema = MarkClockSchema.extend({ values: ReaderSettingsSchema });
export type StampedReaderSettings = z.infer<typeof StampedReaderSettingsSchema>;

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
